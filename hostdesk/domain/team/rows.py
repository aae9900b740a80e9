"""A row that travels: its fields' registers, whether it exists, and its conflicts.

A row is named by its table and a global identifier (never a local integer)
and belongs to one family, or to the entity as a whole (users, rates,
settings). Creating a row writes ``EXISTS`` true with its fields; deleting it
writes ``EXISTS`` false having seen every field of the row. A deletion that
had not seen an edit made elsewhere is a conflict too ("deleted here,
changed there"): the row stays deleted until a person restores it or
confirms the deletion.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.registers import FieldState, Value, Write, canonical_value
from hostdesk.domain.team.vectors import EMPTY, Dot, VersionVector

EXISTS = "_exists"


@dataclass(frozen=True)
class RowKey:
    table: str
    uid: str


@dataclass(frozen=True)
class Conflict:
    """A field with several values written without seeing each other (no content in repr)."""

    key: RowKey
    field: str  # a field name, or EXISTS for "deleted here, changed there"
    writes: tuple[Write, ...] = field(repr=False)


@dataclass(frozen=True)
class Uniform:
    """Fields written once each, by writes that share one dot, stamp and context: a row as it
    was created, or as it stood at a device's genesis. Sent and kept once, not per field
    (a joining laptop receives tens of thousands of such rows)."""

    dot: Dot
    hlc: Hlc
    seen: VersionVector
    values: Mapping[str, Value] = field(repr=False)

    def writes(self) -> Iterator[tuple[str, Write]]:
        for name, value in self.values.items():
            yield name, Write(value, self.dot, self.hlc, self.seen)

    def state(self, key: RowKey, family: str | None) -> RowState:
        """The row after these writes merged into nothing: each field its one write."""
        context = self.seen.with_dot(self.dot)
        fields = {name: FieldState((write,), context) for name, write in self.writes()}
        return RowState(key, family, MappingProxyType(fields))


@dataclass(frozen=True)
class RowState:
    key: RowKey
    family: str | None
    fields: Mapping[str, FieldState] = field(default_factory=lambda: MappingProxyType({}))

    # -- reading ---------------------------------------------------------------------

    @property
    def exists(self) -> bool:
        state = self.fields.get(EXISTS)
        return bool(state is not None and state.value is True)

    def values(self) -> dict[str, Value]:
        return {name: state.value for name, state in self.fields.items() if name != EXISTS}

    def context(self) -> VersionVector:
        """Everything this device has merged into the row: what a deletion has seen."""
        seen = EMPTY
        for state in self.fields.values():
            seen = seen.join(state.seen)
        return seen

    def writes(self) -> Iterable[tuple[str, Write]]:
        for name, state in self.fields.items():
            for write in state.frontier:
                yield name, write

    def as_uniform(self) -> Uniform | None:
        """The row as one Uniform when every field is one write of one dot, stamp and context
        that has seen nothing else of the field (what ``Uniform.state`` makes)."""
        first: Write | None = None
        context: VersionVector | None = None
        values: dict[str, Value] = {}
        for name, state in self.fields.items():
            if len(state.frontier) != 1:
                return None
            write = state.frontier[0]
            if first is None:
                first, context = write, write.seen.with_dot(write.dot)
            elif write.dot != first.dot or write.hlc != first.hlc or write.seen != first.seen:
                return None
            if state.seen != context:
                return None
            values[name] = write.value
        if first is None:
            return None
        return Uniform(first.dot, first.hlc, first.seen, values)

    def conflicts(self, silent: frozenset[str] = frozenset()) -> list[Conflict]:
        """Fields written apart; for a deleted row only "deleted here, changed there" (its
        fields' conflicts matter again once a person restores it). ``silent`` fields are
        bookkeeping (when a row was last changed): the later stamp wins, nobody is asked."""
        deletion = self.fields.get(EXISTS)
        if deletion is not None and deletion.winner is not None and deletion.value is False:
            unseen = [
                w
                for name, state in sorted(self.fields.items())
                if name != EXISTS
                for w in state.frontier
                if not deletion.winner.seen.covers(w.dot) and w.dot != deletion.winner.dot
            ]
            return [Conflict(self.key, EXISTS, (deletion.winner, *unseen))] if unseen else []
        return [
            Conflict(self.key, name, state.frontier)
            for name, state in sorted(self.fields.items())
            if state.in_conflict and name not in silent
        ]

    # -- merging ---------------------------------------------------------------------

    def merge(self, name: str, write: Write) -> RowState:
        current = self.fields.get(name, FieldState())
        merged = current.merge(write)
        if merged is current:
            return self
        return self._with(name, merged)

    def join(self, other: RowState) -> RowState:
        result = self
        for name, state in other.fields.items():
            mine = result.fields.get(name)
            result = result._with(name, state if mine is None else mine.join(state))
        return result

    def local(self, name: str, value: Value, dot: Dot, hlc: Hlc) -> RowState:
        """A write made on this device: it has seen everything the field holds."""
        current = self.fields.get(name, FieldState())
        seen = current.context() if name != EXISTS or value is not False else self.context()
        write = Write(value, dot, hlc, seen)
        return self._with(name, FieldState((write,), seen.with_dot(dot)))

    def _with(self, name: str, state: FieldState) -> RowState:
        fields = dict(self.fields)
        fields[name] = state
        return RowState(self.key, self.family, MappingProxyType(fields))


def new_row(table: str, uid: str, family: str | None) -> RowState:
    return RowState(RowKey(table, uid), family)


def same_values(a: Value, b: Value) -> bool:
    return canonical_value(a) == canonical_value(b)
