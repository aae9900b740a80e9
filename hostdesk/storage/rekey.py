"""Re-encrypting the database under a new key: a complete copy, then one rename.

``sqlcipher_export`` writes every table, index and trigger into a new file
keyed with the new key; only when that file is complete and on disk does it
replace ``vault.db`` by ``rename``, which is atomic. So at every moment the
database file is whole and under exactly one key, the old or the new: a kill
during the copy leaves the old file untouched and a partial copy that the
next attempt deletes. SQLCipher's ``PRAGMA rekey`` would rewrite the pages in
place, with the WAL and its checkpoint deciding which pages have which key
after a crash; the copy is simpler to reason about, and about as fast.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from hostdesk.storage.database import connect_raw
from hostdesk.storage.durable import PRIVATE, fsync_directory, fsync_file
from hostdesk.storage.errors import VaultError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
PROGRESS_TOTAL = 1000
REKEY_SUFFIX = ".rekey"
_ATTACHED = "hostdesk_rekeyed"
_HANDLER_STEPS = 1_000
_REPORT_SECONDS = 0.1
_SIDE_FILES = ("-journal", "-wal", "-shm")


def partial_copy(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + REKEY_SUFFIX)


def remove_partial_copy(db_path: Path) -> None:
    """A copy left by a re-encryption that was killed: incomplete, never used."""
    partial = partial_copy(db_path)
    for suffix in ("", *_SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            partial.with_name(partial.name + suffix).unlink()


def reencrypt(
    db_path: Path, old_key: bytes, new_key: bytes, progress: Progress | None = None
) -> None:
    """Put the database at ``db_path`` under ``new_key``; no other connection may be open.

    ``progress(done, PROGRESS_TOTAL)`` follows the copy by the size written so far.
    """
    remove_partial_copy(db_path)
    target = partial_copy(db_path)
    # Created private before SQLCipher writes to it (SQLite would follow the umask).
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
    try:
        _export(db_path, target, old_key, new_key, progress)
        _check(target, new_key)
        fsync_file(target)
        os.replace(target, db_path)
        fsync_directory(db_path.parent)
    except BaseException:
        remove_partial_copy(db_path)
        raise
    # The old file's WAL was emptied before the copy; its index is stale now.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + suffix).unlink()
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)


def _export(
    source: Path, target: Path, old_key: bytes, new_key: bytes, progress: Progress | None
) -> None:
    conn = connect_raw(source, old_key)
    try:
        # Everything committed goes into the main file first, so the copy misses nothing.
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is not None and busy[0]:
            raise VaultError("The vault is still in use elsewhere; close it there and try again.")
        source_bytes = max(1, _database_bytes(conn))
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        last = [0.0]

        def handler() -> int:
            now = time.monotonic()
            if progress is not None and now - last[0] >= _REPORT_SECONDS:
                last[0] = now
                written = target.stat().st_size
                progress(int(min(0.99, written / source_bytes) * PROGRESS_TOTAL), PROGRESS_TOTAL)
            return 0

        conn.execute(
            f"ATTACH DATABASE ? AS {_ATTACHED} KEY \"x'{new_key.hex()}'\"", (str(target),)
        )
        # No journal: a half-written copy is thrown away whole, never rolled back.
        conn.execute(f"PRAGMA {_ATTACHED}.journal_mode = OFF").fetchall()
        conn.execute(f"PRAGMA {_ATTACHED}.synchronous = OFF").fetchall()
        conn.set_progress_handler(handler, _HANDLER_STEPS)
        conn.execute(f"SELECT sqlcipher_export('{_ATTACHED}')").fetchall()
        conn.set_progress_handler(None, 0)
        conn.execute(f"PRAGMA {_ATTACHED}.user_version = {int(user_version)}").fetchall()
        conn.execute(f"DETACH DATABASE {_ATTACHED}")
    except sqlcipher3.Error as error:
        raise VaultError(
            "The vault could not be re-encrypted (the disk may be full); nothing changed, "
            "and it will be tried again when the vault is next opened."
        ) from error
    finally:
        conn.close()


def _check(target: Path, new_key: bytes) -> None:
    """The copy opens with the new key and has every table (belt and braces)."""
    conn = connect_raw(target, new_key)
    try:
        conn.execute("SELECT count(*) FROM audit_log").fetchone()
    finally:
        conn.close()


def _database_bytes(conn: sqlcipher3.Connection) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(size)
