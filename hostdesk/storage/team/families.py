"""A family's travelling rows, read from the vault: for erasures, snapshots and removal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.replica import RowChange
from hostdesk.storage.models import SQLModel
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import erasures, store
from hostdesk.storage.team.rowmap import Refs, encode_row
from hostdesk.storage.team.tables import TRAVELLING, Scope, Travelling


def _local_ids(session: Session, family: str) -> tuple[int | None, list[int]]:
    family_id = session.execute(
        text("SELECT id FROM family WHERE uid = :u"), {"u": family}
    ).scalar()
    if family_id is None:
        return None, []
    members = (
        session.execute(text("SELECT id FROM member WHERE family_id = :f"), {"f": family_id})
        .scalars()
        .all()
    )
    return family_id, list(members)


def rows_of_family(session: Session, family: str) -> list[tuple[Travelling, Mapping[str, Any]]]:
    """Every travelling row of the family, parents first."""
    family_id, members = _local_ids(session, family)
    if family_id is None:
        return []
    found: list[tuple[Travelling, Mapping[str, Any]]] = []
    for spec in TRAVELLING:
        if spec.scope is not Scope.FAMILY:
            continue
        table = SQLModel.metadata.tables[spec.table]
        if spec.table == "family":
            query = table.select().where(table.c.id == family_id)
        elif spec.family_column:
            query = table.select().where(table.c[spec.family_column] == family_id)
        elif spec.member_column and members:
            query = table.select().where(table.c[spec.member_column].in_(members))
        else:
            continue
        found += [(spec, row) for row in session.execute(query).mappings()]
    return found


def delete_local_rows(session: Session, family: str, keep: frozenset[str] = frozenset()) -> int:
    """Delete the family's rows from the tables (children first), except the uids in ``keep``."""
    doomed = [(spec, row) for spec, row in rows_of_family(session, family)
              if str(row[spec.key]) not in keep]  # fmt: skip
    for spec, row in reversed(doomed):
        session.execute(text(f"DELETE FROM {spec.table} WHERE id = :id"), {"id": row["id"]})
    return len(doomed)


def snapshot(session: Session, family: str) -> tuple[list[RowChange], erasures.Erasure | None]:
    """The family's whole state, as writes with their own dots: what a newly entitled device
    receives. An erased family is its erasure alone."""
    erasure = erasures.load(session, family)
    if erasure is not None:
        return [], erasure
    me = team_device.current(session)
    assert me is not None
    refs = Refs(session)
    changes = []
    for spec, row in rows_of_family(session, family):
        uid = str(row[spec.key])
        state = store.load(session, spec.table, uid) or store.genesis(
            spec.table, uid, family, encode_row(refs, spec, row), me.genesis
        )
        changes.append(RowChange(spec.table, uid, family, tuple(state.writes())))
    return changes, None
