"""The append-only, hash-chained audit log.

Each entry's hash covers the previous entry's hash, the entry's own fields in
a canonical JSON form and the digest of the rows it covers (``audit_rows``:
a keyed hash of each row saved since the previous entry), so changing,
removing or reordering any entry breaks the chain at that point and
``verify_chain`` names it; ``audit_verify`` also checks the rows themselves.
Entries hold ids and field names, never personal data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session

from hostdesk.storage import audit_keys, audit_rows
from hostdesk.storage.database import CONTEXT, EngineContext

GENESIS_HASH = "0" * 64
# What the app writes by itself when a transaction saved rows no entry named.
ROWS_ACTION = "rows.save"
BASELINE_ACTION = "audit.baseline"


def _entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    detail: str,
    rows_digest: str = "",
) -> str:
    fields: list[object] = [seq, at, actor, action, object_type, object_id, detail]
    if rows_digest:  # entries without rows hash as they always did
        fields.append(rows_digest)
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
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
    " prev_hash, hash, rows_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def append(
    session: Session,
    actor: str,
    action: str,
    object_type: str,
    object_id: object = "",
    detail: dict[str, Any] | None = None,
) -> int:
    """Add one entry in the caller's transaction; returns its sequence number.

    The entry covers every row saved in the transaction since the previous entry.
    """
    return append_many(session, actor, [Entry(action, object_type, object_id, detail)])


def append_many(session: Session, actor: str, entries: Sequence[Entry]) -> int:
    """Add entries in order, chained exactly as one ``append`` each would chain them.

    One statement for them all: an import appends tens of thousands. Returns
    the last sequence number (the one before when ``entries`` is empty). The
    rows saved since the previous entry are covered by the last of them.
    """
    session.flush()  # the ORM's pending changes reach the database (and its triggers)
    return append_entries(session.connection(), actor, entries)


def append_on(
    conn: Connection,
    actor: str,
    action: str,
    object_type: str,
    object_id: object = "",
    detail: dict[str, Any] | None = None,
    covered: list[tuple[str, str, bytes]] | None = None,
    stored_digest: str | None = None,
) -> int:
    """``append`` on a plain connection (migrations, the baseline)."""
    return append_entries(
        conn, actor, [Entry(action, object_type, object_id, detail)], covered, stored_digest
    )


def append_entries(
    conn: Connection,
    actor: str,
    entries: Sequence[Entry],
    covered: list[tuple[str, str, bytes]] | None = None,
    stored_digest: str | None = None,
) -> int:
    """The one place entries are written (``append``, ``append_many``, ``append_on``).

    ``covered``: these rows rather than those noted since the last entry;
    ``stored_digest``: the rows were stored for the last entry already (the baseline).
    """
    last = conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
    seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    if not entries:
        return int(seq)
    last_seq = seq + len(entries)
    if stored_digest is not None:
        digest = stored_digest
    else:
        context = conn.info.get(CONTEXT)
        if covered is None:
            covered = audit_rows.drain(conn, context.mac_key()) if context is not None else []
        digest = audit_rows.rows_digest(covered) if covered else ""
        if covered:
            audit_rows.store(conn, last_seq, covered)
    rows = []
    for entry in entries:
        seq += 1
        at = datetime.now(UTC).isoformat(timespec="microseconds")
        oid = "" if entry.object_id is None else str(entry.object_id)
        det = canonical_detail(entry.detail)
        rows_digest = digest if seq == last_seq else ""
        entry_hash = _entry_hash(prev_hash, seq, at, actor, entry.action, entry.object_type,
                                 oid, det, rows_digest)  # fmt: skip
        rows.append((seq, at, actor, entry.action, entry.object_type, oid, det, prev_hash,
                     entry_hash, rows_digest))  # fmt: skip
        prev_hash = entry_hash
    # Plain values for the driver: no per-row parameter handling for thousands of rows.
    conn.exec_driver_sql(_INSERT_MANY, rows)
    return int(seq)


def cover_pending(conn: Connection, actor: str | None = None) -> int | None:
    """Rows saved since the last entry and named by none get an entry of their own."""
    context = conn.info.get(CONTEXT)
    if not isinstance(context, EngineContext):
        return None
    covered = audit_rows.drain(conn, context.mac_key())
    if not covered:
        return None
    tables: dict[str, int] = {}
    for table, _key, _mac in covered:
        tables[table] = tables.get(table, 0) + 1
    return append_on(conn, actor or context.actor, ROWS_ACTION, "rows", "", {"rows": tables},
                     covered)  # fmt: skip


@event.listens_for(Session, "before_commit")
def _cover_before_commit(session: Session) -> None:
    # No transaction of a vault commits rows that no entry covers.
    if session.in_transaction() and session.get_bind() is not None:
        session.flush()
        cover_pending(session.connection())


def seal_unsealed(conn: Connection, data_key: bytes, actor: str) -> int | None:
    """Cover every row of the covered tables no entry covers yet, in one entry.

    The first opening after the upgrade that brought row coverage (and after a
    later version starts to cover another table): what was saved before is
    taken as it is now. Returns the entry's number, or None when nothing was due.
    """
    audit_keys.set_up(conn, data_key)
    tables = audit_keys.unsealed_tables(conn)
    if not tables:
        return None
    key = audit_rows.mac_key(data_key)
    last = conn.execute(text("SELECT coalesce(max(seq), 0) FROM audit_log")).scalar_one()
    seq = int(last) + 1
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    raw = conn.connection.dbapi_connection
    for table in sorted(tables):  # the digest's order: table, then key as text
        pk = audit_rows.COVERED[table]
        keys = raw.execute(f"SELECT {audit_rows.key_sql(table)} FROM main.{table} ORDER BY {pk}")
        counts[table] = 0
        while batch := [k for (k,) in keys.fetchmany(2_000)]:  # a million rows, a batch at a time
            covered = audit_rows.read_macs(conn, key, table, batch)
            audit_rows.store(conn, seq, covered)
            for row in covered:
                digest.update(audit_rows.digest_line(*row))
            counts[table] += len(batch)
    if not sum(counts.values()):  # nothing saved in them yet: covered from the next entry
        audit_keys.mark_sealed(conn, tables, seq)
        return None
    written = append_on(conn, actor, BASELINE_ACTION, "audit", "", {"rows": counts},
                        stored_digest=digest.hexdigest())  # fmt: skip
    audit_keys.mark_sealed(conn, tables, written)
    return written


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_seq: int | None = None
    reason: str = ""
    # What audit_verify found in the rows (a few examples, and how many in all).
    row_problems: tuple[str, ...] = ()
    row_problem_count: int = 0
    rows_checked: int = 0
    rows_verified: bool = False  # False: the chain alone was checked

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None and self.row_problem_count == 0


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole log and report the first link that does not hold."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    rows = session.execute(
        text(
            "SELECT seq, at, actor, action, object_type, object_id, detail, prev_hash, hash,"
            " rows_digest FROM audit_log ORDER BY seq"
        )
    )
    for seq, at, actor, action, otype, oid, detail, prev_hash, digest, rows_digest in rows:
        count += 1
        if seq != expected_seq:
            return ChainReport(
                count, expected_seq, f"entry {expected_seq} is missing (next is {seq})"
            )
        if prev_hash != expected_prev:
            return ChainReport(count, seq, f"entry {seq} does not follow entry {seq - 1}")
        computed = _entry_hash(prev_hash, seq, at, actor, action, otype, oid, detail, rows_digest)
        if computed != digest:
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
