"""The vault header: a small JSON file with everything needed to unwrap the key.

It holds no personal data and nothing secret in the clear: salts, nonces,
KDF parameters, usernames and roles, and the wrapped copies of the key.
See ``docs/vault-format.md``.
"""

from __future__ import annotations

import base64
import errno
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hostdesk.storage.durable import write_atomically
from hostdesk.storage.errors import (
    HeaderCorrupt,
    HeaderMissing,
    UnknownUser,
    VaultNotFound,
    VaultReadOnly,
    VaultTooNew,
)
from hostdesk.storage.kdf import KdfParams

HEADER_NAME = "header.json"
# 1: each slot wraps the data key itself. 2: each slot holds a key pair that the
# data key is sealed to, so that the key can change without anyone's passphrase.
FORMAT_VERSION = 2
MAGIC = "hostdesk-vault"


@dataclass(frozen=True)
class UserSlot:
    """One user's way to the data key.

    Three shapes (``kind``):
    - ``sealed`` (format 2): the passphrase key wraps a slot secret; the secret
      gives a hybrid key pair (``public_key``), and the data key is sealed to it
      (``sealed_key``). Whoever holds the data key can seal a new one to every
      slot without knowing any passphrase: that is what removing a user needs.
    - ``legacy`` (format 1): the passphrase key wraps the data key itself
      (``wrapped_key``); turned into ``sealed`` at the user's next unlock.
    - ``reset``: no key at all; the data key changed while this user still had a
      legacy slot, so a coordinator must give them a new passphrase.
    """

    user_id: str
    username: str
    role: str
    salt: bytes = b""
    nonce: bytes = b""
    wrapped_key: bytes = b""
    wrapped_secret: bytes = b""
    public_key: bytes = b""
    sealed_key: bytes = b""

    @property
    def kind(self) -> str:
        if self.wrapped_secret:
            return "sealed"
        if self.wrapped_key:
            return "legacy"
        return "reset"


@dataclass(frozen=True)
class RecoverySlot:
    """The data key for the recovery key shown once: sealed (format 2) or wrapped (1)."""

    salt: bytes = b""
    nonce: bytes = b""
    wrapped_key: bytes = b""
    public_key: bytes = b""
    sealed_key: bytes = b""

    @property
    def kind(self) -> str:
        return "sealed" if self.sealed_key else "legacy"


@dataclass(frozen=True)
class PendingRotation:
    """A change of data key under way: the new key sealed to the remaining slots.

    Written before the database is re-encrypted and removed once it is, so a
    crash at any moment leaves a way to the key the database is under: the old
    one through the slots, the new one through ``sealed``.
    """

    key_id: str
    sealed: tuple[tuple[str, bytes], ...]  # (user_id, the new key sealed to that slot)
    recovery_sealed: bytes = b""  # empty: the recovery key is being replaced
    started_at: str = ""

    def sealed_for(self, user_id: str) -> bytes | None:
        return next((sealed for uid, sealed in self.sealed if uid == user_id), None)


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created_at: str
    kdf: KdfParams
    users: tuple[UserSlot, ...]
    recovery: RecoverySlot | None
    format_version: int = FORMAT_VERSION
    key_id: str = ""  # names the data key the slots hold ("" in a format-1 header)
    rotation: PendingRotation | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def user(self, username: str) -> UserSlot:
        """The slot of ``username`` (case-insensitive)."""
        wanted = username.strip().casefold()
        for slot in self.users:
            if slot.username.casefold() == wanted:
                return slot
        names = ", ".join(slot.username for slot in self.users)
        raise UnknownUser(f"There is no user “{username}” in this vault; the users are: {names}.")

    def has_user(self, username: str) -> bool:
        wanted = username.strip().casefold()
        return any(slot.username.casefold() == wanted for slot in self.users)

    def with_user(self, slot: UserSlot) -> VaultHeader:
        """A header with ``slot`` added, or replacing the slot of the same user id."""
        others = tuple(s for s in self.users if s.user_id != slot.user_id)
        return replace(self, users=(*others, slot))

    def without_user(self, username: str) -> VaultHeader:
        gone = self.user(username)
        return replace(self, users=tuple(s for s in self.users if s.user_id != gone.user_id))

    def with_recovery(self, recovery: RecoverySlot | None) -> VaultHeader:
        return replace(self, recovery=recovery)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "magic": MAGIC,
            "format_version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf": self.kdf.to_json(),
            "key_id": self.key_id,
            "users": [_slot_json(s) for s in self.users],
            "recovery": None if self.recovery is None else _recovery_json(self.recovery),
        }
        if self.rotation is not None:
            data["rotation"] = {
                "key_id": self.rotation.key_id,
                "sealed": {uid: _b64(sealed) for uid, sealed in self.rotation.sealed},
                "recovery_sealed": _b64(self.rotation.recovery_sealed),
                "started_at": self.rotation.started_at,
            }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VaultHeader:
        """Parse a header; raises ``KeyError``/``ValueError``/``TypeError`` on bad data."""
        if data.get("magic") != MAGIC:
            raise ValueError("not a HostDesk header")
        users = tuple(_slot_from_json(u) for u in data["users"])
        if not users:
            raise ValueError("a header without users")
        recovery = data["recovery"]
        rotation = data.get("rotation")
        return cls(
            vault_id=str(data["vault_id"]),
            created_at=str(data["created_at"]),
            kdf=KdfParams.from_json(data["kdf"]),
            users=users,
            recovery=None if recovery is None else _recovery_from_json(recovery),
            format_version=int(data["format_version"]),
            key_id=str(data.get("key_id", "")),
            rotation=None
            if rotation is None
            else PendingRotation(
                key_id=str(rotation["key_id"]),
                sealed=tuple(
                    (str(uid), _unb64(sealed)) for uid, sealed in rotation["sealed"].items()
                ),
                recovery_sealed=_unb64(rotation["recovery_sealed"]),
                started_at=str(rotation.get("started_at", "")),
            ),
        )


def _slot_json(slot: UserSlot) -> dict[str, Any]:
    data: dict[str, Any] = {"user_id": slot.user_id, "username": slot.username, "role": slot.role}
    if slot.kind == "sealed":
        data.update(salt=_b64(slot.salt), nonce=_b64(slot.nonce),
                    wrapped_secret=_b64(slot.wrapped_secret), public_key=_b64(slot.public_key),
                    sealed_key=_b64(slot.sealed_key))  # fmt: skip
    elif slot.kind == "legacy":
        data.update(salt=_b64(slot.salt), nonce=_b64(slot.nonce),
                    wrapped_key=_b64(slot.wrapped_key))  # fmt: skip
    else:
        data["needs_new_passphrase"] = True
    return data


def _slot_from_json(u: dict[str, Any]) -> UserSlot:
    ids = {"user_id": str(u["user_id"]), "username": str(u["username"]), "role": str(u["role"])}
    if "wrapped_secret" in u:
        return UserSlot(
            **ids, salt=_unb64(u["salt"]), nonce=_unb64(u["nonce"]),
            wrapped_secret=_unb64(u["wrapped_secret"]), public_key=_unb64(u["public_key"]),
            sealed_key=_unb64(u["sealed_key"]),
        )  # fmt: skip
    if "wrapped_key" in u:
        return UserSlot(**ids, salt=_unb64(u["salt"]), nonce=_unb64(u["nonce"]),
                        wrapped_key=_unb64(u["wrapped_key"]))  # fmt: skip
    if u.get("needs_new_passphrase") is True:
        return UserSlot(**ids)
    raise ValueError("a user slot of no known shape")


def _recovery_json(slot: RecoverySlot) -> dict[str, Any]:
    if slot.kind == "sealed":
        return {"public_key": _b64(slot.public_key), "sealed_key": _b64(slot.sealed_key)}
    return {"salt": _b64(slot.salt), "nonce": _b64(slot.nonce),
            "wrapped_key": _b64(slot.wrapped_key)}  # fmt: skip


def _recovery_from_json(r: dict[str, Any]) -> RecoverySlot:
    if "sealed_key" in r:
        return RecoverySlot(public_key=_unb64(r["public_key"]), sealed_key=_unb64(r["sealed_key"]))
    return RecoverySlot(salt=_unb64(r["salt"]), nonce=_unb64(r["nonce"]),
                        wrapped_key=_unb64(r["wrapped_key"]))  # fmt: skip


def read_header(folder: Path) -> VaultHeader:
    """Read the header of the vault in ``folder``, or say in one sentence what is wrong."""
    folder = Path(folder)
    if not folder.is_dir():
        raise VaultNotFound(f"There is no vault in {folder}; check the folder name.")
    path = folder / HEADER_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise HeaderMissing(
            f"The folder {folder} has no vault header ({HEADER_NAME}); if it is a vault, "
            "restore the header from a backup, otherwise choose the vault's folder."
        ) from None
    except PermissionError:
        raise VaultReadOnly(
            f"The vault header in {folder} cannot be read; check the folder's permissions."
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        version = int(data["format_version"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise _corrupt(folder) from None
    if version > FORMAT_VERSION:
        raise VaultTooNew(
            f"The vault in {folder} was written by a newer HostDesk (format {version}); "
            "update HostDesk to open it."
        )
    try:
        return VaultHeader.from_json(data)
    except ValueError as error:
        if "below the floor" in str(error):
            raise HeaderCorrupt(
                f"The vault header in {folder} asks for a weaker passphrase protection than "
                "HostDesk allows (at least 64 MiB and 3 passes of Argon2id): it was altered; "
                f"restore {HEADER_NAME} from a backup."
            ) from None
        raise _corrupt(folder) from None
    except (KeyError, TypeError):
        raise _corrupt(folder) from None


def write_header(folder: Path, header: VaultHeader) -> None:
    """Replace the header atomically (0600): a crash leaves the old header or the new one."""
    folder = Path(folder)
    payload = json.dumps(header.to_json(), indent=2, sort_keys=True).encode("utf-8")
    try:
        write_atomically(folder / HEADER_NAME, payload)
    except OSError as error:
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise VaultReadOnly(
                f"The vault folder {folder} cannot be written to; "
                "check it is not on a read-only disk and that you may write there."
            ) from None
        raise


def _corrupt(folder: Path) -> HeaderCorrupt:
    return HeaderCorrupt(
        f"The vault header in {folder} is damaged; restore {HEADER_NAME} from a backup "
        "(the data are safe, but cannot be unlocked without it)."
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
