"""Read what the monthly report needs for every family of a month, in a few queries.

One query per table (with the month's families as a subquery), never one per
family, so a caseload of thousands reads in well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from hostdesk.domain.alerts import AlertThresholds
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import ActivityKind, FamilyStatus, IdentifierKind
from hostdesk.reports import status as st
from hostdesk.reports.monthly_build import FamilyInput, MemberInput, Month, MonthInput
from hostdesk.storage import classifications
from hostdesk.storage.casework.members import current_permit
from hostdesk.storage.models import (
    Activity,
    Education,
    Employment,
    Family,
    HealthRecord,
    HostingEntity,
    Housing,
    Identifier,
    IssTransition,
    LanguageCourse,
    Member,
    Referral,
    ResidencePermit,
)
from hostdesk.storage.programme_rules import entity_rules

T = TypeVar("T")


def load_month(
    session: Session,
    month: Month,
    *,
    revision: int = 1,
    supersedes: str | None = None,
    thresholds: AlertThresholds | None = None,
) -> MonthInput:
    """Everything the builder needs about the families followed in ``month``."""
    end = month.last
    followed = select(Family.id).where(
        Family.programme_start <= end,
        or_(
            Family.status != FamilyStatus.EXITED.value,
            col(Family.exit_date) >= month.first,
        ),
    )
    family_rows = _rows(session, Family, col(Family.id).in_(followed), Family.case_number)
    members = _rows(session, Member, col(Member.family_id).in_(followed), Member.id)
    in_members = select(Member.id).where(col(Member.family_id).in_(followed))

    def by_member(model: type[T]) -> dict[int, list[T]]:
        grouped: dict[int, list[T]] = defaultdict(list)
        for row in _rows(session, model, col(model.member_id).in_(in_members), model.id):  # type: ignore[attr-defined]
            grouped[row.member_id].append(row)  # type: ignore[attr-defined]
        return grouped

    permits = by_member(ResidencePermit)
    education = by_member(Education)
    language = by_member(LanguageCourse)
    employment = by_member(Employment)
    health = {h.member_id: h for rows in by_member(HealthRecord).values() for h in rows}
    sns_ids = set(
        session.exec(
            select(Identifier.member_id).where(
                Identifier.kind == IdentifierKind.SNS.value,
                col(Identifier.member_id).in_(in_members),
            )
        ).all()
    )
    housing: dict[int, list[Housing]] = defaultdict(list)
    for h in _rows(session, Housing, col(Housing.family_id).in_(followed), Housing.id):
        housing[h.family_id].append(h)
    referrals: dict[int, list[Referral]] = defaultdict(list)
    for r in _rows(
        session,
        Referral,
        and_(col(Referral.family_id).in_(followed), col(Referral.sent_on) <= end),
        Referral.id,
    ):
        referrals[r.family_id].append(r)
    iss = {
        i.family_id: i
        for i in _rows(session, IssTransition, col(IssTransition.family_id).in_(followed),
                       IssTransition.id)
    }  # fmt: skip
    last_visits: dict[int, date] = dict(
        session.exec(  # type: ignore[arg-type]
            select(Activity.family_id, func.max(Activity.occurred_on))
            .where(
                col(Activity.family_id).in_(followed),
                Activity.kind == ActivityKind.VISIT.value,
                Activity.occurred_on <= end,
            )
            .group_by(col(Activity.family_id))
        ).all()
    )

    members_by_family: dict[int, list[MemberInput]] = defaultdict(list)
    for m in members:
        assert m.id is not None
        record = health.get(m.id)
        own = permits.get(m.id, [])
        current = current_permit(p for p in own if p.issued_on is None or p.issued_on <= end)
        rows = st.MemberRows(
            member_id=m.id,
            birth=_birth(m),
            minor_alone=m.is_unaccompanied_minor,
            health=record,
            education=education.get(m.id, []),
            language=language.get(m.id, []),
            employment=employment.get(m.id, []),
            arp_expiry=st.latest_arp_expiry(
                p.expires_on for p in own if p.issued_on is None or p.issued_on <= end
            ),
            has_permit=current is not None,
            renewal_appointment=current.renewal_appointment if current else None,
            education_answer=m.in_education_or_training,
        )
        members_by_family[m.family_id].append(
            MemberInput(
                member=m,
                rows=rows,
                permits=permits.get(m.id, []),
                has_sns_number=m.id in sns_ids or bool(record and record.sns_registered),
            )
        )
    entity = session.exec(select(HostingEntity).order_by(col(HostingEntity.id))).first()
    rules = entity_rules(session)
    return MonthInput(
        month=month,
        entity_name=entity.name if entity else "",
        entity_nair_code=entity.nair_code if entity else "",
        revision=revision,
        supersedes=supersedes,
        thresholds=thresholds or AlertThresholds(),
        book=rules.book,
        par_member=rules.par_member,
        isco_codes=classifications.isco08().known(),
        isced_codes=classifications.isced2011().known(),
        families=[
            FamilyInput(
                family=f,
                members=members_by_family.get(f.id or 0, []),
                housing=housing.get(f.id or 0, []),
                referrals=referrals.get(f.id or 0, []),
                last_visit=_as_date(last_visits.get(f.id or 0)),
                iss=iss.get(f.id or 0),
            )
            for f in family_rows
        ],
    )


def _rows(session: Session, model: type[T], where: Any, order: Any) -> list[T]:
    """Plain rows of ``model``'s table, which read like its instances.

    Building ORM instances costs far more than the query at this size (SQLModel
    sets up pydantic state for each); the rules only read attributes, which
    SQLAlchemy's rows offer under the same names.
    """
    table = model.__table__  # type: ignore[attr-defined]
    result = session.execute(select(table).where(where).order_by(order))
    return cast(list[T], list(result))


def _birth(m: Member) -> PartialDate | None:
    try:
        return st.birth_of(m.birth_year, m.birth_month, m.birth_day)
    except (TypeError, ValueError):
        return None  # an impossible stored date counts as unknown, as on the Today screen


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
