"""Changing the vault's data key, crash-safe, and finishing a change a crash cut short.

The header and the database are two files, so the change goes in steps that
each leave a way in (see ``docs/vault-format.md``, "Changing the data key"):

1. ``header.json`` gains a *rotation* block: a new random key sealed to every
   remaining slot (and to the recovery slot unless it is being replaced). The
   removed user's slot, and a recovery slot that must be replaced, go now. The
   slots still hold the old key, which the database is still under.
2. The database is copied under the new key and the copy renamed over
   ``vault.db`` (``rekey.py``): the file is under the old key or the new one.
3. The audit log starts a new key epoch (``audit_keys``) and records the
   change (``vault.rekey``), in the new database.
4. ``header.json`` is written with the new key in every slot and no rotation.

A crash between 1 and 4 leaves a header from which every remaining user gets
both keys; the next unlock tries the new key, then the old, and finishes the
work (``finish_on_open``). Whoever is no longer in the header gets neither.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit, audit_keys, keyring
from hostdesk.storage.database import connect_raw
from hostdesk.storage.errors import (
    DatabaseUnreadable,
    UnknownUser,
    VaultReadOnly,
    WrongRecoveryKey,
)
from hostdesk.storage.header import RecoverySlot, VaultHeader

if TYPE_CHECKING:
    from hostdesk.storage.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def database_key(db_path: Path, header: VaultHeader, unlocked: keyring.Unlocked) -> bytes:
    """The key the database is under: during a rotation the new one or the old one."""
    if header.rotation is None:
        return unlocked.data_key
    for key in (unlocked.new_key, unlocked.data_key):
        if key is None:
            continue
        try:
            connect_raw(db_path, key).close()
        except DatabaseUnreadable:
            continue
        return key
    if unlocked.new_key is None:
        raise UnknownUser(
            "The vault's key was changed since you last signed in; ask a coordinator "
            "to give you a new passphrase."
        )
    raise DatabaseUnreadable(
        f"The database {db_path.name} opens with neither the vault's old key nor its new one: "
        "it is damaged or comes from another vault; restore it from a backup."
    )


def rotate(
    vault: Vault,
    *,
    drop_user_ids: frozenset[str] = frozenset(),
    replace_recovery: bool,
    progress: Progress | None = None,
    show_recovery: bool = True,
) -> str | None:
    """Give the vault a new data key; returns the new recovery key when one was made.

    ``drop_user_ids`` leave the header in step 1, before the key changes. With
    ``show_recovery`` False (nobody to show it to) a recovery key that must be
    replaced is dropped, and a coordinator is asked to make one.
    """
    header = vault.header
    for slot in header.users:
        if slot.user_id in drop_user_ids:
            header = header.without_user(slot.username)
    new_key = keyring.new_data_key()
    replace_recovery = replace_recovery or (
        header.recovery is not None and header.recovery.kind == "legacy"
    )
    vault._replace_header(
        keyring.rotation_header(header, new_key, keep_recovery=not replace_recovery)
    )
    recovery, recovery_text = (
        keyring.new_recovery_slot(header.vault_id, new_key)
        if replace_recovery and show_recovery
        else (None, None)
    )
    _finish(vault, vault._key, new_key, recovery, progress)
    return recovery_text


def finish_on_open(vault: Vault, unlocked: keyring.Unlocked) -> None:
    """Whatever an interrupted change left to do, and a format-1 slot to bring up to date."""
    header = vault.header
    if header.rotation is not None:
        if unlocked.new_key is not None:
            log.info("finishing a change of the data key that was interrupted")
            _finish(vault, unlocked.data_key, unlocked.new_key, None, None)
        return
    removed = _removed_users_still_in_header(vault)
    if removed:
        replace_recovery = any(role == Role.COORDINATOR.value for _, role in removed)
        if vault.user.id is None and replace_recovery:
            raise WrongRecoveryKey(
                "This recovery key was withdrawn when a coordinator was removed; "
                "open the vault with a passphrase."
            )
        log.info("finishing the removal of %d user(s) that was interrupted", len(removed))
        rotate(
            vault,
            drop_user_ids=frozenset(uid for uid, _ in removed),
            replace_recovery=replace_recovery,
            show_recovery=False,
        )
        return
    if unlocked.upgraded_slot is not None:
        _write_if_possible(vault, header.with_user(unlocked.upgraded_slot))
    elif unlocked.upgraded_recovery is not None:
        _write_if_possible(vault, header.with_recovery(unlocked.upgraded_recovery))


def _finish(
    vault: Vault,
    old_key: bytes,
    new_key: bytes,
    recovery: RecoverySlot | None,
    progress: Progress | None,
) -> None:
    if vault._key != new_key:
        vault._reencrypt(new_key, progress)
    with vault.changing() as session:  # step 3, once: the audit log's new key epoch
        if audit_keys.start_epoch(session.connection(), old_key, new_key):
            audit.append(
                session, vault.user.username, "vault.rekey", "vault", vault.header.vault_id,
                {"key_id": keyring.key_id(new_key), "new_recovery_key": recovery is not None},
            )  # fmt: skip
    vault._replace_header(keyring.finished_rotation(vault.header, recovery))


def _removed_users_still_in_header(vault: Vault) -> list[tuple[str, str]]:
    """(user id, role) of inactive users whose slot is still in the header.

    Removal marks the row inactive first, then drops the slot as it starts the
    key change; a crash in between leaves this, and the change is done now.
    """
    ids = [slot.user_id for slot in vault.header.users]
    with vault.session() as session:
        rows = session.execute(
            text("SELECT user_uuid, role, active FROM app_user"),
        ).all()
    return [(str(uid), str(role)) for uid, role, active in rows if uid in ids and not active]


def _write_if_possible(vault: Vault, header: VaultHeader) -> None:
    try:
        vault._replace_header(header)
    except (OSError, VaultReadOnly):  # a read-only copy of a vault still opens; the slot waits
        log.info("could not bring a key slot up to date (read-only folder)")
