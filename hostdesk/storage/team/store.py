"""The registers of travelling rows, as the vault keeps them (``team_row``).

A row with no entry is as it was when the vault joined its team: every field
written once at the device's genesis dot, with the value the table holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import ZERO
from hostdesk.domain.team.registers import FieldState, Write
from hostdesk.domain.team.rows import EXISTS, RowKey, RowState
from hostdesk.domain.team.vectors import Dot, VersionVector
from hostdesk.storage.team.codec import row_from_json, row_to_json
from hostdesk.storage.team.tables import BY_TABLE


def genesis(
    table: str, uid: str, family: str | None, values: Mapping[str, Any], dot: Dot
) -> RowState:
    seen = VersionVector.of([(dot.origin, dot.seq)])
    fields = {
        name: FieldState((Write(value, dot, ZERO),), seen)
        for name, value in {**values, EXISTS: True}.items()
    }
    return RowState(RowKey(table, uid), family, MappingProxyType(fields))


def load(session: Session, table: str, uid: str) -> RowState | None:
    found = session.execute(
        text("SELECT family, state FROM team_row WHERE tbl = :t AND uid = :u"),
        {"t": table, "u": uid},
    ).first()
    if found is None:
        return None
    return row_from_json(table, uid, found[0], found[1])


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
