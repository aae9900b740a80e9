"""The vault folder's own files: the lock held while open, copies before an upgrade."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import Engine

from hostdesk.storage import file_lock, migrate
from hostdesk.storage.database import DB_NAME
from hostdesk.storage.durable import (
    PRIVATE,
    PRIVATE_FOLDER,
    create_private_file,
    make_private,
    make_private_folder,
)
from hostdesk.storage.errors import VaultError, VaultInUse, VaultReadOnly, VaultTooNew
from hostdesk.storage.header import HEADER_NAME

log = logging.getLogger("hostdesk.storage.vault")

LOCK_NAME = ".lock"
BACKUP_DIR = "backups"


def _now() -> datetime:
    return datetime.now(UTC)


def readonly_error(path: Path) -> VaultReadOnly:
    return VaultReadOnly(
        f"The vault folder {path} cannot be written to; move it to a folder you can write to "
        "or ask your administrator to give you write access."
    )


class FolderLock:
    """An exclusive lock on the vault folder held while the vault is open."""

    def __init__(self, path: Path) -> None:
        try:
            fd = os.open(path / LOCK_NAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE)
            self._file: IO[str] = os.fdopen(fd, "a")  # held until release()
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise readonly_error(path) from error
            raise
        if not file_lock.try_lock(self._file):
            self._file.close()
            raise VaultInUse(
                f"The vault {path} is open in another HostDesk window or command; "
                "close it there first."
            )

    def release(self) -> None:
        file_lock.unlock(self._file)
        self._file.close()


def make_vault_folder_private(path: Path) -> None:
    """The folder 0700 and the vault's files 0600, for a vault an older HostDesk made
    under a lax umask (a folder 755 and a header 644 let other local users copy the
    wrapped keys and try passphrases offline). Best effort: a read-only folder or a
    file system without modes is left as it is."""
    make_private(path, PRIVATE_FOLDER)
    for name in (HEADER_NAME, DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", LOCK_NAME):
        if (path / name).exists():
            make_private(path / name)
    backups = path / BACKUP_DIR
    if backups.is_dir():
        make_private(backups, PRIVATE_FOLDER)
        for copy in backups.iterdir():
            make_private(copy)


def bring_schema_up_to_date(path: Path, engine: Engine) -> None:
    """Upgrade an older vault in place, after an encrypted backup copy of it."""
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None and current not in migrate.known_revisions():
        raise VaultTooNew(
            f"The vault {path} was made by a newer version of HostDesk; update HostDesk to open it."
        )
    backup = _backup_before_migration(path, engine, current or "empty")
    log.info("upgrading vault schema from %s to %s (backup %s)", current, head, backup.name)
    migrate.upgrade(engine)


def _backup_before_migration(path: Path, engine: Engine, revision: str) -> Path:
    """Copy the (encrypted) database file aside; the WAL is folded in first."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backups = path / BACKUP_DIR
    stamp = _now().strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"vault-{revision}-{stamp}-{uuid.uuid4().hex[:6]}.db"
    try:
        make_private_folder(backups)
        copy = os.fdopen(create_private_file(target), "wb")
        with open(path / DB_NAME, "rb") as source, copy as dest:
            shutil.copyfileobj(source, dest, 1024 * 1024)
            dest.flush()
            os.fsync(dest.fileno())
    except OSError as error:
        raise VaultError(
            f"Could not copy the vault aside before upgrading it ({error.strerror}); "
            "free some disk space and try again."
        ) from error
    return target

