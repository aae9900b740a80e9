"""The allowance follows the programme: its dates, the exit, the channel, the month asked."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.allowance import (
    DEFAULT_RATES,
    AllowanceRates,
    HouseholdMember,
    NotDue,
    ProgrammeSpan,
    allowance_for_month,
    payment_problem,
)
from hostdesk.domain.partial_date import PartialDate

# A programme from 10 March 2026 to 9 September 2027 (18 months).
SPAN = ProgrammeSpan(date(2026, 3, 10), date(2027, 9, 9))
HOUSEHOLD = [
    HouseholdMember(True, PartialDate(1980)),
    # Turns 18 on 15 June 2026: a child in June, an adult from July.
    HouseholdMember(False, PartialDate(2008, 6, 15)),
]


def _owed(year: int, month: int, span: ProgrammeSpan = SPAN, **options: bool) -> object:
    options.setdefault("pays_allowance", True)
    return allowance_for_month(HOUSEHOLD, [DEFAULT_RATES], year, month, span, **options)


@pytest.mark.parametrize(
    ("year", "month", "reason"),
    [
        (2026, 2, NotDue.BEFORE_START),
        (2026, 3, None),  # the first, partial month
        (2027, 9, None),  # the last, partial month
        (2027, 10, NotDue.AFTER_END),
    ],
)
def test_nothing_is_due_outside_the_programme(year: int, month: int, reason: NotDue) -> None:
    assert _owed(year, month).reason is reason  # type: ignore[attr-defined]


def test_the_month_in_question_decides_the_household_not_today() -> None:
    june, july = _owed(2026, 6), _owed(2026, 7)
    assert june.breakdown.children == 1  # type: ignore[attr-defined]
    assert july.breakdown.adults == 1  # type: ignore[attr-defined]
    assert june.amount_cents == 15000 + 7500  # type: ignore[attr-defined]
    assert july.amount_cents == 15000 + 10750  # type: ignore[attr-defined]


def test_pro_rating_the_partial_months_is_a_choice() -> None:
    full = _owed(2026, 3)
    assert (full.pro_rated, full.amount_cents) == (False, 22500)  # type: ignore[attr-defined]
    # 10 to 31 March: 22 of 31 days; 22500 * 22 / 31 = 15967.7 -> 15968 cents.
    part = _owed(2026, 3, pro_rate=True)
    assert (part.pro_rated, part.days_owed, part.amount_cents) == (  # type: ignore[attr-defined]
        True, 22, 15968,
    )  # fmt: skip
    # A whole month is never pro-rated.
    assert _owed(2026, 4, pro_rate=True).pro_rated is False  # type: ignore[attr-defined]


def test_after_an_exit_arrears_stay_payable_later_months_do_not() -> None:
    exited = ProgrammeSpan(SPAN.start, SPAN.end, exit_date=date(2026, 8, 20))
    assert _owed(2026, 8, exited).reason is None  # type: ignore[attr-defined]
    assert _owed(2026, 9, exited).reason is NotDue.AFTER_EXIT  # type: ignore[attr-defined]
    assert payment_problem(exited, 2026, 5, pays_allowance=True) is None  # arrears
    # The exit month, pro-rated: 1 to 20 August, 20 of 31 days.
    august = _owed(2026, 8, exited, pro_rate=True)
    assert august.days_owed == 20  # type: ignore[attr-defined]


def test_no_allowance_for_a_channel_without_one_or_an_unconfirmed_rule() -> None:
    no_clock = ProgrammeSpan(date(2026, 3, 10), None)
    assert _owed(2026, 5, no_clock, pays_allowance=False).reason is NotDue.NO_SCHEME  # type: ignore[attr-defined]
    assert _owed(2026, 5, confirmed=False).reason is NotDue.UNCONFIRMED  # type: ignore[attr-defined]


def test_rates_in_force_in_that_month_apply() -> None:
    raised = AllowanceRates(date(2027, 1, 1), 16000, 11000, 8000)
    owed = allowance_for_month(HOUSEHOLD, [DEFAULT_RATES, raised], 2027, 1, SPAN,
                               pays_allowance=True)  # fmt: skip
    assert owed.amount_cents == 16000 + 11000
