"""Families and their members: create, change, open (audited), index for search."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import ProgrammeClock
from hostdesk.storage import audit, creating, search
from hostdesk.storage.models import (
    Activity,
    CaseAlias,
    Consent,
    Education,
    Employment,
    Family,
    HealthRecord,
    Housing,
    Identifier,
    IssTransition,
    LanguageCourse,
    Member,
    PlanGoal,
    Referral,
    ResidencePermit,
)
from hostdesk.storage.vault import CurrentUser


def _now() -> datetime:
    return datetime.now(UTC)


next_case_number = creating.next_case_number


def set_birth(member: Member, birth: PartialDate | None) -> None:
    for name, value in creating.birth_columns(birth).items():
        setattr(member, name, value)


def birth_of(member: Member) -> PartialDate | None:
    if member.birth_year is None:
        return None
    return PartialDate(member.birth_year, member.birth_month, member.birth_day)


def create_family(
    session: Session,
    actor: CurrentUser,
    *,
    arrival_channel: str,
    programme_start: date,
    programme_months: int = 18,
    case_number: str | None = None,
    **fields: object,
) -> Family:
    """Add a family (without members yet) in the caller's transaction.

    The family is the creator's unless ``assigned_worker_id`` names another worker.
    """
    rows = creating.NewRows(session, actor)
    row = rows.family({
        **fields, "arrival_channel": arrival_channel, "programme_start": programme_start,
        "programme_months": programme_months, "case_number": case_number,
    })  # fmt: skip
    rows.save()
    family = session.get(Family, row["id"])
    assert family is not None
    return family


def update_family(session: Session, actor: CurrentUser, family: Family, **changes: object) -> None:
    for name, value in changes.items():
        setattr(family, name, value)
    family.programme_end = ProgrammeClock(family.programme_start, family.programme_months).end_date
    family.updated_at = _now()
    session.add(family)
    session.flush()
    reindex_family(session, family)
    assert family.id is not None
    audit.append(
        session, actor.username, "family.update", "family", family.id, {"fields": sorted(changes)}
    )


def reindex_family(session: Session, family: Family) -> None:
    """The family's index row: its case number and NAIR reference, and its aliases'."""
    assert family.id is not None
    aliases = session.exec(
        select(CaseAlias.case_number, CaseAlias.nair_reference).where(
            CaseAlias.family_id == family.id
        )
    ).all()
    words = [w for pair in aliases for w in pair if w]
    search.write_rows(
        session, [search.family_row(family.id, family.case_number, family.nair_reference, words)]
    )


def add_member(
    session: Session,
    actor: CurrentUser,
    family: Family,
    *,
    name_latin: str,
    birth: PartialDate | None = None,
    **fields: object,
) -> Member:
    assert family.id is not None
    rows = creating.NewRows(session, actor)
    row = rows.member(family.id, {**fields, "name_latin": name_latin}, birth)
    rows.save()
    member = session.get(Member, row["id"])
    assert member is not None
    return member


def add_identifier(
    session: Session,
    actor: CurrentUser,
    member: Member,
    kind: str,
    value: str,
    *,
    reindex: bool = True,
) -> Identifier:
    """Add one identifier; ``reindex=False`` when the caller re-indexes the member once after."""
    assert member.id is not None
    rows = creating.NewRows(session, actor)
    row = rows.identifier(member.id, kind, value)
    rows.save()
    if reindex:
        reindex_member(session, member)
    identifier = session.get(Identifier, row["id"])
    assert identifier is not None
    return identifier


def reindex_member(session: Session, member: Member) -> None:
    assert member.id is not None
    values = session.exec(select(Identifier.value).where(Identifier.member_id == member.id)).all()
    permits = session.exec(
        select(ResidencePermit.number).where(ResidencePermit.member_id == member.id)
    ).all()
    search.write_rows(
        session,
        [creating.member_index_row(member.id, vars_of(member), [*values, *permits])],
    )


def vars_of(member: Member) -> dict[str, object]:
    return {"name_latin": member.name_latin, "name_original": member.name_original,
            "phone": member.phone}  # fmt: skip


def add_activity(
    session: Session, actor: CurrentUser, family: Family, **fields: object
) -> Activity:
    activity = Activity(family_id=family.id, author_id=actor.id, created_at=_now(), **fields)
    session.add(activity)
    session.flush()
    assert activity.id is not None
    search.write_rows(
        session, [search.note_row(search.HitKind.ACTIVITY, activity.id, activity.text)]
    )
    audit.append(
        session, actor.username, "activity.create", "activity", activity.id, {"family": family.id}
    )
    return activity


@dataclass
class MemberFile:
    member: Member
    identifiers: list[Identifier] = field(default_factory=list)
    permits: list[ResidencePermit] = field(default_factory=list)
    health: HealthRecord | None = None
    education: list[Education] = field(default_factory=list)
    language: list[LanguageCourse] = field(default_factory=list)
    employment: list[Employment] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)


@dataclass
class FamilyFile:
    """Everything held on one family, as the workspace shows it."""

    family: Family
    members: list[MemberFile]
    housing: list[Housing]
    goals: list[PlanGoal]
    activities: list[Activity]
    referrals: list[Referral]
    # The ISS meeting of the programme's last months, once recorded (issue 12).
    iss_transition: IssTransition | None = None


def load_family(session: Session, actor: CurrentUser, family_id: int) -> FamilyFile | None:
    """Open a case file: everything in it, and an audit entry saying who opened it."""
    family = session.get(Family, family_id)
    if family is None:
        return None
    members = session.exec(
        select(Member)
        .where(Member.family_id == family_id)
        .order_by(col(Member.is_head).desc(), Member.id)
    ).all()
    files = {m.id: MemberFile(m) for m in members}
    ids = list(files)

    def by_member(model: type, attribute: str) -> None:
        if not ids:
            return
        member_col = model.member_id
        for row in session.exec(select(model).where(col(member_col).in_(ids))):
            target = files[row.member_id]
            if attribute == "health":
                target.health = row
            else:
                getattr(target, attribute).append(row)

    by_member(Identifier, "identifiers")
    by_member(ResidencePermit, "permits")
    by_member(HealthRecord, "health")
    by_member(Education, "education")
    by_member(LanguageCourse, "language")
    by_member(Employment, "employment")
    by_member(Consent, "consents")
    housing = session.exec(select(Housing).where(Housing.family_id == family_id)).all()
    goals = session.exec(select(PlanGoal).where(PlanGoal.family_id == family_id)).all()
    activities = session.exec(
        select(Activity)
        .where(Activity.family_id == family_id)
        .order_by(col(Activity.occurred_on).desc(), col(Activity.id).desc())
    ).all()
    referrals = session.exec(
        select(Referral)
        .where(Referral.family_id == family_id)
        .order_by(col(Referral.sent_on).desc())
    ).all()
    iss = session.exec(select(IssTransition).where(IssTransition.family_id == family_id)).first()
    audit.append(session, actor.username, "family.open", "family", family_id)
    session.commit()
    return FamilyFile(
        family, list(files.values()), list(housing), list(goals), list(activities),
        list(referrals), iss,
    )  # fmt: skip


def member_names(session: Session, member_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    if not member_ids:
        return {}
    placeholders = ",".join(str(int(i)) for i in member_ids)
    rows = session.execute(
        text(f"SELECT id, name_latin, name_original FROM member WHERE id IN ({placeholders})")
    )
    return {r[0]: (r[1], r[2]) for r in rows}
