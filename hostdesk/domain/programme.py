"""The programme clock: "month X of N", the end date and the ISS transition."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hostdesk.domain.partial_date import PartialDate

STANDARD_MONTHS = 18
PAR_FAMILIES_MONTHS = 24
# ISS meets the family in the last six months to plan what comes after.
TRANSITION_MONTHS = 6


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months (may be negative), clamped to the month's last day."""
    index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class ProgrammeClock:
    """Where a family stands in a programme of ``length_months`` from ``start``."""

    start: date
    length_months: int

    def __post_init__(self) -> None:
        if isinstance(self.length_months, bool) or not isinstance(self.length_months, int):
            raise TypeError("The programme length must be a whole number of months.")
        if self.length_months < 1:
            raise ValueError("A programme lasts at least one month.")

    @property
    def end_date(self) -> date:
        """The last day in the programme."""
        return add_months(self.start, self.length_months) - timedelta(days=1)

    def month_on(self, d: date) -> int:
        """Month X (1-based) on ``d``: 0 before the start, above N after the end."""
        if d < self.start:
            return 0
        months = (d.year - self.start.year) * 12 + d.month - self.start.month
        if add_months(self.start, months) > d:
            months -= 1
        return months + 1

    def progress_on(self, d: date) -> float:
        """Share of the programme's days elapsed before ``d``, from 0.0 to 1.0."""
        total = (self.end_date - self.start).days + 1
        elapsed = min(max((d - self.start).days, 0), total)
        return elapsed / total

    def months_left_on(self, d: date) -> int:
        """Whole months after the current one: N before the start, 0 from month N on."""
        return max(self.length_months - self.month_on(d), 0)

    def transition_start(self, months: int = TRANSITION_MONTHS) -> date:
        """First day of the last ``months`` months (the start, for shorter programmes)."""
        return add_months(self.start, max(self.length_months - months, 0))

    def in_transition_on(self, d: date, months: int = TRANSITION_MONTHS) -> bool:
        """True within the last ``months`` months of the programme, not after its end."""
        return self.transition_start(months) <= d <= self.end_date

    def has_ended_on(self, d: date) -> bool:
        """True once ``d`` is after the last day in the programme."""
        return d > self.end_date

    def days_past_end(self, d: date) -> int:
        """How many days ago the programme ended (0 while it runs or before it starts)."""
        return max((d - self.end_date).days, 0)


# -- how long a family's programme may be, and when a reason is asked (issue 12) -------


def has_children(people: Sequence[tuple[str, PartialDate | None]], on: date) -> bool:
    """A child in the household on ``on``: someone recorded as a child of the head, or
    anyone who may still be under 18 (``people`` pairs a relationship with a birth date)."""
    for relationship, birth in people:
        if relationship == "child":
            return True
        if birth is not None and (birth.is_in_future(on) or birth.age_on(on)[0] < 18):
            return True
    return False


def length_needs_reason(
    months: int, standard_months: int | None, *, par_member: bool, with_children: bool
) -> bool:
    """True when a programme of ``months`` asks the worker for a reason, kept with the case.

    The channel's standard length needs none; nor do PAR-Famílias' 24 months for
    an entity that is a PAR member hosting a family with children (source
    l. 785-789). Anything else (24 months elsewhere or for a family without
    children, an extension) is allowed, with its reason written down.
    """
    if months == standard_months:
        return False
    return not (months == PAR_FAMILIES_MONTHS and par_member and with_children)
