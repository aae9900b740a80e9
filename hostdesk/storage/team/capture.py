"""Change capture: what the triggers noted becomes writes under this device's next dot.

Called before a change set is sealed and before anything from another device
is merged, in the same transaction; any code path that writes a travelling
row (forms, the import, anonymisation's bulk updates) is captured because the
triggers see every write. An anonymisation (``family.anonymised_on`` set) or
the deletion of a family becomes an erasure carrying what remains.

The noted rows are read, and their registers kept, a table at a time. Every
field written in one row by one capture shares one clock stamp.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import Hlc, tick
from hostdesk.domain.team.erasure import Erasure, ErasureKind, RowImage
from hostdesk.domain.team.rows import EXISTS, RowKey, RowState, Uniform, new_row
from hostdesk.domain.team.vectors import EMPTY
from hostdesk.storage.team import bulk, erasures, store
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team.codec import row_from_json, row_to_json, uniform_state_json
from hostdesk.storage.team.rowmap import Refs, encode_raw, expected_uid
from hostdesk.storage.team.tables import BY_TABLE, ORDER


@dataclass
class _Noted:
    fields: set[str] = field(default_factory=set)
    deleted_uid: str | None = None
    family: str | None = None
    at: int = 0


def _pending(session: Session) -> dict[tuple[str, int], _Noted]:
    noted: dict[tuple[str, int], _Noted] = defaultdict(_Noted)
    for tbl, rid, fld, uid, family, at in session.execute(
        text("SELECT tbl, rid, fld, uid, family, at FROM team_pending")
    ):
        entry = noted[(tbl, rid)]
        entry.fields.add(fld)
        entry.at = max(entry.at, at)
        if fld == "-":
            entry.deleted_uid, entry.family = uid, family
    return noted


@dataclass
class _Kept:
    """Registers to keep: (table, uid, family, JSON, conflicted) for each row written."""

    rows: list[tuple[str, str, str | None, str, bool]] = field(default_factory=list)

    def add(self, state: RowState) -> None:
        silent = BY_TABLE[state.key.table].silent
        self.rows.append((state.key.table, state.key.uid, state.family, row_to_json(state),
                          bool(state.conflicts(silent))))  # fmt: skip

    def add_uniform(self, key: RowKey, family: str | None, uniform: Uniform) -> None:
        self.rows.append((key.table, key.uid, family, uniform_state_json(uniform), False))


def capture(session: Session) -> int:
    """Record every noted change as writes; returns how many rows were captured."""
    me = team_device.current(session)
    if me is None:
        return 0
    noted = _pending(session)
    if not noted:
        return 0
    refs = Refs(session)
    clock = me.clock
    erased = _capture_erasures(session, me, refs, noted)
    for stamp in (e.hlc for e in erased.values()):
        clock = max(clock, stamp)
    # Erased families travel as their erasure; withheld ones (a joining laptop's own,
    # not offered yet) do not travel at all.
    erased_families = set(session.execute(text("SELECT family FROM team_erasure")).scalars())
    erased_families |= set(session.execute(text("SELECT family FROM team_withheld")).scalars())
    ordered = sorted(noted.items(), key=lambda kv: (ORDER[kv[0][0]], kv[0][1]))
    rows = _read_noted(session, refs, ordered)
    keys = [(t, str(row[BY_TABLE[t].key])) for (t, _rid), row in rows.items()]
    keys += [(t, e.deleted_uid) for (t, rid), e in ordered
             if (t, rid) not in rows and e.deleted_uid is not None]  # fmt: skip
    kept = store.load_texts(session, keys)
    out = _Kept()
    count = 0
    for (tbl, rid), entry in ordered:
        row = rows.get((tbl, rid))
        if row is None:
            clock = _capture_deletion(me, entry, tbl, clock, erased_families, kept, out)
            continue
        spec = BY_TABLE[tbl]
        uid = str(row[spec.key])
        family = refs.family_of(spec, row)
        if family in erased_families:
            continue  # the erasure carries it, or it was erased before: nothing travels
        values = encode_raw(refs, spec, row)
        created = "*" in entry.fields
        clock = tick(clock, entry.at)
        found = kept.get((tbl, uid))
        if found is None and created:
            # A new row: every field one write of this dot, having seen nothing.
            out.add_uniform(RowKey(tbl, uid), family,
                            Uniform(me.dot, clock, EMPTY, {**values, EXISTS: True}))  # fmt: skip
            count += 1
            continue
        if found is not None:
            state = row_from_json(tbl, uid, found[0], found[1])
        elif created:
            state = new_row(tbl, uid, family)
        else:
            state = store.genesis(tbl, uid, family, values, me.genesis)
        names = [*values, EXISTS] if created or not state.exists else sorted(
            n for n in entry.fields if n in values)  # fmt: skip
        for name in names:
            value = True if name == EXISTS else values[name]
            state = state.local(name, value, me.dot, clock)
        out.add(state)
        count += 1
    store.save_many(session, [(*r, False) for r in out.rows], local_seq=me.next_seq)
    session.execute(text("DELETE FROM team_pending"))
    team_device.save_clock(session, clock)
    return count


def _read_noted(
    session: Session, refs: Refs, ordered: list[tuple[tuple[str, int], _Noted]]
) -> dict[tuple[str, int], dict[str, Any]]:
    """The noted rows that still exist, a table at a time, with the global ids they need;
    a row made with a random id that must have a derived one takes it now."""
    by_table: dict[str, list[int]] = defaultdict(list)
    for (tbl, rid), _entry in ordered:
        by_table[tbl].append(rid)
    found: dict[tuple[str, int], dict[str, Any]] = {}
    connection = session.connection()
    for tbl, rids in by_table.items():
        spec = BY_TABLE[tbl]
        rows = bulk.raw_rows(connection, tbl, "rowid", rids, skip=spec.skipped)
        refs.prepare_encoding(spec, rows)
        if spec.derived_from:
            _take_derived_ids(session, refs, tbl, rows)
        found.update({(tbl, int(row["rowid"])): row for row in rows})
    return found


def _take_derived_ids(session: Session, refs: Refs, tbl: str, rows: list[dict[str, Any]]) -> None:
    """Made by the form or the import with a random id: the row takes its derived one, unless
    another row has it already."""
    spec = BY_TABLE[tbl]
    wanted = {int(row["rowid"]): expected_uid(refs, spec, row) for row in rows}
    refs.load_ids(tbl, [w for w in wanted.values() if w is not None])
    renamed = []
    for row in rows:
        target = wanted[int(row["rowid"])]
        if target is None or target == row[spec.key] or refs.id_of(tbl, target) is not None:
            continue
        refs.forget(tbl, str(row[spec.key]))
        row[spec.key] = target
        refs.learn(tbl, target, int(row["rowid"]))
        renamed.append((target, int(row["rowid"])))
    if renamed:
        session.connection().exec_driver_sql(
            f"UPDATE {tbl} SET {spec.key} = ? WHERE rowid = ?", renamed
        )


def _capture_deletion(
    me: team_device.Device,
    entry: _Noted,
    tbl: str,
    clock: Hlc,
    erased: set[str],
    kept: dict[store.Key, tuple[str | None, str]],
    out: _Kept,
) -> Hlc:
    uid, family = entry.deleted_uid, entry.family
    if uid is None or family in erased:
        return clock
    found = kept.get((tbl, uid))
    if found is None:
        if "*" in entry.fields:
            return clock  # created and deleted before anyone saw it
        state: RowState = store.genesis(tbl, uid, family, {}, me.genesis)
    else:
        state = row_from_json(tbl, uid, found[0], found[1])
    clock = tick(clock, entry.at)
    out.add(state.local(EXISTS, False, me.dot, clock))
    return clock


def _capture_erasures(
    session: Session, me: team_device.Device, refs: Refs, noted: dict[tuple[str, int], _Noted]
) -> dict[str, Erasure]:
    """Families anonymised or deleted since the last capture."""
    found: dict[str, Erasure] = {}
    clock = me.clock
    withheld = set(session.execute(text("SELECT family FROM team_withheld")).scalars())
    family_rids = [rid for (tbl, rid) in noted if tbl == "family"]
    read = bulk.raw_rows(session.connection(), "family", "rowid", family_rids)
    rows = {int(r["rowid"]): r for r in read}
    for rid in family_rids:
        entry = noted[("family", rid)]
        row = rows.get(rid)
        if row is None and entry.deleted_uid is not None:
            family, kind = entry.deleted_uid, ErasureKind.DELETED
        elif row is not None and "anonymised_on" in entry.fields and row["anonymised_on"]:
            family, kind = str(row["uid"]), ErasureKind.ANONYMISED
        else:
            continue
        if family in withheld or erasures.load(session, family) is not None:
            continue  # a family the team never had stays out of it, erased or not
        clock = tick(clock, entry.at)
        images = _remaining_rows(session, refs, family) if kind is ErasureKind.ANONYMISED else ()
        seen = store.context_of(store.family_rows(session, family)).with_dot(me.genesis)
        erasure = Erasure(family, kind, me.dot, clock, seen, images)
        erasures.save(session, erasure)
        store.forget_family(session, family)
        found[family] = erasure
    return found


def _remaining_rows(session: Session, refs: Refs, family: str) -> tuple[RowImage, ...]:
    """Every row of an anonymised family, as the anonymisation left it."""
    from hostdesk.storage.team.families import rows_of_family

    return tuple(
        RowImage(spec.table, str(row[spec.key]), encode_raw(refs, spec, row))
        for spec, row in rows_of_family(session, family)
    )
