"""The vault's database file decrypted page by page, free pages and slack included.

SQLCipher 4 defaults: 4096-byte pages, each AES-256-CBC encrypted with the
IV in the last 80 reserved bytes (16 IV + 64 HMAC); the file's first 16
bytes are the salt. With a raw key, the key is the AES key itself. Reading
pages this way shows what a logical read never does: deleted text left in
free space.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16


def plaintext_pages(db_file: Path, key: bytes) -> Iterator[bytes]:
    data = db_file.read_bytes()
    for number in range(len(data) // PAGE):
        page = data[number * PAGE : (number + 1) * PAGE]
        start = SALT if number == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        yield decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def raw_text(db_file: Path, key: bytes) -> bytes:
    """Every page's plaintext in one buffer (check the first page really decrypted)."""
    pages = list(plaintext_pages(db_file, key))
    # Bytes 16-17 of a SQLite header are the page size: the decryption is right.
    assert pages and pages[0][:2] == PAGE.to_bytes(2, "big"), "the key did not decrypt page 1"
    return b"".join(pages)
