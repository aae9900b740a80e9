"""Encrypted backups of an open vault, and restoring them into a new folder.

A backup is one ZIP file (stored, not compressed: the pages are encrypted and
would not shrink) with three members:

- ``vault.db``: a consistent copy of the database made by ``sqlcipher_export``
  inside one read transaction, so the app can keep saving while it runs. The
  copy is keyed with the vault's own data key (an attached database inherits
  the key of the connection), so it is as encrypted as the vault itself.
- ``header.json``: the vault header, which wraps the data key per user and for
  the recovery key; nothing in it is personal or secret in the clear.
- ``manifest.json``: format version, vault id, creation time, schema revision
  and the SHA-256 and size of the two other members.

Restoring checks the manifest, the checksums, the key and SQLCipher's per-page
HMAC before anything appears under the target name. See ``docs/backup.md``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import shutil
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

import sqlcipher3
from sqlalchemy import text

import hostdesk
from hostdesk.storage import audit, keyring, settings
from hostdesk.storage.database import DB_NAME, connect_raw
from hostdesk.storage.errors import (
    BackupCancelled,
    BackupCorrupt,
    BackupError,
    RestoreTargetNotEmpty,
    UnknownUser,
    VaultTooNew,
)
from hostdesk.storage.header import HEADER_NAME, VaultHeader
from hostdesk.storage.vault import Vault

log = logging.getLogger(__name__)

BACKUP_MAGIC = "hostdesk-backup"
BACKUP_FORMAT_VERSION = 1
BACKUP_SUFFIX = ".hdbackup"
MANIFEST_NAME = "manifest.json"
MEMBERS = (DB_NAME, HEADER_NAME)

# Progress is reported as (done, PROGRESS_TOTAL); the export gets most of it.
PROGRESS_TOTAL = 1000
_EXPORT_SHARE = 700
_CHUNK = 1024 * 1024
# SQLite calls the progress handler every this many virtual-machine steps of a
# statement; sqlcipher_export runs one statement per table, so keep it small.
_HANDLER_STEPS = 1_000
_REPORT_SECONDS = 0.05
# A restore's progress: copying, then the HMAC check, then the structure check.
_COPY_SHARE = 300
_HMAC_SHARE = 400
_CHECK_SHARE = 950
_ATTACHED = "hostdesk_backup"
_TEMP_PREFIX = ".backup-tmp-"
_SQLITE_PLAINTEXT_MAGIC = b"SQLite format 3\x00"
_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_SQLITE_INTERRUPT = 9

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class BackupInfo:
    """What the manifest of a backup file says (nothing personal)."""

    path: Path
    vault_id: str
    created_at: datetime
    schema_revision: str
    size: int


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
                while chunk := source.read(_CHUNK):
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
        _fsync_directory(out_file.parent)
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


def _fsync_directory(folder: Path) -> None:
    # Makes the rename durable; some platforms and file systems refuse to open a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- reading and restoring ----------------------------------------------------------


def verify_backup(
    backup_file: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> BackupInfo:
    """Check the file's structure and every checksum, without a key; raise BackupCorrupt."""
    backup_file = Path(backup_file)
    with _open_archive(backup_file) as (archive, manifest):
        _read_header_member(archive, manifest, backup_file)
        _copy_member(archive, manifest, backup_file, None, progress, cancelled)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return _info(backup_file, manifest)


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
    with _open_archive(backup_file) as (archive, manifest):
        header_bytes, header = _read_header_member(archive, manifest, backup_file)
        if recovery_key is not None:
            key = keyring.unlock_with_recovery_key(header, recovery_key)
        else:
            assert passphrase is not None
            username = username or _only_username(header)
            key = keyring.unlock_with_passphrase(header, username, passphrase)
        staging = _staging_folder(target_dir)
        try:
            with _write_guard(target_dir):
                (staging / HEADER_NAME).write_bytes(header_bytes)
                _fsync_file(staging / HEADER_NAME)
                with open(staging / DB_NAME, "wb") as dest:
                    _copy_member(
                        archive, manifest, backup_file, dest, progress, cancelled, _COPY_SHARE
                    )
                    dest.flush()
                    os.fsync(dest.fileno())
            _check_database(staging / DB_NAME, key, backup_file, progress, cancelled)
            with _write_guard(target_dir):
                _check_target(target_dir)
                if target_dir.exists():
                    target_dir.rmdir()  # empty, checked just above
                os.rename(staging, target_dir)
                _fsync_directory(target_dir.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    if recovery_key is not None:
        vault = Vault.open_with_recovery_key(target_dir, recovery_key)
    else:
        assert passphrase is not None
        vault = Vault.open(target_dir, username, passphrase)
    try:
        with vault.changing() as session:
            audit.append(
                session, vault.user.username, "vault.restore", "vault", header.vault_id,
                {"backup_created_at": manifest["created_at"]},
            )  # fmt: skip
    except BaseException:
        vault.close()
        raise
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    log.info("backup restored")
    return vault


def _info(path: Path, manifest: dict[str, Any]) -> BackupInfo:
    return BackupInfo(
        path=path,
        vault_id=manifest["vault_id"],
        created_at=datetime.fromisoformat(manifest["created_at"]),
        schema_revision=manifest["schema_revision"],
        size=path.stat().st_size,
    )


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
        parent.mkdir(parents=True, exist_ok=True)
        staging = parent / f".{target.name}.restoring-{uuid.uuid4().hex[:8]}"
        staging.mkdir(mode=0o700)
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


def _corrupt(path: Path, what: str) -> BackupCorrupt:
    return BackupCorrupt(
        f"The backup file {path} is damaged or incomplete ({what}); use another copy of it."
    )


@contextlib.contextmanager
def _open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, dict[str, Any]]]:
    """The opened archive and its checked manifest."""
    try:
        archive = zipfile.ZipFile(path, "r")
    except FileNotFoundError:
        raise BackupError(f"There is no backup file {path}; check its name.") from None
    except IsADirectoryError:
        raise BackupError(f"{path} is a folder, not a backup file; choose the file.") from None
    except PermissionError:
        raise BackupError(
            f"The backup file {path} cannot be read; check its permissions."
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise BackupCorrupt(
            f"The file {path} is not a HostDesk backup, or it is damaged or incomplete; "
            "use another copy of the backup."
        ) from None
    with archive:
        yield archive, _read_manifest(archive, path)


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST_NAME).decode("utf-8"))
        magic = manifest["magic"]
        version = int(manifest["format_version"])
    except KeyError:
        raise _corrupt(path, "no manifest") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, TypeError):
        raise _corrupt(path, "unreadable manifest") from None
    if magic != BACKUP_MAGIC:
        raise _corrupt(path, "not a HostDesk backup manifest")
    if version > BACKUP_FORMAT_VERSION:
        raise VaultTooNew(
            f"The backup {path} was made by a newer HostDesk (backup format {version}); "
            "update HostDesk to restore it."
        )
    try:
        members = manifest["members"]
        for name in MEMBERS:
            int(members[name]["size"])
            bytes.fromhex(members[name]["sha256"])
        datetime.fromisoformat(manifest["created_at"])
        str(manifest["vault_id"])
        str(manifest["schema_revision"])
    except (KeyError, ValueError, TypeError):
        raise _corrupt(path, "incomplete manifest") from None
    names = set(archive.namelist())
    if names != {MANIFEST_NAME, *MEMBERS}:
        raise _corrupt(path, "unexpected or missing parts")
    return dict(manifest)


def _read_header_member(
    archive: zipfile.ZipFile, manifest: dict[str, Any], path: Path
) -> tuple[bytes, VaultHeader]:
    expected = manifest["members"][HEADER_NAME]
    try:
        raw = archive.read(HEADER_NAME)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise _corrupt(path, "unreadable header") from None
    if len(raw) != int(expected["size"]) or hashlib.sha256(raw).hexdigest() != expected["sha256"]:
        raise _corrupt(path, "the header does not match its checksum")
    try:
        header = VaultHeader.from_json(json.loads(raw.decode("utf-8")))
    except (ValueError, KeyError, TypeError):
        raise _corrupt(path, "unreadable header") from None
    if header.vault_id != manifest["vault_id"]:
        raise _corrupt(path, "the header belongs to another vault")
    return raw, header


def _copy_member(
    archive: zipfile.ZipFile,
    manifest: dict[str, Any],
    path: Path,
    dest: IO[bytes] | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    share: int = PROGRESS_TOTAL,
) -> None:
    """Stream the database member to ``dest`` (or nowhere), checking size and SHA-256.

    Progress goes from 0 to ``share`` (of PROGRESS_TOTAL) while copying.
    """
    expected = manifest["members"][DB_NAME]
    total = max(1, int(expected["size"]))
    digest = hashlib.sha256()
    copied = 0
    try:
        with archive.open(DB_NAME) as source:
            while True:
                chunk = source.read(_CHUNK)
                if not chunk:
                    break
                _raise_if_cancelled(cancelled)
                digest.update(chunk)
                copied += len(chunk)
                if dest is not None:
                    dest.write(chunk)
                if progress is not None:
                    progress(min(share, copied * share // total), PROGRESS_TOTAL)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise _corrupt(path, "the database part is truncated or altered") from error
    except OSError as error:
        if dest is not None and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
            raise  # the target's problem, put into words by _write_guard
        raise _corrupt(path, "the database part cannot be read") from error
    if copied != int(expected["size"]) or digest.hexdigest() != expected["sha256"]:
        raise _corrupt(path, "the database does not match its checksum")


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
        raise _corrupt(backup_file, "the database does not open with the vault's key") from None
    # Each check is one SQLite step, which no progress handler can interrupt, so a
    # cancel is honoured between them.
    try:
        _raise_if_cancelled(cancelled)
        hmac_failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if progress is not None:
            progress(_HMAC_SHARE, PROGRESS_TOTAL)
        _raise_if_cancelled(cancelled)
        structure = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher3.Error:
        raise _corrupt(backup_file, "the database cannot be read with the vault's key") from None
    finally:
        conn.close()
    if hmac_failures:
        raise _corrupt(backup_file, "pages of the database were altered")
    if structure != ["ok"]:
        raise _corrupt(backup_file, "the database structure is damaged")
    if progress is not None:
        progress(_CHECK_SHARE, PROGRESS_TOTAL)


def _raise_if_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise BackupCancelled("The restore was cancelled; nothing was restored.")


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
