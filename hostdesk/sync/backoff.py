"""When to try again after a failed send: exponential backoff with jitter, capped.

Pure: the caller passes the random source, so tests choose it. The jitter
keeps many laptops that lost the network together from all coming back in
the same second; half the delay is always kept, so a retry never comes at once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Backoff:
    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)

    def delay(
        self, attempts: int, rng: random.Random, at_least: timedelta | None = None
    ) -> timedelta:
        """The wait after ``attempts`` failed attempts (1 for the first failure)."""
        exponent = max(attempts - 1, 0)
        ceiling = self.cap.total_seconds()
        raw = min(ceiling, self.base.total_seconds() * 2.0 ** min(exponent, 40))
        wait = raw * (0.5 + 0.5 * rng.random())
        if at_least is not None:  # the NAIR asked for a pause (Retry-After)
            wait = max(wait, at_least.total_seconds())
        return timedelta(seconds=min(wait, ceiling))
