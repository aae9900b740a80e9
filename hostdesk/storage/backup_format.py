"""The backup file format: its manifest, and reading an archive back with every check.

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

Shared by :mod:`hostdesk.storage.backup` (writing, verifying) and
:mod:`hostdesk.storage.restore`. See ``docs/backup.md``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from hostdesk.storage.database import DB_NAME
from hostdesk.storage.errors import BackupCancelled, BackupCorrupt, BackupError, VaultTooNew
from hostdesk.storage.header import HEADER_NAME, VaultHeader

BACKUP_MAGIC = "hostdesk-backup"
BACKUP_FORMAT_VERSION = 1
BACKUP_SUFFIX = ".hdbackup"
MANIFEST_NAME = "manifest.json"
MEMBERS = (DB_NAME, HEADER_NAME)

# Progress is reported as (done, PROGRESS_TOTAL).
PROGRESS_TOTAL = 1000
CHUNK = 1024 * 1024

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


def backup_info(path: Path, manifest: dict[str, Any]) -> BackupInfo:
    return BackupInfo(
        path=path,
        vault_id=manifest["vault_id"],
        created_at=datetime.fromisoformat(manifest["created_at"]),
        schema_revision=manifest["schema_revision"],
        size=path.stat().st_size,
    )


def corrupt(path: Path, what: str) -> BackupCorrupt:
    return BackupCorrupt(
        f"The backup file {path} is damaged or incomplete ({what}); use another copy of it."
    )


@contextlib.contextmanager
def open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, dict[str, Any]]]:
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
        yield archive, read_manifest(archive, path)


def read_manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST_NAME).decode("utf-8"))
        magic = manifest["magic"]
        version = int(manifest["format_version"])
    except KeyError:
        raise corrupt(path, "no manifest") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, TypeError):
        raise corrupt(path, "unreadable manifest") from None
    if magic != BACKUP_MAGIC:
        raise corrupt(path, "not a HostDesk backup manifest")
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
        raise corrupt(path, "incomplete manifest") from None
    names = set(archive.namelist())
    if names != {MANIFEST_NAME, *MEMBERS}:
        raise corrupt(path, "unexpected or missing parts")
    return dict(manifest)


def read_header_member(
    archive: zipfile.ZipFile, manifest: dict[str, Any], path: Path
) -> tuple[bytes, VaultHeader]:
    expected = manifest["members"][HEADER_NAME]
    try:
        raw = archive.read(HEADER_NAME)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise corrupt(path, "unreadable header") from None
    if len(raw) != int(expected["size"]) or hashlib.sha256(raw).hexdigest() != expected["sha256"]:
        raise corrupt(path, "the header does not match its checksum")
    try:
        header = VaultHeader.from_json(json.loads(raw.decode("utf-8")))
    except (ValueError, KeyError, TypeError):
        raise corrupt(path, "unreadable header") from None
    if header.vault_id != manifest["vault_id"]:
        raise corrupt(path, "the header belongs to another vault")
    return raw, header


def copy_member(
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
                chunk = source.read(CHUNK)
                if not chunk:
                    break
                raise_if_cancelled(cancelled)
                digest.update(chunk)
                copied += len(chunk)
                if dest is not None:
                    dest.write(chunk)
                if progress is not None:
                    progress(min(share, copied * share // total), PROGRESS_TOTAL)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise corrupt(path, "the database part is truncated or altered") from error
    except OSError as error:
        if dest is not None and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
            raise  # the target's problem, put into words by _write_guard
        raise corrupt(path, "the database part cannot be read") from error
    if copied != int(expected["size"]) or digest.hexdigest() != expected["sha256"]:
        raise corrupt(path, "the database does not match its checksum")


def raise_if_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise BackupCancelled("The restore was cancelled; nothing was restored.")
