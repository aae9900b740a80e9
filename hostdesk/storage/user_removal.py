"""Removing a user: the decision, what else it takes away, and the new data key.

A removed user knew the data key (every slot gives it), so dropping their slot
alone would leave an old copy of ``header.json`` and their passphrase opening
the vault, families added later included. Removal therefore:

1. marks the user inactive and records ``user.remove`` in one transaction,
   with ``on_user_removed`` and any hooks (for what else the user held);
2. notes the removal in this computer's register (``RemovalRegister``), so a
   backup restored later can offer to remove them again;
3. changes the data key (``key_rotation.rotate``): the database is
   re-encrypted and the new key sealed to the remaining slots only. A removed
   coordinator has seen the recovery key, so a new one is made to print.

Step 3 takes as long as copying the database (see ``scripts/rekey_benchmark.py``);
a crash during it is finished at the next unlock.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit, key_rotation, keyring, users
from hostdesk.storage.durable import make_private_folder, write_atomically
from hostdesk.storage.header import VaultHeader
from hostdesk.storage.paths import data_home

if TYPE_CHECKING:
    from hostdesk.storage.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RemovedUser:
    """Who was removed (``app_user`` row id, slot user id, name, role), and by whom."""

    row_id: int
    user_uuid: str
    username: str
    role: Role
    removed_by: str  # the signed-in user who removed them


# Called inside the removal's transaction, before the data key changes.
UserRemovedHook = Callable[[Session, RemovedUser], None]


def on_user_removed(session: Session, removed: RemovedUser) -> None:
    """Everything else a removed user loses, in the transaction that removes them.

    The place for what they hold besides their key slot, so that every removal
    does it: their team laptops are revoked (docs/team-sync.md §9). It runs
    before the data key changes, so what it writes is only ever readable under
    the new key.
    """
    from hostdesk.storage.team.devices import revoke_devices_of

    revoke_devices_of(session, removed.user_uuid, removed.removed_by)


@dataclass(frozen=True)
class RemovalResult:
    usernames: tuple[str, ...]
    # Shown once, to print: a removed user was a coordinator (who had seen the
    # old one), or the old one was of the first format and could not be kept.
    new_recovery_key: str | None
    # Users whose format-1 slot could not be given the new key: they need a new
    # passphrase from a coordinator (only vaults made before format 2).
    need_new_passphrase: tuple[str, ...]


def remove_users(
    vault: Vault,
    usernames: Sequence[str],
    *,
    progress: Progress | None = None,
    hooks: Sequence[UserRemovedHook] = (),
    register: RemovalRegister | None = None,
) -> RemovalResult:
    """Remove ``usernames`` together, with one change of the data key for them all."""
    vault.require_coordinator("remove users")
    slots = [vault.header.user(name) for name in usernames]
    remaining = vault.header
    for slot in slots:  # the last coordinator stays, whatever the database says
        remaining = keyring.remove_user(remaining, slot.username)
    removed: list[RemovedUser] = []
    with vault.changing() as session:
        for slot in slots:
            row = users.active_row(session, slot.user_id, slot.username)
            users.check_removable(session, row, vault.user.username)
            row.active = False
            session.add(row)
            session.flush()
            assert row.id is not None
            gone = RemovedUser(row.id, slot.user_id, row.username, Role(row.role),
                               vault.user.username)  # fmt: skip
            removed.append(gone)
            audit.append(
                session, vault.user.username, "user.remove", "app_user", row.id,
                {"role": row.role, "key_changed": True},
            )  # fmt: skip
            for hook in (on_user_removed, *hooks):
                hook(session, gone)
    ids = frozenset(slot.user_id for slot in slots)
    if register is not None:
        register.record(vault.header.vault_id, ids)
    legacy = tuple(s.username for s in vault.header.users
                   if s.kind == "legacy" and s.user_id not in ids)  # fmt: skip
    recovery = key_rotation.rotate(
        vault,
        drop_user_ids=ids,
        replace_recovery=any(r.role is Role.COORDINATOR for r in removed),
        progress=progress,
    )
    log.info("%d user(s) removed and the data key changed", len(removed))
    return RemovalResult(tuple(r.username for r in removed), recovery, legacy)


class RemovalRegister:
    """Which users were removed from which vault, as noted on this computer.

    A backup made before a removal still holds the removed user's slot; after
    restoring one, ``removed_since`` names the users to remove again. One small
    JSON file of vault and user ids (no names), private to the user.
    """

    FILE_NAME = "removed-users.json"

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def default(cls) -> RemovalRegister:
        return cls(data_home() / cls.FILE_NAME)

    def record(self, vault_id: str, user_ids: Iterable[str]) -> None:
        data = self._read()
        entries = data.setdefault(vault_id, [])
        now = datetime.now(UTC).isoformat(timespec="seconds")
        for user_id in user_ids:
            if not any(e.get("user_id") == user_id for e in entries):
                entries.append({"user_id": user_id, "removed_at": now})
        try:
            make_private_folder(self.path.parent)
            write_atomically(self.path, json.dumps(data, indent=1, sort_keys=True).encode())
        except OSError:  # the removal itself is done; only the later reminder is lost
            log.warning("could not note the removal in %s", self.path.name)

    def removed_since(self, header: VaultHeader) -> list[str]:
        """User names in ``header`` whose removal this computer noted."""
        gone = {e.get("user_id") for e in self._read().get(header.vault_id, [])}
        return [slot.username for slot in header.users if slot.user_id in gone]

    def _read(self) -> dict[str, list[dict[str, Any]]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}
