"""The vault's data key and the key slots that lead to it.

The data key (256 random bits) is what SQLCipher uses. Each user's slot holds
a secret wrapped with AES-256-GCM under a key derived from their passphrase by
Argon2id; the secret gives a hybrid key pair (``slot_keys``) to which the data
key is sealed. The recovery key is such a secret too. Adding a user or
changing a passphrase rewrites one slot; removing a user changes the data key
itself, sealing the new key to every remaining slot without their passphrases
(``rotation_header``). The associated data and HPKE info bind each slot to its
vault and its user, so a slot copied into another header or under another
user does not open. Format-1 slots, which wrapped the data key directly, are
still read and are turned into sealed slots at their owner's next unlock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import slot_keys
from hostdesk.storage.errors import (
    PermissionDenied,
    UnknownUser,
    UserExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hostdesk.storage.header import PendingRotation, RecoverySlot, UserSlot, VaultHeader
from hostdesk.storage.kdf import KdfParams, derive_key, new_salt

DATA_KEY_LENGTH = 32
NONCE_LENGTH = 12
AAD_PREFIX = b"hostdesk-vault-v1\0"
SLOT_PREFIX = b"hostdesk-vault-v2\0"
SEAL_PREFIX = b"hostdesk-vault-v2 seal\0"
RECOVERY_INFO = b"hostdesk-vault-v1 recovery key"
KEY_ID_INFO = b"hostdesk-vault-v2 key id"
# The recovery key: 200 random bits and a 40-bit checksum that catches typos
# before any unwrapping is tried; 48 base32 characters in twelve groups of four.
RECOVERY_SECRET_LENGTH = 25
RECOVERY_CHECK_LENGTH = 5
RECOVERY_GROUP = 4


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_LENGTH)


def key_id(data_key: bytes) -> str:
    """A public name for a data key (it tells nothing about the key): 16 hex digits."""
    return HKDF(hashes.SHA256(), length=8, salt=None, info=KEY_ID_INFO).derive(data_key).hex()


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
    slot = _user_slot(vault_id, user_id or str(uuid.uuid4()), username, role, passphrase,
                      data_key, kdf)  # fmt: skip
    recovery, text = new_recovery_slot(vault_id, data_key)
    header = VaultHeader(
        vault_id=vault_id,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        kdf=kdf,
        users=(slot,),
        recovery=recovery,
        key_id=key_id(data_key),
    )
    return header, text


def new_recovery_slot(vault_id: str, data_key: bytes) -> tuple[RecoverySlot, str]:
    """A fresh recovery key: its slot, and its text to show once."""
    secret = secrets.token_bytes(RECOVERY_SECRET_LENGTH)
    return _recovery_slot(vault_id, secret, data_key), format_recovery_key(secret)


def new_recovery_key(header: VaultHeader, data_key: bytes) -> tuple[VaultHeader, str]:
    """Replace the recovery key (the old one stops working once the header is written)."""
    slot, text = new_recovery_slot(header.vault_id, data_key)
    return header.with_recovery(slot), text


# -- unlocking -----------------------------------------------------------------


@dataclass(frozen=True)
class Unlocked:
    """What a slot gave: the data key, the key a rotation under way moves to, and,
    for a format-1 slot, its format-2 replacement (same passphrase) to write back."""

    data_key: bytes
    new_key: bytes | None = None
    upgraded_slot: UserSlot | None = None
    upgraded_recovery: RecoverySlot | None = None


def unlock_with_passphrase(header: VaultHeader, username: str, passphrase: str) -> bytes:
    """The data key, or ``WrongPassphrase``; the header is only read."""
    return unlock_user(header, username, passphrase).data_key


def unlock_user(header: VaultHeader, username: str, passphrase: str) -> Unlocked:
    slot = header.user(username)
    if slot.kind == "reset":
        raise UnknownUser(
            f"The vault's key was changed since {slot.username} last signed in; "
            "ask a coordinator to give you a new passphrase."
        )
    kek = derive_key(passphrase, slot.salt, header.kdf)
    try:
        if slot.kind == "legacy":
            data_key = _unwrap(kek, slot.nonce, slot.wrapped_key,
                               _user_aad(header.vault_id, slot.user_id))  # fmt: skip
            upgraded = _sealed_slot(header.vault_id, slot.user_id, slot.username,
                                    slot.role, kek, slot.salt, data_key)  # fmt: skip
            return Unlocked(data_key, upgraded_slot=upgraded)
        secret = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_secret,
                                     _slot_aad(header.vault_id, slot.user_id))  # fmt: skip
    except InvalidTag:
        raise WrongPassphrase(
            f"The passphrase is not right for {slot.username}; check Caps Lock and the "
            "keyboard layout and try again, or ask your coordinator to reset it."
        ) from None
    pair = slot_keys.SlotKeyPair(secret, b"user")
    info = _user_info(header.vault_id, slot.user_id)
    try:
        data_key = _checked(pair.open(slot.sealed_key, info))
        pending = header.rotation.sealed_for(slot.user_id) if header.rotation else None
        new_key = _checked(pair.open(pending, info)) if pending else None
    except InvalidTag:
        raise WrongPassphrase(
            f"The key slot of {slot.username} is damaged; ask a coordinator to reset "
            "the passphrase."
        ) from None
    return Unlocked(data_key, new_key)


def unlock_with_recovery_key(header: VaultHeader, recovery_text: str) -> bytes:
    return unlock_recovery(header, recovery_text).data_key


def unlock_recovery(header: VaultHeader, recovery_text: str) -> Unlocked:
    secret = parse_recovery_key(recovery_text)
    slot = header.recovery
    if slot is None:
        raise WrongRecoveryKey(
            "This vault has no recovery key at the moment (it was replaced when a coordinator "
            "was removed); a coordinator can make a new one."
        )
    wrong = WrongRecoveryKey(
        "This recovery key does not belong to this vault; check you have the latest key "
        "printed for it (a new one is made whenever a coordinator is removed)."
    )
    if slot.kind == "legacy":
        kek = _recovery_kek(secret, slot.salt)
        try:
            data_key = _unwrap(kek, slot.nonce, slot.wrapped_key, _recovery_aad(header.vault_id))
        except InvalidTag:
            raise wrong from None
        return Unlocked(data_key, upgraded_recovery=_recovery_slot(header.vault_id, secret,
                                                                   data_key))  # fmt: skip
    pair = slot_keys.SlotKeyPair(secret, b"recovery")
    info = _recovery_info(header.vault_id)
    try:
        data_key = _checked(pair.open(slot.sealed_key, info))
        pending = header.rotation.recovery_sealed if header.rotation else b""
        new_key = _checked(pair.open(pending, info)) if pending else None
    except InvalidTag:
        raise wrong from None
    return Unlocked(data_key, new_key)


# -- users ---------------------------------------------------------------------


def add_user(
    header: VaultHeader, data_key: bytes, username: str, role: Role, passphrase: str
) -> VaultHeader:
    if header.has_user(username):
        raise UserExists(f"There is already a user called {username}; choose another name.")
    slot = _user_slot(header.vault_id, str(uuid.uuid4()), username, role, passphrase,
                      data_key, header.kdf)  # fmt: skip
    return header.with_user(slot)


def remove_user(header: VaultHeader, username: str) -> VaultHeader:
    """The header without the user's slot; the last coordinator cannot go."""
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
    """A new slot for the user under a new passphrase, with a fresh salt and secret."""
    slot = header.user(username)
    fresh = _user_slot(header.vault_id, slot.user_id, slot.username, Role(slot.role),
                       new_passphrase, data_key, header.kdf)  # fmt: skip
    return header.with_user(fresh)


def reset_passphrase_with_recovery(
    header: VaultHeader, recovery_text: str, username: str, new_passphrase: str
) -> VaultHeader:
    """For a forgotten passphrase: the recovery key proves the right to rewrap."""
    data_key = unlock_with_recovery_key(header, recovery_text)
    return change_passphrase(header, data_key, username, new_passphrase)


# -- changing the data key -----------------------------------------------------


def rotation_header(header: VaultHeader, new_key: bytes, *, keep_recovery: bool) -> VaultHeader:
    """``header`` with a rotation under way: ``new_key`` sealed to every sealed slot.

    The recovery slot is carried over (sealed again) only when ``keep_recovery``
    and it is a sealed one; otherwise it is dropped at once, because the old
    recovery key may be known to the person being removed.
    """
    sealed = tuple(
        (
            slot.user_id,
            slot_keys.seal(new_key, slot.public_key, _user_info(header.vault_id, slot.user_id)),
        )
        for slot in header.users
        if slot.kind == "sealed"
    )
    recovery = header.recovery if keep_recovery else None
    recovery_sealed = b""
    if recovery is not None and recovery.kind == "sealed":
        recovery_sealed = slot_keys.seal(new_key, recovery.public_key,
                                         _recovery_info(header.vault_id))  # fmt: skip
    else:
        recovery = None
    rotation = PendingRotation(
        key_id=key_id(new_key), sealed=sealed, recovery_sealed=recovery_sealed,
        started_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )  # fmt: skip
    return replace(header, recovery=recovery, rotation=rotation)


def finished_rotation(header: VaultHeader, new_recovery: RecoverySlot | None) -> VaultHeader:
    """The header once the database is under the new key: every slot holds the new key.

    A format-1 slot could not be given the new key (that needs its passphrase), so
    it becomes a slot whose user needs a new passphrase from a coordinator.
    """
    rotation = header.rotation
    assert rotation is not None
    users = []
    for slot in header.users:
        sealed = rotation.sealed_for(slot.user_id)
        if sealed is not None and slot.kind == "sealed":
            users.append(replace(slot, sealed_key=sealed))
        else:
            users.append(UserSlot(slot.user_id, slot.username, slot.role))
    recovery = new_recovery
    if recovery is None and header.recovery is not None and rotation.recovery_sealed:
        recovery = replace(header.recovery, sealed_key=rotation.recovery_sealed)
    return replace(header, users=tuple(users), recovery=recovery, key_id=rotation.key_id,
                   rotation=None)  # fmt: skip


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
    kek = derive_key(passphrase, salt, kdf)
    return _sealed_slot(vault_id, user_id, username, role.value, kek, salt, data_key)


def _sealed_slot(
    vault_id: str, user_id: str, username: str, role: str, kek: bytes, salt: bytes,
    data_key: bytes,
) -> UserSlot:  # fmt: skip
    secret = secrets.token_bytes(slot_keys.SECRET_LENGTH)
    nonce = os.urandom(NONCE_LENGTH)
    pair = slot_keys.SlotKeyPair(secret, b"user")
    public = pair.public_key
    return UserSlot(
        user_id, username, role, salt=salt, nonce=nonce,
        wrapped_secret=AESGCM(kek).encrypt(nonce, secret, _slot_aad(vault_id, user_id)),
        public_key=public,
        sealed_key=slot_keys.seal(data_key, public, _user_info(vault_id, user_id)),
    )  # fmt: skip


def _recovery_slot(vault_id: str, secret: bytes, data_key: bytes) -> RecoverySlot:
    public = slot_keys.SlotKeyPair(secret, b"recovery").public_key
    return RecoverySlot(
        public_key=public,
        sealed_key=slot_keys.seal(data_key, public, _recovery_info(vault_id)),
    )


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    # Format 1 only. The recovery secret is already 200 random bits: HKDF suffices.
    return HKDF(hashes.SHA256(), length=32, salt=salt, info=RECOVERY_INFO).derive(secret)


def _unwrap(kek: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes:
    return _checked(AESGCM(kek).decrypt(nonce, wrapped, aad))


def _checked(key: bytes) -> bytes:
    if len(key) != DATA_KEY_LENGTH:
        raise InvalidTag()
    return key


def _user_aad(vault_id: str, user_id: str) -> bytes:
    return AAD_PREFIX + vault_id.encode() + b"\0user\0" + user_id.encode()


def _recovery_aad(vault_id: str) -> bytes:
    return AAD_PREFIX + vault_id.encode() + b"\0recovery"


def _slot_aad(vault_id: str, user_id: str) -> bytes:
    return SLOT_PREFIX + vault_id.encode() + b"\0user\0" + user_id.encode()


def _user_info(vault_id: str, user_id: str) -> bytes:
    return SEAL_PREFIX + vault_id.encode() + b"\0user\0" + user_id.encode()


def _recovery_info(vault_id: str) -> bytes:
    return SEAL_PREFIX + vault_id.encode() + b"\0recovery"
