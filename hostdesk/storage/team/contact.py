"""Which devices have been in contact, and when: what the monthly report warns about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.vocabulary import Role
from hostdesk.storage.errors import VaultError
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team.devices import list_devices


class NotTheReportingDevice(VaultError):
    """In a team, the monthly report is prepared and submitted on the coordinator's device."""


@dataclass(frozen=True)
class OutOfTouch:
    device: str
    username: str
    label: str
    last_contact: datetime | None


def devices_out_of_touch(session: Session, since: datetime) -> list[OutOfTouch]:
    """Active devices of the team not heard from since ``since`` (the end of the month being
    reported): what they changed may be missing from the report."""
    me = team_device.current(session)
    if me is None:
        return []
    contacts = dict(session.execute(text("SELECT device, last_contact FROM team_peer")).all())
    found = []
    for info in list_devices(session):
        if info.device == me.device or not info.active:
            continue
        if _aware(info.added_at) >= since:
            continue  # it joined after the month ended: the month owes it nothing
        seen = _moment(contacts.get(info.device))
        # Joining is a contact too: it left with everything there was.
        if max(_aware(seen or info.added_at), _aware(info.added_at)) < since:
            found.append(OutOfTouch(info.device, info.username, info.label, seen))
    return found


def check_reporting_device(session: Session, *, submitting: bool) -> None:
    """A worker's laptop holds only its caseload: the report comes from the coordinator's
    device, and only the team's first device (which keeps the NAIR key) submits."""
    me = team_device.current(session)
    if me is None:
        return
    role = session.execute(
        text("SELECT u.role FROM app_user u JOIN team_device d ON d.user_uuid = u.user_uuid"
             " WHERE d.uid = :d"), {"d": me.device},
    ).scalar()  # fmt: skip
    if role != Role.COORDINATOR.value:
        raise NotTheReportingDevice(
            "This laptop holds only its own caseload; prepare the monthly report on the "
            "coordinator's device, which holds the whole entity's."
        )
    first = session.execute(
        text("SELECT uid FROM team_device WHERE uid = added_by ORDER BY added_at LIMIT 1")
    ).scalar()
    if submitting and first is not None and first != me.device:
        raise NotTheReportingDevice(
            "Monthly reports are submitted from the team's first device, which keeps the "
            "entity's NAIR key; submit it there."
        )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _moment(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))
