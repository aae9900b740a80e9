"""The programme clock: month X of N, the last day, and the ISS transition."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.programme import (
    PAR_FAMILIES_MONTHS,
    STANDARD_MONTHS,
    ProgrammeClock,
    add_months,
)


def test_standard_lengths() -> None:
    assert STANDARD_MONTHS == 18
    assert PAR_FAMILIES_MONTHS == 24


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # clamped to the month's end
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 5, 10), 18, date(2027, 11, 10)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 10), -1, date(2025, 12, 10)),
    ],
)
def test_add_months(start: date, n: int, expected: date) -> None:
    assert add_months(start, n) == expected


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2026, 1, 1), 18, date(2027, 6, 30)),
        (date(2026, 3, 15), 18, date(2027, 9, 14)),
        (date(2026, 3, 15), 24, date(2028, 3, 14)),
        (date(2025, 8, 31), 18, date(2027, 2, 27)),  # 28 February clamps, then minus a day
        (date(2026, 2, 28), 1, date(2026, 3, 27)),
    ],
)
def test_end_date_is_the_last_day_in_the_programme(start: date, months: int, end: date) -> None:
    assert ProgrammeClock(start, months).end_date == end


def test_month_x_of_n() -> None:
    clock = ProgrammeClock(date(2026, 3, 15), 18)
    assert clock.month_on(date(2026, 3, 14)) == 0  # not started
    assert clock.month_on(date(2026, 3, 15)) == 1
    assert clock.month_on(date(2026, 4, 14)) == 1
    assert clock.month_on(date(2026, 4, 15)) == 2
    assert clock.month_on(clock.end_date) == 18
    assert clock.month_on(date(2027, 9, 15)) == 19  # past the end, still counting


def test_month_on_with_a_month_end_start() -> None:
    clock = ProgrammeClock(date(2026, 1, 31), 18)
    assert clock.month_on(date(2026, 2, 27)) == 1
    assert clock.month_on(date(2026, 2, 28)) == 2  # clamped anniversary
    assert clock.month_on(date(2026, 3, 30)) == 2
    assert clock.month_on(date(2026, 3, 31)) == 3


def test_every_day_of_the_programme_is_in_months_1_to_n() -> None:
    clock = ProgrammeClock(date(2024, 1, 31), 18)
    day, months = clock.start, []
    while day <= clock.end_date:
        months.append(clock.month_on(day))
        day = date.fromordinal(day.toordinal() + 1)
    assert months[0] == 1 and months[-1] == 18
    assert months == sorted(months)
    assert set(months) == set(range(1, 19))


def test_progress() -> None:
    clock = ProgrammeClock(date(2026, 1, 1), 12)
    assert clock.progress_on(date(2025, 12, 1)) == 0.0
    assert clock.progress_on(date(2026, 1, 1)) == 0.0
    assert clock.progress_on(date(2026, 7, 2)) == pytest.approx(182 / 365)
    assert 0.99 < clock.progress_on(clock.end_date) < 1.0
    assert clock.progress_on(date(2027, 1, 1)) == 1.0
    assert clock.progress_on(date(2030, 1, 1)) == 1.0


def test_months_left() -> None:
    clock = ProgrammeClock(date(2026, 1, 1), 18)
    assert clock.months_left_on(date(2025, 12, 31)) == 18
    assert clock.months_left_on(date(2026, 1, 1)) == 17
    assert clock.months_left_on(clock.end_date) == 0
    assert clock.months_left_on(date(2028, 1, 1)) == 0


def test_transition_is_the_last_six_months() -> None:
    clock = ProgrammeClock(date(2026, 1, 1), 18)  # ends 2027-06-30
    assert not clock.in_transition_on(date(2026, 12, 31))
    assert clock.in_transition_on(date(2027, 1, 1))
    assert clock.in_transition_on(clock.end_date)
    assert not clock.in_transition_on(date(2027, 7, 1))  # ended, no longer in transition
    assert clock.in_transition_on(date(2026, 10, 1), months=9)


def test_transition_of_a_short_programme_starts_with_it() -> None:
    clock = ProgrammeClock(date(2026, 1, 1), 3)
    assert clock.transition_start() == date(2026, 1, 1)
    assert clock.in_transition_on(date(2026, 1, 1))


def test_has_ended() -> None:
    clock = ProgrammeClock(date(2026, 1, 1), 24)
    assert not clock.has_ended_on(date(2027, 12, 31))
    assert clock.has_ended_on(date(2028, 1, 1))


@pytest.mark.parametrize("months", [0, -3])
def test_a_programme_lasts_at_least_a_month(months: int) -> None:
    with pytest.raises(ValueError, match="at least one month"):
        ProgrammeClock(date(2026, 1, 1), months)


def test_days_past_the_end_count_from_the_day_after_the_last_day() -> None:
    from datetime import date

    from hostdesk.domain.programme import ProgrammeClock

    clock = ProgrammeClock(date(2025, 6, 3), 18)  # last day 2 December 2026
    assert clock.end_date == date(2026, 12, 2)
    assert clock.days_past_end(date(2026, 12, 2)) == 0
    assert clock.days_past_end(date(2026, 12, 4)) == 2
    assert clock.days_past_end(date(2025, 1, 1)) == 0
def test_a_length_other_than_the_rule_asks_for_a_reason() -> None:
    from hostdesk.domain.programme import length_needs_reason

    assert not length_needs_reason(18, 18, par_member=False, with_children=False)
    # PAR-Famílias: 24 months for families with children, when the entity is a PAR member.
    assert not length_needs_reason(24, 18, par_member=True, with_children=True)
    assert length_needs_reason(24, 18, par_member=False, with_children=True)
    assert length_needs_reason(24, 18, par_member=True, with_children=False)
    assert length_needs_reason(20, 18, par_member=True, with_children=True)  # an extension


def test_a_household_has_children_by_relationship_or_by_age() -> None:
    from hostdesk.domain.partial_date import PartialDate
    from hostdesk.domain.programme import has_children

    on = date(2026, 6, 1)
    assert has_children([("head", PartialDate(1980)), ("child", PartialDate(2000))], on)
    assert has_children([("head", PartialDate(1980)), ("sibling", PartialDate(2010))], on)
    # Born in 2008: 17 or 18, maybe still a child.
    assert has_children([("head", PartialDate(2008))], on)
    assert not has_children([("head", PartialDate(1980)), ("spouse", None)], on)
