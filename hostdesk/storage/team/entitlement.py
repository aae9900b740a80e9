"""Which devices hold a family: those of its assigned worker, of a worker it is shared with,
and of every coordinator (docs/team-sync.md §9)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import assignment
from hostdesk.storage.team import bulk


def entitled_users(session: Session, family: str) -> frozenset[str]:
    """The users (by global id) whose laptops hold the family (storage.assignment decides:
    its worker, the workers it is shared with, every coordinator)."""
    query = text("SELECT id FROM family WHERE uid = :u")
    family_id = session.execute(query, {"u": family}).scalar()
    if family_id is None:
        return frozenset(_coordinators(session))
    return assignment.entitled_user_uuids(session, int(family_id))


def entitled_users_of(session: Session, families: Iterable[str]) -> dict[str, frozenset[str]]:
    """``entitled_users`` for many families (global ids) at once."""
    wanted = list(dict.fromkeys(families))
    sql = "SELECT uid, id FROM family WHERE uid IN ({in})"
    ids = dict(bulk.select_in(session.connection(), sql, wanted))
    by_id = assignment.entitled_user_uuids_by_family(session, list(ids.values()))
    coordinators = frozenset(_coordinators(session))
    return {f: by_id[ids[f]] if f in ids else coordinators for f in wanted}


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


def entitled_devices_of(session: Session, families: Iterable[str]) -> dict[str, frozenset[str]]:
    """``entitled_devices`` for many families at once."""
    devices = active_devices(session)
    users = entitled_users_of(session, families)
    return {
        family: frozenset(d for d, user in devices.items() if user in entitled)
        for family, entitled in users.items()
    }


def my_user(session: Session) -> str | None:
    """The global id of the user this device belongs to."""
    found = session.execute(
        text("SELECT d.user_uuid FROM team_device d JOIN team_state s ON s.device_id = d.uid")
    ).scalar()
    return None if found is None else str(found)


def families_not_mine(session: Session) -> list[str]:
    """Families this device holds but is no longer entitled to (reassigned or unshared)."""
    user = my_user(session)
    if user is None:
        return []
    role = session.execute(
        text("SELECT role FROM app_user WHERE user_uuid = :u AND active"), {"u": user}
    ).scalar()
    if role == Role.COORDINATOR.value:
        return []  # a coordinator's device holds every family
    held = set(session.execute(text("SELECT uid FROM family")).scalars())
    query = text("SELECT DISTINCT family FROM team_row WHERE family IS NOT NULL")
    held |= set(session.execute(query).scalars())
    # An anonymised or deleted family holds nothing that identifies anyone any more; a
    # family this laptop had before it joined, and has not offered, is not the team's.
    erased = set(session.execute(text("SELECT family FROM team_erasure")).scalars())
    erased |= set(session.execute(text("SELECT family FROM team_withheld")).scalars())
    candidates = sorted(f for f in held - erased if f)
    entitled = entitled_users_of(session, candidates)
    return [f for f in candidates if user not in entitled[f]]


def families_of_user(session: Session, user_uuid: str) -> list[str]:
    """The families (global ids) a user's laptop holds, in one query."""
    found = session.execute(
        text("SELECT id, role, active FROM app_user WHERE user_uuid = :u"), {"u": user_uuid}
    ).first()
    if found is None or not found[2]:
        return []
    withheld = set(session.execute(text("SELECT family FROM team_withheld")).scalars())
    if found[1] == Role.COORDINATOR.value:
        every = session.execute(text("SELECT uid FROM family")).scalars()
        return [uid for uid in every if uid not in withheld]
    ids = assignment.families_followed_by(session, int(found[0]))
    if not ids:
        return []
    rows = session.execute(text("SELECT id, uid FROM family")).all()
    return [uid for fid, uid in rows if fid in ids and uid not in withheld]
