"""The vault header: a small JSON file with everything needed to unwrap the key.

It holds no personal data and nothing secret in the clear: salts, nonces,
KDF parameters, usernames and roles, and the wrapped copies of the key.
See ``docs/vault-format.md``.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hostdesk.storage.durable import fsync_directory
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
FORMAT_VERSION = 1
MAGIC = "hostdesk-vault"


@dataclass(frozen=True)
class UserSlot:
    """One user's copy of the data key, wrapped with a key from their passphrase."""

    user_id: str
    username: str
    role: str
    salt: bytes
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class RecoverySlot:
    """The data key wrapped with the recovery key shown once at creation."""

    salt: bytes
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created_at: str
    kdf: KdfParams
    users: tuple[UserSlot, ...]
    recovery: RecoverySlot
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def user(self, username: str) -> UserSlot:
        """The slot of ``username`` (case-insensitive)."""
        wanted = username.strip().casefold()
        for slot in self.users:
            if slot.username.casefold() == wanted:
                return slot
        names = ", ".join(slot.username for slot in self.users)
        raise UnknownUser(
            f"There is no user “{username}” in this vault; the users are: {names}."
        )

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

    def with_recovery(self, recovery: RecoverySlot) -> VaultHeader:
        return replace(self, recovery=recovery)

    def to_json(self) -> dict[str, Any]:
        return {
            "magic": MAGIC,
            "format_version": self.format_version,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf": self.kdf.to_json(),
            "users": [
                {
                    "user_id": s.user_id,
                    "username": s.username,
                    "role": s.role,
                    "salt": _b64(s.salt),
                    "nonce": _b64(s.nonce),
                    "wrapped_key": _b64(s.wrapped_key),
                }
                for s in self.users
            ],
            "recovery": {
                "salt": _b64(self.recovery.salt),
                "nonce": _b64(self.recovery.nonce),
                "wrapped_key": _b64(self.recovery.wrapped_key),
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VaultHeader:
        """Parse a header; raises ``KeyError``/``ValueError``/``TypeError`` on bad data."""
        if data.get("magic") != MAGIC:
            raise ValueError("not a HostDesk header")
        recovery = data["recovery"]
        users = tuple(
            UserSlot(
                user_id=str(u["user_id"]),
                username=str(u["username"]),
                role=str(u["role"]),
                salt=_unb64(u["salt"]),
                nonce=_unb64(u["nonce"]),
                wrapped_key=_unb64(u["wrapped_key"]),
            )
            for u in data["users"]
        )
        if not users:
            raise ValueError("a header without users")
        return cls(
            vault_id=str(data["vault_id"]),
            created_at=str(data["created_at"]),
            kdf=KdfParams.from_json(data["kdf"]),
            users=users,
            recovery=RecoverySlot(
                salt=_unb64(recovery["salt"]),
                nonce=_unb64(recovery["nonce"]),
                wrapped_key=_unb64(recovery["wrapped_key"]),
            ),
            format_version=int(data["format_version"]),
        )


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
    except (ValueError, KeyError, TypeError):
        raise _corrupt(folder) from None


def write_header(folder: Path, header: VaultHeader) -> None:
    """Replace the header atomically: a crash leaves the old header or the new one."""
    folder = Path(folder)
    target = folder / HEADER_NAME
    temporary = folder / (HEADER_NAME + ".tmp")
    payload = json.dumps(header.to_json(), indent=2, sort_keys=True).encode("utf-8")
    try:
        with open(temporary, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        fsync_directory(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
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
