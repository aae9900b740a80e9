"""The append-only, hash-chained audit log.

Each entry's hash covers the previous entry's hash and the entry's own fields
in a canonical JSON form, so changing, removing or reordering any entry breaks
the chain at that point and ``verify_chain`` names it. Entries hold ids and
field names, never personal data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

GENESIS_HASH = "0" * 64


def _entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: str,
) -> str:
    body = json.dumps(
        [seq, at, actor, action, object_type, object_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def canonical_detail(detail: dict[str, Any] | None) -> str:
    if not detail:
        return ""
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Entry:
    """One entry to append: what was done to which object, with ids and field names only."""

    action: str
    object_type: str
    object_id: object = ""
    detail: dict[str, Any] | None = None


_INSERT_MANY = (
    "INSERT INTO audit_log (seq, at, actor, action, object_type, object_id, detail,"
    " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def append(
    session: Session,
    actor: str,
    action: str,
    object_type: str,
    object_id: object = "",
    detail: dict[str, Any] | None = None,
) -> int:
    """Add one entry in the caller's transaction; returns its sequence number."""
    return append_many(session, actor, [Entry(action, object_type, object_id, detail)])


def append_many(session: Session, actor: str, entries: Sequence[Entry]) -> int:
    """Add entries in order, chained exactly as one ``append`` each would chain them.

    One statement for them all: an import appends tens of thousands. Returns
    the last sequence number (the one before when ``entries`` is empty).
    """
    last = session.execute(
        text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    ).first()
    seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    rows = []
    for entry in entries:
        seq += 1
        at = datetime.now(UTC).isoformat(timespec="microseconds")
        oid = "" if entry.object_id is None else str(entry.object_id)
        det = canonical_detail(entry.detail)
        digest = _entry_hash(prev_hash, seq, at, actor, entry.action, entry.object_type, oid, det)
        rows.append((seq, at, actor, entry.action, entry.object_type, oid, det, prev_hash, digest))
        prev_hash = digest
    if rows:
        # Plain values for the driver: no per-row parameter handling for thousands of rows.
        session.connection().exec_driver_sql(_INSERT_MANY, rows)
    return seq


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole log and report the first link that does not hold."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    rows = session.execute(
        text(
            "SELECT seq, at, actor, action, object_type, object_id, detail, prev_hash, hash"
            " FROM audit_log ORDER BY seq"
        )
    )
    for seq, at, actor, action, otype, oid, detail, prev_hash, digest in rows:
        count += 1
        if seq != expected_seq:
            return ChainReport(
                count, expected_seq, f"entry {expected_seq} is missing (next is {seq})"
            )
        if prev_hash != expected_prev:
            return ChainReport(count, seq, f"entry {seq} does not follow entry {seq - 1}")
        if _entry_hash(prev_hash, seq, at, actor, action, otype, oid, detail) != digest:
            return ChainReport(count, seq, f"entry {seq} was altered after it was written")
        expected_prev = digest
        expected_seq += 1
    return ChainReport(count)


def chain_head(session: Session, at: int | None = None) -> tuple[int, str] | None:
    """``(seq, hash)`` of the newest entry, or of entry ``at``; None if there is none.

    Read only. Bundles to the NAIR carry the newest (the NAIR's receipt then
    covers it) and ``hostdesk verify`` compares a receipted one with the chain.
    """
    if at is None:
        row = session.execute(
            text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        ).first()
    else:
        row = session.execute(
            text("SELECT seq, hash FROM audit_log WHERE seq = :seq"), {"seq": at}
        ).first()
    return (int(row[0]), str(row[1])) if row else None
