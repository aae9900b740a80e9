"""The NAIR monthly report's content, computed from case files (pure: no I/O).

What is in it and why (data minimisation) is in docs/monthly-report.md. In
short: families by case number and NAIR reference, people by a reference
within their family (P1, P2...), statuses, coded events and alerts, and
aggregate indicators. No names, document numbers, addresses, notes or free
text, and no health detail at person or family level: health referrals and
health statuses are counted per entity (:mod:`hostdesk.reports.monthly_health`).

Only the families whose arrival channel's rule counts them in the NAIR's
programme figures are listed (:mod:`hostdesk.domain.channel_rules`): by
default relocation and resettlement; spontaneous asylum never by default;
temporary protection only once the entity has confirmed its rule. The others
are one number in the totals.

Everything is as of the month's last day and nothing depends on when the
report is built, so the same vault state gives the same report.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hostdesk.domain.alerts import AlertThresholds
from hostdesk.domain.channel_rules import DEFAULT_BOOK, ChannelRule, RuleBook
from hostdesk.domain.minors import minor_status
from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import (
    ArrivalChannel,
    EducationKind,
    ExitReason,
    FamilyStatus,
    IssOutcome,
    Sex,
)
from hostdesk.reports import monthly_events as ev
from hostdesk.reports import status as st
from hostdesk.reports.monthly_health import HEALTH, HealthTally
from hostdesk.storage.models import (
    Family,
    Housing,
    IssTransition,
    Member,
    Referral,
    ResidencePermit,
)

SCHEMA_VERSION = "monthly-report-v2"
SCHEMA_ID = "https://hostdesk.example/schemas/monthly-report-v2.json"

_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, value: str) -> Month:
        m = _MONTH.fullmatch(value.strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise ValueError(f'"{value}" is not a month; write it as YYYY-MM, e.g. 2026-11.')
        return cls(int(m.group(1)), int(m.group(2)))

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def holds(self, d: date | None) -> bool:
        return d is not None and self.first <= d <= self.last

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass
class MemberInput:
    member: Member
    rows: st.MemberRows
    permits: list[ResidencePermit] = field(default_factory=list)
    has_sns_number: bool = False


@dataclass
class FamilyInput:
    family: Family
    members: list[MemberInput]
    housing: list[Housing] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    last_visit: date | None = None  # the latest visit on or before the month's end
    iss: IssTransition | None = None


@dataclass
class MonthInput:
    month: Month
    entity_name: str
    entity_nair_code: str
    revision: int
    supersedes: str | None
    families: list[FamilyInput]
    thresholds: AlertThresholds = field(default_factory=AlertThresholds)
    book: RuleBook = DEFAULT_BOOK
    par_member: bool = False
    # The codes the shipped classifications know (resources/data); None: any plain code.
    isco_codes: frozenset[str] | None = None
    isced_codes: frozenset[str] | None = None


def exited_by(family: Family, d: date) -> bool:
    """True once the family has left the programme on or before ``d``."""
    if family.status != FamilyStatus.EXITED.value:
        return False
    return family.exit_date is None or family.exit_date <= d


def followed_in(family: Family, month: Month) -> bool:
    """In the programme on some day of the month: it had started and not yet left."""
    if family.programme_start > month.last:
        return False
    if family.status != FamilyStatus.EXITED.value:
        return True
    return family.exit_date is not None and family.exit_date >= month.first


@dataclass
class _Share:
    numerator: int = 0
    denominator: int = 0
    uncertain: int = 0

    def count(self, eligible: bool | None, hit: bool) -> None:
        if eligible is None:
            self.uncertain += 1
        elif eligible:
            self.denominator += 1
            self.numerator += int(hit)

    def as_json(self) -> dict[str, int]:
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "uncertain": self.uncertain,
        }


INDICATORS = (
    "working_age_in_training_education_or_employment",
    "portuguese_classes_access",
    "school_age_children_enrolled",
    "members_with_sns_number",
    "members_with_family_doctor",
    "families_ended_programme_autonomous",
)


def build_monthly(data: MonthInput) -> dict[str, Any]:
    """The report as a JSON-ready dict (see resources/schemas/monthly-report-v2.json)."""
    month, end = data.month, data.month.last
    shares = {name: _Share() for name in INDICATORS}
    health = HealthTally()
    rules = {c: data.book.rule_on(c, end) for c in ArrivalChannel}
    followed_by_channel = dict.fromkeys(ArrivalChannel, 0)
    families_out = []
    outside = members_at_end = families_at_end = events = alerts = 0
    for item in sorted(data.families, key=lambda f: f.family.case_number):
        if not followed_in(item.family, month):
            continue
        rule = data.book.rule_on(item.family.arrival_channel, end)
        if rule.channel.value == item.family.arrival_channel:
            followed_by_channel[rule.channel] += 1
        if not rule.counts_in_nair_figures:
            outside += 1  # spontaneous asylum, an unconfirmed channel: a number, no more
            continue
        _clock(item.family)  # an impossible programme stops the report, naming the case
        refs = _member_refs(item)
        in_programme = not exited_by(item.family, end)
        housing = st.from_records(st.housing_records(item.housing, end))
        members_json = []
        for m in sorted(item.members, key=lambda m: m.member.id or 0):
            flags = _flags(m, end, data.thresholds)
            if in_programme:
                _count(shares, flags)
            members_json.append(_member_json(m, refs, housing, month, flags, item.family, data))
        statuses = st.family_statuses(item.housing, [m.rows for m in item.members], end)
        health.add_referrals(item.referrals, month.first, end)
        if in_programme:
            families_at_end += 1
            members_at_end += len(item.members)
            health.add_family_status(statuses[HEALTH])
        _count_exit(shares, item, month)
        family_events = ev.events(item, month, refs)
        family_alerts = ev.alerts(item, end, refs, data.thresholds, rule) if in_programme else []
        events += len(family_events)
        alerts += len(family_alerts)
        families_out.append(
            _family_json(item, end, in_programme, statuses, members_json, family_events,
                         family_alerts)
        )  # fmt: skip
    return {
        "schema": SCHEMA_VERSION,
        "month": str(month),
        "period": {"start": month.first.isoformat(), "end": end.isoformat()},
        "revision": data.revision,
        "supersedes_sha256": data.supersedes,
        "entity": {
            "name": data.entity_name,
            "nair_code": data.entity_nair_code,
            "par_member": data.par_member,
        },
        "channel_rules": [_rule_json(rules[c], followed_by_channel[c]) for c in ArrivalChannel],
        "totals": {
            "families_followed": len(families_out),
            "families_in_programme_at_end": families_at_end,
            "members_in_programme_at_end": members_at_end,
            "events": events,
            "open_alerts": alerts,
            "families_outside_programme_figures": outside,
        },
        "indicators": {name: share.as_json() for name, share in shares.items()},
        "health": health.as_json(),
        "families": families_out,
    }


def _rule_json(rule: ChannelRule, followed: int) -> dict[str, Any]:
    return {
        "channel": rule.channel.value,
        "basis": rule.basis.value,
        "effective_from": rule.effective_from.isoformat(),
        "programme_months": rule.programme_months,
        "allowance_scheme": rule.allowance_scheme.value,
        "iss_transition": rule.iss_transition,
        "counts_in_programme_figures": rule.counts_in_nair_figures,
        "families_followed": followed,
    }


def _member_refs(item: FamilyInput) -> dict[int | None, str]:
    # Ids only give the order: a reference stays the same from one month to the next.
    ordered = sorted(item.members, key=lambda m: m.member.id or 0)
    return {m.member.id: f"P{n}" for n, m in enumerate(ordered, start=1)}


@dataclass(frozen=True)
class _Flags:
    age_group: str
    working_age: bool | None
    school_age: bool | None
    language_eligible: bool | None
    active: bool
    portuguese: bool
    in_school: bool
    sns: bool
    doctor: bool
    valid_permit: bool


def _flags(m: MemberInput, d: date, thresholds: AlertThresholds) -> _Flags:
    rows = m.rows
    working = st.working_age(rows.birth, d)
    ages = st.ages_on(rows.birth, d)
    # Portuguese classes are for adults and unaccompanied minors (the alerts' rule); the
    # flag set on arrival is read at the month's end (a minor who turned 18 is an adult).
    if minor_status(rows.birth, rows.minor_alone, d) is not None:
        language_eligible: bool | None = True
    elif ages is None:
        language_eligible = None
    elif ages[0] >= st.ADULT_AGE:
        language_eligible = True
    elif ages[1] < st.ADULT_AGE:
        language_eligible = False
    else:
        language_eligible = None
    learning = any(
        st.active_on(e.start_date, e.end_date, d)
        for e in rows.education
        if e.kind != EducationKind.SCHOOL_ENROLMENT.value or (ages and ages[0] >= st.ADULT_AGE)
    )
    working_or_training = any(
        j.kind in st.WORK_OR_TRAINING_KINDS and st.active_on(j.start_date, j.end_date, d)
        for j in rows.employment
    )
    return _Flags(
        age_group=st.age_group(rows.birth, d),
        working_age=working,
        school_age=st.school_age(rows.birth, d, thresholds),
        language_eligible=language_eligible,
        active=learning or working_or_training,
        portuguese=st.has_language_course_by(rows.language, d),
        in_school=st.in_school_on(rows.education, d),
        sns=m.has_sns_number,
        doctor=bool(rows.health and rows.health.has_family_doctor),
        valid_permit=valid_permit_on(m.permits, d),
    )


def valid_permit_on(permits: list[ResidencePermit], d: date) -> bool:
    """A permit issued by ``d`` (or on an unknown day) that has not expired on ``d``.

    A permit with no expiry recorded counts as valid, as it does for the alerts.
    """
    return any(
        (p.issued_on is None or p.issued_on <= d) and (p.expires_on is None or p.expires_on >= d)
        for p in permits
    )


def _count(shares: dict[str, _Share], flags: _Flags) -> None:
    shares["working_age_in_training_education_or_employment"].count(flags.working_age, flags.active)
    shares["portuguese_classes_access"].count(flags.language_eligible, flags.portuguese)
    shares["school_age_children_enrolled"].count(flags.school_age, flags.in_school)
    shares["members_with_sns_number"].count(True, flags.sns)
    shares["members_with_family_doctor"].count(True, flags.doctor)


def autonomous_at_exit(item: FamilyInput) -> bool:
    """Someone in the household works (a contract or self-employment) on the exit day.

    The case file has no "autonomous" field yet; living on the household's own
    earnings when support ends is the reading used (docs/monthly-report.md).
    """
    day = item.family.exit_date
    if day is None:
        return False
    return any(
        j.kind in st.JOB_KINDS and st.active_on(j.start_date, j.end_date, day)
        for m in item.members
        for j in m.rows.employment
    )


def _count_exit(shares: dict[str, _Share], item: FamilyInput, month: Month) -> None:
    f = item.family
    ended = (
        f.status == FamilyStatus.EXITED.value
        and f.exit_reason == ExitReason.PROGRAMME_ENDED.value
        and month.holds(f.exit_date)
    )
    if ended:
        shares["families_ended_programme_autonomous"].count(True, autonomous_at_exit(item))


def _member_json(
    m: MemberInput,
    refs: dict[int | None, str],
    housing: str,
    month: Month,
    flags: _Flags,
    family: Family,
    data: MonthInput,
) -> dict[str, Any]:
    member, d = m.member, month.last
    learning = st.learning(m.rows, d)  # protection to 25 rather than 21 (domain.minors)
    status = minor_status(
        m.rows.birth, member.is_unaccompanied_minor, d, in_education_or_training=learning
    )
    dimensions = st.member_statuses(m.rows, housing, d)
    dimensions.pop(HEALTH)  # health is counted per entity, never per person
    return {
        "ref": refs[member.id],
        "relationship": "head" if member.is_head else member.relationship,
        "sex": member.sex if member.sex in _SEX_CODES else "U",
        "age_group": flags.age_group,
        "unaccompanied_minor": status.value if status else None,
        "before_arrival": _before_arrival(member, family, month, data),
        "dimensions": dimensions,
        "flags": {
            "in_training_education_or_employment": flags.active,
            "portuguese_classes": flags.portuguese,
            "school_enrolled": flags.in_school,
            "sns_number": flags.sns,
            "family_doctor": flags.doctor,
            "valid_permit": flags.valid_permit,
        },
    }


_ISCO = re.compile(r"[0-9]{1,2}")
_ISCED = re.compile(r"[0-8]")


def _before_arrival(
    member: Member, family: Family, month: Month, data: MonthInput
) -> dict[str, Any] | None:
    """Occupation and schooling before arrival, coded, in the family's first month or in a
    month when they changed; never the free text kept beside them."""
    first = month.holds(family.programme_start) or month.holds(family.arrival_date)
    if not (first or month.holds(member.before_arrival_changed_on)):
        return None
    isco = _known(member.occupation_isco, _ISCO, data.isco_codes)
    isced = _known(member.schooling_isced, _ISCED, data.isced_codes)
    if isco is None and isced is None:
        return None
    return {"occupation_isco08": isco, "schooling_isced": isced}


def _known(value: str | None, shape: re.Pattern[str], codes: frozenset[str] | None) -> str | None:
    if value is None or not shape.fullmatch(value):
        return None
    return value if codes is None or value in codes else None


def _family_json(
    item: FamilyInput,
    d: date,
    in_programme: bool,
    statuses: dict[str, str],
    members: list[dict[str, Any]],
    events: list[dict[str, Any]],
    alerts: list[dict[str, Any]],
) -> dict[str, Any]:
    f = item.family
    clock = _clock(f)
    exited = not in_programme
    dimensions = {k: v for k, v in statuses.items() if k != HEALTH}
    return {
        "case_number": f.case_number,
        "nair_reference": f.nair_reference,
        "case_type": f.case_type,
        "arrival_channel": f.arrival_channel,
        "arrival_date": ev.iso(f.arrival_date),
        "programme": {
            "start": f.programme_start.isoformat(),
            "end": clock.end_date.isoformat(),
            "months": f.programme_months,
            "month_at_end": min(clock.month_on(d), f.programme_months + 1),
        },
        "status_at_end": FamilyStatus.EXITED.value if exited else FamilyStatus.ACTIVE.value,
        "exit": (
            {"date": ev.iso(f.exit_date), "reason": ev.exit_reason(f.exit_reason)}
            if exited
            else None
        ),
        "iss_transition": _iss_json(item.iss, d),
        "dimensions": dimensions,
        "members": members,
        "events": events,
        "open_alerts": alerts,
    }


_ISS_OUTCOMES = frozenset(o.value for o in IssOutcome)


def _iss_json(iss: IssTransition | None, d: date) -> dict[str, Any] | None:
    """The ISS meeting as recorded by ``d``: its date and outcome, never the contact."""
    if iss is None or iss.meeting_on is None or iss.meeting_on > d:
        return None
    outcome = iss.outcome if iss.outcome in _ISS_OUTCOMES else None
    return {"meeting_date": iss.meeting_on.isoformat(), "outcome": outcome}


_SEX_CODES = frozenset(x.value for x in Sex)


def _clock(f: Family) -> ProgrammeClock:
    try:
        return ProgrammeClock(f.programme_start, f.programme_months)
    except (TypeError, ValueError):
        # Sent as it is, the NAIR would get a family with no "month X of N": stop and say which.
        raise ValueError(
            f"Case {f.case_number} has a programme length of {f.programme_months!r} months; "
            "correct it in the case file, then build the monthly report again."
        ) from None
