"""Erasure wins: an anonymisation or a mistaken-case deletion reaches every device, and
nothing written without having seen it can bring the family's content back.

An erasure carries what remains of the family (nothing when it was deleted;
the rows with names, numbers and free text blanked when it was anonymised),
all under its own dot, and the join of every version vector of the family's
fields when it was made. A write to the family that this vector does not
cover was made without seeing the erasure: it is dropped, and the drop is
logged by dot, table, row and field, never by value. Two concurrent erasures
of one family: deletion beats anonymisation, then the later stamp, then the
device.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.registers import FieldState, Value, Write
from hostdesk.domain.team.rows import EXISTS, RowKey, RowState
from hostdesk.domain.team.vectors import Dot, VersionVector


class ErasureKind(StrEnum):
    ANONYMISED = "anonymised"
    DELETED = "deleted"


_KIND_RANK = {ErasureKind.ANONYMISED: 0, ErasureKind.DELETED: 1}


@dataclass(frozen=True)
class RowImage:
    """One row as the erasure leaves it (anonymised families only)."""

    table: str
    uid: str
    values: Mapping[str, Value] = field(repr=False)


@dataclass(frozen=True)
class Erasure:
    family: str
    kind: ErasureKind
    dot: Dot
    hlc: Hlc
    seen: VersionVector
    rows: tuple[RowImage, ...] = field(default=(), repr=False)

    @property
    def rank(self) -> tuple[int, Hlc, str]:
        return (_KIND_RANK[self.kind], self.hlc, self.dot.origin)

    def covers(self, write: Write) -> bool:
        """Written before the erasure (or by it): not a drop."""
        return write.dot == self.dot or self.seen.covers(write.dot)

    def row_states(self) -> list[RowState]:
        """The family's rows as the erasure leaves them, every field under its dot."""
        states = []
        for image in self.rows:
            values = {**image.values, EXISTS: True}
            fields = {
                name: FieldState((Write(value, self.dot, self.hlc, self.seen),),
                                 self.seen.with_dot(self.dot))
                for name, value in values.items()
            }  # fmt: skip
            states.append(RowState(RowKey(image.table, image.uid), self.family, fields))
        return states


@dataclass(frozen=True)
class Drop:
    """A write dropped because its family was erased: no value, ever."""

    dot: Dot
    family: str
    table: str
    uid: str
    field: str


def winner(current: Erasure | None, incoming: Erasure) -> Erasure:
    if current is None or incoming.rank > current.rank:
        return incoming
    return current
