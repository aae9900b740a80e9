"""One device's whole team state in memory: rows, erasures, drops, change sets held.

The vault keeps the same state in tables (``hostdesk.storage.team``) and
uses the row and erasure rules directly; this in-memory replica is what the
property test and the format's reference behaviour run on. ``canonical_dump``
is the content every device must agree on once it holds the same change sets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.erasure import Drop, Erasure, winner
from hostdesk.domain.team.registers import Value, Write
from hostdesk.domain.team.rows import Conflict, RowKey, RowState, Uniform, new_row
from hostdesk.domain.team.vectors import Dot


@dataclass(frozen=True)
class RowChange:
    """Writes to one row, as a change set carries them: ``uniform`` fields (one write each,
    sharing a dot, stamp and context), then the other ``writes``."""

    table: str
    uid: str
    family: str | None
    writes: tuple[tuple[str, Write], ...] = field(default=(), repr=False)
    uniform: Uniform | None = field(default=None, repr=False)

    def all_writes(self) -> Iterator[tuple[str, Write]]:
        if self.uniform is not None:
            yield from self.uniform.writes()
        yield from self.writes

    @property
    def hlc(self) -> Hlc:
        if not self.writes:  # most rows of a welcome: one Uniform, one stamp
            if self.uniform is not None and self.uniform.values:
                return self.uniform.hlc
            return Hlc(0, 0)
        stamps = [w.hlc for _, w in self.writes]
        if self.uniform is not None and self.uniform.values:
            stamps.append(self.uniform.hlc)
        return max(stamps, default=Hlc(0, 0))


@dataclass(frozen=True)
class ChangeSet:
    """What one device sends under one dot (its parcels, opened)."""

    dot: Dot
    rows: tuple[RowChange, ...] = ()
    erasures: tuple[Erasure, ...] = ()

    @cached_property
    def hlc(self) -> Hlc:
        """The greatest stamp it carries (worked out once: a welcome carries 50,000 rows)."""
        stamps = [row.hlc for row in self.rows]
        stamps += [e.hlc for e in self.erasures]
        return max(stamps, default=Hlc(0, 0))


@dataclass
class Replica:
    rows: dict[RowKey, RowState] = field(default_factory=dict)
    erasures: dict[str, Erasure] = field(default_factory=dict)
    drops: list[Drop] = field(default_factory=list)
    applied: set[Dot] = field(default_factory=set)

    # -- merging what others sent ------------------------------------------------------

    def apply(self, change_set: ChangeSet) -> None:
        for erasure in change_set.erasures:
            self.apply_erasure(erasure)
        for row in change_set.rows:
            for name, write in row.all_writes():
                self.merge_write(row.table, row.uid, row.family, name, write)
        self.applied.add(change_set.dot)

    def merge_write(
        self, table: str, uid: str, family: str | None, name: str, write: Write
    ) -> None:
        erasure = self.erasures.get(family) if family is not None else None
        if erasure is not None:
            if not erasure.covers(write):
                self.drops.append(Drop(write.dot, family or "", table, uid, name))
            return
        key = RowKey(table, uid)
        row = self.rows.get(key) or new_row(table, uid, family)
        self.rows[key] = row.merge(name, write)

    def apply_erasure(self, erasure: Erasure) -> None:
        current = self.erasures.get(erasure.family)
        chosen = winner(current, erasure)
        if chosen is current:
            if current is not None and erasure.dot != current.dot:
                self._log_unseen(erasure.family, erasure.row_states(), current)  # the loser's
            return
        family_rows = [k for k, r in self.rows.items() if r.family == erasure.family]
        self._log_unseen(erasure.family, [self.rows[k] for k in family_rows], chosen)
        for key in family_rows:
            del self.rows[key]
        self.erasures[erasure.family] = chosen
        for state in chosen.row_states():
            self.rows[state.key] = state

    def _log_unseen(self, family: str, states: Iterable[RowState], erasure: Erasure) -> None:
        for state in states:
            for name, write in state.writes():
                if not erasure.covers(write):
                    self.drops.append(Drop(write.dot, family, state.key.table, state.key.uid, name))

    # -- local edits (what capture records) --------------------------------------------

    def write(
        self, table: str, uid: str, family: str | None, name: str, value: Value, dot: Dot, hlc: Hlc
    ) -> Write:
        key = RowKey(table, uid)
        row = self.rows.get(key) or new_row(table, uid, family)
        row = row.local(name, value, dot, hlc)
        self.rows[key] = row
        return row.fields[name].frontier[0]

    # -- reading -----------------------------------------------------------------------

    def live_rows(self) -> list[RowState]:
        return sorted(
            (r for r in self.rows.values() if r.exists),
            key=lambda r: (r.key.table, r.key.uid),
        )

    def conflicts(self) -> list[Conflict]:
        return [c for key in sorted(self.rows, key=lambda k: (k.table, k.uid))
                for c in self.rows[key].conflicts()]  # fmt: skip

    def canonical_dump(self) -> str:
        """Content, conflicts and erasures in one canonical text: equal on converged devices."""
        content = [[r.key.table, r.key.uid, r.family, r.values()] for r in self.live_rows()]
        conflicts = [
            [c.key.table, c.key.uid, c.field,
             sorted(json.dumps(w.value, sort_keys=True) for w in c.writes)]
            for c in self.conflicts()
        ]  # fmt: skip
        erased = sorted([e.family, e.kind.value] for e in self.erasures.values())
        return json.dumps(
            {"rows": content, "conflicts": conflicts, "erased": erased},
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )


def value_of(replica: Replica, table: str, uid: str, name: str) -> Value:
    row = replica.rows.get(RowKey(table, uid))
    if row is None or name not in row.fields:
        return None
    return row.fields[name].value
