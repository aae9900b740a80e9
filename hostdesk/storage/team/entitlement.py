"""Which devices hold a family: those of its assigned worker, of a worker it is shared with,
and of every coordinator (docs/team-sync.md §9)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.vocabulary import Role


def entitled_users(session: Session, family: str) -> frozenset[str]:
    """The users (by global id) whose laptops hold the family.

    The assignment module (family_share, assignment.py) is being built in parallel;
    once it is on main its ``entitled_user_uuids`` answers this, shares included.
    Until then: the assigned worker, and the coordinators.
    """
    query = text("SELECT id FROM family WHERE uid = :u")
    family_id = session.execute(query, {"u": family}).scalar()
    try:
        from hostdesk.storage import assignment  # type: ignore[attr-defined]
    except ImportError:
        assignment = None
    if assignment is not None and family_id is not None:
        return frozenset(assignment.entitled_user_uuids(session, family_id))
    users = set(_coordinators(session))
    worker = session.execute(
        text("SELECT u.user_uuid FROM family f JOIN app_user u ON u.id = f.assigned_worker_id"
             " WHERE f.uid = :u AND u.active"),
        {"u": family},
    ).scalar()  # fmt: skip
    if worker:
        users.add(worker)
    return frozenset(users)


def _coordinators(session: Session) -> list[str]:
    return list(
        session.execute(
            text("SELECT user_uuid FROM app_user WHERE role = :r AND active"),
            {"r": Role.COORDINATOR.value},
        ).scalars()
    )


def active_devices(session: Session) -> dict[str, str]:
    """Active device id -> its user's global id."""
    rows = session.execute(
        text("SELECT uid, user_uuid FROM team_device WHERE revoked_at IS NULL")
    ).all()
    return {device: user for device, user in rows}


def entitled_devices(session: Session, family: str | None) -> frozenset[str]:
    """The active devices a family's parcel is sealed for (None: the entity's rows, all)."""
    devices = active_devices(session)
    if family is None:
        return frozenset(devices)
    users = entitled_users(session, family)
    return frozenset(d for d, user in devices.items() if user in users)
