"""The registers of travelling rows, as the vault keeps them (``team_row``).

A row with no entry is as it was when the vault joined its team: every field
written once at the device's genesis dot, with the value the table holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import ZERO
from hostdesk.domain.team.rows import EXISTS, RowKey, RowState, Uniform
from hostdesk.domain.team.vectors import EMPTY, Dot, VersionVector
from hostdesk.storage.team import bulk
from hostdesk.storage.team.codec import row_from_json, row_to_json
from hostdesk.storage.team.tables import BY_TABLE

Key = tuple[str, str]  # (table, global id)


def genesis_uniform(values: Mapping[str, Any], dot: Dot) -> Uniform:
    """A row as it was when the vault joined its team: every field written once at ``dot``."""
    return Uniform(dot, ZERO, EMPTY, {**values, EXISTS: True})


def genesis(
    table: str, uid: str, family: str | None, values: Mapping[str, Any], dot: Dot
) -> RowState:
    return genesis_uniform(values, dot).state(RowKey(table, uid), family)


def load(session: Session, table: str, uid: str) -> RowState | None:
    found = session.execute(
        text("SELECT family, state FROM team_row WHERE tbl = :t AND uid = :u"),
        {"t": table, "u": uid},
    ).first()
    if found is None:
        return None
    return row_from_json(table, uid, found[0], found[1])


def load_texts(session: Session, keys: Iterable[Key]) -> dict[Key, tuple[str | None, str]]:
    """The kept registers (family, JSON) of many rows, in a few statements."""
    by_table: dict[str, list[str]] = {}
    for table, uid in keys:
        by_table.setdefault(table, []).append(uid)
    found: dict[Key, tuple[str | None, str]] = {}
    connection = session.connection()
    for table, uids in by_table.items():
        if len(uids) >= bulk.MANY and bulk.none_where(connection, "team_row", "tbl = ?", (table,)):
            continue  # no row of the table has registers (a joining laptop's caseload)
        sql = "SELECT uid, family, state FROM team_row WHERE tbl = ? AND uid IN ({in})"
        for uid, family, state in bulk.select_in(connection, sql, uids, before=(table,)):
            found[(table, uid)] = (family, state)
    return found


def save_many(
    session: Session,
    rows: Iterable[tuple[str, str, str | None, str, bool, bool]],
    *,
    local_seq: int | None = None,
) -> None:
    """Keep many rows' registers: (table, uid, family, JSON, conflicted, waiting) each.
    ``local_seq`` marks rows this device wrote under that dot; without it, the mark of a row
    written here and not sealed yet stays."""
    params = [(t, u, f, s, int(c), int(w), local_seq) for t, u, f, s, c, w in rows]
    if params:
        session.connection().exec_driver_sql(
            "INSERT INTO team_row (tbl, uid, family, state, conflicted, waiting, local_seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, uid) DO UPDATE SET"
            " family = excluded.family, state = excluded.state,"
            " conflicted = excluded.conflicted, waiting = excluded.waiting,"
            " local_seq = coalesce(excluded.local_seq, team_row.local_seq)",
            params,
        )


def save(
    session: Session, row: RowState, *, waiting: bool = False, local_seq: int | None = None
) -> None:
    """Keep the row's registers; ``local_seq`` marks a row this device wrote under that dot
    (kept when a merge saves the row again before it is sealed)."""
    session.execute(
        text(
            "INSERT INTO team_row (tbl, uid, family, state, conflicted, waiting, local_seq)"
            " VALUES (:t, :u, :f, :s, :c, :w, :l) ON CONFLICT (tbl, uid) DO UPDATE SET"
            " family = excluded.family, state = excluded.state, conflicted = excluded.conflicted,"
            " waiting = excluded.waiting,"
            " local_seq = coalesce(excluded.local_seq, team_row.local_seq)"
        ),
        {"t": row.key.table, "u": row.key.uid, "f": row.family, "s": row_to_json(row),
         "c": bool(row.conflicts(BY_TABLE[row.key.table].silent)), "w": waiting, "l": local_seq},
    )  # fmt: skip


def family_rows(session: Session, family: str) -> list[RowState]:
    found = session.execute(
        text("SELECT tbl, uid, state FROM team_row WHERE family = :f"), {"f": family}
    ).all()
    return [row_from_json(t, u, family, s) for t, u, s in found]


def forget_family(session: Session, family: str) -> None:
    session.execute(text("DELETE FROM team_row WHERE family = :f"), {"f": family})


def context_of(rows: Iterable[RowState]) -> VersionVector:
    seen = VersionVector()
    for row in rows:
        seen = seen.join(row.context())
    return seen
