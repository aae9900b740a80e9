"""Alert rules: what the Today screen asks a social worker to act on."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from hostdesk.domain.alerts import (
    Alert,
    AlertKind,
    AlertThresholds,
    FamilySnapshot,
    MemberSnapshot,
    ReferralSnapshot,
    Severity,
    alerts_for,
)
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import Dimension, FamilyStatus

START = date(2026, 1, 1)  # an 18-month programme ends on 2027-06-30
TODAY = date(2026, 6, 15)


def _member(
    member_id: int = 1,
    birth: str | None = "1985",
    arp_expiry: date | None = None,
    in_school: bool = False,
    has_language_course: bool = True,
    unaccompanied: bool = False,
    has_permit: bool = True,
    appointment: date | None = None,
) -> MemberSnapshot:
    return MemberSnapshot(
        member_id=member_id,
        birth=PartialDate.parse(birth) if birth else None,
        arp_expiry=arp_expiry,
        in_school=in_school,
        has_language_course=has_language_course,
        is_unaccompanied_minor=unaccompanied,
        has_permit=has_permit,
        renewal_appointment=appointment,
    )


def _family(
    members: list[MemberSnapshot] | None = None,
    referrals: list[ReferralSnapshot] | None = None,
    last_visit: date | None = date(2026, 6, 1),
    status: FamilyStatus = FamilyStatus.ACTIVE,
    start: date = START,
    months: int = 18,
    arrival: date | None = None,
    has_clock: bool = True,
    iss_transition: bool = True,
    iss_recorded: bool = False,
) -> FamilySnapshot:
    return FamilySnapshot(
        family_id=7,
        status=status,
        programme_start=start,
        programme_months=months,
        arrival_date=arrival,
        last_visit=last_visit,
        members=members if members is not None else [_member()],
        referrals=referrals or [],
        has_clock=has_clock,
        iss_transition=iss_transition,
        iss_recorded=iss_recorded,
    )


def _kinds(alerts: list[Alert]) -> list[AlertKind]:
    return [a.kind for a in alerts]


def test_a_family_in_good_order_has_no_alerts() -> None:
    assert alerts_for(_family(), TODAY) == []


def test_an_exited_family_gets_no_alerts() -> None:
    family = _family(
        status=FamilyStatus.EXITED,
        last_visit=None,
        members=[_member(arp_expiry=date(2026, 1, 1), has_language_course=False)],
    )
    assert alerts_for(family, TODAY) == []


@pytest.mark.parametrize(
    ("expiry", "kind", "severity"),
    [
        (date(2026, 7, 16), None, None),  # 31 days left
        (date(2026, 7, 15), AlertKind.ARP_EXPIRING, Severity.WARNING),  # 30 days
        (date(2026, 6, 23), AlertKind.ARP_EXPIRING, Severity.WARNING),  # 8 days
        (date(2026, 6, 22), AlertKind.ARP_EXPIRING, Severity.URGENT),  # 7 days
        (date(2026, 6, 15), AlertKind.ARP_EXPIRING, Severity.URGENT),  # valid through today
        (date(2026, 6, 14), AlertKind.ARP_EXPIRED, Severity.URGENT),
        (date(2025, 1, 1), AlertKind.ARP_EXPIRED, Severity.URGENT),
    ],
)
def test_arp_expiry(expiry: date, kind: AlertKind | None, severity: Severity | None) -> None:
    alerts = alerts_for(_family(members=[_member(member_id=3, arp_expiry=expiry)]), TODAY)
    if kind is None:
        assert alerts == []
    else:
        assert alerts == [Alert(kind, severity, expiry, 7, member_id=3)]  # type: ignore[arg-type]


def test_arp_warning_days_is_a_setting() -> None:
    family = _family(members=[_member(arp_expiry=date(2026, 8, 1))])
    assert alerts_for(family, TODAY) == []
    assert _kinds(alerts_for(family, TODAY, AlertThresholds(arp_warning_days=60))) == [
        AlertKind.ARP_EXPIRING
    ]


def test_transition_alert_in_the_last_six_months() -> None:
    family = _family(last_visit=date(2026, 12, 20))
    assert alerts_for(family, date(2026, 12, 31)) == []
    alerts = alerts_for(family, date(2027, 1, 1))
    assert alerts == [Alert(AlertKind.ISS_TRANSITION, Severity.WARNING, date(2027, 6, 30), 7)]


def test_an_active_family_past_the_end_is_urgent() -> None:
    alerts = alerts_for(_family(last_visit=date(2027, 7, 1)), date(2027, 7, 2))
    assert alerts == [Alert(AlertKind.PROGRAMME_ENDING, Severity.URGENT, date(2027, 6, 30), 7)]


def test_a_programme_ending_this_week_is_urgent() -> None:
    family = dataclasses.replace(_family(last_visit=date(2027, 6, 20)), iss_recorded=True)
    assert alerts_for(family, date(2027, 6, 22)) == []  # 8 days; the ISS meeting is recorded
    (alert,) = alerts_for(family, date(2027, 6, 23))  # 7 days: record the exit or extension
    assert (alert.kind, alert.severity) == (AlertKind.PROGRAMME_ENDING, Severity.URGENT)


def test_transition_months_is_a_setting() -> None:
    family = _family(last_visit=date(2026, 9, 20))
    assert alerts_for(family, date(2026, 10, 1)) == []
    thresholds = AlertThresholds(transition_months=9)
    assert _kinds(alerts_for(family, date(2026, 10, 1), thresholds)) == [AlertKind.ISS_TRANSITION]


def test_no_visit_for_thirty_days() -> None:
    family = _family(last_visit=date(2026, 5, 16))
    assert alerts_for(family, date(2026, 6, 14)) == []
    assert alerts_for(family, date(2026, 6, 15)) == [
        Alert(AlertKind.NO_RECENT_VISIT, Severity.WARNING, date(2026, 6, 15), 7)
    ]
    # Still no visit a whole interval later: urgent.
    assert alerts_for(family, date(2026, 7, 15))[0].severity is Severity.URGENT


def test_never_visited_counts_from_the_programme_start() -> None:
    family = _family(last_visit=None)
    assert alerts_for(family, date(2026, 1, 30)) == []
    assert _kinds(alerts_for(family, date(2026, 1, 31))) == [AlertKind.NO_RECENT_VISIT]


def test_nothing_is_due_before_the_programme_starts() -> None:
    family = _family(
        last_visit=None,
        start=date(2026, 9, 1),
        members=[_member(has_language_course=False), _member(2, birth="2015")],
    )
    assert alerts_for(family, TODAY) == [
        Alert(
            AlertKind.CHILD_WITHOUT_SCHOOL, Severity.URGENT, None, 7, 2, None, Dimension.EDUCATION
        )
    ]


def test_adult_without_language_course_after_two_months() -> None:
    family = _family(members=[_member(member_id=4, has_language_course=False)])
    assert alerts_for(family, date(2026, 2, 28)) == []
    assert alerts_for(family, date(2026, 3, 1)) == [
        Alert(
            AlertKind.NO_LANGUAGE_COURSE,
            Severity.WARNING,
            date(2026, 3, 1),
            7,
            member_id=4,
            dimension=Dimension.LANGUAGE,
        )
    ]


def test_language_clock_runs_from_a_later_arrival() -> None:
    family = _family(arrival=date(2026, 4, 10), members=[_member(has_language_course=False)])
    assert alerts_for(family, date(2026, 6, 9)) == []
    assert _kinds(alerts_for(family, date(2026, 6, 10))) == [AlertKind.NO_LANGUAGE_COURSE]


def test_language_alert_only_for_certain_adults() -> None:
    members = [
        _member(1, birth="2008", has_language_course=False),  # 17 or 18: not certainly adult
        _member(2, birth=None, has_language_course=False),  # unknown
        _member(3, birth="2008-06-15", has_language_course=False, in_school=True),  # 18 today
    ]
    alerts = alerts_for(_family(members=members), TODAY)
    language = [a.member_id for a in alerts if a.kind is AlertKind.NO_LANGUAGE_COURSE]
    assert language == [3]


def test_unaccompanied_minors_need_portuguese_classes_too() -> None:
    minor = _member(5, birth="2010", in_school=True, has_language_course=False, unaccompanied=True)
    assert _kinds(alerts_for(_family(members=[minor]), TODAY)) == [AlertKind.NO_LANGUAGE_COURSE]


@pytest.mark.parametrize(
    ("birth", "severity"),
    [
        ("2020-06-15", Severity.URGENT),  # six today: enrol this week
        ("2020-06-16", None),  # five until tomorrow
        ("2008-06-16", Severity.URGENT),  # seventeen, eighteen tomorrow
        ("2008-06-15", None),  # eighteen today: no longer school age
        ("2015", Severity.URGENT),  # 10 or 11: certainly school age
        ("2020", Severity.INFO),  # 5 or 6: check the date
        ("2008", Severity.INFO),  # 17 or 18: check the date
        ("2021", None),  # 4 or 5
        ("2007", None),  # 18 or 19
        (None, None),  # unknown: could be an adult
        ("2027", None),  # not born yet (a data error, not a school case)
    ],
)
def test_school_age_child_not_in_school(birth: str | None, severity: Severity | None) -> None:
    alerts = alerts_for(_family(members=[_member(2, birth=birth)]), TODAY)
    school = [a for a in alerts if a.kind is AlertKind.CHILD_WITHOUT_SCHOOL]
    if severity is None:
        assert school == []
    else:
        assert school == [
            Alert(AlertKind.CHILD_WITHOUT_SCHOOL, severity, None, 7, 2, None, Dimension.EDUCATION)
        ]


def test_a_child_in_school_raises_nothing() -> None:
    assert alerts_for(_family(members=[_member(2, birth="2015", in_school=True)]), TODAY) == []


def test_an_unaccompanied_minor_of_uncertain_age_is_urgent() -> None:
    minor = _member(2, birth="2008", unaccompanied=True, has_language_course=True)
    alerts = alerts_for(_family(members=[minor]), TODAY)
    (alert,) = [a for a in alerts if a.kind is AlertKind.CHILD_WITHOUT_SCHOOL]
    assert alert.severity is Severity.URGENT


def test_unanswered_referral() -> None:
    referral = ReferralSnapshot(9, date(2026, 6, 1), None, 1, Dimension.HEALTH)
    family = _family(referrals=[referral])
    assert alerts_for(family, date(2026, 6, 15)) == []
    assert alerts_for(family, date(2026, 6, 16)) == [
        Alert(
            AlertKind.REFERRAL_UNANSWERED,
            Severity.WARNING,
            date(2026, 6, 16),
            7,
            member_id=1,
            referral_id=9,
            dimension=Dimension.HEALTH,
        )
    ]
    # Chasing an answer can wait for the week's round of calls: it stays in Próximos.
    later = [a for a in alerts_for(family, date(2026, 8, 1)) if a.referral_id == 9]
    assert [a.severity for a in later] == [Severity.WARNING]


def test_answered_referral_raises_nothing() -> None:
    referral = ReferralSnapshot(9, date(2026, 1, 5), date(2026, 1, 20), None, None)
    assert alerts_for(_family(referrals=[referral]), TODAY) == []


def test_most_urgent_first() -> None:
    family = _family(
        last_visit=date(2026, 5, 1),  # due 2026-05-31: warning
        members=[
            _member(1, arp_expiry=date(2026, 7, 1)),  # 16 days: warning, due later
            _member(2, arp_expiry=date(2026, 6, 1)),  # expired: urgent
            _member(3, birth="2020"),  # ambiguous school age: info
        ],
        referrals=[ReferralSnapshot(9, date(2026, 4, 1), None, None, None)],  # warning, earlier
    )
    alerts = alerts_for(family, TODAY)
    assert [(a.kind, a.severity) for a in alerts] == [
        (AlertKind.ARP_EXPIRED, Severity.URGENT),
        (AlertKind.REFERRAL_UNANSWERED, Severity.WARNING),
        (AlertKind.NO_RECENT_VISIT, Severity.WARNING),
        (AlertKind.ARP_EXPIRING, Severity.WARNING),
        (AlertKind.CHILD_WITHOUT_SCHOOL, Severity.INFO),
    ]


def test_alerts_hold_ids_not_personal_data() -> None:
    allowed = {int, date, AlertKind, Severity, Dimension, type(None)}
    family = _family(
        last_visit=None,
        members=[_member(arp_expiry=date(2026, 1, 1), has_language_course=False)],
        referrals=[ReferralSnapshot(9, date(2026, 1, 1), None, 1, Dimension.HEALTH)],
    )
    alerts = alerts_for(family, TODAY)
    assert alerts
    for alert in alerts:
        assert {type(v) for v in dataclasses.asdict(alert).values()} <= allowed


@pytest.mark.parametrize(
    "changes",
    [
        {"visit_interval_days": -1},
        {"arp_warning_days": "30"},
        {"referral_answer_days": 1.5},
        {"school_age_from": 18, "school_age_to": 6},
    ],
)
def test_thresholds_that_make_no_sense_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises((ValueError, TypeError)):
        AlertThresholds(**changes)  # type: ignore[arg-type]
