"""Encrypted backups of an open vault: writing one, and verifying a backup file.

The file format (a stored ZIP with ``vault.db``, ``header.json`` and
``manifest.json``) and the checked reading of an archive live in
:mod:`hostdesk.storage.backup_format`; restoring lives in
:mod:`hostdesk.storage.restore`. Every public name of both is importable from
here too. See ``docs/backup.md``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import time
import uuid
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import text

import hostdesk
from hostdesk.storage import audit, settings
from hostdesk.storage.backup_format import (
    BACKUP_FORMAT_VERSION,
    BACKUP_MAGIC,
    BACKUP_SUFFIX,
    CHUNK,
    MANIFEST_NAME,
    MEMBERS,
    PROGRESS_TOTAL,
    BackupInfo,
    Cancelled,
    Progress,
    backup_info,
    copy_member,
    open_archive,
    read_header_member,
)
from hostdesk.storage.database import DB_NAME
from hostdesk.storage.durable import create_private_file, fsync_directory
from hostdesk.storage.errors import BackupCancelled, BackupError
from hostdesk.storage.header import HEADER_NAME, VaultHeader
from hostdesk.storage.restore import restore_backup
from hostdesk.storage.vault import Vault

__all__ = [
    "BACKUP_FORMAT_VERSION",
    "BACKUP_MAGIC",
    "BACKUP_SUFFIX",
    "MANIFEST_NAME",
    "MEMBERS",
    "PROGRESS_TOTAL",
    "BackupInfo",
    "Cancelled",
    "Progress",
    "backup_is_due",
    "create_backup",
    "default_backup_name",
    "last_backup_at",
    "restore_backup",
    "verify_backup",
]

log = logging.getLogger(__name__)


# Progress is reported as (done, PROGRESS_TOTAL); the export gets most of it.
_EXPORT_SHARE = 700
# SQLite calls the progress handler every this many virtual-machine steps of a
# statement; sqlcipher_export runs one statement per table, so keep it small.
_HANDLER_STEPS = 1_000
_REPORT_SECONDS = 0.05
_ATTACHED = "hostdesk_backup"
_TEMP_PREFIX = ".backup-tmp-"
_SQLITE_PLAINTEXT_MAGIC = b"SQLite format 3\x00"
_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_SQLITE_INTERRUPT = 9


# -- writing a backup ----------------------------------------------------------------


def create_backup(
    vault: Vault,
    out_file: Path,
    progress: Progress | None = None,
    *,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
) -> Path:
    """Write an encrypted backup of the open ``vault``; returns the file written.

    ``out_file`` may be an existing folder (a USB stick, say): the file then
    gets a dated name in it. ``progress(done, total)`` is called from this
    thread; ``cancelled()`` returning True stops the backup with
    ``BackupCancelled`` and nothing left behind.
    """
    out_file = _backup_target(Path(out_file), overwrite)
    _remove_stale_exports(vault.path)
    export = vault.path / f"{_TEMP_PREFIX}{uuid.uuid4().hex}.db"
    # The snapshot's time, not the end of the copy: the backup holds what was saved by then.
    created = datetime.now(UTC)
    try:
        header_bytes, revision = _export_consistent(vault, export, progress, cancelled)
        manifest = _write_archive(
            export, header_bytes, out_file, vault.header.vault_id, created, revision,
            progress, cancelled,
        )  # fmt: skip
    finally:
        _remove_export(export)
    size = out_file.stat().st_size
    with vault.changing() as session:
        # Take the write lock first: a transaction that reads, then writes, fails at once
        # (SQLITE_BUSY_SNAPSHOT) when another connection commits in between, whereas
        # waiting for the lock is covered by the busy timeout.
        session.execute(text("UPDATE setting SET value = value WHERE 0"))
        settings.put(session, vault.user.username, settings.LAST_BACKUP_AT, created.isoformat())
        audit.append(
            session, vault.user.username, "vault.backup", "vault", vault.header.vault_id,
            {"bytes": size, "database_sha256": manifest["members"][DB_NAME]["sha256"]},
        )  # fmt: skip
    log.info("backup written (%d bytes)", size)
    return out_file


def last_backup_at(vault: Vault) -> datetime | None:
    """When the last backup of this vault was written, or None if never."""
    with vault.session() as session:
        raw = settings.get(session, settings.LAST_BACKUP_AT)
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:  # a hand-edited value: treat as never, so the reminder shows
        return None


def backup_is_due(vault: Vault, today: date) -> bool:
    """True when the last backup is older than the reminder setting (or there is none)."""
    last = last_backup_at(vault)
    if last is None:
        return True
    with vault.session() as session:
        days = settings.get(session, settings.BACKUP_REMINDER_DAYS)
    return (today - last.astimezone(UTC).date()).days > days


def default_backup_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"hostdesk-backup-{stamp}{BACKUP_SUFFIX}"


def _backup_target(out_file: Path, overwrite: bool) -> Path:
    if out_file.is_dir():
        out_file = out_file / default_backup_name()
    if not out_file.parent.is_dir():
        raise BackupError(
            f"The folder {out_file.parent} does not exist; choose an existing folder or disk."
        )
    if out_file.exists() and not overwrite:
        raise BackupError(
            f"The file {out_file} already exists; choose another name so no backup is replaced."
        )
    return out_file


def _export_consistent(
    vault: Vault, export: Path, progress: Progress | None, cancelled: Cancelled | None
) -> tuple[bytes, str]:
    """Export the database; returns the header bytes that go with it and the schema revision.

    Adding a user rewrites the header and the user table together; if the
    header changed while we exported, we export again so the two match.
    """
    for _attempt in range(3):
        before = _read_header_bytes(vault)
        revision = _export_database(vault, export, progress, cancelled)
        if _read_header_bytes(vault) == before:
            return before, revision
        _remove_export(export)
    raise BackupError("The vault's users kept changing during the backup; try again in a moment.")


def _read_header_bytes(vault: Vault) -> bytes:
    raw = (vault.path / HEADER_NAME).read_bytes()
    # Only a header that parses and belongs to this vault goes into a backup.
    header = VaultHeader.from_json(json.loads(raw.decode("utf-8")))
    if header.vault_id != vault.header.vault_id:
        raise BackupError(f"The header of the vault {vault.path} changed identity; reopen it.")
    return raw


def _export_database(
    vault: Vault, export: Path, progress: Progress | None, cancelled: Cancelled | None
) -> str:
    """``sqlcipher_export`` into ``export`` within one read transaction; returns the revision."""
    pooled = vault.engine.raw_connection()
    conn: sqlcipher3.Connection = pooled.dbapi_connection  # type: ignore[assignment]
    source_bytes = max(1, _database_bytes(conn))
    stop = {"cancelled": False}
    last_report = [0.0]

    def handler() -> int:
        if cancelled is not None and cancelled():
            stop["cancelled"] = True
            return 1  # SQLite aborts the running statement with SQLITE_INTERRUPT
        now = time.monotonic()
        if progress is not None and now - last_report[0] >= _REPORT_SECONDS:
            last_report[0] = now
            try:
                written = export.stat().st_size
            except OSError:  # SQLite creates the file on its first write
                written = 0
            progress(int(min(0.95, written / source_bytes) * _EXPORT_SHARE), PROGRESS_TOTAL)
        return 0

    attached = False
    try:
        # Created private first: SQLite would give the copy the umask's mode.
        os.close(create_private_file(export))
        # ATTACH without KEY: SQLCipher gives the new database the main key.
        conn.execute(f"ATTACH DATABASE ? AS {_ATTACHED}", (str(export),))
        attached = True
        # A rollback journal: the copy must be complete in one file once detached.
        conn.execute(f"PRAGMA {_ATTACHED}.journal_mode = DELETE").fetchall()
        conn.set_progress_handler(handler, _HANDLER_STEPS)
        # One transaction: every table comes from the same WAL snapshot.
        conn.execute("BEGIN")
        try:
            conn.execute(f"SELECT sqlcipher_export('{_ATTACHED}')").fetchall()
            # sqlcipher_export leaves user_version behind: it is the version of the
            # search keys the copy's index holds (storage.search), which it keeps.
            (keys_version,) = conn.execute("PRAGMA main.user_version").fetchone()
            conn.execute(f"PRAGMA {_ATTACHED}.user_version = {int(keys_version)}")
            row = conn.execute(f"SELECT version_num FROM {_ATTACHED}.alembic_version").fetchone()
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        conn.set_progress_handler(None, 0)
        conn.execute(f"DETACH DATABASE {_ATTACHED}")
        attached = False
    except sqlcipher3.Error as error:
        if stop["cancelled"]:
            raise BackupCancelled("The backup was cancelled; nothing was written.") from None
        raise _sqlite_backup_error(error, vault.path) from None
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.set_progress_handler(None, 0)
        if attached:
            # A connection left with a database attached must not go back to the pool.
            pooled.invalidate()
        pooled.close()
    _check_encrypted(export)
    if progress is not None:
        progress(_EXPORT_SHARE, PROGRESS_TOTAL)
    return str(row[0]) if row else ""


def _database_bytes(conn: sqlcipher3.Connection) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(size)


def _check_encrypted(export: Path) -> None:
    # Belt and braces: should SQLCipher ever attach without the key, refuse the copy.
    with open(export, "rb") as handle:
        if handle.read(len(_SQLITE_PLAINTEXT_MAGIC)) == _SQLITE_PLAINTEXT_MAGIC:
            raise BackupError("The database copy was not encrypted, so no backup was written.")


def _sqlite_backup_error(error: sqlcipher3.Error, vault_path: Path) -> BackupError:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF == _SQLITE_FULL:
        return BackupError(
            f"The backup could not be made: the disk holding the vault {vault_path} is full; "
            "free some space and try again."
        )
    if code is not None and code & 0xFF == _SQLITE_IOERR:
        return BackupError(
            f"The backup could not be made: the disk holding the vault {vault_path} "
            "failed to read or write; check the disk."
        )
    return BackupError(f"The backup could not be made ({type(error).__name__}); try again.")


def _write_archive(
    export: Path,
    header_bytes: bytes,
    out_file: Path,
    vault_id: str,
    created: datetime,
    revision: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> dict[str, Any]:
    """Write the ZIP next to ``out_file``, fsync it, then rename it into place."""
    temporary = out_file.parent / f".{out_file.name}.{uuid.uuid4().hex[:8]}.tmp"
    stamp = created.timetuple()[:6]
    total = max(1, export.stat().st_size)
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with (
            os.fdopen(fd, "wb") as raw,
            zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive,
        ):
            db_digest = hashlib.sha256()
            copied = 0
            info = zipfile.ZipInfo(DB_NAME, date_time=stamp)
            with open(export, "rb") as source, archive.open(info, "w", force_zip64=True) as dest:
                while chunk := source.read(CHUNK):
                    if cancelled is not None and cancelled():
                        raise BackupCancelled("The backup was cancelled; nothing was written.")
                    db_digest.update(chunk)
                    dest.write(chunk)
                    copied += len(chunk)
                    if progress is not None:
                        share = _EXPORT_SHARE + (PROGRESS_TOTAL - _EXPORT_SHARE) * copied / total
                        progress(min(PROGRESS_TOTAL - 1, int(share)), PROGRESS_TOTAL)
            archive.writestr(zipfile.ZipInfo(HEADER_NAME, date_time=stamp), header_bytes)
            manifest = {
                "magic": BACKUP_MAGIC,
                "format_version": BACKUP_FORMAT_VERSION,
                "vault_id": vault_id,
                "created_at": created.isoformat(),
                "schema_revision": revision,
                "hostdesk_version": hostdesk.__version__,
                "members": {
                    DB_NAME: {"sha256": db_digest.hexdigest(), "size": copied},
                    HEADER_NAME: {
                        "sha256": hashlib.sha256(header_bytes).hexdigest(),
                        "size": len(header_bytes),
                    },
                },
            }
            archive.writestr(
                zipfile.ZipInfo(MANIFEST_NAME, date_time=stamp),
                json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"),
            )
            archive.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temporary, out_file)
        fsync_directory(out_file.parent)
    except OSError as error:
        raise _write_error(error, out_file.parent) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return manifest


def _write_error(error: OSError, folder: Path) -> BackupError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupError(
            f"The backup could not be written to {folder}: the disk is full; "
            "free some space or choose another disk."
        )
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BackupError(
            f"The backup could not be written to {folder}: the disk is read-only or you may "
            "not write there; choose another folder."
        )
    return BackupError(
        f"The backup could not be written to {folder} ({error.strerror or 'input/output error'}); "
        "check the disk or choose another one."
    )


def _remove_export(export: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path = export.with_name(export.name + suffix)
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _remove_stale_exports(folder: Path) -> None:
    # Left by a backup that was killed; encrypted, but they take space. We hold
    # the vault's lock, and a backup of ours running in another thread would be
    # younger than an hour.
    limit = datetime.now(UTC).timestamp() - 3600
    for path in folder.glob(f"{_TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


# -- verifying a backup file ----------------------------------------------------------


def verify_backup(
    backup_file: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> BackupInfo:
    """Check the file's structure and every checksum, without a key; raise BackupCorrupt."""
    backup_file = Path(backup_file)
    with open_archive(backup_file) as (archive, manifest):
        read_header_member(archive, manifest, backup_file)
        copy_member(archive, manifest, backup_file, None, progress, cancelled)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return backup_info(backup_file, manifest)
