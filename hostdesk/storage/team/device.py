"""This device in its team: its ids, the dot it is gathering, its clock, its numbering code."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.vectors import Dot
from hostdesk.storage.team import triggers
from hostdesk.storage.team.models import TeamState
from hostdesk.storage.team.tables import SHARED_SETTINGS, TRAVELLING


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class Device:
    team: str
    device: str
    code: str
    next_seq: int
    clock: Hlc

    @property
    def dot(self) -> Dot:
        """The dot of the change set being gathered: every local write until it is sealed."""
        return Dot(self.device, self.next_seq)

    @property
    def genesis(self) -> Dot:
        """Rows this vault had before it joined its team were written at this dot."""
        return Dot(self.device, 0)


def current(session: Session) -> Device | None:
    row = session.get(TeamState, 1)
    if row is None:
        return None
    return Device(row.team_id, row.device_id, row.device_code, row.next_seq, Hlc.parse(row.clock))


def save_clock(session: Session, clock: Hlc) -> None:
    session.execute(text("UPDATE team_state SET clock = :c WHERE id = 1"), {"c": str(clock)})


def advance(session: Session) -> None:
    """The gathered change set is sealed: later writes carry the next dot."""
    session.execute(text("UPDATE team_state SET next_seq = next_seq + 1 WHERE id = 1"))


def start(
    session: Session,
    *,
    team: str | None = None,
    device: str | None = None,
    code: str = "",
    hub_url: str = "",
    adopt: bool = False,
) -> Device:
    """The vault takes part in a team from now on: everything it holds is its genesis.

    A new team (``team`` None) takes the hosting entity's row as the team's own. A new
    laptop joining (``adopt``) takes the team's entity-wide rows (its own user, the rates)
    as the team has them, instead of offering its own as concurrent values.
    """
    if session.get(TeamState, 1) is not None:
        raise ValueError("this vault already takes part in a team")
    team_id = team or uuid.uuid4().hex
    state = TeamState(
        team_id=team_id, device_id=device or uuid.uuid4().hex, device_code=code,
        hub_url=hub_url, created_at=datetime.now(UTC),
    )  # fmt: skip
    session.add(state)
    session.flush()
    if team is None:
        session.execute(text("UPDATE hosting_entity SET uid = :team"), {"team": team_id})
    else:
        # Joining: the team's entity row and shared settings replace this vault's own (its
        # entity row is the team's from now on, and takes the team's values when they come).
        rows = session.execute(text("SELECT count(*) FROM hosting_entity")).scalar_one()
        if adopt and rows == 1:
            session.execute(text("UPDATE hosting_entity SET uid = :team"), {"team": team_id})
        else:
            session.execute(text("DELETE FROM hosting_entity"))
        session.execute(
            text(f"DELETE FROM setting WHERE key IN ({', '.join(map(repr, SHARED_SETTINGS))})")
        )
    _derive_ids(session)
    if adopt:
        _adopt_entity_rows(session)
    triggers.install(session)
    result = current(session)
    assert result is not None
    return result


def _derive_ids(session: Session) -> None:
    """Rows unique per something else take their derived id (made since the migration with
    a random one), so that every device names them alike."""
    from hostdesk.storage.models import SQLModel
    from hostdesk.storage.team.rowmap import Refs, expected_uid

    refs = Refs(session)
    for spec in TRAVELLING:
        if not spec.derived_from:
            continue
        table = SQLModel.metadata.tables[spec.table]
        taken = set(session.execute(text(f"SELECT uid FROM {spec.table}")).scalars())
        for row in session.execute(table.select().order_by(table.c.id)).mappings().all():
            wanted = expected_uid(refs, spec, row)
            if wanted is not None and wanted != row["uid"] and wanted not in taken:
                session.execute(table.update().where(table.c.id == row["id"]).values(uid=wanted))
                taken.add(wanted)


def _adopt_entity_rows(session: Session) -> None:
    from hostdesk.domain.team.rows import RowKey, RowState
    from hostdesk.storage.models import SQLModel
    from hostdesk.storage.team import store
    from hostdesk.storage.team.tables import Scope

    for spec in TRAVELLING:
        if spec.scope is not Scope.ENTITY:
            continue
        keys = session.execute(SQLModel.metadata.tables[spec.table].select()).mappings()
        for row in keys.all():
            store.save(session, RowState(RowKey(spec.table, str(row[spec.key])), None))
