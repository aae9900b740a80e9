"""The monthly allowance: dated rates, whole cents, and honest handling of unknown ages."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.allowance import (
    DEFAULT_RATES,
    AllowanceRates,
    HouseholdMember,
    monthly_allowance,
    rates_on,
)
from hostdesk.domain.partial_date import PartialDate

ON = date(2026, 6, 15)


def _member(birth: str | None, head: bool = False) -> HouseholdMember:
    return HouseholdMember(is_head=head, birth=PartialDate.parse(birth) if birth else None)


def test_default_rates_are_the_eu_scheme_figures() -> None:
    assert DEFAULT_RATES.effective_from == date(2015, 1, 1)
    assert (DEFAULT_RATES.head_cents, DEFAULT_RATES.other_adult_cents) == (15000, 10750)
    assert DEFAULT_RATES.child_cents == 7500


def test_family_of_head_spouse_and_two_children() -> None:
    members = [
        _member("1985", head=True),
        _member("1988-03-02"),
        _member("2015-09-01"),
        _member("2019"),
    ]
    breakdown = monthly_allowance(members, DEFAULT_RATES, ON)
    assert (breakdown.heads, breakdown.adults, breakdown.children) == (1, 1, 2)
    assert breakdown.head_cents == 15000
    assert breakdown.adults_cents == 10750
    assert breakdown.children_cents == 15000
    assert breakdown.total_cents == 40750
    assert breakdown.uncertain == 0
    assert breakdown.rates is DEFAULT_RATES


def test_a_child_becomes_an_adult_on_the_eighteenth_birthday() -> None:
    members = [_member("1980", head=True), _member("2008-06-15")]
    assert monthly_allowance(members, DEFAULT_RATES, date(2026, 6, 14)).children == 1
    assert monthly_allowance(members, DEFAULT_RATES, date(2026, 6, 15)).adults == 1


def test_year_only_birth_around_eighteen_is_paid_as_a_child_and_flagged() -> None:
    # Born in 2008: 17 or 18 in June 2026.
    breakdown = monthly_allowance([_member("1980", head=True), _member("2008")], DEFAULT_RATES, ON)
    assert (breakdown.adults, breakdown.children, breakdown.uncertain) == (0, 1, 1)


def test_year_only_birth_safely_adult_is_an_adult() -> None:
    breakdown = monthly_allowance([_member("1980", head=True), _member("2007")], DEFAULT_RATES, ON)
    assert (breakdown.adults, breakdown.uncertain) == (1, 0)


def test_unknown_birth_is_paid_as_a_child_and_flagged() -> None:
    breakdown = monthly_allowance([_member(None, head=True), _member(None)], DEFAULT_RATES, ON)
    # The head is paid as head whatever is known of their age.
    assert (breakdown.heads, breakdown.children, breakdown.uncertain) == (1, 1, 1)


def test_an_unaccompanied_minor_as_head_gets_the_head_rate() -> None:
    breakdown = monthly_allowance([_member("2010", head=True)], DEFAULT_RATES, ON)
    assert breakdown.total_cents == 15000


def test_someone_not_yet_born_is_not_counted() -> None:
    members = [_member("1990", head=True), _member("2026-09")]
    assert monthly_allowance(members, DEFAULT_RATES, ON).children == 0


def test_adult_age_is_a_parameter() -> None:
    members = [_member("1990", head=True), _member("2009-01-01")]
    assert monthly_allowance(members, DEFAULT_RATES, ON, adult_age=16).adults == 1


def test_two_heads_is_an_error() -> None:
    with pytest.raises(ValueError, match="one head; 2 members"):
        monthly_allowance(
            [_member("1980", head=True), _member("1982", head=True)], DEFAULT_RATES, ON
        )


def test_empty_household_costs_nothing() -> None:
    assert monthly_allowance([], DEFAULT_RATES, ON).total_cents == 0


def test_rates_on_picks_the_latest_in_force() -> None:
    newer = AllowanceRates(date(2026, 7, 1), 16000, 11500, 8000)
    history = [newer, DEFAULT_RATES]  # any order
    assert rates_on(history, date(2026, 6, 30)) is DEFAULT_RATES
    assert rates_on(history, date(2026, 7, 1)) is newer
    assert rates_on(history, date(2030, 1, 1)) is newer


def test_a_correction_on_the_same_date_wins() -> None:
    first = AllowanceRates(date(2026, 7, 1), 16000, 11500, 8000)
    corrected = AllowanceRates(date(2026, 7, 1), 16000, 11500, 8500)
    assert rates_on([DEFAULT_RATES, first, corrected], date(2026, 8, 1)) is corrected


def test_no_rates_in_force_says_so() -> None:
    with pytest.raises(ValueError, match="No allowance rates are in force on 2014-12-31"):
        rates_on([DEFAULT_RATES], date(2014, 12, 31))
    with pytest.raises(ValueError, match="No allowance rates"):
        rates_on([], ON)


def test_amounts_are_whole_cents() -> None:
    with pytest.raises(TypeError, match="whole numbers of cents"):
        AllowanceRates(date(2026, 1, 1), 150.0, 10750, 7500)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negative"):
        AllowanceRates(date(2026, 1, 1), -1, 10750, 7500)
