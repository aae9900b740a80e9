"""How long a family's file is kept, named, after the family leaves the programme.

After the retention period counted from the exit date, the file is
anonymised: what identifies people goes, what the figures need stays. The
period is the entity's to set (Settings); five years is the default, an
assumption to be confirmed by each entity's data-protection officer against
its own legal duties (accounting of EU-funded allowances, for one).
"""

from __future__ import annotations

from datetime import date, timedelta

DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30


def years_after(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def anonymisation_due_on(exit_date: date, years: int) -> date:
    return years_after(exit_date, years)


def latest_due_exit(today: date, years: int) -> date:
    """The latest exit date whose retention period has run out by ``today``."""
    candidate = years_after(today, -years)
    # 29 February has no twin in most years: step a day either way until exact.
    while anonymisation_due_on(candidate, years) > today:
        candidate -= timedelta(days=1)
    while anonymisation_due_on(candidate + timedelta(days=1), years) <= today:
        candidate += timedelta(days=1)
    return candidate


def is_due(exit_date: date | None, anonymised_on: date | None, years: int, today: date) -> bool:
    """An exited family, not yet anonymised, whose retention period has run out."""
    if exit_date is None or anonymised_on is not None:
        return False
    return anonymisation_due_on(exit_date, years) <= today
