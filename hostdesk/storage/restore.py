"""Restoring a backup into a new folder, with every check before anything appears.

Restoring checks the manifest, the checksums, the key and SQLCipher's per-page
HMAC before anything appears under the target name. See ``docs/backup.md``.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from hostdesk.storage import keyring, restore_marker
from hostdesk.storage.backup_format import (
    PROGRESS_TOTAL,
    Cancelled,
    Progress,
    copy_member,
    corrupt,
    open_archive,
    raise_if_cancelled,
    read_header_member,
)
from hostdesk.storage.database import DB_NAME, connect_raw
from hostdesk.storage.durable import (
    create_private_file,
    fsync_directory,
    fsync_file,
    make_private_folder,
)
from hostdesk.storage.errors import BackupError, RestoreTargetNotEmpty, UnknownUser
from hostdesk.storage.header import HEADER_NAME, VaultHeader
from hostdesk.storage.vault import Vault

# The backup module's logger, as before the split: restores log where backups do.
log = logging.getLogger("hostdesk.storage.backup")

# A restore's progress: copying, then the HMAC check, then the structure check.
_COPY_SHARE = 300
_HMAC_SHARE = 400
_CHECK_SHARE = 950


def restore_backup(
    backup_file: Path,
    target_dir: Path,
    *,
    passphrase: str | None = None,
    username: str | None = None,
    recovery_key: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Vault:
    """Restore a backup into a new (or empty) folder and return the vault, open.

    The key is checked first, then the database is written to a hidden folder
    beside the target and verified; only a fully verified copy is renamed to
    ``target_dir``, so a failure leaves nothing behind.
    """
    if (passphrase is None) == (recovery_key is None):
        raise ValueError("give either a passphrase or a recovery key")
    backup_file = Path(backup_file)
    target_dir = Path(target_dir)
    _check_target(target_dir)
    with open_archive(backup_file) as (archive, manifest):
        header_bytes, header = read_header_member(archive, manifest, backup_file)
        if recovery_key is not None:
            key = keyring.unlock_with_recovery_key(header, recovery_key)
        else:
            assert passphrase is not None
            username = username or _only_username(header)
            key = keyring.unlock_with_passphrase(header, username, passphrase)
        staging = _staging_folder(target_dir)
        try:
            with _write_guard(target_dir):
                with os.fdopen(create_private_file(staging / HEADER_NAME), "wb") as dest:
                    dest.write(header_bytes)
                fsync_file(staging / HEADER_NAME)
                with os.fdopen(create_private_file(staging / DB_NAME), "wb") as dest:
                    copy_member(
                        archive, manifest, backup_file, dest, progress, cancelled, _COPY_SHARE
                    )
                    dest.flush()
                    os.fsync(dest.fileno())
            _check_database(staging / DB_NAME, key, backup_file, progress, cancelled)
            with _write_guard(target_dir):
                # Recorded by the vault's first opening, even if this process dies now.
                restore_marker.leave(
                    staging, str(manifest["created_at"]),
                    "recovery-key" if recovery_key is not None else str(username),
                )  # fmt: skip
                _check_target(target_dir)
                if target_dir.exists():
                    target_dir.rmdir()  # empty, checked just above
                os.rename(staging, target_dir)
                fsync_directory(target_dir.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    # Opening records the restore in the audit log (restore_marker).
    if recovery_key is not None:
        vault = Vault.open_with_recovery_key(target_dir, recovery_key)
    else:
        assert passphrase is not None
        vault = Vault.open(target_dir, username, passphrase)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    log.info("backup restored")
    return vault


def _only_username(header: VaultHeader) -> str:
    if len(header.users) == 1:
        return header.users[0].username
    names = ", ".join(slot.username for slot in header.users)
    raise UnknownUser(f"This backup has several users ({names}); say which one you are.")


def _check_target(target: Path) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise RestoreTargetNotEmpty(
            f"The folder {target} is not empty; restore into a new or empty folder "
            "so nothing in it is overwritten."
        )


def _staging_folder(target: Path) -> Path:
    parent = target.parent
    with _write_guard(target):
        make_private_folder(parent)
        staging = parent / f".{target.name}.restoring-{uuid.uuid4().hex[:8]}"
        make_private_folder(staging)
    return staging


@contextlib.contextmanager
def _write_guard(target: Path) -> Iterator[None]:
    """Turn an OSError on the restore side into one sentence about the target disk."""
    try:
        yield
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise BackupError(
                f"The backup could not be restored into {target}: the disk is full; "
                "free some space or choose another disk."
            ) from None
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise BackupError(
                f"The backup could not be restored into {target}: you may not write there; "
                "choose another folder."
            ) from None
        raise BackupError(
            f"The backup could not be restored into {target} "
            f"({error.strerror or 'input/output error'}); check the disk."
        ) from None


def _check_database(
    db_path: Path,
    key: bytes,
    backup_file: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    """The restored file opens with the key, every page passes SQLCipher's HMAC,
    and SQLite finds its structure sound (the slowest step: ~2/3 of a restore)."""
    try:
        conn = connect_raw(db_path, key)
    except Exception:
        raise corrupt(backup_file, "the database does not open with the vault's key") from None
    # Each check is one SQLite step, which no progress handler can interrupt, so a
    # cancel is honoured between them.
    try:
        raise_if_cancelled(cancelled)
        hmac_failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if progress is not None:
            progress(_HMAC_SHARE, PROGRESS_TOTAL)
        raise_if_cancelled(cancelled)
        structure = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher3.Error:
        raise corrupt(backup_file, "the database cannot be read with the vault's key") from None
    finally:
        conn.close()
    if hmac_failures:
        raise corrupt(backup_file, "pages of the database were altered")
    if structure != ["ok"]:
        raise corrupt(backup_file, "the database structure is damaged")
    if progress is not None:
        progress(_CHECK_SHARE, PROGRESS_TOTAL)
