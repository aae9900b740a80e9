"""Where a person and a family stand on each dimension on a given day.

Pure rules over the rows of a case file (no queries here): both reports use
them, so the progress report and the monthly report never disagree, and the
family-level rule is the dashboard's (:mod:`hostdesk.storage.dashboard`) read
as of a day. Dated records (courses, schooling, work) that start after the day
do not count yet; the health record has no history, so its current state
stands for any day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from hostdesk.domain.alerts import (
    AlertThresholds,
    FamilySnapshot,
    MemberSnapshot,
    ReferralSnapshot,
)
from hostdesk.domain.channel_rules import DEFAULT_BOOK, ChannelRule
from hostdesk.domain.minors import in_education_or_training, is_minor_alone
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import (
    ActivityKind,
    Dimension,
    DimensionStatus,
    EducationKind,
    EmploymentKind,
    FamilyStatus,
)
from hostdesk.storage.casework import members
from hostdesk.storage.casework.members import learning_spans
from hostdesk.storage.models import (
    Activity,
    Education,
    Employment,
    Family,
    HealthRecord,
    Housing,
    LanguageCourse,
    Referral,
)

NOT_APPLICABLE = "not_applicable"
ADULT_AGE = 18
RETIREMENT_AGE = 65  # working age is 18 to 64
SCHOOL_FROM, SCHOOL_TO = 6, 18  # the alerts' defaults; the thresholds setting overrides

JOB_KINDS = frozenset({EmploymentKind.CONTRACT.value, EmploymentKind.SELF_EMPLOYED.value})
# Training counts with work for the government's indicator; job search does not.
WORK_OR_TRAINING_KINDS = JOB_KINDS | {EmploymentKind.TRAINING.value}
_STATUS_VALUES = frozenset(s.value for s in DimensionStatus)
# Plain strings: these rules run for every person of every family each month.
NOT_STARTED = DimensionStatus.NOT_STARTED.value
IN_PROGRESS = DimensionStatus.IN_PROGRESS.value
ACHIEVED = DimensionStatus.ACHIEVED.value
AT_RISK = DimensionStatus.AT_RISK.value
HOUSING, HEALTH, EDUCATION, LANGUAGE, EMPLOYMENT = (d.value for d in Dimension)
_SCHOOL = EducationKind.SCHOOL_ENROLMENT.value


def active_on(start: date | None, end: date | None, d: date) -> bool:
    """True when a dated record runs on ``d`` (an open end runs on)."""
    return start is not None and start <= d and (end is None or end >= d)


def birth_of(year: int | None, month: int | None, day: int | None) -> PartialDate | None:
    return PartialDate(year, month, day) if year is not None else None


def ages_on(birth: PartialDate | None, d: date) -> tuple[int, int] | None:
    """Youngest and oldest possible age on ``d``; None when unknown or not yet born."""
    if birth is None or birth.is_in_future(d):
        return None
    return birth.age_on(d)


def age_group(birth: PartialDate | None, d: date) -> str:
    """A coarse age band ("0-5", "6-17", "18-64", "65+"), "unknown" if it could be two."""
    ages = ages_on(birth, d)
    if ages is None:
        return "unknown"
    groups = {_band(ages[0]), _band(ages[1])}
    return groups.pop() if len(groups) == 1 else "unknown"


def _band(age: int) -> str:
    if age < SCHOOL_FROM:
        return "0-5"
    if age < ADULT_AGE:
        return "6-17"
    if age < RETIREMENT_AGE:
        return "18-64"
    return "65+"


def _known(status: str | None) -> str:
    # A status this version does not know counts as in progress (as on the dashboard).
    return status if status in _STATUS_VALUES else IN_PROGRESS


def _started(start: date | None, d: date) -> bool:
    # A record without a start date has been there as long as anyone knows.
    return start is None or start <= d


def from_records(statuses: Sequence[str], *, achieved_if_any: bool = False) -> str:
    """A status from the statuses of the records on a dimension (the dashboard's rule).

    No record: not started. Any record at risk: at risk. All achieved (or any,
    for employment): achieved. All not started: not started. Else in progress.
    """
    if not statuses:
        return NOT_STARTED
    known = [_known(x) for x in statuses]
    if AT_RISK in known:
        return AT_RISK
    achieved = [x == ACHIEVED for x in known]
    if any(achieved) if achieved_if_any else all(achieved):
        return ACHIEVED
    if all(x == NOT_STARTED for x in known):
        return NOT_STARTED
    return IN_PROGRESS


def housing_records(housing: Iterable[Housing], d: date, *, upcoming: bool = True) -> list[str]:
    """Housing still running on ``d``, or (``upcoming``) still to come.

    The dashboard and the monthly report count housing already arranged to
    start later; a state read for a past day (the progress report's "at the
    start of the period") counts only housing that had started by then.
    """
    return [
        h.status
        for h in housing
        if (h.end_date is None or h.end_date >= d) and (upcoming or _started(h.start_date, d))
    ]


def health_records(record: HealthRecord | None, d: date | None = None) -> list[str]:
    """The health record has no history: its current status stands for any day,
    except (given ``d``) a day before it was first written."""
    if record is None or (d is not None and record.recorded_on and record.recorded_on > d):
        return []
    return [record.status]


def education_records(education: Iterable[Education], d: date) -> list[str]:
    return [e.status for e in education if _started(e.start_date, d)]


def language_records(courses: Iterable[LanguageCourse], d: date) -> list[str]:
    """A course with a CEFR level reached by ``d`` is achieved; any other, in progress."""
    result = []
    for c in courses:
        if not _started(c.start_date, d):
            continue
        reached = c.cefr_level_reached and (c.level_reached_on is None or c.level_reached_on <= d)
        result.append(ACHIEVED if reached else IN_PROGRESS)
    return result


def employment_records(jobs: Iterable[Employment], d: date) -> list[str]:
    """Current work (a contract or self-employment) is achieved; any other record, in progress."""
    result = []
    for j in jobs:
        if not _started(j.start_date, d):
            continue
        working = j.kind in JOB_KINDS and (j.end_date is None or j.end_date >= d)
        result.append(ACHIEVED if working else IN_PROGRESS)
    return result


def in_school_on(education: Iterable[Education], d: date) -> bool:
    """A school enrolment that has started, is not marked not started, and runs on ``d``."""
    return any(
        e.kind == _SCHOOL
        and e.status != NOT_STARTED
        and _started(e.start_date, d)
        and (e.end_date is None or e.end_date >= d)
        for e in education
    )


def has_language_course_by(courses: Iterable[LanguageCourse], d: date) -> bool:
    return any(_started(c.start_date, d) for c in courses)


def working_age(birth: PartialDate | None, d: date) -> bool | None:
    """True or False when certain; None when unknown or a partial date allows both."""
    ages = ages_on(birth, d)
    if ages is None:
        return None
    youngest, oldest = ages
    if youngest >= ADULT_AGE and oldest < RETIREMENT_AGE:
        return True
    if oldest < ADULT_AGE or youngest >= RETIREMENT_AGE:
        return False
    return None


def _certainly_child(birth: PartialDate | None, d: date) -> bool:
    ages = ages_on(birth, d)
    return ages is not None and ages[1] < ADULT_AGE


@dataclass(frozen=True)
class MemberRows:
    """The dated rows of one person that the rules read."""

    member_id: int
    birth: PartialDate | None
    minor_alone: bool
    health: HealthRecord | None
    education: Sequence[Education]
    language: Sequence[LanguageCourse]
    employment: Sequence[Employment]
    arp_expiry: date | None = None
    # None: as ``arp_expiry`` says. The current permit's renewal appointment.
    has_permit: bool | None = None
    renewal_appointment: date | None = None
    # The worker's answer to "in education or training?" (None: the records decide).
    education_answer: bool | None = None


def learning(member: MemberRows, d: date) -> bool:
    """In education or training on ``d``, for the young-adult years (domain.minors)."""
    spans = members.learning_spans(member.education, member.employment)
    return in_education_or_training(member.education_answer, spans, d)


def member_statuses(member: MemberRows, housing: str, d: date) -> dict[str, str]:
    """The five dimensions for one person on ``d`` (housing is the family's).

    With no record, a dimension that does not concern the person at that age
    is "not applicable" rather than "not started": schooling before 6, work
    outside working age, Portuguese classes for children who learn it at
    school (an unaccompanied minor is followed like an adult).
    """
    birth = member.birth
    # Came alone and still a minor on ``d``: the flag follows age (domain.minors).
    alone = is_minor_alone(birth, member.minor_alone, d)
    education = education_records(member.education, d)
    language = language_records(member.language, d)
    employment = employment_records(member.employment, d)
    ages = ages_on(birth, d)
    under_school_age = ages is not None and ages[1] < SCHOOL_FROM and not alone
    return {
        HOUSING: housing,
        HEALTH: from_records(health_records(member.health)),
        EDUCATION: (
            NOT_APPLICABLE if not education and under_school_age else from_records(education)
        ),
        LANGUAGE: (
            NOT_APPLICABLE
            if not language and _certainly_child(birth, d) and not alone
            else from_records(language)
        ),
        EMPLOYMENT: (
            NOT_APPLICABLE
            if not employment and working_age(birth, d) is False
            else from_records(employment, achieved_if_any=True)
        ),
    }


def family_statuses(
    housing: Sequence[Housing],
    members: Sequence[MemberRows],
    d: date,
    *,
    started_only: bool = False,
) -> dict[str, str]:
    """A family's five dimensions on ``d``: every record of every member counts.

    The same rule as the dashboard's, read as of ``d`` (records that start
    later do not count yet), so a report for today agrees with the dashboard.
    ``started_only``: for a past day, neither housing arranged but not begun
    nor a health record written later counts either.
    """
    health_day = d if started_only else None

    def every(read: Callable[[MemberRows], list[str]]) -> list[str]:
        return [status for m in members for status in read(m)]

    return {
        HOUSING: from_records(housing_records(housing, d, upcoming=not started_only)),
        HEALTH: from_records(every(lambda m: health_records(m.health, health_day))),
        EDUCATION: from_records(every(lambda m: education_records(m.education, d))),
        LANGUAGE: from_records(every(lambda m: language_records(m.language, d))),
        EMPLOYMENT: from_records(
            every(lambda m: employment_records(m.employment, d)), achieved_if_any=True
        ),
    }


def alert_snapshot(
    family: Family,
    members: Sequence[MemberRows],
    last_visit: date | None,
    referrals: Iterable[Referral],
    d: date,
    *,
    rule: ChannelRule | None = None,
    iss_recorded: bool = False,
) -> FamilySnapshot:
    """What the alert rules need, as the family stood on ``d`` (later answers not yet in).

    ``rule`` is the family's channel rule on ``d`` (the sources' when not given).
    On today's date this reads as :func:`hostdesk.storage.alert_snapshots.load_snapshots`
    does, so the report's alerts are the Today screen's.
    """
    rule = rule or DEFAULT_BOOK.rule_on(family.arrival_channel, d)
    exited = family.status == FamilyStatus.EXITED.value and (
        family.exit_date is None or family.exit_date <= d
    )
    return FamilySnapshot(
        family_id=family.id or 0,
        status=FamilyStatus.EXITED if exited else FamilyStatus.ACTIVE,
        programme_start=family.programme_start,
        programme_months=family.programme_months,
        arrival_date=family.arrival_date,
        last_visit=last_visit,
        members=[
            MemberSnapshot(
                member_id=m.member_id,
                birth=m.birth,
                arp_expiry=m.arp_expiry,
                in_school=in_school_on(m.education, d),
                has_language_course=has_language_course_by(m.language, d),
                is_unaccompanied_minor=m.minor_alone,
                has_permit=m.has_permit,
                renewal_appointment=m.renewal_appointment,
                education_answer=m.education_answer,
                learning_records=tuple(learning_spans(m.education, m.employment)),
            )
            for m in members
        ],
        referrals=[
            ReferralSnapshot(
                referral_id=r.id or 0,
                sent_on=r.sent_on,
                answered_on=r.answered_on if r.answered_on and r.answered_on <= d else None,
                member_id=r.member_id,
                dimension=Dimension(r.dimension) if r.dimension in _DIMENSIONS else None,
            )
            for r in referrals
            if r.sent_on <= d
        ],
        has_clock=rule.has_clock,
        iss_transition=rule.iss_transition,
        iss_recorded=iss_recorded,
    )


_DIMENSIONS = frozenset(d.value for d in Dimension)


def school_age(birth: PartialDate | None, d: date, thresholds: AlertThresholds) -> bool | None:
    """True or False when certain; None when a partial birth date allows both."""
    ages = ages_on(birth, d)
    if ages is None:
        return None
    youngest, oldest = ages
    if youngest >= thresholds.school_age_from and oldest < thresholds.school_age_to:
        return True
    if oldest < thresholds.school_age_from or youngest >= thresholds.school_age_to:
        return False
    return None


def latest_arp_expiry(expiries: Iterable[date | None]) -> date | None:
    """The permit that counts is the one valid longest (a renewal supersedes)."""
    return max((e for e in expiries if e is not None), default=None)


def last_visit_by(activities: Iterable[Activity], d: date) -> date | None:
    return max(
        (
            a.occurred_on
            for a in activities
            if a.kind == ActivityKind.VISIT.value and a.occurred_on <= d
        ),
        default=None,
    )
