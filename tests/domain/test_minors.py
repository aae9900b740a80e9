"""An unaccompanied minor becomes a young adult on the 18th birthday, whatever the flag says."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.minors import (
    comes_of_age_on,
    in_education_or_training,
    learning_on,
    minor_status,
    young_adult_until,
)
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import MinorStatus


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        (PartialDate(2008, 3, 10), date(2026, 3, 9), MinorStatus.MINOR),  # the day before
        (PartialDate(2008, 3, 10), date(2026, 3, 10), MinorStatus.YOUNG_ADULT),  # 18 today
        (PartialDate(2008, 3, 10), date(2029, 3, 9), MinorStatus.YOUNG_ADULT),  # 20
        (PartialDate(2008, 3, 10), date(2029, 3, 10), MinorStatus.ADULT),  # 21
        # Year only: a minor until the end of the year of the 18th birthday.
        (PartialDate(2007), date(2025, 12, 30), MinorStatus.MINOR),
        (PartialDate(2007), date(2025, 12, 31), MinorStatus.YOUNG_ADULT),
        # Year and month: until the last day of that month.
        (PartialDate(2007, 6), date(2025, 6, 29), MinorStatus.MINOR),
        (PartialDate(2007, 6), date(2025, 6, 30), MinorStatus.YOUNG_ADULT),
        (None, date(2040, 1, 1), MinorStatus.MINOR),  # no date: never guessed an adult
    ],
)
def test_status_follows_age(birth: PartialDate | None, on: date, expected: MinorStatus) -> None:
    assert minor_status(birth, True, on) is expected


def test_the_person_the_issue_found_is_a_young_adult_in_march_2026() -> None:
    # Born in January 2007, reported in March 2026 as "unaccompanied minor: true".
    assert minor_status(PartialDate(2007, 1), True, date(2026, 3, 31)) is MinorStatus.YOUNG_ADULT
    assert minor_status(PartialDate(2007, 1), False, date(2026, 3, 31)) is None


def test_education_or_training_keeps_the_young_adult_years_to_25() -> None:
    birth = PartialDate(2008, 3, 10)
    assert young_adult_until(birth, False) == date(2029, 3, 9)
    assert young_adult_until(birth, True) == date(2033, 3, 9)
    assert minor_status(birth, True, date(2031, 1, 1), in_education_or_training=True) is (
        MinorStatus.YOUNG_ADULT
    )


def test_born_on_29_february_comes_of_age_on_1_march() -> None:
    assert comes_of_age_on(PartialDate(2008, 2, 29)) == date(2026, 3, 1)


# Born 10 March 2008: 21 on 10 March 2029, 25 on 10 March 2033.
BORN = PartialDate(2008, 3, 10)


@pytest.mark.parametrize(
    ("on", "learning", "expected"),
    [
        (date(2029, 3, 9), False, MinorStatus.YOUNG_ADULT),  # the day before the 21st birthday
        (date(2029, 3, 10), False, MinorStatus.ADULT),  # 21, not in education: an adult
        (date(2029, 3, 10), True, MinorStatus.YOUNG_ADULT),  # 21 in education: still young
        (date(2033, 3, 9), True, MinorStatus.YOUNG_ADULT),  # the last day before 25
        (date(2033, 3, 10), True, MinorStatus.ADULT),  # 25: an adult, education or not
    ],
)
def test_a_young_adult_in_education_stays_one_until_25_and_is_an_adult_at_21_otherwise(
    on: date, learning: bool, expected: MinorStatus
) -> None:
    assert minor_status(BORN, True, on, in_education_or_training=learning) is expected


def test_the_records_say_whether_someone_is_in_education_or_training_on_the_day() -> None:
    on = date(2030, 1, 15)
    running = (date(2029, 9, 1), None)
    # Education and training in the law's sense, running on the day.
    for kind in ("school_enrolment", "vocational_training", "higher_education",
                 "prior_learning", "training"):  # fmt: skip
        assert learning_on([(kind, *running)], on), kind
    # Not education or training: a recognition of diplomas, a job, a job search.
    for kind in ("qualification_recognition", "contract", "job_search", "iefp_registration"):
        assert not learning_on([(kind, *running)], on), kind
    # A course that ended, or has not started yet, does not count.
    assert not learning_on([("vocational_training", date(2029, 1, 1), date(2029, 12, 31))], on)
    assert not learning_on([("vocational_training", date(2030, 2, 1), None)], on)
    assert not learning_on([("vocational_training", None, None)], on)


def test_the_workers_answer_overrides_the_records_both_ways() -> None:
    on = date(2030, 1, 15)
    course: list[tuple[str, date | None, date | None]] = [
        ("higher_education", date(2029, 9, 1), None)
    ]
    assert in_education_or_training(None, course, on)
    assert not in_education_or_training(None, [], on)
    assert not in_education_or_training(False, course, on)  # an enrolment left open
    assert in_education_or_training(True, [], on)  # a course the entity never recorded
