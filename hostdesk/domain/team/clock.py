"""The hybrid logical clock (HLC) that stamps every write.

A stamp is wall-clock milliseconds and a counter (Kulkarni et al., 2014, as
Actual Budget's HULC): it never goes backwards on a device, it moves past
every stamp the device has received, and it stays close to real time. Stamps
only *order* writes that were made concurrently (the version vectors decide
which writes are concurrent); ties fall to the device identifier.

A stamp more than ``MAX_AHEAD_MS`` ahead of the receiver's own clock is not
trusted: the change set carrying it is held back until the receiver's clock
has caught up, so one laptop with a wrong date cannot win every conflict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_AHEAD_MS = 10 * 60 * 1000
MAX_COUNTER = 0xFFFF
_TEXT = re.compile(r"\A(\d{13})-([0-9a-f]{4})\Z")


class ClockError(ValueError):
    """A stamp that cannot be read, or a counter that would overflow."""


@dataclass(frozen=True, order=True)
class Hlc:
    millis: int
    counter: int = 0

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:04x}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        match = _TEXT.match(text) if isinstance(text, str) else None
        if match is None:
            raise ClockError("a clock stamp is 13 digits, a dash and 4 hex digits")
        return cls(int(match.group(1)), int(match.group(2), 16))


ZERO = Hlc(0, 0)


def tick(last: Hlc, wall_ms: int) -> Hlc:
    """The stamp of a new local write, after ``last`` (the device's clock state)."""
    if wall_ms > last.millis:
        return Hlc(wall_ms, 0)
    if last.counter >= MAX_COUNTER:
        return Hlc(last.millis + 1, 0)  # a millisecond borrowed rather than an overflow
    return Hlc(last.millis, last.counter + 1)


def receive(last: Hlc, remote: Hlc, wall_ms: int) -> Hlc:
    """The device's clock state after accepting ``remote`` (already checked not too far ahead)."""
    top = max(last.millis, remote.millis, wall_ms)
    if top == last.millis == remote.millis:
        counter = max(last.counter, remote.counter) + 1
    elif top == last.millis:
        counter = last.counter + 1
    elif top == remote.millis:
        counter = remote.counter + 1
    else:
        counter = 0
    if counter > MAX_COUNTER:
        return Hlc(top + 1, 0)
    return Hlc(top, counter)


def too_far_ahead(stamp: Hlc, wall_ms: int) -> bool:
    return stamp.millis - wall_ms > MAX_AHEAD_MS
