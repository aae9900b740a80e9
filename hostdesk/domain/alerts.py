"""What needs attention today for a family: the rules behind the Today screen.

Alerts carry ids, never names or notes: the UI looks up what to show, and
nothing personal ends up in a log by way of an alert.

Severity follows one policy (docs/alerts.md): URGENT means something must be
done this week (within ``WEEK_DAYS``), because a deadline falls in it or has
passed and missing it costs the family; everything else waits in "Próximos"
(upcoming), sorted by its date. Every rule here, and any added later, is held
to it (tests/domain/test_alert_policy.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from enum import IntEnum, StrEnum

from hostdesk.domain.minors import (
    Span,
    comes_of_age_on,
    in_education_or_training,
    is_minor_alone,
    young_adult_until,
)
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import ProgrammeClock, add_months
from hostdesk.domain.vocabulary import Dimension, FamilyStatus

ADULT_AGE = 18
# "This week": an urgent alert's deadline falls within this many days, or has passed.
WEEK_DAYS = 7


class AlertKind(StrEnum):
    ARP_EXPIRING = "arp_expiring"
    ARP_EXPIRED = "arp_expired"
    # Past the programme's end and still active; or its last months, where no ISS
    # transition applies (a channel whose rule has a clock but no transition).
    PROGRAMME_ENDING = "programme_ending"
    NO_RECENT_VISIT = "no_recent_visit"
    CHILD_WITHOUT_SCHOOL = "child_without_school"
    NO_LANGUAGE_COURSE = "no_language_course"
    REFERRAL_UNANSWERED = "referral_unanswered"
    # Added for issue 12 (legal status, coming of age, the ISS transition).
    NO_VALID_PERMIT = "no_valid_permit"
    RENEWAL_APPOINTMENT = "renewal_appointment"
    MINOR_TURNING_18 = "minor_turning_18"
    YOUNG_ADULT = "young_adult"
    ISS_TRANSITION = "iss_transition"
    # The last day of a young adult's protection (21, or 25 in education or training).
    YOUNG_ADULT_PROTECTION_ENDING = "young_adult_protection_ending"


class Severity(IntEnum):
    """How urgent an alert is; higher sorts first.

    URGENT: must be done this week (Today's "This week"). WARNING: must be done,
    by a later date (in "Próximos"). INFO: worth a look, no deadline (in "Próximos").
    """

    INFO = 1
    WARNING = 2
    URGENT = 3


def due_this_week(due: date | None, today: date) -> bool:
    """True when ``due`` has passed or falls within the coming week."""
    return due is not None and due <= today + timedelta(days=WEEK_DAYS)


@dataclass(frozen=True)
class AlertThresholds:
    """When alerts fire; a setting the coordinator can change."""

    arp_warning_days: int = 30
    transition_months: int = 6
    visit_interval_days: int = 30
    language_course_after_months: int = 2
    referral_answer_days: int = 15
    school_age_from: int = 6
    school_age_to: int = 18  # exclusive: compulsory schooling ends at 18
    arp_urgent_days: int = 7
    # Issue 12. "Urgent" means it must be done this week (docs/alerts.md); the rest waits.
    permit_grace_days: int = 30  # a member with no permit recorded this long after arrival
    appointment_lookahead_days: int = 14  # a renewal appointment shows this far ahead
    # An unaccompanied minor's 18th birthday, and the end of a young adult's protection
    # (the support after it must be arranged), show this far ahead.
    coming_of_age_months: int = 6
    young_adult_review_days: int = 30  # after the 18th birthday: review the support
    transition_urgent_days: int = 30  # no ISS meeting recorded this close to the end

    def __post_init__(self) -> None:
        # Raising here lets a stored setting that no longer makes sense fall back to defaults.
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{f.name} must be a whole number.")
            if value < 0:
                raise ValueError(f"{f.name} cannot be negative.")
        if self.school_age_from >= self.school_age_to:
            raise ValueError("School age must start before it ends.")


DEFAULT_THRESHOLDS = AlertThresholds()


@dataclass(frozen=True)
class Alert:
    """One thing to act on; ids only, the UI renders names."""

    kind: AlertKind
    severity: Severity
    due: date | None
    family_id: int
    member_id: int | None = None
    referral_id: int | None = None
    dimension: Dimension | None = None


@dataclass(frozen=True)
class MemberSnapshot:
    member_id: int
    birth: PartialDate | None
    arp_expiry: date | None
    in_school: bool
    has_language_course: bool
    # Came as an unaccompanied minor; whether they still are one is worked out by age.
    is_unaccompanied_minor: bool = False
    # None: as ``arp_expiry`` says (a permit with an expiry is a permit recorded).
    has_permit: bool | None = None
    renewal_appointment: date | None = None
    # In education or training (protection to 25 rather than 21), as the member form
    # reads it: the worker's answer (None: not asked), else the dated records that
    # count (``domain.minors.LEARNING_KINDS``), read on the alert's day.
    education_answer: bool | None = None
    learning_records: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ReferralSnapshot:
    referral_id: int
    sent_on: date
    answered_on: date | None
    member_id: int | None
    dimension: Dimension | None


@dataclass(frozen=True)
class FamilySnapshot:
    """What the alert rules need to know about a family, as storage reads it."""

    family_id: int
    status: FamilyStatus
    programme_start: date
    programme_months: int
    arrival_date: date | None = None
    last_visit: date | None = None
    members: list[MemberSnapshot] = field(default_factory=list)
    referrals: list[ReferralSnapshot] = field(default_factory=list)
    # The channel's rule (hostdesk.domain.channel_rules): whether a programme clock and
    # the ISS transition apply to this family at all.
    has_clock: bool = True
    iss_transition: bool = True
    # The ISS meeting's date and outcome are recorded: the transition alert closes.
    iss_recorded: bool = False


def alerts_for(
    family: FamilySnapshot, today: date, thresholds: AlertThresholds = DEFAULT_THRESHOLDS
) -> list[Alert]:
    """Everything that needs attention for ``family`` on ``today``, most urgent first.

    Families that have exited get none: their record is kept, not followed.
    """
    if family.status is FamilyStatus.EXITED:
        return []
    t = thresholds
    alerts: list[Alert] = []
    alerts += _programme_alerts(family, today, t)
    alerts += _visit_alerts(family, today, t)
    for member in family.members:
        alerts += _arp_alerts(family.family_id, member, today, t)
        alerts += _permit_alerts(family, member, today, t)
        alerts += _coming_of_age_alerts(family.family_id, member, today, t)
        alerts += _protection_ending_alerts(family.family_id, member, today, t)
        alerts += _language_alerts(family, member, today, t)
        alerts += _school_alerts(family.family_id, member, today, t)
    alerts += _referral_alerts(family, today, t)
    return sorted(alerts, key=_urgency)


_KIND_ORDER = list(AlertKind)


def _urgency(alert: Alert) -> tuple[int, date, int, int, int]:
    return (
        -alert.severity,
        alert.due or date.max,
        _KIND_ORDER.index(alert.kind),
        alert.member_id or 0,
        alert.referral_id or 0,
    )


def alert_key(alert: Alert) -> str:
    """One occurrence of an alert, for an acknowledgement or a snooze to name.

    The due date is part of it: when the facts move (a renewed ARP, a new
    visit) the alert is a new one and shows again.
    """
    parts = (alert.kind.value, alert.family_id, alert.member_id, alert.referral_id, alert.due)
    return "/".join("-" if p is None else str(p) for p in parts)


def act_by(alert: Alert, thresholds: AlertThresholds = DEFAULT_THRESHOLDS) -> date | None:
    """The day by which something must be done about ``alert`` (the policy's date).

    Usually its due date. The ISS transition's due date is the programme's
    end; the meeting must be arranged ``transition_urgent_days`` before it.
    """
    if alert.kind is AlertKind.ISS_TRANSITION and alert.due is not None:
        return alert.due - timedelta(days=thresholds.transition_urgent_days)
    return alert.due


def task_key(task_id: int, due: date | None) -> str:
    """One follow-up task at its due date (a task given a new date shows again)."""
    return f"task/{task_id}/{due or '-'}"


def _overdue_severity(due: date, today: date, grace_days: int) -> Severity:
    # Overdue by a whole further interval: the first reminder was not enough.
    return Severity.URGENT if (today - due).days >= max(grace_days, 1) else Severity.WARNING


def _programme_alerts(family: FamilySnapshot, today: date, t: AlertThresholds) -> list[Alert]:
    if not family.has_clock:
        return []  # a channel outside the programme: no end, no transition
    clock = ProgrammeClock(family.programme_start, family.programme_months)
    end = clock.end_date
    if clock.has_ended_on(today) or due_this_week(end, today):
        # Ended while still active, or ending this week: record the exit or the extension.
        return [Alert(AlertKind.PROGRAMME_ENDING, Severity.URGENT, end, family.family_id)]
    if not (t.transition_months and clock.in_transition_on(today, t.transition_months)):
        return []
    if not family.iss_transition:
        return [Alert(AlertKind.PROGRAMME_ENDING, Severity.WARNING, end, family.family_id)]
    if family.iss_recorded:
        return []  # the ISS met the family and decided: nothing left to chase
    # Close to the end with no ISS meeting recorded: it must be arranged this week.
    urgent = (end - today).days <= t.transition_urgent_days
    severity = Severity.URGENT if urgent else Severity.WARNING
    return [Alert(AlertKind.ISS_TRANSITION, severity, end, family.family_id)]


def _visit_alerts(family: FamilySnapshot, today: date, t: AlertThresholds) -> list[Alert]:
    # Never visited: the clock runs from the programme start.
    since = family.last_visit or family.programme_start
    if since > today:
        return []
    due = since + timedelta(days=t.visit_interval_days)
    if today < due:
        return []
    severity = _overdue_severity(due, today, t.visit_interval_days)
    return [Alert(AlertKind.NO_RECENT_VISIT, severity, due, family.family_id)]


def _arp_alerts(
    family_id: int, member: MemberSnapshot, today: date, t: AlertThresholds
) -> list[Alert]:
    if member.arp_expiry is None:
        return []
    days_left = (member.arp_expiry - today).days
    # The permit is valid through its expiry date.
    if days_left < 0:
        kind, severity = AlertKind.ARP_EXPIRED, Severity.URGENT
    elif days_left <= t.arp_urgent_days:
        kind, severity = AlertKind.ARP_EXPIRING, Severity.URGENT
    elif days_left <= t.arp_warning_days:
        kind, severity = AlertKind.ARP_EXPIRING, Severity.WARNING
    else:
        return []
    return [Alert(kind, severity, member.arp_expiry, family_id, member_id=member.member_id)]


def _permit_alerts(
    family: FamilySnapshot, member: MemberSnapshot, today: date, t: AlertThresholds
) -> list[Alert]:
    """No permit recorded some weeks after arrival; a renewal appointment coming up.

    Access to health, work and the allowance depends on a valid permit (source
    l. 87-91): a member without one is urgent. An appointment this week is
    urgent (the papers must be ready); one within the look-ahead is upcoming.
    """
    has_permit = member.has_permit
    if has_permit is None:
        has_permit = member.arp_expiry is not None
    if not has_permit:
        since = max(family.programme_start, family.arrival_date or family.programme_start)
        due = since + timedelta(days=t.permit_grace_days)
        if today < due:
            return []
        return [Alert(AlertKind.NO_VALID_PERMIT, Severity.URGENT, due, family.family_id,
                      member_id=member.member_id)]  # fmt: skip
    appointment = member.renewal_appointment
    if appointment is None or not 0 <= (appointment - today).days <= t.appointment_lookahead_days:
        return []
    urgent = (appointment - today).days <= t.arp_urgent_days
    return [
        Alert(AlertKind.RENEWAL_APPOINTMENT, Severity.URGENT if urgent else Severity.WARNING,
              appointment, family.family_id, member_id=member.member_id)
    ]  # fmt: skip


def _coming_of_age_alerts(
    family_id: int, member: MemberSnapshot, today: date, t: AlertThresholds
) -> list[Alert]:
    """An unaccompanied minor's 18th birthday ahead, and the first weeks after it.

    Before: upcoming, urgent in its last week. After: the support must be
    reviewed now (protection measures may continue as a young adult): urgent.
    """
    if not member.is_unaccompanied_minor:
        return []
    adult_on = comes_of_age_on(member.birth)
    if adult_on is None:
        return []  # unknown birth date: the person stays a minor until it is completed
    if today < adult_on:
        if today < add_months(adult_on, -t.coming_of_age_months):
            return []
        urgent = (adult_on - today).days <= t.arp_urgent_days
        kind, severity = AlertKind.MINOR_TURNING_18, Severity.URGENT if urgent else Severity.WARNING
    elif (today - adult_on).days < t.young_adult_review_days:
        kind, severity = AlertKind.YOUNG_ADULT, Severity.URGENT
    else:
        return []
    return [Alert(kind, severity, adult_on, family_id, member_id=member.member_id)]


def _protection_ending_alerts(
    family_id: int, member: MemberSnapshot, today: date, t: AlertThresholds
) -> list[Alert]:
    """A young adult's protection ending: the support after it must be arranged before.

    Dated by the last day of protection (the day before the latest possible 21st
    birthday, or 25th in education or training, as the member form says it).
    Upcoming from ``coming_of_age_months`` before it; urgent in its last week.
    After it the person is an adult and the alert goes.
    """
    if not member.is_unaccompanied_minor or member.birth is None:
        return []
    learning = in_education_or_training(member.education_answer, member.learning_records, today)
    last_day = young_adult_until(member.birth, learning)
    adult_on = comes_of_age_on(member.birth)
    assert last_day is not None and adult_on is not None
    if not adult_on <= today <= last_day:
        return []  # still a minor (the 18th birthday's alerts), or protection already over
    if today < add_months(last_day, -t.coming_of_age_months):
        return []
    severity = Severity.URGENT if due_this_week(last_day, today) else Severity.WARNING
    return [
        Alert(AlertKind.YOUNG_ADULT_PROTECTION_ENDING, severity, last_day, family_id,
              member_id=member.member_id)
    ]  # fmt: skip


def _ages(birth: PartialDate | None, today: date) -> tuple[int, int] | None:
    if birth is None or birth.is_in_future(today):
        return None
    return birth.age_on(today)


def _language_alerts(
    family: FamilySnapshot, member: MemberSnapshot, today: date, t: AlertThresholds
) -> list[Alert]:
    if member.has_language_course:
        return []
    ages = _ages(member.birth, today)
    alone = is_minor_alone(member.birth, member.is_unaccompanied_minor, today)
    # Adults for certain; an unaccompanied minor follows Portuguese classes too.
    if not (alone or (ages is not None and ages[0] >= ADULT_AGE)):
        return []
    # The entity answers from the programme start, or from arrival if that came later.
    since = max(family.programme_start, family.arrival_date or family.programme_start)
    due = add_months(since, t.language_course_after_months)
    if today < due:
        return []
    return [
        Alert(
            AlertKind.NO_LANGUAGE_COURSE,
            Severity.WARNING,
            due,
            family.family_id,
            member_id=member.member_id,
            dimension=Dimension.LANGUAGE,
        )
    ]


def _school_alerts(
    family_id: int, member: MemberSnapshot, today: date, t: AlertThresholds
) -> list[Alert]:
    """A child of school age not in school.

    Certainly of school age: URGENT (enrol this week). A birth date known only
    to the year or month that may put the child either side of a limit: INFO,
    so the worker checks the child and completes the date rather than the
    alert staying silent (an unaccompanied minor is urgent either way).
    """
    if member.in_school:
        return []
    ages = _ages(member.birth, today)
    if ages is None:
        return []
    youngest, oldest = ages
    # Compulsory schooling: a child certainly of school age misses school every week.
    if youngest >= t.school_age_from and oldest < t.school_age_to:
        severity = Severity.URGENT
    elif oldest >= t.school_age_from and youngest < t.school_age_to:
        alone = is_minor_alone(member.birth, member.is_unaccompanied_minor, today)
        severity = Severity.URGENT if alone else Severity.INFO
    else:
        return []
    return [
        Alert(
            AlertKind.CHILD_WITHOUT_SCHOOL,
            severity,
            None,
            family_id,
            member_id=member.member_id,
            dimension=Dimension.EDUCATION,
        )
    ]


def _referral_alerts(family: FamilySnapshot, today: date, t: AlertThresholds) -> list[Alert]:
    alerts: list[Alert] = []
    for referral in family.referrals:
        if referral.answered_on is not None:
            continue
        due = referral.sent_on + timedelta(days=t.referral_answer_days)
        if today < due:
            continue
        # Chasing an answer is a call that can wait for the week's round: never urgent.
        alerts.append(
            Alert(
                AlertKind.REFERRAL_UNANSWERED,
                Severity.WARNING,
                due,
                family.family_id,
                member_id=referral.member_id,
                referral_id=referral.referral_id,
                dimension=referral.dimension,
            )
        )
    return alerts
