"""Merging another device's change set into the vault, in the caller's transaction.

Local changes are captured first (so they keep their own dot and are never
mistaken for merged ones), then erasures, then row writes. Rows are merged as
one batch: their kept registers read in a few statements, merged in memory
(parents before children, each row's writes in the order received), written
to their tables and to ``team_row`` a table at a time, the search index once.
Rows whose parent is not here yet wait and are retried after every merge. The
capture triggers note nothing while the merge writes (``triggers.merging``):
the registers already hold those writes. The merge goes into the device's audit
chain with the change set's origin, number and hash.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import receive
from hostdesk.domain.team.erasure import Drop, Erasure, winner
from hostdesk.domain.team.replica import ChangeSet, RowChange
from hostdesk.domain.team.rows import RowState, new_row
from hostdesk.domain.team.vectors import Dot
from hostdesk.storage import audit
from hostdesk.storage.team import bulk, collecting, erasures, store, triggers
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team.capture import capture
from hostdesk.storage.team.codec import row_from_json
from hostdesk.storage.team.families import delete_local_rows, rows_of_family
from hostdesk.storage.team.materialise import Merged, Touched, materialise_many, reindex
from hostdesk.storage.team.rowmap import Refs, encode_raw
from hostdesk.storage.team.tables import BY_TABLE, ORDER


@dataclass(frozen=True)
class MergeReport:
    rows: int
    dropped: int
    waiting: int
    conflicts: int


@collecting.paused()  # tens of thousands of rows' objects: no collection mid-batch
def merge_change_set(
    session: Session, change_set: ChangeSet, *, actor: str, sha256: str = ""
) -> MergeReport:
    capture(session)
    me = team_device.current(session)
    if me is None:
        raise ValueError("this vault takes part in no team")
    with triggers.merging(session):  # the registers below hold these writes: note none
        refs = Refs(session)
        touched: Touched = set()
        drops: list[Drop] = []
        for erasure in change_set.erasures:
            drops += _merge_erasure(session, refs, erasure, touched, me.genesis)
        if change_set.erasures:
            refs = Refs(session)  # the erased families' rows are gone: nothing stale is kept
        # Erased families are few: one read, not one per row.
        erased = set(session.execute(text("SELECT family FROM team_erasure")).scalars())
        merged = merge_rows(session, refs, change_set.rows, erased, drops, touched, me.genesis)
        waiting = _retry_waiting(session, refs, touched)
        reindex(session, touched)
        # Nothing here is noted; a capture trigger made without the condition (a later
        # migration's per-column one, say) would have noted this merge's writes: not edits.
        session.execute(text("DELETE FROM team_pending"))
    team_device.save_clock(session, receive(me.clock, change_set.hlc, team_device.wall_ms()))
    origin, seq = change_set.dot.origin, change_set.dot.seq
    audit.append(session, actor, "team.merge", "team_changeset", f"{origin}:{seq}",
                 {"device": origin, "seq": seq, "sha256": sha256, "rows": merged})  # fmt: skip
    erasures.log_drops(session, drops, actor)
    conflicts = session.execute(text("SELECT count(*) FROM team_row WHERE conflicted = 1")).scalar()
    return MergeReport(merged, len(drops), waiting, int(conflicts or 0))


def merge_rows(
    session: Session,
    refs: Refs,
    changes: Sequence[RowChange],
    erased: set[str],
    drops: list[Drop],
    touched: Touched,
    genesis_dot: Dot,
) -> int:
    """Merge row writes as one batch; returns how many rows changed."""
    grouped: dict[store.Key, list[RowChange]] = defaultdict(list)
    for change in changes:
        grouped[(change.table, change.uid)].append(change)
    erasure_of: dict[str, Erasure | None] = {}
    live: dict[store.Key, list[RowChange]] = {}
    for key in sorted(grouped, key=lambda k: (ORDER[k[0]], k[1])):
        family = grouped[key][0].family
        if family is not None and family in erased:
            if family not in erasure_of:
                erasure_of[family] = erasures.load(session, family)
            erasure = erasure_of[family]
            if erasure is not None:
                drops += [Drop(w.dot, family, key[0], key[1], name)
                          for change in grouped[key] for name, w in change.all_writes()
                          if not erasure.covers(w)]  # fmt: skip
                continue
        live[key] = grouped[key]
    kept = store.load_texts(session, live)
    before_team = _genesis_values(session, refs, [k for k in live if k not in kept])
    results: list[Merged] = []
    for key, received in live.items():
        table, uid = key
        family = received[0].family
        if key in kept:
            before = row_from_json(table, uid, kept[key][0], kept[key][1])
        elif key in before_team:
            before = store.genesis(table, uid, family, before_team[key], genesis_dot)
        elif _only_uniform(received):
            # New here, and written by one Uniform (a joining laptop's caseload): its
            # registers are that Uniform as it came, with nothing to merge.
            results.append(Merged.of_uniform(table, uid, family, received[0].uniform))
            continue
        else:
            before = new_row(table, uid, family)
        state = before
        for change in received:
            for name, write in change.all_writes():
                state = state.merge(name, write)
        if state is not before:
            results.append(Merged.of_state(state))
    waiting = materialise_many(session, refs, results, touched)
    store.save_many(session, [(m.table, m.uid, m.family, m.state, m.conflicted,
                               (m.table, m.uid) in waiting) for m in results])  # fmt: skip
    return len(results)


def _only_uniform(received: list[RowChange]) -> bool:
    uniform = received[0].uniform
    return (
        len(received) == 1
        and uniform is not None
        and bool(uniform.values)
        and not (received[0].writes)
    )


def _genesis_values(
    session: Session, refs: Refs, keys: list[store.Key]
) -> dict[store.Key, dict[str, object]]:
    """Rows this vault had before it joined and has not changed since: the values the table
    holds, in their travelling form (they were written at its genesis)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, uid in keys:
        by_table[table].append(uid)
    found: dict[store.Key, dict[str, object]] = {}
    connection = session.connection()
    for table, uids in by_table.items():
        refs.load_ids(table, uids)
        local = [i for i in (refs.id_of(table, uid) for uid in uids) if i is not None]
        if not local:
            continue
        spec = BY_TABLE[table]
        rows = bulk.raw_rows(connection, table, "rowid", local, skip=spec.skipped)
        refs.prepare_encoding(spec, rows)
        for row in rows:
            found[(table, str(row[spec.key]))] = encode_raw(refs, spec, row)
    return found


def _retry_waiting(session: Session, refs: Refs, touched: Touched) -> int:
    """Rows that waited for a parent: written now if it came. Returns how many still wait."""
    while True:
        rows = session.execute(
            text("SELECT tbl, uid, family, state FROM team_row WHERE waiting = 1")
        ).all()
        if not rows:
            return 0
        merged = [Merged.of_state(row_from_json(t, u, f, s)) for t, u, f, s in rows]
        still = materialise_many(session, refs, merged, touched)
        done = [(m.table, m.uid) for m in merged if (m.table, m.uid) not in still]
        if not done:
            return len(rows)
        session.connection().exec_driver_sql(
            "UPDATE team_row SET waiting = 0 WHERE tbl = ? AND uid = ?", done
        )


def _merge_erasure(
    session: Session,
    refs: Refs,
    erasure: Erasure,
    touched: Touched,
    genesis_dot: Dot,
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
                                         encode_raw(refs, spec, row), genesis_dot))  # fmt: skip
    drops = _unseen(erasure.family, old, chosen)
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON").fetchall()
    keep = frozenset(image.uid for image in chosen.rows)
    for spec, row in reversed(rows_of_family(session, erasure.family)):
        if str(row[spec.key]) not in keep:
            touched.add((f"-{spec.table}", int(row["id"])))
    delete_local_rows(session, erasure.family, keep)
    store.forget_family(session, erasure.family)
    erasures.save(session, chosen)
    states = chosen.row_states()
    for state in states:
        refs.forget(state.key.table, state.key.uid)
    materialise_many(session, refs, [Merged.of_state(state) for state in states], touched)
    return drops


def _unseen(family: str, rows: list[RowState], erasure: Erasure) -> list[Drop]:
    return [Drop(w.dot, family, r.key.table, r.key.uid, name)
            for r in rows for name, w in r.writes() if not erasure.covers(w)]  # fmt: skip
