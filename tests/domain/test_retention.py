"""When a family's file is due for anonymisation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hostdesk.domain.retention import (
    anonymisation_due_on,
    is_due,
    latest_due_exit,
    years_after,
)


def test_a_family_is_due_on_the_anniversary_of_its_exit() -> None:
    exit_date = date(2021, 3, 15)
    assert anonymisation_due_on(exit_date, 5) == date(2026, 3, 15)
    assert not is_due(exit_date, None, 5, date(2026, 3, 14))
    assert is_due(exit_date, None, 5, date(2026, 3, 15))


def test_an_active_or_already_anonymised_family_is_never_due() -> None:
    assert not is_due(None, None, 5, date(2040, 1, 1))
    assert not is_due(date(2020, 1, 1), date(2025, 2, 1), 5, date(2040, 1, 1))


def test_29_february_is_followed_by_28_february() -> None:
    assert years_after(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert years_after(date(2024, 2, 29), 4) == date(2028, 2, 29)


@pytest.mark.parametrize("today", [date(2029, 2, 28), date(2029, 3, 1), date(2030, 12, 31)])
@pytest.mark.parametrize("years", [1, 4, 5, 7])
def test_the_latest_due_exit_is_exactly_the_boundary(today: date, years: int) -> None:
    boundary = latest_due_exit(today, years)
    assert is_due(boundary, None, years, today)
    assert not is_due(boundary + timedelta(days=1), None, years, today)


def test_a_family_that_left_on_29_february_is_due_on_28_february() -> None:
    assert latest_due_exit(date(2029, 2, 28), 5) == date(2024, 2, 29)
