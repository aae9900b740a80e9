"""Plan goals, the five dimensions' records, allowance payments, and reading it all back."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from hostdesk.domain.alerts import FamilySnapshot, MemberSnapshot, ReferralSnapshot
from hostdesk.domain.allowance import AllowanceRates, NotDue
from hostdesk.domain.channel_rules import DEFAULT_BOOK, RuleBook
from hostdesk.domain.vocabulary import (
    ActivityKind,
    CourseType,
    Dimension,
    EducationKind,
    FamilyStatus,
)
from hostdesk.storage import assignment, attachments, audit, families
from hostdesk.storage.casework.common import family_for_change, owner_for_change, row_for_change
from hostdesk.storage.casework.members import current_permit, learning_spans
from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import (
    Activity,
    AllowancePayment,
    AllowanceRate,
    AppUser,
    Consent,
    Education,
    Employment,
    Family,
    FollowUpTask,
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
from hostdesk.storage.programme_rules import EntityRules, entity_rules, month_allowance
from hostdesk.storage.vault import CurrentUser

_OWNER = {
    PlanGoal: "family_id", Housing: "family_id", HealthRecord: "member_id",
    Education: "member_id", LanguageCourse: "member_id", Employment: "member_id",
}  # fmt: skip


def save_record(
    session: Session,
    actor: CurrentUser,
    model: type[Any],
    record_id: int | None,
    values: dict[str, Any],
) -> Any:
    """Create (``record_id`` None) or change a plan goal, housing, health, education,
    language or employment row. ``values`` holds the fields to set, including the
    owner (``family_id`` or ``member_id``) when creating."""
    table = model.__tablename__
    _check_course(model, values)
    if record_id is None:
        if _OWNER[model] not in values:
            raise ValueError(f"a new {table} row needs its {_OWNER[model]}")
        owner_for_change(session, values)
        if model is HealthRecord:
            values = {"recorded_on": date.today(), **values}
        row = model(**values)
        changed = sorted(values)
        action = "create"
    else:
        row = row_for_change(session, model, record_id)
        changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
        for name in changed:
            setattr(row, name, values[name])
        action = "update"
    session.add(row)
    session.flush()
    if record_id is None or changed:
        audit.append(session, actor.username, f"{table}.{action}", table, row.id,
                     {"fields": changed})  # fmt: skip
    return row


# PLA replaced Português para Todos in 2020 (design brief): PPT is for courses taken before.
PPT_ENDED = date(2020, 1, 1)


def _check_course(model: type[Any], values: dict[str, Any]) -> None:
    start = values.get("start_date")
    ppt = model is LanguageCourse and values.get("course_type") == CourseType.PPT.value
    if ppt and start is not None and start >= PPT_ENDED:
        raise VaultError(
            "Português para Todos (PPT) was replaced by PLA in 2020: record a course that "
            "started in 2020 or later as PLA."
        )


def health_record(session: Session, member_id: int) -> HealthRecord | None:
    return session.exec(select(HealthRecord).where(HealthRecord.member_id == member_id)).first()


def rate_history(session: Session) -> list[AllowanceRates]:
    rows = session.exec(select(AllowanceRate).order_by(col(AllowanceRate.effective_from))).all()
    return [
        AllowanceRates(r.effective_from, r.head_cents, r.other_adult_cents, r.child_cents)
        for r in rows
    ]


class PaymentRefused(VaultError):
    """A payment for a month the programme owes nothing for; ``reason`` says why."""

    def __init__(self, reason: NotDue) -> None:
        super().__init__(_REFUSALS[reason])
        self.reason = reason


_REFUSALS = {
    NotDue.NO_SCHEME: "No allowance is due to this family: its arrival channel's rule has none.",
    NotDue.UNCONFIRMED: "The entity has not confirmed the rules of this family's arrival "
    "channel yet; a coordinator confirms them in Settings.",
    NotDue.BEFORE_START: "That month ends before the family's programme starts.",
    NotDue.AFTER_END: "That month starts after the family's programme ended.",
    NotDue.AFTER_EXIT: "That month starts after the family's exit; only months inside the "
    "programme can still be paid.",
    NotDue.NO_RATES: "No allowance can be worked out for that month: check the rates and the "
    "head of family.",
}


def record_payment(
    session: Session,
    actor: CurrentUser,
    family_id: int,
    *,
    period: str,
    amount_cents: int,
    paid_on: date,
    note: str = "",
) -> AllowancePayment:
    """Record what was paid for a month; refused for a month outside the programme.

    Whether the amount owed was pro-rated (a partial first or last month, with
    the setting on) is kept on the payment, as it was when paid.
    """
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", period):
        raise ValueError("the period is a month written YYYY-MM")
    if amount_cents < 0:
        raise VaultError("A payment cannot be negative.")
    family = family_for_change(session, family_id)
    members = session.exec(select(Member).where(Member.family_id == family_id)).all()
    year, month = int(period[:4]), int(period[5:])
    owed = month_allowance(
        family, members, rate_history(session), entity_rules(session), year, month
    )
    if owed.reason is not None and owed.reason is not NotDue.NO_RATES:
        raise PaymentRefused(owed.reason)
    payment = AllowancePayment(
        family_id=family_id, period=period, amount_cents=amount_cents, paid_on=paid_on, note=note,
        pro_rated=owed.pro_rated,
    )
    session.add(payment)
    session.flush()
    audit.append(session, actor.username, "payment.create", "allowance_payment", payment.id,
                 {"family": family_id, "period": period})  # fmt: skip
    return payment


# -- reading what the workspace shows beyond the case file ------------------------


@dataclass
class CaseExtras:
    tasks: list[FollowUpTask]
    payments: list[AllowancePayment]
    rates: list[AllowanceRates]
    assignment: assignment.FamilyAssignment = field(
        default_factory=lambda: assignment.FamilyAssignment(None, ())
    )
    handovers: list[assignment.HandoverRecord] = field(default_factory=list)
    # The channel rules, PAR membership and pro-rating setting the case is read with.
    rules: EntityRules = field(default_factory=lambda: EntityRules(RuleBook(), False, False))
    # The scanned documents, without their bytes (the Documents tab, the consents' links).
    documents: list[attachments.AttachmentInfo] = field(default_factory=list)
    users: dict[int, str] = field(default_factory=dict)  # id -> user name (who did what)


def extras(session: Session, family_id: int) -> CaseExtras:
    tasks = session.exec(
        select(FollowUpTask)
        .where(FollowUpTask.family_id == family_id)
        .order_by(col(FollowUpTask.done_on).is_not(None), col(FollowUpTask.due_on))
    ).all()
    payments = session.exec(
        select(AllowancePayment)
        .where(AllowancePayment.family_id == family_id)
        .order_by(col(AllowancePayment.period).desc(), col(AllowancePayment.id).desc())
    ).all()
    users = {uid: name for uid, name in session.exec(select(AppUser.id, AppUser.username))}
    return CaseExtras(
        list(tasks),
        list(payments),
        rate_history(session),
        assignment.assignment_of(session, family_id),
        assignment.handovers_of(session, family_id),
        entity_rules(session),
        attachments.list_for_family(session, family_id),
        users,
    )


def read_family(session: Session, family_id: int) -> families.FamilyFile | None:
    """The case file again after a change, without a second "opened" audit entry.

    ``families.load_family`` is the audited opening; this is its quiet refresh.
    """
    family = session.get(Family, family_id)
    if family is None:
        return None
    members = session.exec(
        select(Member)
        .where(Member.family_id == family_id)
        .order_by(col(Member.is_head).desc(), Member.id)
    ).all()
    files = {m.id: families.MemberFile(m) for m in members}
    for model, attribute in (
        (Identifier, "identifiers"), (ResidencePermit, "permits"), (HealthRecord, "health"),
        (Education, "education"), (LanguageCourse, "language"), (Employment, "employment"),
        (Consent, "consents"),
    ):  # fmt: skip
        for row in session.exec(select(model).where(col(model.member_id).in_(list(files)))):
            if attribute == "health":
                files[row.member_id].health = row
            else:
                getattr(files[row.member_id], attribute).append(row)

    def rows(model: type[Any], *order: Any) -> list[Any]:
        query = select(model).where(model.family_id == family_id).order_by(*order)
        return list(session.exec(query))

    return families.FamilyFile(
        family,
        list(files.values()),
        rows(Housing, col(Housing.id)),
        rows(PlanGoal, col(PlanGoal.id)),
        rows(Activity, col(Activity.occurred_on).desc(), col(Activity.id).desc()),
        rows(Referral, col(Referral.sent_on).desc(), col(Referral.id).desc()),
        session.exec(select(IssTransition).where(IssTransition.family_id == family_id)).first(),
    )


def alert_snapshot(
    file: families.FamilyFile, book: RuleBook = DEFAULT_BOOK, on: date | None = None
) -> FamilySnapshot:
    """What the alert rules need, read from an open case file, with the channel's rule
    in force ``on`` (today by default)."""
    on = on or date.today()
    visits = [a.occurred_on for a in file.activities if a.kind == ActivityKind.VISIT.value]
    members = []
    for mf in file.members:
        assert mf.member.id is not None
        permit = current_permit(mf.permits)
        members.append(
            MemberSnapshot(
                member_id=mf.member.id,
                birth=families.birth_of(mf.member),
                arp_expiry=permit.expires_on if permit else None,
                in_school=any(
                    e.kind == EducationKind.SCHOOL_ENROLMENT.value
                    and (e.end_date is None or e.end_date >= on)
                    for e in mf.education
                ),
                has_permit=permit is not None,
                renewal_appointment=permit.renewal_appointment if permit else None,
                has_language_course=bool(mf.language),
                is_unaccompanied_minor=mf.member.is_unaccompanied_minor,
                education_answer=mf.member.in_education_or_training,
                learning_records=tuple(learning_spans(mf.education, mf.employment)),
            )
        )
    family = file.family
    assert family.id is not None
    rule = book.rule_on(family.arrival_channel, on)
    iss = file.iss_transition
    return FamilySnapshot(
        family_id=family.id,
        status=FamilyStatus(family.status),
        programme_start=family.programme_start,
        programme_months=family.programme_months,
        arrival_date=family.arrival_date,
        last_visit=max(visits, default=None),
        members=members,
        referrals=[
            ReferralSnapshot(
                referral_id=r.id,
                sent_on=r.sent_on,
                answered_on=r.answered_on,
                member_id=r.member_id,
                dimension=Dimension(r.dimension) if r.dimension else None,
            )
            for r in file.referrals
            if r.id is not None
        ],
        has_clock=rule.has_clock,
        iss_transition=rule.iss_transition,
        iss_recorded=iss_recorded(iss),
    )


def iss_recorded(iss: IssTransition | None) -> bool:
    """The ISS meeting's date and outcome are both recorded: the transition alert closes."""
    return iss is not None and iss.meeting_on is not None and iss.outcome is not None
