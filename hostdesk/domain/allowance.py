"""The monthly living allowance the hosting entity pays a household.

Amounts are integer euro cents, never floats. Rates are dated because policy
changes them; the history decides which rate applied on a given day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

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
