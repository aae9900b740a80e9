"""An unaccompanied minor becomes a young adult on the 18th birthday, whatever the flag says."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.minors import comes_of_age_on, minor_status, young_adult_until
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
