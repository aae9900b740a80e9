"""Conflicts a person resolves: a field written on two devices that had not seen each other's
change (both values kept), or a row deleted on one and changed on another."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import tick
from hostdesk.domain.team.rows import EXISTS
from hostdesk.storage import audit
from hostdesk.storage.errors import VaultError
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import store
from hostdesk.storage.team.capture import capture
from hostdesk.storage.team.codec import row_from_json
from hostdesk.storage.team.materialise import materialise, reindex
from hostdesk.storage.team.rowmap import Refs
from hostdesk.storage.team.tables import BY_TABLE


@dataclass(frozen=True)
class Choice:
    value: Any  # the travelling form (a date as text, a reference as a global id)
    device: str
    label: str  # the device's label or user, to say where it was written


@dataclass(frozen=True)
class ConflictInfo:
    family: str | None
    case_number: str
    table: str
    uid: str
    field: str  # a column, or "_exists" for "deleted here, changed there"
    choices: tuple[Choice, ...]


def list_conflicts(session: Session, limit: int = 200) -> list[ConflictInfo]:
    labels = {
        uid: label or user
        for uid, label, user in session.execute(
            text("SELECT d.uid, d.label, u.username FROM team_device d"
                 " LEFT JOIN app_user u ON u.user_uuid = d.user_uuid")
        )
    }  # fmt: skip
    numbers = dict(session.execute(text("SELECT uid, case_number FROM family")).all())
    found: list[ConflictInfo] = []
    rows = session.execute(
        text("SELECT tbl, uid, family, state FROM team_row WHERE conflicted = 1 LIMIT :n"),
        {"n": limit},
    )
    for tbl, uid, family, data in rows:
        for conflict in row_from_json(tbl, uid, family, data).conflicts(BY_TABLE[tbl].silent):
            choices = tuple(
                Choice(w.value, w.dot.origin, labels.get(w.dot.origin, w.dot.origin[:8]))
                for w in conflict.writes
            )
            if conflict.field == EXISTS:
                choices = (Choice(False, choices[0].device, choices[0].label),
                           Choice(True, choices[-1].device, choices[-1].label))  # fmt: skip
            found.append(ConflictInfo(family, numbers.get(family, ""), tbl, uid,
                                      conflict.field, choices))  # fmt: skip
    return sorted(found, key=lambda c: (c.case_number, c.table, c.field))


def resolve(session: Session, actor: str, table: str, uid: str, field: str, value: Any) -> None:
    """Keep ``value`` (one of the conflict's, or true/false for a deleted row): a write that has
    seen every value, so the conflict ends on every device once it travels."""
    capture(session)
    me = team_device.current(session)
    row = store.load(session, table, uid)
    if me is None or row is None or field not in row.fields:
        raise VaultError("This conflict was resolved meanwhile; look at the list again.")
    stamp = tick(me.clock, team_device.wall_ms())
    if field == EXISTS:
        # Restoring keeps the row; confirming the deletion writes one that saw everything.
        row = row.local(EXISTS, bool(value), me.dot, stamp)
    else:
        row = row.local(field, value, me.dot, stamp)
    store.save(session, row, local_seq=me.next_seq)
    team_device.save_clock(session, stamp)
    touched: set[tuple[str, int]] = set()
    refs = Refs(session)
    waiting = not materialise(session, refs, row, touched)
    store.save(session, row, waiting=waiting, local_seq=me.next_seq)
    reindex(session, touched)
    session.execute(text("DELETE FROM team_pending"))  # recorded above, not an edit again
    audit.append(session, actor, "team.conflict_resolve", table, uid, {"field": field})
