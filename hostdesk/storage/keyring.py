"""Wrapping and unwrapping the vault's data key.

The data key (256 random bits) is what SQLCipher uses; it never changes. Each
user holds a copy wrapped with AES-256-GCM under a key derived from their
passphrase by Argon2id, and the recovery key holds one more copy. Adding a
user or changing a passphrase rewrites a slot in the header, never the data.
The associated data binds each wrapped copy to its vault and its slot, so a
slot copied into another header or under another user does not unwrap.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import uuid
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hostdesk.domain.vocabulary import Role
from hostdesk.storage.errors import (
    PermissionDenied,
    UserExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hostdesk.storage.header import RecoverySlot, UserSlot, VaultHeader
from hostdesk.storage.kdf import KdfParams, derive_key, new_salt

DATA_KEY_LENGTH = 32
NONCE_LENGTH = 12
AAD_PREFIX = b"hostdesk-vault-v1\0"
RECOVERY_INFO = b"hostdesk-vault-v1 recovery key"
# The recovery key: 200 random bits and a 40-bit checksum that catches typos
# before any unwrapping is tried; 48 base32 characters in twelve groups of four.
RECOVERY_SECRET_LENGTH = 25
RECOVERY_CHECK_LENGTH = 5
RECOVERY_GROUP = 4


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_LENGTH)


# -- creating ------------------------------------------------------------------


def create_header(
    data_key: bytes,
    username: str,
    passphrase: str,
    kdf: KdfParams,
    *,
    user_id: str | None = None,
    role: Role = Role.COORDINATOR,
) -> tuple[VaultHeader, str]:
    """A header for a new vault with one user (a coordinator, unless a laptop joining its
    team is made for a worker the team already knows by ``user_id``); returns it and the
    recovery key."""
    vault_id = str(uuid.uuid4())
    recovery_secret = secrets.token_bytes(RECOVERY_SECRET_LENGTH)
    slot = _user_slot(vault_id, user_id or str(uuid.uuid4()), username, role, passphrase,
                      data_key, kdf)
    header = VaultHeader(
        vault_id=vault_id,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        kdf=kdf,
        users=(slot,),
        recovery=_recovery_slot(vault_id, recovery_secret, data_key),
    )
    return header, format_recovery_key(recovery_secret)


def new_recovery_key(header: VaultHeader, data_key: bytes) -> tuple[VaultHeader, str]:
    """Replace the recovery key (the old one stops working once the header is written)."""
    secret = secrets.token_bytes(RECOVERY_SECRET_LENGTH)
    header = header.with_recovery(_recovery_slot(header.vault_id, secret, data_key))
    return header, format_recovery_key(secret)


# -- unlocking -----------------------------------------------------------------


def unlock_with_passphrase(header: VaultHeader, username: str, passphrase: str) -> bytes:
    """The data key, or ``WrongPassphrase``; the header is only read."""
    slot = header.user(username)
    kek = derive_key(passphrase, slot.salt, header.kdf)
    try:
        return _unwrap(kek, slot.nonce, slot.wrapped_key, _user_aad(header.vault_id, slot.user_id))
    except InvalidTag:
        raise WrongPassphrase(
            f"The passphrase is not right for {slot.username}; check Caps Lock and the "
            "keyboard layout and try again, or ask your coordinator to reset it."
        ) from None


def unlock_with_recovery_key(header: VaultHeader, recovery_text: str) -> bytes:
    secret = parse_recovery_key(recovery_text)
    slot = header.recovery
    kek = _recovery_kek(secret, slot.salt)
    try:
        return _unwrap(kek, slot.nonce, slot.wrapped_key, _recovery_aad(header.vault_id))
    except InvalidTag:
        raise WrongRecoveryKey(
            "This recovery key does not belong to this vault; check you have the key "
            "printed when this vault was created."
        ) from None


# -- users ---------------------------------------------------------------------


def add_user(
    header: VaultHeader, data_key: bytes, username: str, role: Role, passphrase: str
) -> VaultHeader:
    if header.has_user(username):
        raise UserExists(f"There is already a user called {username}; choose another name.")
    slot = _user_slot(header.vault_id, str(uuid.uuid4()), username, role, passphrase,
                      data_key, header.kdf)
    return header.with_user(slot)


def remove_user(header: VaultHeader, username: str) -> VaultHeader:
    """The header without the user's wrapped key; the last coordinator cannot go."""
    gone = header.user(username)
    remaining = header.without_user(username)
    if gone.role == Role.COORDINATOR.value and not any(
        slot.role == Role.COORDINATOR.value for slot in remaining.users
    ):
        raise PermissionDenied(
            "A vault needs at least one coordinator; add another coordinator first."
        )
    return remaining


def rekey_user(
    header: VaultHeader,
    data_key: bytes,
    username: str,
    passphrase: str,
    user_id: str,
    new_username: str,
    role: Role,
) -> VaultHeader:
    """The user's slot under another id, name and role (a laptop joining its team takes the
    team's), rewrapped with the same passphrase (its id is bound into the wrapping)."""
    slot = header.user(username)
    unlock_with_passphrase(header, slot.username, passphrase)  # the passphrase is theirs
    for other in header.users:
        if other.user_id != slot.user_id and (
            other.user_id == user_id or other.username.casefold() == new_username.casefold()
        ):
            raise UserExists(
                f"Another user of this vault is already called {new_username}; "
                "rename or remove them first."
            )
    fresh = _user_slot(header.vault_id, user_id, new_username, role, passphrase, data_key,
                       header.kdf)  # fmt: skip
    return header.without_user(slot.username).with_user(fresh)


def change_passphrase(
    header: VaultHeader, data_key: bytes, username: str, new_passphrase: str
) -> VaultHeader:
    """Rewrap the user's copy of the key under a new passphrase, with a fresh salt."""
    slot = header.user(username)
    fresh = _user_slot(header.vault_id, slot.user_id, slot.username, Role(slot.role),
                       new_passphrase, data_key, header.kdf)
    return header.with_user(fresh)


def reset_passphrase_with_recovery(
    header: VaultHeader, recovery_text: str, username: str, new_passphrase: str
) -> VaultHeader:
    """For a forgotten passphrase: the recovery key proves the right to rewrap."""
    data_key = unlock_with_recovery_key(header, recovery_text)
    return change_passphrase(header, data_key, username, new_passphrase)


# -- the recovery key's text form ----------------------------------------------


def format_recovery_key(secret: bytes) -> str:
    """Base32 in groups of four, e.g. ``ABCD-EFGH-…``, with a checksum at the end."""
    check = hashlib.sha256(secret).digest()[:RECOVERY_CHECK_LENGTH]
    text = base64.b32encode(secret + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The secret in a typed recovery key, forgiving case, spaces and look-alike digits."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    expected = (RECOVERY_SECRET_LENGTH + RECOVERY_CHECK_LENGTH) * 8 // 5
    if len(cleaned) != expected:
        raise WrongRecoveryKey(
            f"A recovery key has {expected} letters and digits; this one has {len(cleaned)}. "
            "Check you copied all of it."
        )
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raise WrongRecoveryKey(
            "This is not a recovery key: it has characters a recovery key never uses."
        ) from None
    secret, check = raw[:RECOVERY_SECRET_LENGTH], raw[RECOVERY_SECRET_LENGTH:]
    if not hmac.compare_digest(hashlib.sha256(secret).digest()[:RECOVERY_CHECK_LENGTH], check):
        raise WrongRecoveryKey(
            "This recovery key has a typing mistake; compare it character by character."
        )
    return secret


# -- internals -----------------------------------------------------------------


def _user_slot(
    vault_id: str,
    user_id: str,
    username: str,
    role: Role,
    passphrase: str,
    data_key: bytes,
    kdf: KdfParams,
) -> UserSlot:
    salt = new_salt()
    nonce = os.urandom(NONCE_LENGTH)
    kek = derive_key(passphrase, salt, kdf)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _user_aad(vault_id, user_id))
    return UserSlot(user_id, username, role.value, salt, nonce, wrapped)


def _recovery_slot(vault_id: str, secret: bytes, data_key: bytes) -> RecoverySlot:
    salt = new_salt()
    nonce = os.urandom(NONCE_LENGTH)
    wrapped = AESGCM(_recovery_kek(secret, salt)).encrypt(
        nonce, data_key, _recovery_aad(vault_id)
    )
    return RecoverySlot(salt, nonce, wrapped)


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    # The recovery secret is already 200 random bits: HKDF suffices, no slow KDF needed.
    return HKDF(hashes.SHA256(), length=32, salt=salt, info=RECOVERY_INFO).derive(secret)


def _unwrap(kek: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes:
    key = AESGCM(kek).decrypt(nonce, wrapped, aad)
    if len(key) != DATA_KEY_LENGTH:
        raise InvalidTag()
    return key


def _user_aad(vault_id: str, user_id: str) -> bytes:
    return AAD_PREFIX + vault_id.encode() + b"\0user\0" + user_id.encode()


def _recovery_aad(vault_id: str) -> bytes:
    return AAD_PREFIX + vault_id.encode() + b"\0recovery"
