"""Dates of birth known only to the year or month stay as honest as they were entered."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.partial_date import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1987", PartialDate(1987)),
        ("1987-05", PartialDate(1987, 5)),
        ("1987-05-14", PartialDate(1987, 5, 14)),
        ("14/05/1987", PartialDate(1987, 5, 14)),
        ("05/1987", PartialDate(1987, 5)),
        ("5/1987", PartialDate(1987, 5)),
        ("14-05-1987", PartialDate(1987, 5, 14)),
        ("14.05.1987", PartialDate(1987, 5, 14)),
        ("  1987 ", PartialDate(1987)),
        ("29/02/2000", PartialDate(2000, 2, 29)),
    ],
)
def test_parses_iso_and_portuguese_forms(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Enter a date"),
        ("   ", "Enter a date"),
        ("May 1987", "is not a date"),
        ("87", "is not a date"),
        ("1987/05/14", "is not a date"),
        ("1987-13", "month must be between 1 and 12"),
        ("00/1987", "month must be between 1 and 12"),
        ("31/04/1987", "has no day 31"),
        ("29/02/2023", "has no day 29"),
        ("1850", "year must be between 1900 and 2100"),
    ],
)
def test_bad_text_says_what_is_wrong(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        PartialDate.parse(text)


def test_a_day_needs_a_month() -> None:
    with pytest.raises(ValueError, match="A day needs a month"):
        PartialDate(1987, None, 14)


def test_parts_must_be_whole_numbers() -> None:
    with pytest.raises(TypeError):
        PartialDate("1987")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["1987", "1987-05", "1987-05-14", "1900", "2100-12-31"])
def test_str_is_iso_and_round_trips(text: str) -> None:
    assert str(PartialDate.parse(text)) == text


def test_a_year_only_date_is_never_turned_into_first_of_january() -> None:
    year_only = PartialDate.parse("1987")
    assert year_only.month is None and year_only.day is None
    assert year_only.precision == "year"
    assert year_only != PartialDate(1987, 1, 1)
    assert str(year_only) == "1987"


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        (PartialDate(1987), "year"),
        (PartialDate(1987, 5), "month"),
        (PartialDate(1987, 5, 1), "day"),
    ],
)
def test_precision(value: PartialDate, precision: str) -> None:
    assert value.precision == precision


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        (PartialDate(1987), date(1987, 1, 1), date(1987, 12, 31)),
        (PartialDate(1987, 2), date(1987, 2, 1), date(1987, 2, 28)),
        (PartialDate(2024, 2), date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        (PartialDate(1987, 5, 14), date(1987, 5, 14), date(1987, 5, 14)),
    ],
)
def test_range_of_possible_days(value: PartialDate, earliest: date, latest: date) -> None:
    assert value.earliest() == earliest
    assert value.latest() == latest


def test_from_date_is_known_to_the_day() -> None:
    assert PartialDate.from_date(date(2010, 3, 9)) == PartialDate(2010, 3, 9)


def test_is_in_future_only_when_every_possible_day_is() -> None:
    today = date(2026, 6, 15)
    assert not PartialDate(2026).is_in_future(today)  # could be January
    assert not PartialDate(2026, 6).is_in_future(today)
    assert PartialDate(2026, 7).is_in_future(today)
    assert PartialDate(2026, 6, 16).is_in_future(today)
    assert not PartialDate(2026, 6, 15).is_in_future(today)


@pytest.mark.parametrize(
    ("birth", "on", "ages"),
    [
        (PartialDate(1987, 5, 14), date(2026, 5, 13), (38, 38)),
        (PartialDate(1987, 5, 14), date(2026, 5, 14), (39, 39)),
        (PartialDate(1987, 5), date(2026, 5, 10), (38, 39)),
        (PartialDate(1987), date(2026, 6, 1), (38, 39)),
        (PartialDate(1987), date(2026, 12, 31), (39, 39)),
        (PartialDate(1987), date(2027, 1, 1), (39, 40)),
        # Born on 29 February: the birthday falls on 1 March in common years.
        (PartialDate(2008, 2, 29), date(2026, 2, 28), (17, 17)),
        (PartialDate(2008, 2, 29), date(2026, 3, 1), (18, 18)),
        (PartialDate(2008, 2, 29), date(2028, 2, 29), (20, 20)),
        # Born this year, month unknown: maybe not yet born, so the youngest is 0.
        (PartialDate(2026), date(2026, 6, 1), (0, 0)),
    ],
)
def test_age_on_gives_youngest_and_oldest(
    birth: PartialDate, on: date, ages: tuple[int, int]
) -> None:
    assert birth.age_on(on) == ages


def test_age_before_birth_is_an_error() -> None:
    with pytest.raises(ValueError, match="before the date of birth"):
        PartialDate(2020, 5).age_on(date(2020, 4, 30))


def test_sorting_puts_less_precise_first_on_the_same_start() -> None:
    values = [
        PartialDate(1988),
        PartialDate(1987, 1, 1),
        PartialDate(1987, 5),
        PartialDate(1987),
        PartialDate(1987, 1),
    ]
    assert sorted(values) == [
        PartialDate(1987),
        PartialDate(1987, 1),
        PartialDate(1987, 1, 1),
        PartialDate(1987, 5),
        PartialDate(1988),
    ]
    assert PartialDate(1987) < PartialDate(1987, 6) <= PartialDate(1987, 6)
    assert PartialDate(1990) > PartialDate(1989, 12, 31) >= PartialDate(1989, 12)


def test_is_hashable_and_immutable() -> None:
    value = PartialDate(1987, 5)
    assert {value, PartialDate(1987, 5)} == {value}
    with pytest.raises(AttributeError):
        value.year = 1990  # type: ignore[misc]
