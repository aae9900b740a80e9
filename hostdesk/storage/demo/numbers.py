"""Numbers for the synthetic families: check digits, scrambled identifiers, weights, dates.

Plain helpers shared by :mod:`hostdesk.storage.demo.record_draws` and
:mod:`hostdesk.storage.demo.synthetic`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import ProgrammeClock

# ---------------------------------------------------------------------------
# Check digits (the validators in hostdesk.domain.identifiers accept these)


def nif_with_check(body8: str) -> str:
    """A NIF from its first eight digits: weights 9..2, mod 11."""
    r = sum(int(d) * w for d, w in zip(body8, range(9, 1, -1), strict=True)) % 11
    return body8 + str(0 if r < 2 else 11 - r)


_NISS_WEIGHTS = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)


def niss_with_check(body10: str) -> str:
    """A NISS from its first ten digits: weighted sum, check = 9 - (sum mod 10)."""
    total = sum(int(d) * w for d, w in zip(body10, _NISS_WEIGHTS, strict=True))
    return body10 + str(9 - total % 10)


def scramble(k: int, multiplier: int, offset: int, width: int) -> int:
    """A bijection on ``width``-digit numbers: distinct people, distinct numbers.

    Affine maps with a multiplier coprime to 10 are bijections; reversing the
    digits between two of them hides the arithmetic progression a single one
    shows for consecutive people.
    """
    modulus = 10**width
    x = (k * multiplier + offset) % modulus
    x = int(f"{x:0{width}d}"[::-1])
    return (x * 3_141_592_653 + offset) % modulus


def weighted(pairs: Sequence[tuple[str, int]]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    values = tuple(v for v, _ in pairs)
    cumulative, total = [], 0
    for _, w in pairs:
        total += w
        cumulative.append(total)
    return values, tuple(cumulative)


def years_old(birth: PartialDate | None, today: date) -> int:
    if birth is None or birth.is_in_future(today):
        return 0
    return birth.age_on(today)[1]


def add_months(d: date, n: int) -> date:
    return ProgrammeClock(d, n).end_date + timedelta(days=1)
