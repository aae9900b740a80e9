"""Which families a device holds: what a breach notice lists when a laptop is lost."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.storage.team import bulk, entitlement


def record_recipients(session: Session, family: str, to: Iterable[str]) -> None:
    """Remember the devices a family's parcel was last sealed for (they hold it)."""
    session.execute(
        text("INSERT INTO team_family_recipients (family, devices) VALUES (:f, :d)"
             " ON CONFLICT (family) DO UPDATE SET devices = excluded.devices"),
        {"f": family, "d": json.dumps(sorted(set(to)))},
    )  # fmt: skip


def record_many(session: Session, recipients: dict[str, frozenset[str]]) -> None:
    """``record_recipients`` for many families in one statement."""
    if recipients:
        session.connection().exec_driver_sql(
            "INSERT INTO team_family_recipients (family, devices) VALUES (?, ?)"
            " ON CONFLICT (family) DO UPDATE SET devices = excluded.devices",
            [(f, json.dumps(sorted(to))) for f, to in recipients.items()],
        )


def last_recipients_of(session: Session, families: Iterable[str]) -> dict[str, frozenset[str]]:
    """``last_recipients`` for many families (a family never sealed: none)."""
    wanted = list(dict.fromkeys(families))
    sql = "SELECT family, devices FROM team_family_recipients WHERE family IN ({in})"
    found = dict(bulk.select_in(session.connection(), sql, wanted))
    return {f: frozenset(json.loads(found[f])) if f in found else frozenset() for f in wanted}


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
        families = list(session.execute(text("SELECT uid FROM family")).scalars())
        entitled = entitlement.entitled_users_of(session, families)
        held |= {family for family in families if user in entitled[family]}
    if not held:
        return []
    numbers = session.execute(
        text("SELECT uid, case_number FROM family")
    ).all()  # fmt: skip
    return sorted(number for uid, number in numbers if uid in held)
