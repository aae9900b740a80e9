"""The NAIR's key file: encrypted under its passphrase, owner-only, refused when altered."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from hostdesk.nair.errors import KeystoreError
from hostdesk.nair.keystore import PUBLIC_FILE, SECRET_FILE, create_keystore, load_keystore
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.sync.keys import NairPublicKeys, b64

PASSPHRASE = "uma frase longa de teste"


def test_the_key_opens_with_its_passphrase_and_the_public_file_matches(tmp_path: Path) -> None:
    folder = tmp_path / "nair"
    made = create_keystore(folder, "NAIR Lisboa", PASSPHRASE, kdf=KDF_FLOOR)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    opened = load_keystore(folder, PASSPHRASE)
    assert opened.public().fingerprint() == made.public().fingerprint()
    assert opened.signing_key.private_bytes_raw() == made.signing_key.private_bytes_raw()
    public = NairPublicKeys.from_file_bytes((folder / PUBLIC_FILE).read_bytes())
    assert public.fingerprint() == made.public().fingerprint()
    assert stat.S_IMODE((folder / SECRET_FILE).stat().st_mode) == 0o600
    secret_text = (folder / SECRET_FILE).read_text()
    assert b64(made.signing_key.private_bytes_raw()) not in secret_text
    assert b64(made.encryption_key.private_bytes_raw()) not in secret_text
    assert sorted(p.name for p in folder.iterdir()) == [PUBLIC_FILE, SECRET_FILE]


def test_a_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    create_keystore(tmp_path, "NAIR", PASSPHRASE, kdf=KDF_FLOOR)
    with pytest.raises(KeystoreError, match="passphrase"):
        load_keystore(tmp_path, PASSPHRASE + "!")


@pytest.mark.parametrize("field", ["name", "salt", "kdf"])
def test_an_edited_clear_field_makes_the_key_fail_to_open(tmp_path: Path, field: str) -> None:
    create_keystore(tmp_path, "NAIR", PASSPHRASE, kdf=KDF_FLOOR)
    path = tmp_path / SECRET_FILE
    stored = json.loads(path.read_text())
    stored[field] = {
        "name": "Outro NAIR",
        "salt": b64(b"\0" * 16),
        "kdf": {**stored["kdf"], "iterations": 2},
    }[field]
    path.write_text(json.dumps(stored))
    with pytest.raises(KeystoreError):
        load_keystore(tmp_path, PASSPHRASE)


def test_an_existing_key_is_never_replaced(tmp_path: Path) -> None:
    create_keystore(tmp_path, "NAIR", PASSPHRASE, kdf=KDF_FLOOR)
    before = (tmp_path / SECRET_FILE).read_bytes()
    with pytest.raises(KeystoreError, match="already exists"):
        create_keystore(tmp_path, "NAIR", PASSPHRASE, kdf=KDF_FLOOR)
    assert (tmp_path / SECRET_FILE).read_bytes() == before


def test_a_missing_or_damaged_key_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(KeystoreError, match="hostdesk-nair init"):
        load_keystore(tmp_path, PASSPHRASE)
    (tmp_path / SECRET_FILE).write_text("{not json")
    with pytest.raises(KeystoreError, match="damaged"):
        load_keystore(tmp_path, PASSPHRASE)
