"""What this device sends: its writes under the dot being gathered, and whole states."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.replica import ChangeSet, RowChange
from hostdesk.storage.models import SQLModel
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import erasures, store
from hostdesk.storage.team.capture import capture
from hostdesk.storage.team.codec import uniform_of_json, writes_of_dot_json
from hostdesk.storage.team.families import change_of
from hostdesk.storage.team.rowmap import Refs, encode_row
from hostdesk.storage.team.tables import TRAVELLING, Scope


def gather(session: Session) -> ChangeSet | None:
    """Close the change set being gathered (None when this device wrote nothing since the
    last one); later writes carry the next dot."""
    capture(session)
    me = team_device.current(session)
    if me is None:
        raise ValueError("this vault takes part in no team")
    found = session.execute(
        text("SELECT tbl, uid, family, state FROM team_row WHERE local_seq = :s"),
        {"s": me.next_seq},
    ).all()
    rows = []
    for tbl, uid, family, data in found:
        uniform = uniform_of_json(data)
        if uniform is not None:
            if uniform.dot == me.dot:  # a row made here: all of it is this change set's
                rows.append(RowChange(tbl, uid, family, uniform=uniform))
            continue
        mine = writes_of_dot_json(data, me.dot)
        if mine:
            rows.append(RowChange(tbl, uid, family, mine))
    erased = tuple(
        e for e in (erasures.load(session, f) for f in session.execute(
            text("SELECT family FROM team_erasure WHERE origin = :o AND seq = :s"),
            {"o": me.device, "s": me.next_seq}).scalars())
        if e is not None
    )  # fmt: skip
    if not rows and not erased:
        return None
    change_set = ChangeSet(me.dot, tuple(rows), erased)
    session.execute(
        text("INSERT INTO team_changeset (origin, seq, state, hold_reason, hlc, level, sha256,"
             " received_at) VALUES (:o, :s, 'own', '', :h, 1, '', :at)"),
        {"o": me.device, "s": me.next_seq, "h": str(change_set.hlc), "at": datetime.now(UTC)},
    )  # fmt: skip
    session.execute(text("UPDATE team_row SET local_seq = NULL WHERE local_seq = :s"),
                    {"s": me.next_seq})  # fmt: skip
    team_device.advance(session)
    return change_set


def entity_snapshot(session: Session) -> list[RowChange]:
    """Every entity-wide row (users, devices, rates, shared settings) with its registers."""
    me = team_device.current(session)
    assert me is not None
    refs = Refs(session)
    changes = []
    for spec in TRAVELLING:
        if spec.scope is not Scope.ENTITY:
            continue
        table = SQLModel.metadata.tables[spec.table]
        query = table.select()
        if spec.only_keys:
            query = query.where(table.c[spec.key].in_(spec.only_keys))
        rows = list(session.execute(query).mappings())
        kept = store.load_texts(session, [(spec.table, str(row[spec.key])) for row in rows])
        for row in rows:
            uid = str(row[spec.key])
            state = kept[(spec.table, uid)][1] if (spec.table, uid) in kept else None
            values = encode_row(refs, spec, row) if state is None else None
            changes.append(change_of(spec.table, uid, None, state, values, me.genesis))
    return changes
