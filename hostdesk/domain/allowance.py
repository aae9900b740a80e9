"""The monthly living allowance the hosting entity pays a household.

Amounts are integer euro cents, never floats. Rates are dated because policy
changes them; the history decides which rate applied on a given day.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from hostdesk.domain.partial_date import PartialDate

ADULT_AGE = 18


@dataclass(frozen=True)
class AllowanceRates:
    """Monthly amounts per person in cents, in force from ``effective_from``."""

    effective_from: date
    head_cents: int
    other_adult_cents: int
    child_cents: int

    def __post_init__(self) -> None:
        for name in ("head_cents", "other_adult_cents", "child_cents"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError("Allowance amounts are whole numbers of cents.")
            if value < 0:
                raise ValueError("An allowance amount cannot be negative.")


# The EU-scheme figures: 150 € head, 107.50 € per other adult, 75 € per child.
DEFAULT_RATES = AllowanceRates(
    effective_from=date(2015, 1, 1), head_cents=15000, other_adult_cents=10750, child_cents=7500
)


def rates_on(history: Sequence[AllowanceRates], d: date) -> AllowanceRates:
    """The rates in force on ``d``: the latest ``effective_from`` on or before it.

    When two entries share a date the later one in ``history`` wins (a correction).
    """
    best: AllowanceRates | None = None
    for rates in history:
        if rates.effective_from <= d and (
            best is None or rates.effective_from >= best.effective_from
        ):
            best = rates
    if best is None:
        raise ValueError(
            f"No allowance rates are in force on {d.isoformat()}; "
            "add rates that start on or before that date."
        )
    return best


@dataclass
class HouseholdMember:
    """What the allowance needs to know about a person."""

    is_head: bool
    birth: PartialDate | None


@dataclass(frozen=True)
class AllowanceBreakdown:
    """One month's allowance, line by line.

    ``uncertain`` counts the members paid as children only because their birth
    date is unknown or could put them either side of the adult age: the UI
    should ask for a more precise date.
    """

    rates: AllowanceRates
    heads: int
    adults: int
    children: int
    uncertain: int
    head_cents: int
    adults_cents: int
    children_cents: int
    total_cents: int = field(init=False)

    def __post_init__(self) -> None:
        # A field, not a property, so the breakdown can be stored as it was paid.
        total = self.head_cents + self.adults_cents + self.children_cents
        object.__setattr__(self, "total_cents", total)


def monthly_allowance(
    members: Sequence[HouseholdMember],
    rates: AllowanceRates,
    on: date,
    adult_age: int = ADULT_AGE,
) -> AllowanceBreakdown:
    """The allowance for ``members`` in the month containing ``on``.

    The head is paid the head rate whatever their age (an unaccompanied minor
    is their own head). Another member is an adult only when even their
    youngest possible age is ``adult_age`` or more; an unknown or ambiguous
    birth date is paid as a child and counted in ``uncertain``, so the record
    gets completed rather than guessed. Members not yet born are not counted.
    """
    heads = [m for m in members if m.is_head]
    if len(heads) > 1:
        raise ValueError(f"A household has one head; {len(heads)} members are marked as head.")
    adults = children = uncertain = 0
    for member in members:
        if member.is_head:
            continue
        if member.birth is None:
            children += 1
            uncertain += 1
            continue
        if member.birth.is_in_future(on):
            continue
        youngest, oldest = member.birth.age_on(on)
        if youngest >= adult_age:
            adults += 1
        else:
            children += 1
            if oldest >= adult_age:
                uncertain += 1
    return AllowanceBreakdown(
        rates=rates,
        heads=len(heads),
        adults=adults,
        children=children,
        uncertain=uncertain,
        head_cents=len(heads) * rates.head_cents,
        adults_cents=adults * rates.other_adult_cents,
        children_cents=children * rates.child_cents,
    )


# -- the allowance follows the programme (issue 12) ---------------------------------


class NotDue(StrEnum):
    """Why no allowance is due for a month; each has a sentence in the UI."""

    NO_SCHEME = "no_scheme"  # the channel's rule pays no allowance (spontaneous asylum)
    UNCONFIRMED = "unconfirmed"  # the entity has not confirmed the channel's rule yet
    BEFORE_START = "before_start"  # the month ends before the programme starts
    AFTER_END = "after_end"  # the month starts after the programme's last day
    AFTER_EXIT = "after_exit"  # the month starts after the family's exit
    NO_RATES = "no_rates"  # no rates in force, or two heads: the data must be corrected


@dataclass(frozen=True)
class ProgrammeSpan:
    """The days a family is owed the allowance: from the start to the end or the exit."""

    start: date
    end: date | None  # the programme's last day; None: the channel has no clock
    exit_date: date | None = None

    def last_day(self) -> date | None:
        ends = [d for d in (self.end, self.exit_date) if d is not None]
        return min(ends) if ends else None


@dataclass(frozen=True)
class MonthAllowance:
    """One month's allowance as the programme owes it, or why none is due."""

    year: int
    month: int
    reason: NotDue | None
    breakdown: AllowanceBreakdown | None = None
    days_owed: int = 0
    days_in_month: int = 0
    pro_rated: bool = False

    @property
    def due(self) -> bool:
        return self.reason is None

    @property
    def amount_cents(self) -> int:
        """What is owed: the full month, or its share of days when pro-rated."""
        if self.breakdown is None:
            return 0
        total = self.breakdown.total_cents
        if not self.pro_rated:
            return total
        # Integer arithmetic, rounded half up to the cent.
        return (total * self.days_owed * 2 + self.days_in_month) // (2 * self.days_in_month)

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def payment_problem(
    span: ProgrammeSpan, year: int, month: int, *, pays_allowance: bool, confirmed: bool = True
) -> NotDue | None:
    """Why a payment for ``year``-``month`` cannot be recorded; None when it can.

    The month must share a day with the programme. After an exit, months
    inside the programme can still be paid (arrears); months after it cannot.
    """
    if not confirmed:
        return NotDue.UNCONFIRMED
    if not pays_allowance or span.end is None:
        return NotDue.NO_SCHEME
    first, last = month_bounds(year, month)
    if last < span.start:
        return NotDue.BEFORE_START
    if span.exit_date is not None and first > span.exit_date:
        return NotDue.AFTER_EXIT
    if first > span.end:
        return NotDue.AFTER_END
    return None


def allowance_for_month(
    members: Sequence[HouseholdMember],
    history: Sequence[AllowanceRates],
    year: int,
    month: int,
    span: ProgrammeSpan,
    *,
    pays_allowance: bool,
    confirmed: bool = True,
    pro_rate: bool = False,
    adult_age: int = ADULT_AGE,
) -> MonthAllowance:
    """The allowance owed for ``year``-``month``, worked out for that month, not for today.

    The household and the rates are read on the month's first day in the
    programme (a child who turns 18 later in the month is paid as a child that
    month). With ``pro_rate``, a partial first or last month is paid for its
    days in the programme only.
    """
    problem = payment_problem(span, year, month, pays_allowance=pays_allowance,
                              confirmed=confirmed)  # fmt: skip
    if problem is not None:
        return MonthAllowance(year, month, problem)
    first, last = month_bounds(year, month)
    owed_from = max(first, span.start)
    last_day = span.last_day()
    owed_to = min(last, last_day) if last_day is not None else last
    try:
        breakdown = monthly_allowance(members, rates_on(history, owed_from), owed_from, adult_age)
    except ValueError:
        return MonthAllowance(year, month, NotDue.NO_RATES)
    days = (owed_to - owed_from).days + 1
    in_month = (last - first).days + 1
    return MonthAllowance(
        year, month, None, breakdown, days, in_month, pro_rated=pro_rate and days < in_month
    )
