"""One field of one row: a multi-value register with per-field version vectors.

Every write of a field carries its dot (the change set it belongs to), its
clock stamp and the version vector of what its writer had seen *of this
field*. A field's state keeps the writes that no other write it knows has
seen (its *frontier*) and the join of every vector it has merged. A new
write removes the frontier writes its vector covers; a write the state's
vector already covers is old news. This is the dotted-version-vector
register (Preguiça et al.): it is a join-semilattice, so merging the same
writes in any order, any number of times, gives the same state.

The value shown is the frontier write with the greatest (stamp, device);
a frontier holding different values is a conflict that a person resolves
with a new write that has seen them all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.vectors import EMPTY, Dot, VersionVector

Value = Any  # JSON: None, bool, int, str, lists and objects of them


def canonical_value(value: Value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Write:
    """``value`` written to a field by the change set ``dot`` at ``hlc``, having seen ``seen``."""

    value: Value
    dot: Dot
    hlc: Hlc
    seen: VersionVector = EMPTY

    @property
    def rank(self) -> tuple[Hlc, str]:
        """Last writer wins among concurrent writes: the later stamp, then the device."""
        return (self.hlc, self.dot.origin)


def _ordered(writes: Iterable[Write]) -> tuple[Write, ...]:
    return tuple(sorted(writes, key=lambda w: w.rank, reverse=True))


@dataclass(frozen=True)
class FieldState:
    frontier: tuple[Write, ...] = ()  # greatest rank first
    seen: VersionVector = EMPTY

    @property
    def winner(self) -> Write | None:
        return self.frontier[0] if self.frontier else None

    @property
    def value(self) -> Value:
        return self.frontier[0].value if self.frontier else None

    @property
    def in_conflict(self) -> bool:
        if len(self.frontier) < 2:
            return False
        return len({canonical_value(w.value) for w in self.frontier}) > 1

    def context(self) -> VersionVector:
        """What a new local write of this field has seen: everything merged so far."""
        return self.seen

    def merge(self, write: Write) -> FieldState:
        if self.seen.covers(write.dot):
            return self  # the same write again, or one a known write has already seen
        kept = [w for w in self.frontier if not write.seen.covers(w.dot)]
        return FieldState(_ordered([*kept, write]), self.seen.join(write.seen).with_dot(write.dot))

    def join(self, other: FieldState) -> FieldState:
        """Merge a whole state (a snapshot from another device)."""
        mine = {w.dot for w in self.frontier}
        theirs = {w.dot for w in other.frontier}
        kept = [w for w in self.frontier if w.dot in theirs or not other.seen.covers(w.dot)]
        kept += [w for w in other.frontier if w.dot not in mine and not self.seen.covers(w.dot)]
        return FieldState(_ordered(kept), self.seen.join(other.seen))


def state_of(writes: Iterable[Write]) -> FieldState:
    state = FieldState()
    for write in writes:
        state = state.merge(write)
    return state
