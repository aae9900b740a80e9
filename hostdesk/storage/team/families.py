"""Families' travelling rows, read from the vault: for erasures, snapshots and removal.

Many families are read at once (a joining laptop's caseload, a handed-over
caseload): one statement per table, not per family.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlmodel import Session

from hostdesk.domain.team.erasure import Erasure
from hostdesk.domain.team.replica import RowChange
from hostdesk.storage.team import bulk, collecting, erasures, store
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team.codec import row_from_json, uniform_of_json
from hostdesk.storage.team.rowmap import Refs, encode_raw
from hostdesk.storage.team.tables import TRAVELLING, Scope, Travelling

FamilyRow = tuple[Travelling, Mapping[str, Any], str]  # its table, the row, its family's uid


def rows_of_families(session: Session, families: Iterable[str]) -> list[FamilyRow]:
    """Every travelling row of these families, parents first (table by table), each as SQLite
    keeps it (``rowmap.encode_raw`` gives its travelling form)."""
    connection = session.connection()
    wanted = list(dict.fromkeys(families))
    family_ids = dict(bulk.select_in(connection, "SELECT id, uid FROM family WHERE uid IN ({in})",
                                     wanted))  # fmt: skip
    if not family_ids:
        return []
    member_family = dict(
        bulk.select_in(connection, "SELECT id, family_id FROM member WHERE family_id IN ({in})",
                       list(family_ids))
    )  # fmt: skip
    found: list[FamilyRow] = []
    for spec in TRAVELLING:
        if spec.scope is not Scope.FAMILY:
            continue
        if spec.table == "family":
            rows = bulk.raw_rows(connection, "family", "rowid", list(family_ids))
            found += [(spec, row, family_ids[row["id"]]) for row in rows]
        elif spec.family_column:
            rows = bulk.raw_rows(
                connection, spec.table, spec.family_column, list(family_ids), skip=spec.skipped
            )
            found += [(spec, row, family_ids[row[spec.family_column]]) for row in rows]
        elif spec.member_column and member_family:
            rows = bulk.raw_rows(
                connection, spec.table, spec.member_column, list(member_family), skip=spec.skipped
            )
            found += [(spec, row, family_ids[member_family[row[spec.member_column]]])
                      for row in rows]  # fmt: skip
    return found


def rows_of_family(session: Session, family: str) -> list[tuple[Travelling, Mapping[str, Any]]]:
    """Every travelling row of the family, parents first."""
    return [(spec, row) for spec, row, _family in rows_of_families(session, [family])]


def delete_local_rows(session: Session, family: str, keep: frozenset[str] = frozenset()) -> int:
    """Delete the family's rows from the tables (children first), except the uids in ``keep``."""
    doomed = [(spec, row) for spec, row in rows_of_family(session, family)
              if str(row[spec.key]) not in keep]  # fmt: skip
    by_table: dict[str, list[int]] = defaultdict(list)
    for spec, row in doomed:
        by_table[spec.table].append(int(row["rowid"]))
    connection = session.connection()
    for spec in reversed(TRAVELLING):
        bulk.delete_many(connection, spec.table, by_table.get(spec.table, []))
    return len(doomed)


@collecting.paused()  # a caseload's tens of thousands of rows: no collection mid-batch
def snapshots(session: Session, families: Iterable[str]) -> tuple[list[RowChange], list[Erasure]]:
    """The families' whole states, as writes with their own dots: what a newly entitled
    device receives. An erased family is its erasure alone."""
    wanted = list(dict.fromkeys(families))
    erased_here = {f for (f,) in session.connection().exec_driver_sql(
        "SELECT family FROM team_erasure")}  # fmt: skip
    erased: list[Erasure] = []
    live: list[str] = []
    for family in wanted:
        erasure = erasures.load(session, family) if family in erased_here else None
        if erasure is not None:
            erased.append(erasure)
        else:
            live.append(family)
    me = team_device.current(session)
    assert me is not None
    refs = Refs(session)
    found = rows_of_families(session, live)
    kept = store.load_texts(session, [(spec.table, str(row[spec.key])) for spec, row, _ in found])
    by_table: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for spec, row, _family in found:
        by_table[spec.table].append(row)
    for spec in TRAVELLING:
        if by_table.get(spec.table):
            refs.prepare_encoding(spec, by_table[spec.table])
    changes = []
    for spec, row, family in found:
        uid = str(row[spec.key])
        state = kept[(spec.table, uid)][1] if (spec.table, uid) in kept else None
        changes.append(change_of(spec.table, uid, family, state, encode_raw(refs, spec, row)
                                 if state is None else None, me.genesis))  # fmt: skip
    return changes, erased


def change_of(
    table: str,
    uid: str,
    family: str | None,
    state: str | None,
    values: Mapping[str, Any] | None,
    genesis: Any,
) -> RowChange:
    """A row's whole state as a change: from its kept registers (``state``), or, for a row
    as it was when the vault joined, from its ``values`` written at the genesis dot."""
    if state is None:
        assert values is not None
        return RowChange(table, uid, family, uniform=store.genesis_uniform(values, genesis))
    uniform = uniform_of_json(state)
    if uniform is not None:
        return RowChange(table, uid, family, uniform=uniform)
    row = row_from_json(table, uid, family, state)
    return RowChange(table, uid, family, tuple(row.writes()))


def snapshot(session: Session, family: str) -> tuple[list[RowChange], Erasure | None]:
    """One family's whole state (see ``snapshots``)."""
    rows, erased = snapshots(session, [family])
    return rows, (erased[0] if erased else None)
