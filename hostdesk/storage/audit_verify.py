"""Checking the saved rows against the audit log (``hostdesk verify``, the audit viewer).

Beyond the chain itself (``audit.verify_chain``):

- a vault's log is never empty and begins with ``vault.create``;
- the rows each entry covers still give the digest in its hash;
- no covered rows belong to an entry that is not in the log, and no key epoch
  or sealed table starts after its last entry (the newest entries deleted);
- every row of every sealed table matches the keyed hash of the last entry
  that covered it: a row edited, added or deleted behind the app's back does
  not (unless whoever did it also recomputed the hashes and the chain, which
  takes the data key: see docs/audit.md for what stays undetectable);
- the last key epoch names the current data key.

Messages name tables, row ids and entry numbers, never a row's content.
"""

from __future__ import annotations

import bisect
import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from hostdesk.storage import audit_keys, audit_rows

MAX_MESSAGES = 20
# Entries whose rows' digests are made in one scan (bounds the memory of a check).
_ENTRIES_PER_PASS = 100_000


@dataclass
class RowFindings:
    rows_checked: int = 0
    problems: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.problems) < MAX_MESSAGES:
            self.problems.append(message)


def verify_rows(conn: Any, data_key: bytes) -> RowFindings:
    found = RowFindings()
    first = conn.exec_driver_sql("SELECT seq, action FROM audit_log ORDER BY seq LIMIT 1").first()
    last_seq = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM audit_log").scalar()
    if first is None:
        found.add("the audit log is empty: it was deleted (a vault's log begins at its creation)")
    elif first[1] != "vault.create":
        found.add(f"the audit log does not begin with the vault's creation (entry {first[0]})")
    epochs = audit_keys.epochs(conn, data_key)
    if epochs and epochs[-1].check not in ("", audit_rows.key_check(epochs[-1].key)):
        found.add("the database is under a key the audit log does not know: it was re-keyed "
                  "outside HostDesk")  # fmt: skip
    for epoch in epochs[1:]:
        if epoch.first_seq > last_seq + 1:
            found.add(f"entries {last_seq + 1} to {epoch.first_seq - 1} are missing "
                      "(the newest entries were deleted)")  # fmt: skip
    _check_digests(conn, found)
    sealed = {
        str(name): int(since)
        for name, since in conn.exec_driver_sql("SELECT name, since_seq FROM audit_sealed_table")
    }
    for since in sealed.values():
        if since > last_seq:
            found.add(f"the entries from {last_seq + 1} on are missing "
                      "(the newest entries were deleted)")  # fmt: skip
            break
    starts = [e.first_seq for e in epochs]
    for table in sorted(sealed):
        if table in audit_rows.COVERED:
            _check_table(conn, table, epochs, starts, found)
    return found


def _check_digests(conn: Any, found: RowFindings) -> None:
    """Every entry's rows give the digest its hash covers; no rows without their entry.

    Scans in key order (table, row, entry): for any one entry its rows come in
    (table, row) order, the order its digest was made in. One digest per entry
    is kept at a time for a range of entries, so memory stays bounded.
    """
    expected = {
        int(seq): str(digest)
        for seq, digest in conn.exec_driver_sql(
            "SELECT seq, rows_digest FROM audit_log WHERE rows_digest != ''"
        )
    }
    top = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM audit_row").scalar()
    seen: set[int] = set()
    raw = conn.connection.dbapi_connection
    for low in range(0, int(top) + 1, _ENTRIES_PER_PASS):
        digests: dict[int, Any] = {}
        for table, rk, seq, mac in raw.execute(
            "SELECT tbl, row_key, seq, mac FROM audit_row WHERE seq >= ? AND seq < ?",
            (low, low + _ENTRIES_PER_PASS),
        ):
            digest = digests.get(seq)
            if digest is None:
                digest = digests[seq] = hashlib.sha256()
            digest.update(audit_rows.digest_line(table, rk, bytes(mac)))
        for seq in sorted(digests):
            seen.add(seq)
            wanted = expected.get(seq)
            if wanted is None:
                found.add(f"rows are recorded for entry {seq}, which is not in the log "
                          "(entries were deleted)")  # fmt: skip
            elif wanted != digests[seq].hexdigest():
                found.add(f"the rows recorded for entry {seq} were altered")
    for seq in sorted(set(expected) - seen):
        found.add(f"the rows recorded for entry {seq} were deleted")


def _last_hashes(raw: Any, table: str) -> Iterator[tuple[str, bytes, int]]:
    """(row key, hash, entry) of each row's last hash, in row-key order."""
    current: tuple[str, bytes, int] | None = None
    for rk, mac, seq in raw.execute(
        "SELECT row_key, mac, seq FROM audit_row WHERE tbl = ? ORDER BY row_key, seq", (table,)
    ):
        if current is not None and current[0] != rk:
            yield current
        current = (rk, bytes(mac), int(seq))
    if current is not None:
        yield current


def _check_table(
    conn: Any,
    table: str,
    epochs: list[audit_keys.Epoch],
    starts: list[int],
    found: RowFindings,
) -> None:
    """The table and its rows' last hashes read side by side, both in key order."""
    raw = conn.connection.dbapi_connection
    shape = audit_rows.table_shape(conn, table)
    hashes = _last_hashes(raw, table)
    pending = next(hashes, None)
    pk = audit_rows.COVERED[table]
    for values in raw.execute(f"SELECT * FROM main.{table} ORDER BY {pk}"):
        found.rows_checked += 1
        rk = audit_rows.row_key(table, values[shape.key_index])
        while pending is not None and pending[0] < rk:
            _gone(table, pending, found)
            pending = next(hashes, None)
        if pending is None or pending[0] != rk:
            found.add(f"{table} {audit_rows.shown_key(rk)} was added outside HostDesk "
                      "(no entry covers it)")  # fmt: skip
            continue
        _key, mac, seq = pending
        pending = next(hashes, None)
        if not mac:
            found.add(f"{table} {audit_rows.shown_key(rk)} was deleted at entry {seq} "
                      "and is back")  # fmt: skip
            continue
        index = bisect.bisect_right(starts, seq) - 1
        _rk, computed = shape.mac(epochs[max(index, 0)].key, values)
        if not hmac.compare_digest(computed, mac):
            found.add(f"{table} {audit_rows.shown_key(rk)} was changed outside HostDesk "
                      f"(after entry {seq})")  # fmt: skip
    while pending is not None:
        _gone(table, pending, found)
        pending = next(hashes, None)


def _gone(table: str, last: tuple[str, bytes, int], found: RowFindings) -> None:
    rk, mac, seq = last
    if mac:
        found.add(f"{table} {audit_rows.shown_key(rk)} was deleted outside HostDesk "
                  f"(after entry {seq})")  # fmt: skip
