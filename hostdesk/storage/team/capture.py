"""Change capture: what the triggers noted becomes writes under this device's next dot.

Called before a change set is sealed and before anything from another device
is merged, in the same transaction; any code path that writes a travelling
row (forms, the import, anonymisation's bulk updates) is captured because the
triggers see every write. An anonymisation (``family.anonymised_on`` set) or
the deletion of a family becomes an erasure carrying what remains.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import Hlc, tick
from hostdesk.domain.team.erasure import Erasure, ErasureKind, RowImage
from hostdesk.domain.team.rows import EXISTS, RowState, new_row
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import erasures, store
from hostdesk.storage.team.rowmap import Refs, encode_row, expected_uid, read_row
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
    count = 0
    for (tbl, rid), entry in sorted(noted.items(), key=lambda kv: (ORDER[kv[0][0]], kv[0][1])):
        spec = BY_TABLE[tbl]
        row = read_row(session, tbl, rid)
        if row is None:
            clock = _capture_deletion(session, me, entry, tbl, clock, erased)
            continue
        uid = row[spec.key]
        wanted = expected_uid(refs, spec, row)
        if wanted is not None and wanted != uid and refs.id_of(tbl, wanted) is None:
            # Made by the form or the import with a random id: it takes the derived one.
            session.execute(text(f"UPDATE {tbl} SET uid = :u WHERE rowid = :r"),
                            {"u": wanted, "r": rid})  # fmt: skip
            uid = wanted
        family = refs.family_of(spec, row)
        if family in erased or erasures.load(session, family) is not None:
            continue  # the erasure carries it, or it was erased before: nothing travels
        values = encode_row(refs, spec, row)
        state = store.load(session, tbl, uid)
        created = "*" in entry.fields
        if state is None:
            state = (
                new_row(tbl, uid, family)
                if created
                else store.genesis(tbl, uid, family, values, me.genesis)
            )
        names = [*values, EXISTS] if created or not state.exists else sorted(
            n for n in entry.fields if n in values)  # fmt: skip
        for name in names:
            clock = tick(clock, entry.at)
            value = True if name == EXISTS else values[name]
            state = state.local(name, value, me.dot, clock)
        store.save(session, state, local_seq=me.next_seq)
        count += 1
    session.execute(text("DELETE FROM team_pending"))
    team_device.save_clock(session, clock)
    return count


def _capture_deletion(
    session: Session,
    me: team_device.Device,
    entry: _Noted,
    tbl: str,
    clock: Hlc,
    erased: dict[str, Erasure],
) -> Hlc:
    uid, family = entry.deleted_uid, entry.family
    if uid is None or family in erased or erasures.load(session, family) is not None:
        return clock
    state: RowState | None = store.load(session, tbl, uid)
    if state is None:
        if "*" in entry.fields:
            return clock  # created and deleted before anyone saw it
        state = store.genesis(tbl, uid, family, {}, me.genesis)
    clock = tick(clock, entry.at)
    store.save(session, state.local(EXISTS, False, me.dot, clock), local_seq=me.next_seq)
    return clock


def _capture_erasures(
    session: Session, me: team_device.Device, refs: Refs, noted: dict[tuple[str, int], _Noted]
) -> dict[str, Erasure]:
    """Families anonymised or deleted since the last capture."""
    found: dict[str, Erasure] = {}
    clock = me.clock
    for (tbl, rid), entry in noted.items():
        if tbl != "family":
            continue
        row = read_row(session, tbl, rid)
        if row is None and entry.deleted_uid is not None:
            family, kind = entry.deleted_uid, ErasureKind.DELETED
        elif row is not None and "anonymised_on" in entry.fields and row["anonymised_on"]:
            family, kind = str(row["uid"]), ErasureKind.ANONYMISED
        else:
            continue
        if erasures.load(session, family) is not None:
            continue
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
        RowImage(spec.table, str(row[spec.key]), encode_row(refs, spec, row))
        for spec, row in rows_of_family(session, family)
    )
