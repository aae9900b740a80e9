"""The monthly report's events and open alerts: coded, named by what happened.

No free text from the case file, and nothing about health at person or family
level: a referral to a health service (or on the health dimension) is neither
an event nor an alert here; it is counted per entity
(:mod:`hostdesk.reports.monthly_health`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from hostdesk import resources
from hostdesk.domain.alerts import AlertThresholds, alerts_for
from hostdesk.domain.channel_rules import ChannelRule
from hostdesk.domain.minors import comes_of_age_on
from hostdesk.domain.vocabulary import (
    AsylumDecision,
    Dimension,
    EducationKind,
    EmploymentKind,
    ExitReason,
    FamilyStatus,
    IssOutcome,
    PermitType,
)
from hostdesk.reports import status as st
from hostdesk.reports.monthly_health import HEALTH, is_health_referral
from hostdesk.storage.models import Referral, ResidencePermit

if TYPE_CHECKING:
    from hostdesk.reports.monthly_build import FamilyInput, Month

_DIMENSION_CODES = frozenset(d.value for d in Dimension) - {HEALTH}
_EXIT_CODES = frozenset(r.value for r in ExitReason)
_DECISIONS = frozenset(d.value for d in AsylumDecision)
_ISS_OUTCOMES = frozenset(o.value for o in IssOutcome)
_PERMIT_TYPES = frozenset(t.value for t in PermitType)
_CODE = re.compile(r"[A-Za-z0-9_]{1,40}")
# The event's name for a permit of each type: the first of its type is "issued".
_PERMIT_EVENT = {
    PermitType.ARP.value: "arp",
    PermitType.REFUGEE.value: "refugee_permit",
    PermitType.SUBSIDIARY_PROTECTION.value: "subsidiary_protection_permit",
    PermitType.TEMPORARY_PROTECTION.value: "temporary_protection_permit",
}
# Education records that reach the report: recognition, Centros Qualifica, training, studies.
_EDUCATION_EVENTS = {
    EducationKind.QUALIFICATION_RECOGNITION.value: "qualification_recognition",
    EducationKind.PRIOR_LEARNING.value: "prior_learning",
    EducationKind.VOCATIONAL_TRAINING.value: "vocational_training",
    EducationKind.HIGHER_EDUCATION.value: "higher_education",
}
_ACHIEVED = "achieved"


def dimension_code(value: str | None) -> str | None:
    return value if value in _DIMENSION_CODES else None


def exit_reason(value: str | None) -> str:
    return value if value in _EXIT_CODES else "unknown"


def code(value: str | None) -> str | None:
    """A stored code as sent; anything that is not a plain code (free text) is left out."""
    return value if value and _CODE.fullmatch(value) else None


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _event(
    day: date,
    kind: str,
    member: str | None = None,
    detail: str | None = None,
    dimension: str | None = None,
) -> dict[str, Any]:
    return {"date": day.isoformat(), "type": kind, "member": member, "detail": detail,
            "dimension": dimension}  # fmt: skip


def events(item: FamilyInput, month: Month, refs: dict[int | None, str]) -> list[dict[str, Any]]:
    """The month's events, coded; no free text from the case file, no health."""
    f = item.family
    found: list[dict[str, Any]] = []
    arrival = f.arrival_date or f.programme_start
    if month.holds(arrival):
        found.append(_event(arrival, "arrival", detail=code(f.arrival_channel)))
    if f.status == FamilyStatus.EXITED.value and f.exit_date and month.holds(f.exit_date):
        found.append(_event(f.exit_date, "exit", detail=exit_reason(f.exit_reason)))
    iss = item.iss
    if iss is not None and iss.meeting_on is not None and month.holds(iss.meeting_on):
        outcome = iss.outcome if iss.outcome in _ISS_OUTCOMES else None
        found.append(_event(iss.meeting_on, "iss_meeting", detail=outcome))
    for m in item.members:
        ref = refs[m.member.id]
        found += permit_events(m.permits, month, ref)
        found += _legal_events(m.member, month, ref)
        found += _education_events(m.rows, month, ref)
        found += _employment_events(m.rows, month, ref)
    found += _referral_events(item.referrals, month, refs)
    return sorted(found, key=_event_key)


def _legal_events(member: Any, month: Month, ref: str) -> list[dict[str, Any]]:
    found = []
    if month.holds(member.asylum_applied_on):
        found.append(_event(member.asylum_applied_on, "asylum_applied", ref))
    if month.holds(member.asylum_decision_on) and member.asylum_decision in _DECISIONS:
        found.append(
            _event(member.asylum_decision_on, "asylum_decided", ref, member.asylum_decision)
        )
    if member.is_unaccompanied_minor:
        birth = st.birth_of(member.birth_year, member.birth_month, member.birth_day)
        adult_on = comes_of_age_on(birth)
        if month.holds(adult_on):
            assert adult_on is not None
            found.append(_event(adult_on, "came_of_age", ref))
    return found


def _education_events(rows: st.MemberRows, month: Month, ref: str) -> list[dict[str, Any]]:
    found = []
    for e in rows.education:
        if e.kind == EducationKind.SCHOOL_ENROLMENT.value and month.holds(e.start_date):
            found.append(_event(e.start_date, "school_enrolment", ref, None, "education"))
        name = _EDUCATION_EVENTS.get(e.kind)
        if name is None:
            continue
        if month.holds(e.start_date):
            found.append(_event(e.start_date, f"{name}_started", ref, None, "education"))
        if e.status == _ACHIEVED and month.holds(e.end_date):
            found.append(_event(e.end_date, f"{name}_completed", ref, None, "education"))
    for c in rows.language:
        if month.holds(c.start_date):
            found.append(
                _event(c.start_date, "language_course_started", ref, code(c.course_type),
                       "language")
            )  # fmt: skip
        if c.cefr_level_reached and month.holds(c.level_reached_on):
            found.append(
                _event(c.level_reached_on, "language_level", ref, code(c.cefr_level_reached),
                       "language")
            )  # fmt: skip
    return found


def _employment_events(rows: st.MemberRows, month: Month, ref: str) -> list[dict[str, Any]]:
    found = []
    for j in rows.employment:
        if j.kind == EmploymentKind.IEFP_REGISTRATION.value and month.holds(j.start_date):
            found.append(_event(j.start_date, "iefp_registration", ref, None, "employment"))
        elif j.kind == EmploymentKind.TRAINING.value:
            if month.holds(j.start_date):
                found.append(_event(j.start_date, "training_started", ref, None, "employment"))
            if month.holds(j.end_date):
                found.append(_event(j.end_date, "training_ended", ref, None, "employment"))
        elif j.kind in st.JOB_KINDS:
            if month.holds(j.start_date):
                found.append(_event(j.start_date, "job_started", ref, j.kind, "employment"))
            if month.holds(j.end_date):
                found.append(_event(j.end_date, "job_ended", ref, j.kind, "employment"))
    return found


def _referral_events(
    referrals: Iterable[Referral], month: Month, refs: dict[int | None, str]
) -> list[dict[str, Any]]:
    found = []
    for r in referrals:
        if is_health_referral(r):
            continue  # counted per entity only
        ref = refs.get(r.member_id) if r.member_id else None
        service, dimension = code(r.service), dimension_code(r.dimension)
        if month.holds(r.sent_on):
            found.append(_event(r.sent_on, "referral_sent", ref, service, dimension))
        if month.holds(r.answered_on):
            assert r.answered_on is not None
            found.append(_event(r.answered_on, "referral_answered", ref, service, dimension))
    return found


def permit_events(
    permits: Iterable[ResidencePermit], month: Month, ref: str
) -> list[dict[str, Any]]:
    """Each permit issued in the month, named by its type; a later one of a type is a renewal."""
    dated = sorted((p for p in permits if p.issued_on), key=lambda p: (p.issued_on, p.id or 0))
    seen: set[str] = set()
    found = []
    for p in dated:
        kind = p.permit_type if p.permit_type in _PERMIT_TYPES else PermitType.ARP.value
        name = _PERMIT_EVENT[kind] + ("_renewed" if kind in seen else "_issued")
        seen.add(kind)
        if month.holds(p.issued_on):
            assert p.issued_on is not None
            found.append(_event(p.issued_on, name, ref))
    return found


def _event_key(event: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(event[k] or "") for k in ("date", "type", "member", "detail", "dimension"))


_SEVERITY = {1: "info", 2: "warning", 3: "urgent"}


# The alert kinds the published monthly-report-v2 schema lists. A kind added since
# (the end of a young adult's protection) stays on the entity's Today screen: a NAIR
# validating against v2 would refuse the whole report for it. It goes to the NAIR
# with the schema's next version.
@functools.cache
def _kinds_in_v2() -> frozenset[str]:
    schema = json.loads(resources.read_text("schemas", "monthly-report-v2.json"))
    return frozenset(schema["$defs"]["alert"]["properties"]["kind"]["enum"])


def alerts(
    item: FamilyInput,
    d: date,
    refs: dict[int | None, str],
    thresholds: AlertThresholds,
    rule: ChannelRule,
) -> list[dict[str, Any]]:
    """The family's open alerts on ``d``, as the Today screen would show them, health aside."""
    iss = item.iss
    # Recorded by the report's day: a meeting after the month does not close its alert.
    recorded = bool(iss and iss.meeting_on and iss.outcome and iss.meeting_on <= d)
    snapshot = st.alert_snapshot(
        item.family, [m.rows for m in item.members], item.last_visit, item.referrals, d,
        rule=rule, iss_recorded=recorded,
    )  # fmt: skip
    referrals = {r.id: r for r in item.referrals}
    result = []
    for alert in alerts_for(snapshot, d, thresholds):
        referral = referrals.get(alert.referral_id) if alert.referral_id else None
        if referral is not None and is_health_referral(referral):
            continue  # counted per entity (health.referrals_open_at_end)
        if alert.kind.value not in _kinds_in_v2():
            continue  # see _kinds_in_v2
        result.append(
            {
                "kind": alert.kind.value,
                "severity": _SEVERITY[int(alert.severity)],
                "due": iso(alert.due),
                "member": refs.get(alert.member_id) if alert.member_id else None,
                "dimension": dimension_code(alert.dimension.value if alert.dimension else None),
                "service": code(referral.service) if referral is not None else None,
            }
        )
    return result
