"""Whose families: the assigned worker, workers a family is shared with, hand-overs.

Every family has one assigned worker (by default whoever created it). A
coordinator reassigns a family, shares it with a second worker, or hands a
whole caseload over from one worker to another; each change keeps its note in
``handover`` (the family's history) and an entry in the audit log (the act).
Coordinators see every family; the team sync uses :func:`entitled_user_uuids`
to decide which laptops hold a family.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit
from hostdesk.storage.errors import PermissionDenied, UnknownUser
from hostdesk.storage.models import AppUser, Family, FamilyShare, Handover
from hostdesk.storage.vault import CurrentUser


@dataclass(frozen=True)
class Worker:
    """A user as the assignment screens show them."""

    id: int
    username: str
    display_name: str
    role: Role

    @property
    def label(self) -> str:
        return self.display_name or self.username


@dataclass(frozen=True)
class FamilyAssignment:
    """Who follows one family: its worker and the workers it is shared with."""

    worker: Worker | None
    shared_with: tuple[Worker, ...]


@dataclass(frozen=True)
class HandoverRecord:
    """One change of worker, as the family's timeline shows it."""

    handed_at: datetime
    from_worker: str
    to_worker: str
    by: str
    note: str


def _now() -> datetime:
    return datetime.now(UTC)


def _worker(row: AppUser) -> Worker:
    assert row.id is not None
    return Worker(row.id, row.username, row.display_name, Role(row.role))


def _require_coordinator(actor: CurrentUser, what: str) -> None:
    if not actor.is_coordinator:
        raise PermissionDenied(f"Only a coordinator can {what}.")


def _active_user(session: Session, user_id: int) -> AppUser:
    row = session.get(AppUser, user_id)
    if row is None or not row.active:
        raise UnknownUser("That user is no longer active in this vault.")
    return row


def active_workers(session: Session) -> list[Worker]:
    """Every active user who can follow families, by name (coordinators follow families too)."""
    rows = session.exec(select(AppUser).where(col(AppUser.active).is_(True))).all()
    return sorted((_worker(r) for r in rows), key=lambda w: w.label.casefold())


def assignment_of(session: Session, family_id: int) -> FamilyAssignment:
    family = session.get(Family, family_id)
    worker_row = (
        session.get(AppUser, family.assigned_worker_id)
        if family is not None and family.assigned_worker_id is not None
        else None
    )
    shares = session.exec(
        select(AppUser)
        .join(FamilyShare, col(FamilyShare.user_id) == col(AppUser.id))
        .where(FamilyShare.family_id == family_id)
    ).all()
    return FamilyAssignment(
        _worker(worker_row) if worker_row is not None else None,
        tuple(sorted((_worker(r) for r in shares), key=lambda w: w.label.casefold())),
    )


def _record_handover(
    session: Session, actor: CurrentUser, family: Family, to_user: AppUser, note: str
) -> None:
    assert family.id is not None and to_user.id is not None
    session.add(
        Handover(
            family_id=family.id,
            from_user_id=family.assigned_worker_id,
            to_user_id=to_user.id,
            by_user_id=actor.id,
            note=note.strip(),
            handed_at=_now(),
        )
    )
    audit.append(
        session,
        actor.username,
        "family.assign",
        "family",
        family.id,
        {"from": family.assigned_worker_id, "to": to_user.id, "note": bool(note.strip())},
    )
    family.assigned_worker_id = to_user.id
    family.updated_at = _now()
    session.add(family)


def assign(
    session: Session, actor: CurrentUser, family: Family, worker_id: int, note: str = ""
) -> bool:
    """Give ``family`` to another worker (coordinator); False when it already is theirs."""
    _require_coordinator(actor, "reassign a family")
    to_user = _active_user(session, worker_id)
    if family.assigned_worker_id == worker_id:
        return False
    _record_handover(session, actor, family, to_user, note)
    # The new worker no longer needs a share of a family that is now theirs.
    session.execute(
        text("DELETE FROM family_share WHERE family_id = :f AND user_id = :u"),
        {"f": family.id, "u": worker_id},
    )
    session.flush()
    return True


def hand_over_caseload(
    session: Session, actor: CurrentUser, from_worker_id: int, to_worker_id: int, note: str = ""
) -> int:
    """Every family of one worker (active or exited) goes to another; returns how many."""
    _require_coordinator(actor, "hand a caseload over")
    if from_worker_id == to_worker_id:
        return 0
    to_user = _active_user(session, to_worker_id)
    families = session.exec(
        select(Family).where(Family.assigned_worker_id == from_worker_id).order_by(col(Family.id))
    ).all()
    for family in families:
        _record_handover(session, actor, family, to_user, note)
    session.execute(
        text(
            "DELETE FROM family_share WHERE user_id = :to AND family_id IN"
            " (SELECT id FROM family WHERE assigned_worker_id = :to)"
        ),
        {"to": to_worker_id},
    )
    session.flush()
    audit.append(
        session,
        actor.username,
        "caseload.handover",
        "app_user",
        from_worker_id,
        {"to": to_worker_id, "families": len(families)},
    )
    return len(families)


def share(
    session: Session, actor: CurrentUser, family: Family, user_id: int, note: str = ""
) -> bool:
    """Let a second worker follow ``family``; False when they already do."""
    _require_coordinator(actor, "share a family")
    user = _active_user(session, user_id)
    assert family.id is not None and user.id is not None
    if family.assigned_worker_id == user_id:
        return False
    exists = session.exec(
        select(FamilyShare).where(
            FamilyShare.family_id == family.id, FamilyShare.user_id == user_id
        )
    ).first()
    if exists is not None:
        return False
    session.add(
        FamilyShare(family_id=family.id, user_id=user.id, note=note.strip(), created_at=_now())
    )
    audit.append(session, actor.username, "family.share", "family", family.id, {"with": user_id})
    session.flush()
    return True


def unshare(session: Session, actor: CurrentUser, family: Family, user_id: int) -> bool:
    """Stop sharing ``family`` with a worker; False when it was not shared with them."""
    _require_coordinator(actor, "stop sharing a family")
    row = session.exec(
        select(FamilyShare).where(
            FamilyShare.family_id == family.id, FamilyShare.user_id == user_id
        )
    ).first()
    if row is None:
        return False
    session.delete(row)
    audit.append(session, actor.username, "family.unshare", "family", family.id, {"with": user_id})
    session.flush()
    return True


def handovers_of(session: Session, family_id: int) -> list[HandoverRecord]:
    """The family's changes of worker, oldest first, with names as the timeline shows them."""
    rows = session.execute(
        text(
            "SELECT h.handed_at, coalesce(nullif(f.display_name, ''), f.username, ''),"
            " coalesce(nullif(t.display_name, ''), t.username, ''),"
            " coalesce(nullif(b.display_name, ''), b.username, ''), h.note"
            " FROM handover h"
            " LEFT JOIN app_user f ON f.id = h.from_user_id"
            " LEFT JOIN app_user t ON t.id = h.to_user_id"
            " LEFT JOIN app_user b ON b.id = h.by_user_id"
            " WHERE h.family_id = :family ORDER BY h.handed_at, h.id"
        ),
        {"family": family_id},
    ).all()
    return [HandoverRecord(*row) for row in rows]


def families_assigned_to(session: Session, user_id: int) -> list[int]:
    """Families whose assigned worker is ``user_id`` (what a hand-over moves)."""
    return list(session.exec(select(Family.id).where(Family.assigned_worker_id == user_id)).all())  # type: ignore[arg-type]


def families_followed_by(session: Session, user_id: int) -> set[int]:
    """Families assigned to or shared with one worker."""
    rows = session.execute(
        text(
            "SELECT id FROM family WHERE assigned_worker_id = :u"
            " UNION SELECT family_id FROM family_share WHERE user_id = :u"
        ),
        {"u": user_id},
    ).scalars()
    return set(rows)


def entitled_user_uuids(session: Session, family_id: int) -> frozenset[str]:
    """The users whose devices may hold ``family``: its worker, its shares, every coordinator."""
    rows = session.execute(
        text(
            "SELECT u.user_uuid FROM app_user u WHERE u.active = 1 AND ("
            " u.role = :coordinator"
            " OR u.id = (SELECT assigned_worker_id FROM family WHERE id = :f)"
            " OR u.id IN (SELECT user_id FROM family_share WHERE family_id = :f))"
        ),
        {"f": family_id, "coordinator": Role.COORDINATOR.value},
    ).scalars()
    return frozenset(rows)


def entitled_user_uuids_by_family(
    session: Session, family_ids: list[int]
) -> dict[int, frozenset[str]]:
    """``entitled_user_uuids`` for many families at once (a joining laptop's caseload, a
    change set touching hundreds of families): three statements, not one per family."""
    coordinators = set(
        session.execute(
            text("SELECT user_uuid FROM app_user WHERE active = 1 AND role = :c"),
            {"c": Role.COORDINATOR.value},
        ).scalars()
    )
    found: dict[int, set[str]] = {family_id: set(coordinators) for family_id in family_ids}
    connection = session.connection()
    queries = (
        "SELECT f.id, u.user_uuid FROM family f JOIN app_user u ON u.id = f.assigned_worker_id"
        " WHERE u.active = 1 AND f.id IN ({in})",
        "SELECT s.family_id, u.user_uuid FROM family_share s JOIN app_user u ON u.id = s.user_id"
        " WHERE u.active = 1 AND s.family_id IN ({in})",
    )
    for query in queries:
        for start in range(0, len(family_ids), 900):
            chunk = family_ids[start : start + 900]
            marks = ", ".join("?" for _ in chunk)
            for family_id, user in connection.exec_driver_sql(query.format(**{"in": marks}),
                                                              tuple(chunk)):  # fmt: skip
                found[family_id].add(user)
    return {family_id: frozenset(users) for family_id, users in found.items()}
