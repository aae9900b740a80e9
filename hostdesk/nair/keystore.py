"""The NAIR's own key pair, kept in its data folder encrypted under a passphrase.

``nair-secret-key.json`` holds the private keys (X25519 and ML-KEM-768 to open
bundles, Ed25519 and ML-DSA-65 to sign receipts; a key made before version 2
has the first of each until ``hostdesk-nair upgrade-key``) sealed with
AES-256-GCM under a key derived from the passphrase by Argon2id; every clear
field is bound as associated data, so an edited cost, salt or name makes
opening fail. ``nair-key.json`` beside it is the public key file that
entities pin. Both are written atomically; the
secret one is readable by its owner only (mode 0600).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA65PrivateKey
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hostdesk.nair.errors import KeystoreError
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.kdf import KdfParams, calibrate, derive_key, new_salt
from hostdesk.sync.keys import KeyFileError, NairKeyPair, NairPublicKeys, b64, canonical, unb64

KEYSTORE_FORMAT = "hostdesk-nair-keystore-v1"
SECRET_FILE = "nair-secret-key.json"
PUBLIC_FILE = "nair-key.json"
NONCE_LENGTH = 12


def create_keystore(
    folder: Path, name: str, passphrase: str, *, kdf: KdfParams | None = None
) -> NairKeyPair:
    """A new key pair, written to ``folder``; refuses to replace an existing one."""
    secret_path = folder / SECRET_FILE
    if secret_path.exists():
        raise KeystoreError(
            f"{secret_path} already exists: this folder has a NAIR key; "
            "entities pinned it, so it is never replaced silently."
        )
    # The folder will also hold the SQLite database of decoded reports: owner only.
    private_folder(folder)
    pair = NairKeyPair.generate(name)
    params = kdf or calibrate()
    _write(folder, pair, passphrase, params)
    return pair


def _write(folder: Path, pair: NairKeyPair, passphrase: str, params: KdfParams) -> None:
    salt = new_salt()
    nonce = os.urandom(NONCE_LENGTH)
    clear = _clear_fields(pair.public(), params, salt, nonce)
    secrets = {
        "encryption_key": b64(pair.encryption_key.private_bytes_raw()),
        "signing_key": b64(pair.signing_key.private_bytes_raw()),
    }
    if pair.mlkem_key is not None and pair.mldsa_key is not None:
        secrets["mlkem_seed"] = b64(pair.mlkem_key.private_bytes_raw())
        secrets["mldsa_seed"] = b64(pair.mldsa_key.private_bytes_raw())
    sealed = AESGCM(derive_key(passphrase, salt, params)).encrypt(
        nonce, canonical(secrets), canonical(clear)
    )
    write_atomically(folder / SECRET_FILE, canonical({**clear, "ciphertext": b64(sealed)}))
    # Owner only too: the operator hands it to entities by a channel of their choosing.
    write_atomically(folder / PUBLIC_FILE, pair.public().to_file_bytes())


def upgrade_keystore(folder: Path, passphrase: str, *, kdf: KdfParams | None = None) -> NairKeyPair:
    """Add ML-KEM-768 and ML-DSA-65 keys beside the classical ones (same passphrase).

    The fingerprint changes: every entity must check the new one by phone
    before its HostDesk accepts the new key file (docs/sync.md).
    """
    pair = load_keystore(folder, passphrase)
    if pair.hybrid:
        raise KeystoreError("This NAIR key has its post-quantum keys already.")
    upgraded = pair.upgraded()
    _write(folder, upgraded, passphrase, kdf or calibrate())
    return upgraded


def private_folder(folder: Path) -> None:
    """``folder`` made (with its parents) and set to 0700, whatever the umask or its old mode."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def load_keystore(folder: Path, passphrase: str) -> NairKeyPair:
    """The key pair, or KeystoreError naming what is wrong."""
    path = folder / SECRET_FILE
    try:
        stored = json.loads(path.read_bytes().decode("utf-8"))
        clear = {key: value for key, value in stored.items() if key != "ciphertext"}
        if clear.get("format") != KEYSTORE_FORMAT:
            raise ValueError
        params = KdfParams.from_json(clear["kdf"])
        salt = unb64(clear["salt"], "salt")
        nonce = unb64(clear["nonce"], "nonce")
        sealed = unb64(stored["ciphertext"], "ciphertext")
    except FileNotFoundError:
        raise KeystoreError(
            f"{path} does not exist: create the NAIR key first with hostdesk-nair init."
        ) from None
    except OSError as error:
        raise KeystoreError(f"Cannot read {path} ({error.strerror}).") from None
    except (ValueError, KeyError, TypeError, AttributeError, KeyFileError):
        raise KeystoreError(f"{path} is damaged or not a NAIR key file.") from None
    try:
        secrets = json.loads(
            AESGCM(derive_key(passphrase, salt, params)).decrypt(nonce, sealed, canonical(clear))
        )
    except InvalidTag:
        raise KeystoreError(
            "The passphrase does not open the NAIR key (or its file was altered)."
        ) from None
    hybrid = "mlkem_seed" in secrets
    pair = NairKeyPair(
        str(clear.get("name", "")),
        X25519PrivateKey.from_private_bytes(unb64(secrets["encryption_key"], "key")),
        Ed25519PrivateKey.from_private_bytes(unb64(secrets["signing_key"], "key")),
        MLKEM768PrivateKey.from_seed_bytes(unb64(secrets["mlkem_seed"], "key")) if hybrid else None,
        MLDSA65PrivateKey.from_seed_bytes(unb64(secrets["mldsa_seed"], "key")) if hybrid else None,
    )
    if pair.public().fingerprint() != clear.get("fingerprint"):
        raise KeystoreError(f"{path} is damaged: its keys do not match its fingerprint.")
    return pair


def read_public_file(folder: Path) -> bytes:
    try:
        return (folder / PUBLIC_FILE).read_bytes()
    except OSError as error:
        raise KeystoreError(
            f"Cannot read {folder / PUBLIC_FILE} ({error.strerror}): run hostdesk-nair init."
        ) from None


def _clear_fields(
    public: NairPublicKeys, params: KdfParams, salt: bytes, nonce: bytes
) -> dict[str, Any]:
    return {
        "format": KEYSTORE_FORMAT,
        "name": public.name,
        "fingerprint": public.fingerprint(),
        "kdf": params.to_json(),
        "salt": b64(salt),
        "cipher": "aes-256-gcm",
        "nonce": b64(nonce),
    }
