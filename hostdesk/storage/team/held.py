"""Which families a device holds: what a breach notice lists when a laptop is lost."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.storage.team import entitlement


def record_recipients(session: Session, family: str, to: Iterable[str]) -> None:
    """Remember the devices a family's parcel was last sealed for (they hold it)."""
    session.execute(
        text("INSERT INTO team_family_recipients (family, devices) VALUES (:f, :d)"
             " ON CONFLICT (family) DO UPDATE SET devices = excluded.devices"),
        {"f": family, "d": json.dumps(sorted(set(to)))},
    )  # fmt: skip


def last_recipients(session: Session, family: str) -> frozenset[str]:
    found = session.execute(
        text("SELECT devices FROM team_family_recipients WHERE family = :f"), {"f": family}
    ).scalar()
    return frozenset(json.loads(found)) if found else frozenset()


def families_held_by(session: Session, device: str) -> list[str]:
    """Case numbers of the families the device was sent or is entitled to, sorted."""
    user = session.execute(
        text("SELECT user_uuid FROM team_device WHERE uid = :d"), {"d": device}
    ).scalar()
    held: set[str] = set()
    for family, data in session.execute(text("SELECT family, devices FROM team_family_recipients")):
        if device in json.loads(data):
            held.add(family)
    if user is not None:
        for (family,) in session.execute(text("SELECT uid FROM family")):
            if user in entitlement.entitled_users(session, family):
                held.add(family)
    if not held:
        return []
    numbers = session.execute(
        text("SELECT uid, case_number FROM family")
    ).all()  # fmt: skip
    return sorted(number for uid, number in numbers if uid in held)
