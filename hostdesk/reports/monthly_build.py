"""The NAIR monthly report's content, computed from case files (pure: no I/O).

What is in it and why (data minimisation) is in docs/monthly-report.md. In
short: families by case number and NAIR reference, people by a reference
within their family (P1, P2...), statuses, coded events and alerts, and
aggregate indicators. No names, document numbers, addresses, notes or
health details beyond the two facts the indicators need.

Everything is as of the month's last day and nothing depends on when the
report is built, so the same vault state gives the same report.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hostdesk.domain.alerts import AlertThresholds, alerts_for
from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import Dimension, EducationKind, ExitReason, FamilyStatus, Sex
from hostdesk.reports import status as st
from hostdesk.storage.models import Family, Housing, Member, Referral, ResidencePermit

SCHEMA_VERSION = "monthly-report-v1"
SCHEMA_ID = "https://hostdesk.example/schemas/monthly-report-v1.json"

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


@dataclass
class MonthInput:
    month: Month
    entity_name: str
    entity_nair_code: str
    revision: int
    supersedes: str | None
    families: list[FamilyInput]
    thresholds: AlertThresholds = field(default_factory=AlertThresholds)


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
    """The report as a JSON-ready dict (see resources/schemas/monthly-report-v1.json)."""
    month, end = data.month, data.month.last
    shares = {name: _Share() for name in INDICATORS}
    families_out = []
    members_at_end = families_at_end = events = alerts = 0
    for item in sorted(data.families, key=lambda f: f.family.case_number):
        if not followed_in(item.family, month):
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
            members_json.append(_member_json(m, refs, housing, end, flags))
        if in_programme:
            families_at_end += 1
            members_at_end += len(item.members)
        _count_exit(shares, item, month)
        family_events = _events(item, month, refs)
        family_alerts = _alerts(item, end, refs, data.thresholds) if in_programme else []
        events += len(family_events)
        alerts += len(family_alerts)
        families_out.append(
            _family_json(item, end, in_programme, members_json, family_events, family_alerts)
        )
    return {
        "schema": SCHEMA_VERSION,
        "month": str(month),
        "period": {"start": month.first.isoformat(), "end": end.isoformat()},
        "revision": data.revision,
        "supersedes_sha256": data.supersedes,
        "entity": {"name": data.entity_name, "nair_code": data.entity_nair_code},
        "totals": {
            "families_followed": len(families_out),
            "families_in_programme_at_end": families_at_end,
            "members_in_programme_at_end": members_at_end,
            "events": events,
            "open_alerts": alerts,
        },
        "indicators": {name: share.as_json() for name, share in shares.items()},
        "families": families_out,
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


def _flags(m: MemberInput, d: date, thresholds: AlertThresholds) -> _Flags:
    rows = m.rows
    working = st.working_age(rows.birth, d)
    ages = st.ages_on(rows.birth, d)
    # Portuguese classes are for adults and unaccompanied minors (the alerts' rule).
    if rows.minor_alone:
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
    m: MemberInput, refs: dict[int | None, str], housing: str, d: date, flags: _Flags
) -> dict[str, Any]:
    member = m.member
    return {
        "ref": refs[member.id],
        "relationship": "head" if member.is_head else member.relationship,
        "sex": member.sex if member.sex in _SEX_CODES else "U",
        "age_group": flags.age_group,
        "unaccompanied_minor": member.is_unaccompanied_minor,
        "dimensions": st.member_statuses(m.rows, housing, d),
        "flags": {
            "in_training_education_or_employment": flags.active,
            "portuguese_classes": flags.portuguese,
            "school_enrolled": flags.in_school,
            "sns_number": flags.sns,
            "family_doctor": flags.doctor,
        },
    }


def _family_json(
    item: FamilyInput,
    d: date,
    in_programme: bool,
    members: list[dict[str, Any]],
    events: list[dict[str, Any]],
    alerts: list[dict[str, Any]],
) -> dict[str, Any]:
    f = item.family
    clock = _clock(f)
    exited = not in_programme
    return {
        "case_number": f.case_number,
        "nair_reference": f.nair_reference,
        "case_type": f.case_type,
        "arrival_channel": f.arrival_channel,
        "arrival_date": _iso(f.arrival_date),
        "programme": {
            "start": f.programme_start.isoformat(),
            "end": clock.end_date.isoformat(),
            "months": f.programme_months,
            "month_at_end": min(clock.month_on(d), f.programme_months + 1),
        },
        "status_at_end": FamilyStatus.EXITED.value if exited else FamilyStatus.ACTIVE.value,
        "exit": (
            {"date": _iso(f.exit_date), "reason": _exit_reason(f.exit_reason)} if exited else None
        ),
        "dimensions": st.family_statuses(item.housing, [m.rows for m in item.members], d),
        "members": members,
        "events": events,
        "open_alerts": alerts,
    }


_DIMENSION_CODES = frozenset(d.value for d in Dimension)
_EXIT_CODES = frozenset(r.value for r in ExitReason)
_SEX_CODES = frozenset(x.value for x in Sex)
_CODE = re.compile(r"[A-Za-z0-9_]{1,40}")


def _dimension(value: str | None) -> str | None:
    return value if value in _DIMENSION_CODES else None


def _exit_reason(value: str | None) -> str:
    return value if value in _EXIT_CODES else "unknown"


def _code(value: str | None) -> str | None:
    """A stored code as sent; anything that is not a plain code (free text) is left out."""
    return value if value and _CODE.fullmatch(value) else None


def _clock(f: Family) -> ProgrammeClock:
    try:
        return ProgrammeClock(f.programme_start, f.programme_months)
    except (TypeError, ValueError):
        # Sent as it is, the NAIR would get a family with no "month X of N": stop and say which.
        raise ValueError(
            f"Case {f.case_number} has a programme length of {f.programme_months!r} months; "
            "correct it in the case file, then build the monthly report again."
        ) from None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _event(
    day: date,
    kind: str,
    member: str | None = None,
    detail: str | None = None,
    dimension: str | None = None,
) -> dict[str, Any]:
    return {
        "date": day.isoformat(),
        "type": kind,
        "member": member,
        "detail": detail,
        "dimension": dimension,
    }


def _events(item: FamilyInput, month: Month, refs: dict[int | None, str]) -> list[dict[str, Any]]:
    """The month's events, coded; no free text from the case file."""
    f = item.family
    found: list[dict[str, Any]] = []
    arrival = f.arrival_date or f.programme_start
    if month.holds(arrival):
        found.append(_event(arrival, "arrival", detail=_code(f.arrival_channel)))
    if f.status == FamilyStatus.EXITED.value and f.exit_date and month.holds(f.exit_date):
        found.append(_event(f.exit_date, "exit", detail=_exit_reason(f.exit_reason)))
    for m in item.members:
        ref = refs[m.member.id]
        found += _permit_events(m.permits, month, ref)
        for e in m.rows.education:
            if e.kind == EducationKind.SCHOOL_ENROLMENT.value and month.holds(e.start_date):
                assert e.start_date is not None
                found.append(_event(e.start_date, "school_enrolment", ref, None, "education"))
        for c in m.rows.language:
            if c.cefr_level_reached and month.holds(c.level_reached_on):
                assert c.level_reached_on is not None
                found.append(
                    _event(c.level_reached_on, "language_level", ref, _code(c.cefr_level_reached),
                           "language")
                )  # fmt: skip
        for j in m.rows.employment:
            if j.kind not in st.JOB_KINDS:
                continue
            if month.holds(j.start_date):
                assert j.start_date is not None
                found.append(_event(j.start_date, "job_started", ref, j.kind, "employment"))
            if month.holds(j.end_date):
                assert j.end_date is not None
                found.append(_event(j.end_date, "job_ended", ref, j.kind, "employment"))
    for r in item.referrals:
        ref = refs.get(r.member_id) if r.member_id else None
        if month.holds(r.sent_on):
            found.append(
                _event(r.sent_on, "referral_sent", ref, _code(r.service), _dimension(r.dimension))
            )
        if month.holds(r.answered_on):
            assert r.answered_on is not None
            found.append(
                _event(
                    r.answered_on,
                    "referral_answered",
                    ref,
                    _code(r.service),
                    _dimension(r.dimension),
                )
            )
    return sorted(found, key=_event_key)


def _permit_events(
    permits: Iterable[ResidencePermit], month: Month, ref: str
) -> list[dict[str, Any]]:
    dated = sorted((p for p in permits if p.issued_on), key=lambda p: (p.issued_on, p.id or 0))
    found = []
    for n, p in enumerate(dated):
        if month.holds(p.issued_on):
            assert p.issued_on is not None
            kind = "arp_renewed" if n > 0 else "arp_issued"
            found.append(_event(p.issued_on, kind, ref))
    return found


def _event_key(event: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(event[k] or "") for k in ("date", "type", "member", "detail", "dimension"))


_SEVERITY = {1: "info", 2: "warning", 3: "urgent"}


def _alerts(
    item: FamilyInput, d: date, refs: dict[int | None, str], thresholds: AlertThresholds
) -> list[dict[str, Any]]:
    snapshot = st.alert_snapshot(
        item.family, [m.rows for m in item.members], item.last_visit, item.referrals, d
    )
    services = {r.id: r.service for r in item.referrals}
    result = []
    for alert in alerts_for(snapshot, d, thresholds):
        result.append(
            {
                "kind": alert.kind.value,
                "severity": _SEVERITY[int(alert.severity)],
                "due": _iso(alert.due),
                "member": refs.get(alert.member_id) if alert.member_id else None,
                "dimension": alert.dimension.value if alert.dimension else None,
                "service": _code(services.get(alert.referral_id)) if alert.referral_id else None,
            }
        )
    return result
