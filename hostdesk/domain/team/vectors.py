"""Dots and version vectors: who wrote what, and what a writer had seen.

A *dot* names one change set: the device that made it and its sequence
number on that device (1, 2, 3, …). A *version vector* maps devices to the
highest sequence number seen; it *covers* a dot when it has seen it. Two
writes are concurrent when neither writer's vector covers the other's dot:
that is decided by what the devices saw, never by their clocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Dot:
    origin: str
    seq: int

    def __post_init__(self) -> None:
        if not self.origin or self.seq < 0:
            raise ValueError("a dot names a device and a sequence number of 0 or more")


@dataclass(frozen=True)
class VersionVector:
    """An immutable map device -> highest sequence number seen."""

    entries: tuple[tuple[str, int], ...] = ()

    @classmethod
    def of(cls, mapping: Mapping[str, int] | Iterable[tuple[str, int]] = ()) -> VersionVector:
        items = mapping.items() if isinstance(mapping, Mapping) else mapping
        merged: dict[str, int] = {}
        for origin, seq in items:
            if seq < 0:
                raise ValueError("a version vector holds sequence numbers of 0 or more")
            if seq > merged.get(origin, -1):
                merged[origin] = seq
        return cls(tuple(sorted(merged.items())))

    def get(self, origin: str) -> int:
        """The highest sequence number of ``origin`` seen, or -1 when none was."""
        for name, seq in self.entries:
            if name == origin:
                return seq
        return -1

    def covers(self, dot: Dot) -> bool:
        return self.get(dot.origin) >= dot.seq

    def with_dot(self, dot: Dot) -> VersionVector:
        if self.covers(dot):
            return self
        return VersionVector.of([*self.entries, (dot.origin, dot.seq)])

    def join(self, other: VersionVector) -> VersionVector:
        if not other.entries or other == self:
            return self
        if not self.entries:
            return other
        return VersionVector.of([*self.entries, *other.entries])

    def dominates(self, other: VersionVector) -> bool:
        """Every dot ``other`` covers, this covers too."""
        return all(self.get(origin) >= seq for origin, seq in other.entries)

    def as_dict(self) -> dict[str, int]:
        return dict(self.entries)

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return iter(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)


EMPTY = VersionVector()
