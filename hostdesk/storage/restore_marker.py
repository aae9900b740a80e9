"""The restore's audit entry, made whatever moment a restore is killed at.

A restore writes the vault in a hidden folder and renames it into place; the
``vault.restore`` entry can only be added once the vault opens, after the
rename. So the restore leaves a marker in the folder before the rename (no
personal data: the backup's date, a restore id, who restored it), and the
first opening of the vault (the restore's own, or the next one after a kill)
records the entry and removes the marker. The restore id keeps a kill between
the two from recording it twice.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from hostdesk.storage import audit
from hostdesk.storage.durable import fsync_directory, write_atomically

if TYPE_CHECKING:
    from hostdesk.storage.vault import Vault

log = logging.getLogger(__name__)

MARKER_NAME = ".restore-pending.json"
ACTION = "vault.restore"


def leave(folder: Path, backup_created_at: str, restored_by: str) -> None:
    """Before the rename: what the entry will say."""
    marker = {
        "restore_id": uuid.uuid4().hex,
        "backup_created_at": backup_created_at,
        "restored_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "restored_by": restored_by,
    }
    write_atomically(folder / MARKER_NAME, json.dumps(marker, sort_keys=True).encode("utf-8"))


def record_if_pending(vault: Vault) -> None:
    """At opening: the pending restore's entry, once; then the marker goes."""
    path = vault.path / MARKER_NAME
    try:
        marker: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        restore_id = str(marker["restore_id"])
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("an unreadable restore marker was left in the vault; removing it")
        path.unlink(missing_ok=True)
        return
    with vault.changing() as session:
        done = session.execute(
            text("SELECT 1 FROM audit_log WHERE action = :action AND detail LIKE :id"),
            {"action": ACTION, "id": f'%"restore_id":"{restore_id}"%'},
        ).first()
        if done is None:
            audit.append(
                session, str(marker.get("restored_by") or vault.user.username), ACTION, "vault",
                vault.header.vault_id,
                {"backup_created_at": marker.get("backup_created_at", ""),
                 "restore_id": restore_id, "restored_at": marker.get("restored_at", "")},
            )  # fmt: skip
    path.unlink(missing_ok=True)
    fsync_directory(vault.path)
