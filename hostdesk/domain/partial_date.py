"""Dates known only to the year or the month, stored honestly.

Many refugees' documents give a year of birth and nothing more. A year-only
date stays year-only: it is never turned into an invented 1 January.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

MIN_YEAR = 1900
MAX_YEAR = 2100

Precision = Literal["year", "month", "day"]

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
# Day first, as written in Portugal: 14/05/1987, 14-05-1987, 14.05.1987, 05/1987.
_PT = re.compile(r"(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day.

    Ordering sorts by the earliest possible day, with a less precise date
    first when two start on the same day (1987 < 1987-01 < 1987-01-01).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        for name in ("year", "month", "day"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise TypeError(f"The {name} must be a whole number.")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"The year must be between {MIN_YEAR} and {MAX_YEAR}.")
        if self.day is not None and self.month is None:
            raise ValueError("A day needs a month.")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("The month must be between 1 and 12.")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(
                    f"{self.year:04d}-{self.month:02d} has no day {self.day}; "
                    f"the last day is {last}."
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read "1987", "1987-05", "1987-05-14", "05/1987" or "14/05/1987"."""
        cleaned = text.strip()
        if not cleaned:
            raise ValueError("Enter a date: a year, month/year or day/month/year.")
        if m := _ISO.fullmatch(cleaned):
            year, month, day = m.group(1), m.group(2), m.group(3)
        elif m := _PT.fullmatch(cleaned):
            day, month, year = m.group(1), m.group(2), m.group(3)
        else:
            raise ValueError(f'"{cleaned}" is not a date; write it as 1987, 05/1987 or 14/05/1987.')
        return cls(
            int(year),
            int(month) if month is not None else None,
            int(day) if day is not None else None,
        )

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        """A full date, known to the day."""
        return cls(d.year, d.month, d.day)

    @property
    def precision(self) -> Precision:
        """How much of the date is known: "year", "month" or "day"."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def earliest(self) -> date:
        """The first day this date could be."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        """The last day this date could be."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def is_in_future(self, today: date) -> bool:
        """True only if every day this date could be is after ``today``."""
        return self.earliest() > today

    def age_on(self, on: date) -> tuple[int, int]:
        """Youngest and oldest possible age in whole years on ``on``.

        Someone born on 29 February has their birthday on 1 March in common
        years. Raises ``ValueError`` if ``on`` is before any possible birth day.
        """
        if on < self.earliest():
            raise ValueError(f"{on.isoformat()} is before the date of birth {self}.")
        # A year-only birth may still be in the future on ``on``: not born yet counts as 0.
        return max(0, _whole_years(self.latest(), on)), _whole_years(self.earliest(), on)

    def _key(self) -> tuple[date, int]:
        return self.earliest(), ("year", "month", "day").index(self.precision)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _whole_years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
