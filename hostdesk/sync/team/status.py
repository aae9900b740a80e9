"""What the Sync screen and ``hostdesk team status`` show: devices, last contact, what
waits in each direction, what is held back and why, conflicts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import devices
from hostdesk.sync.team import files


@dataclass(frozen=True)
class DeviceStatus:
    device: str
    username: str
    label: str
    code: str
    is_me: bool
    active: bool
    last_contact: datetime | None
    waiting_for_it: int  # change sets this device holds that it lacks, as far as known


@dataclass(frozen=True)
class TeamStatus:
    team: str
    device: str
    code: str
    hub_url: str
    devices: list[DeviceStatus]
    unsealed_rows: int  # rows written here since the last change set
    held: dict[str, int]  # reason -> change sets held back
    conflicts: int
    conflicted_families: int
    drops: int


def team_status(session: Session) -> TeamStatus | None:
    me = team_device.current(session)
    if me is None:
        return None
    hub = session.execute(text("SELECT hub_url FROM team_state")).scalar() or ""
    contacts = {
        d: (c, json.loads(h) if h else {})
        for d, c, h in session.execute(text("SELECT device, last_contact, holds FROM team_peer"))
    }
    listed = []
    for info in devices.list_devices(session):
        contact, holds = contacts.get(info.device, (None, {}))
        waiting = 0 if info.device == me.device else len(files.lacking(session, holds))
        listed.append(DeviceStatus(info.device, info.username, info.label, info.code,
                                   info.device == me.device, info.active,
                                   _moment(contact), waiting))  # fmt: skip
    pending = session.execute(
        text("SELECT count(*) FROM team_pending")
    ).scalar_one() + session.execute(
        text("SELECT count(*) FROM team_row WHERE local_seq = :s"), {"s": me.next_seq}
    ).scalar_one()  # fmt: skip
    held = dict(
        session.execute(
            text("SELECT hold_reason, count(*) FROM team_changeset WHERE state = 'held'"
                 " GROUP BY hold_reason")
        ).all()
    )  # fmt: skip
    conflicts, families = session.execute(
        text("SELECT count(*), count(DISTINCT family) FROM team_row WHERE conflicted = 1")
    ).one()
    drops = session.execute(text("SELECT count(*) FROM team_drop")).scalar_one()
    return TeamStatus(me.team, me.device, me.code, str(hub), listed, int(pending),
                      {str(k): int(v) for k, v in held.items()}, int(conflicts),
                      int(families), int(drops))  # fmt: skip


def _moment(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))
