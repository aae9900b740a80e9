"""Merging another device's change set into the vault, in the caller's transaction.

Local changes are captured first (so they keep their own dot and are never
mistaken for merged ones), then erasures, then row writes in parent-first
order; rows whose parent is not here yet wait and are retried after every
merge. The triggers note the merged rows too: those notes are discarded, since
the registers already hold the writes. The merge goes into the device's
audit chain with the change set's origin, number and hash.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import receive
from hostdesk.domain.team.erasure import Drop, Erasure, winner
from hostdesk.domain.team.replica import ChangeSet, RowChange
from hostdesk.domain.team.rows import RowState, new_row
from hostdesk.storage import audit
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import erasures, store
from hostdesk.storage.team.capture import capture
from hostdesk.storage.team.codec import row_from_json
from hostdesk.storage.team.families import delete_local_rows, rows_of_family
from hostdesk.storage.team.materialise import materialise, reindex
from hostdesk.storage.team.rowmap import Refs, encode_row, read_row
from hostdesk.storage.team.tables import BY_TABLE, ORDER


@dataclass(frozen=True)
class MergeReport:
    rows: int
    dropped: int
    waiting: int
    conflicts: int


def merge_change_set(
    session: Session, change_set: ChangeSet, *, actor: str, sha256: str = ""
) -> MergeReport:
    capture(session)
    me = team_device.current(session)
    if me is None:
        raise ValueError("this vault takes part in no team")
    refs = Refs(session)
    touched: set[tuple[str, int]] = set()
    drops: list[Drop] = []
    for erasure in change_set.erasures:
        drops += _merge_erasure(session, refs, erasure, touched, me.genesis)
    merged = 0
    # Erased families are few: one read, not one per row.
    erased = set(session.execute(text("SELECT family FROM team_erasure")).scalars())
    for change in sorted(change_set.rows, key=lambda c: (ORDER[c.table], c.uid)):
        merged += _merge_row(session, refs, change, touched, drops, me.genesis, erased)
    waiting = _retry_waiting(session, refs, touched)
    reindex(session, touched)
    session.execute(text("DELETE FROM team_pending"))  # our own merge, noted by the triggers
    team_device.save_clock(session, receive(me.clock, change_set.hlc, team_device.wall_ms()))
    origin, seq = change_set.dot.origin, change_set.dot.seq
    audit.append(session, actor, "team.merge", "team_changeset", f"{origin}:{seq}",
                 {"device": origin, "seq": seq, "sha256": sha256, "rows": merged})  # fmt: skip
    erasures.log_drops(session, drops, actor)
    conflicts = session.execute(text("SELECT count(*) FROM team_row WHERE conflicted")).scalar()
    return MergeReport(merged, len(drops), waiting, int(conflicts or 0))


def _state_of(session: Session, refs: Refs, change: RowChange, genesis_dot: object) -> RowState:
    state = store.load(session, change.table, change.uid)
    if state is not None:
        return state
    spec = BY_TABLE[change.table]
    local = refs.id_of(change.table, change.uid)
    if local is None:
        return new_row(change.table, change.uid, change.family)
    # A row this vault had before it joined: written at its genesis, as the table holds it.
    row = session.execute(text(f"SELECT rowid FROM {spec.table} WHERE id = :i"), {"i": local})
    values = read_row(session, spec.table, int(row.scalar_one()))
    assert values is not None
    return store.genesis(change.table, change.uid, change.family,
                         encode_row(refs, spec, values), genesis_dot)  # type: ignore[arg-type]  # fmt: skip


def _merge_row(
    session: Session,
    refs: Refs,
    change: RowChange,
    touched: set[tuple[str, int]],
    drops: list[Drop],
    genesis_dot: object,
    erased: set[str],
) -> int:
    erasure = erasures.load(session, change.family) if change.family in erased else None
    if erasure is not None:
        drops += [Drop(w.dot, erasure.family, change.table, change.uid, name)
                  for name, w in change.writes if not erasure.covers(w)]  # fmt: skip
        return 0
    before = _state_of(session, refs, change, genesis_dot)
    state = before
    for name, write in change.writes:
        state = state.merge(name, write)
    if state is before:
        return 0
    waiting = not materialise(session, refs, state, touched)
    store.save(session, state, waiting=waiting)
    return 1


def _retry_waiting(session: Session, refs: Refs, touched: set[tuple[str, int]]) -> int:
    """Rows that waited for a parent: written now if it came. Returns how many still wait."""
    still = 0
    progress = True
    while progress:
        progress = False
        rows = session.execute(
            text("SELECT tbl, uid, family, state FROM team_row WHERE waiting")
        ).all()
        for tbl, uid, family, data in sorted(rows, key=lambda r: ORDER[r[0]]):
            state = row_from_json(tbl, uid, family, data)
            if materialise(session, refs, state, touched):
                store.save(session, state, waiting=False)
                progress = True
        still = len(rows)
    return int(
        session.execute(text("SELECT count(*) FROM team_row WHERE waiting")).scalar() or still
    )


def _merge_erasure(
    session: Session,
    refs: Refs,
    erasure: Erasure,
    touched: set[tuple[str, int]],
    genesis_dot: object,
) -> list[Drop]:
    current = erasures.load(session, erasure.family)
    chosen = winner(current, erasure)
    if chosen is current:
        if current is None or erasure.dot == current.dot:
            return []
        return _unseen(erasure.family, erasure.row_states(), current)  # the losing erasure's
    if current is not None:
        old = current.row_states()
    else:
        old = store.family_rows(session, erasure.family)
        known = {(r.key.table, r.key.uid) for r in old}
        for spec, row in rows_of_family(session, erasure.family):
            if (spec.table, str(row[spec.key])) not in known:
                old.append(store.genesis(spec.table, str(row[spec.key]), erasure.family,
                                         encode_row(refs, spec, row), genesis_dot))  # type: ignore[arg-type]  # fmt: skip
    drops = _unseen(erasure.family, old, chosen)
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON").fetchall()
    keep = frozenset(image.uid for image in chosen.rows)
    for spec, row in reversed(rows_of_family(session, erasure.family)):
        if str(row[spec.key]) not in keep:
            touched.add((f"-{spec.table}", int(row["id"])))
    delete_local_rows(session, erasure.family, keep)
    store.forget_family(session, erasure.family)
    erasures.save(session, chosen)
    for state in chosen.row_states():
        refs.forget(state.key.table, state.key.uid)
        materialise(session, refs, state, touched)
    return drops


def _unseen(family: str, rows: list[RowState], erasure: Erasure) -> list[Drop]:
    return [Drop(w.dot, family, r.key.table, r.key.uid, name)
            for r in rows for name, w in r.writes() if not erasure.covers(w)]  # fmt: skip
