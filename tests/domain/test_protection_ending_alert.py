"""The end of a young adult's protection: warned some months before, urgent in its last week.

Someone who came as an unaccompanied minor is protected as a young adult until the
day before their 21st birthday, or their 25th in education or training
(domain.minors). The support after it must be arranged before that day, so an
alert dated by it waits in "Próximos" from ``coming_of_age_months`` (6) before and
turns urgent in its last week (docs/alerts.md). Education or training is read as the
member form reads it: the worker's answer decides, else the records on the day.
"""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.alerts import (
    DEFAULT_THRESHOLDS,
    AlertKind,
    AlertThresholds,
    FamilySnapshot,
    MemberSnapshot,
    Severity,
    alerts_for,
)
from hostdesk.domain.minors import Span
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import FamilyStatus

ENDING = AlertKind.YOUNG_ADULT_PROTECTION_ENDING
BORN = PartialDate(2008, 3, 10)  # 21 on 2029-03-10, 25 on 2033-03-10


def _ending(
    today: date,
    birth: PartialDate | None = BORN,
    *,
    alone: bool = True,
    answer: bool | None = None,
    records: tuple[Span, ...] = (),
    thresholds: AlertThresholds = DEFAULT_THRESHOLDS,
) -> list[tuple[Severity, date | None]]:
    member = MemberSnapshot(
        member_id=3, birth=birth, arp_expiry=date(2040, 1, 1), in_school=False,
        has_language_course=True, is_unaccompanied_minor=alone, has_permit=True,
        education_answer=answer, learning_records=records,
    )  # fmt: skip
    family = FamilySnapshot(
        family_id=7, status=FamilyStatus.ACTIVE, programme_start=date(2028, 1, 1),
        programme_months=24, last_visit=today, members=[member], has_clock=False,
    )  # fmt: skip
    found = alerts_for(family, today, thresholds)
    assert all(a.member_id == 3 for a in found if a.kind is ENDING)
    return [(a.severity, a.due) for a in found if a.kind is ENDING]


LAST_DAY_21 = date(2029, 3, 9)
LAST_DAY_25 = date(2033, 3, 9)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2028, 9, 8), []),  # more than six months before the last day
        (date(2028, 9, 9), [(Severity.WARNING, LAST_DAY_21)]),  # six months before
        (date(2029, 3, 1), [(Severity.WARNING, LAST_DAY_21)]),  # eight days before
        (date(2029, 3, 2), [(Severity.URGENT, LAST_DAY_21)]),  # the last week
        (date(2029, 3, 9), [(Severity.URGENT, LAST_DAY_21)]),  # the last day
        (date(2029, 3, 10), []),  # 21: an adult, protection over
    ],
)
def test_protection_to_21_ends_with_a_warning_then_an_urgent_last_week(
    today: date, expected: list[tuple[Severity, date]]
) -> None:
    assert _ending(today) == expected


def test_the_months_ahead_follow_the_coming_of_age_setting() -> None:
    three = AlertThresholds(coming_of_age_months=3)
    assert _ending(date(2028, 12, 8), thresholds=three) == []
    assert _ending(date(2028, 12, 9), thresholds=three) == [(Severity.WARNING, LAST_DAY_21)]


TRAINING: Span = ("vocational_training", date(2028, 9, 1), None)
FINISHED: Span = ("vocational_training", date(2027, 9, 1), date(2028, 7, 31))


def test_education_or_training_in_the_records_moves_the_end_to_25() -> None:
    assert _ending(date(2029, 3, 1), records=(TRAINING,)) == []  # not 21's end any more
    assert _ending(date(2032, 9, 9), records=(TRAINING,)) == [(Severity.WARNING, LAST_DAY_25)]
    assert _ending(date(2033, 3, 3), records=(TRAINING,)) == [(Severity.URGENT, LAST_DAY_25)]
    assert _ending(date(2033, 3, 10), records=(TRAINING,)) == []
    # A course that ended before the day does not count: protection ends at 21.
    assert _ending(date(2029, 3, 1), records=(FINISHED,)) == [(Severity.WARNING, LAST_DAY_21)]
    # Nor does a record that is not education or training (a job search).
    job_search: Span = ("job_search", date(2028, 9, 1), None)
    assert _ending(date(2029, 3, 1), records=(job_search,)) == [(Severity.WARNING, LAST_DAY_21)]


def test_the_workers_answer_overrides_the_records_both_ways() -> None:
    # An enrolment left open in the records, but the worker said no: 21.
    assert _ending(date(2029, 3, 1), answer=False, records=(TRAINING,)) == [
        (Severity.WARNING, LAST_DAY_21)
    ]
    # A course the entity never recorded, and the worker said yes: 25.
    assert _ending(date(2029, 3, 1), answer=True) == []
    assert _ending(date(2033, 3, 2), answer=True) == [(Severity.URGENT, LAST_DAY_25)]


@pytest.mark.parametrize(
    ("birth", "today", "expected"),
    [
        # Year only: the latest possible birthday, 31 December 2008; 21 on 2029-12-31.
        (PartialDate(2008), date(2029, 3, 1), []),
        (PartialDate(2008), date(2029, 6, 30), [(Severity.WARNING, date(2029, 12, 30))]),
        (PartialDate(2008), date(2029, 12, 24), [(Severity.URGENT, date(2029, 12, 30))]),
        (PartialDate(2008), date(2029, 12, 31), []),
        # Year and month: the last day of February 2008 was the 29th; its 21st
        # birthday falls on 1 March 2029, so protection lasts to 28 February.
        (PartialDate(2008, 2), date(2029, 2, 20), [(Severity.WARNING, date(2029, 2, 28))]),
        (PartialDate(2008, 2), date(2029, 2, 21), [(Severity.URGENT, date(2029, 2, 28))]),
        (PartialDate(2008, 2), date(2029, 3, 1), []),
    ],
)
def test_a_partial_birth_date_uses_the_latest_possible_day(
    birth: PartialDate, today: date, expected: list[tuple[Severity, date]]
) -> None:
    assert _ending(today, birth) == expected


def test_only_someone_who_came_alone_with_a_known_birth_date() -> None:
    assert _ending(date(2029, 3, 2), alone=False) == []
    assert _ending(date(2029, 3, 2), None) == []  # unknown: a minor until completed


def test_a_minor_gets_the_birthday_alerts_not_this_one() -> None:
    long_ahead = AlertThresholds(coming_of_age_months=48)
    assert _ending(date(2026, 3, 9), thresholds=long_ahead) == []  # 17: still a minor
    assert _ending(date(2026, 3, 10), thresholds=long_ahead) == [(Severity.WARNING, LAST_DAY_21)]
