"""Alerts of issue 12: no valid permit, renewal appointments, coming of age, ISS transition.

Severity policy (docs/alerts.md): "urgent" means it must be done this week; the rest waits
among the upcoming alerts.
"""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.alerts import (
    Alert,
    AlertKind,
    FamilySnapshot,
    MemberSnapshot,
    Severity,
    alerts_for,
)
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import FamilyStatus

START = date(2026, 1, 1)  # 18 months: ends 2027-06-30, transition from 2027-01-01


def _member(**fields: object) -> MemberSnapshot:
    values: dict[str, object] = dict(
        member_id=4, birth=PartialDate(1985), arp_expiry=date(2030, 1, 1), in_school=False,
        has_language_course=True, has_permit=True,
    )  # fmt: skip
    values.update(fields)
    return MemberSnapshot(**values)  # type: ignore[arg-type]


def _family(member: MemberSnapshot | None = None, **fields: object) -> FamilySnapshot:
    values: dict[str, object] = dict(
        family_id=9, status=FamilyStatus.ACTIVE, programme_start=START, programme_months=18,
        last_visit=None, members=[member or _member()],
    )  # fmt: skip
    values.update(fields)
    return FamilySnapshot(**values)  # type: ignore[arg-type]


def _only(alerts: list[Alert], kind: AlertKind) -> list[tuple[Severity, date | None]]:
    return [(a.severity, a.due) for a in alerts if a.kind is kind]


def test_a_member_without_a_permit_is_urgent_a_month_after_arrival() -> None:
    family = _family(_member(has_permit=False, arp_expiry=None), arrival_date=date(2026, 1, 10))
    assert _only(alerts_for(family, date(2026, 2, 8)), AlertKind.NO_VALID_PERMIT) == []
    assert _only(alerts_for(family, date(2026, 2, 9)), AlertKind.NO_VALID_PERMIT) == [
        (Severity.URGENT, date(2026, 2, 9))
    ]


@pytest.mark.parametrize(
    ("appointment", "expected"),
    [
        (date(2026, 5, 31), []),  # passed: the expiry alerts take over
        (date(2026, 6, 1), [(Severity.URGENT, date(2026, 6, 1))]),  # today
        (date(2026, 6, 8), [(Severity.URGENT, date(2026, 6, 8))]),  # within the week
        (date(2026, 6, 9), [(Severity.WARNING, date(2026, 6, 9))]),  # upcoming
        (date(2026, 6, 15), [(Severity.WARNING, date(2026, 6, 15))]),
        (date(2026, 6, 16), []),  # beyond the two weeks ahead
    ],
)
def test_a_renewal_appointment_shows_ahead(
    appointment: date, expected: list[tuple[Severity, date]]
) -> None:
    family = _family(_member(renewal_appointment=appointment))
    found = _only(alerts_for(family, date(2026, 6, 1)), AlertKind.RENEWAL_APPOINTMENT)
    assert found == expected


@pytest.mark.parametrize(
    ("today", "kind", "severity"),
    [
        (date(2025, 9, 9), None, None),  # more than six months ahead
        (date(2025, 9, 10), AlertKind.MINOR_TURNING_18, Severity.WARNING),
        (date(2026, 3, 2), AlertKind.MINOR_TURNING_18, Severity.WARNING),
        (date(2026, 3, 3), AlertKind.MINOR_TURNING_18, Severity.URGENT),  # the last week
        (date(2026, 3, 10), AlertKind.YOUNG_ADULT, Severity.URGENT),  # the 18th birthday
        (date(2026, 4, 8), AlertKind.YOUNG_ADULT, Severity.URGENT),
        (date(2026, 4, 9), None, None),  # the review window has passed
    ],
)
def test_an_unaccompanied_minor_coming_of_age(
    today: date, kind: AlertKind | None, severity: Severity | None
) -> None:
    minor = _member(birth=PartialDate(2008, 3, 10), is_unaccompanied_minor=True)
    family = _family(minor, programme_start=date(2025, 1, 1), programme_months=24,
                     last_visit=today)  # fmt: skip
    found = [
        (a.kind, a.severity, a.due)
        for a in alerts_for(family, today)
        if a.kind in (AlertKind.MINOR_TURNING_18, AlertKind.YOUNG_ADULT)
    ]
    assert found == ([] if kind is None else [(kind, severity, date(2026, 3, 10))])


def test_a_minor_of_uncertain_age_comes_of_age_on_the_latest_birthday() -> None:
    minor = _member(birth=PartialDate(2008), is_unaccompanied_minor=True)
    family = _family(minor, last_visit=date(2026, 12, 1))
    found = alerts_for(family, date(2026, 12, 1))
    assert _only(found, AlertKind.MINOR_TURNING_18) == [(Severity.WARNING, date(2026, 12, 31))]


def test_the_iss_transition_closes_when_the_meeting_and_outcome_are_recorded() -> None:
    assert _only(alerts_for(_family(), date(2026, 12, 31)), AlertKind.ISS_TRANSITION) == []
    assert _only(alerts_for(_family(), date(2027, 1, 1)), AlertKind.ISS_TRANSITION) == [
        (Severity.WARNING, date(2027, 6, 30))
    ]
    # A month from the end with no meeting: it must be arranged this week.
    assert _only(alerts_for(_family(), date(2027, 5, 31)), AlertKind.ISS_TRANSITION) == [
        (Severity.URGENT, date(2027, 6, 30))
    ]
    recorded = _family(iss_recorded=True, last_visit=date(2027, 5, 30))
    assert alerts_for(recorded, date(2027, 5, 31)) == []
    # Past the end, still active: exit or extend, whatever the ISS decided.
    assert _only(alerts_for(recorded, date(2027, 7, 1)), AlertKind.PROGRAMME_ENDING) == [
        (Severity.URGENT, date(2027, 6, 30))
    ]


def test_a_clock_without_a_transition_says_the_programme_is_ending() -> None:
    family = _family(iss_transition=False)
    found = alerts_for(family, date(2027, 2, 1))
    assert _only(found, AlertKind.PROGRAMME_ENDING) == [(Severity.WARNING, date(2027, 6, 30))]
    assert _only(found, AlertKind.ISS_TRANSITION) == []
