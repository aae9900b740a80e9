"""A small simulated team for the merge tests: devices with skewed clocks that edit,
seal change sets, and pass them on (relaying what they hold), as the vault does."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from hostdesk.domain.team.admission import admission
from hostdesk.domain.team.clock import ZERO, Hlc, receive, tick
from hostdesk.domain.team.erasure import Erasure, ErasureKind, RowImage
from hostdesk.domain.team.registers import Write
from hostdesk.domain.team.replica import ChangeSet, Replica, RowChange
from hostdesk.domain.team.rows import RowKey
from hostdesk.domain.team.vectors import EMPTY, Dot

FIELDS = ("a", "b", "c")
VALUES = ("x", "y", "z", "", None, 1)


@dataclass(frozen=True)
class Acked:
    """An edit the device showed its user as saved."""

    dot: Dot
    key: RowKey
    field: str
    value: object
    knew: frozenset[Dot] = frozenset()  # the change sets its device held when it was made
    family: str = ""


@dataclass
class Device:
    name: str
    skew_ms: int = 0
    replica: Replica = field(default_factory=Replica)
    seq: int = 1
    clock: Hlc = ZERO
    store: dict[Dot, ChangeSet] = field(default_factory=dict)
    held: list[ChangeSet] = field(default_factory=list)
    touched: set[tuple[RowKey, str]] = field(default_factory=set)
    erased_now: list[Erasure] = field(default_factory=list)
    acked: list[Acked] = field(default_factory=list)
    made_erasures: list[Erasure] = field(default_factory=list)
    known: set[Dot] = field(default_factory=set)

    @property
    def dot(self) -> Dot:
        return Dot(self.name, self.seq)

    def wall(self, world_ms: int) -> int:
        return world_ms + self.skew_ms

    # -- edits -------------------------------------------------------------------------

    def write(
        self, world_ms: int, table: str, uid: str, family: str, name: str, value: object
    ) -> None:
        self.clock = tick(self.clock, self.wall(world_ms))
        self.replica.write(table, uid, family, name, value, self.dot, self.clock)
        key = RowKey(table, uid)
        self.touched.add((key, name))
        self.acked.append(Acked(self.dot, key, name, value, frozenset(self.known), family))

    def erase(self, world_ms: int, family: str, kind: ErasureKind) -> None:
        self.clock = tick(self.clock, self.wall(world_ms))
        rows = [r for r in self.replica.rows.values() if r.family == family]
        seen = EMPTY
        for row in rows:
            seen = seen.join(row.context())
        images = ()
        if kind is ErasureKind.ANONYMISED:
            images = tuple(
                RowImage(r.key.table, r.key.uid, {**r.values(), "a": ""})
                for r in rows if r.exists
            )  # fmt: skip
        erasure = Erasure(family, kind, self.dot, self.clock, seen, images)
        self.replica.apply_erasure(erasure)
        self.erased_now.append(erasure)
        self.made_erasures.append(erasure)

    # -- exchange ----------------------------------------------------------------------

    def seal(self) -> None:
        if not self.touched and not self.erased_now:
            return
        erased = {e.family for e in self.erased_now}
        by_row: dict[RowKey, list[tuple[str, Write]]] = {}
        for key, name in sorted(self.touched, key=lambda t: (t[0].table, t[0].uid, t[1])):
            row = self.replica.rows.get(key)
            if row is None or row.family in erased or name not in row.fields:
                continue
            mine = [w for w in row.fields[name].frontier if w.dot == self.dot]
            by_row.setdefault(key, []).extend((name, w) for w in mine)
        changes = tuple(
            RowChange(k.table, k.uid, self.replica.rows[k].family, tuple(ws))
            for k, ws in by_row.items() if ws
        )  # fmt: skip
        change_set = ChangeSet(self.dot, changes, tuple(self.erased_now))
        self.store[self.dot] = change_set
        self.replica.applied.add(self.dot)
        self.known.add(self.dot)
        self.seq += 1
        self.touched.clear()
        self.erased_now = []

    def receive(self, change_set: ChangeSet, world_ms: int) -> None:
        wall = self.wall(world_ms)
        if admission(change_set.hlc, 1, wall) is not None:
            self.held.append(change_set)
            return
        self.replica.apply(change_set)  # even a duplicate: merging must be idempotent
        self.known.add(change_set.dot)
        self.known.update(w.dot for row in change_set.rows for _, w in row.writes)
        self.known.update(e.dot for e in change_set.erasures)
        self.clock = receive(self.clock, change_set.hlc, wall)
        self.store.setdefault(change_set.dot, change_set)

    def retry_held(self, world_ms: int) -> None:
        waiting, self.held = self.held, []
        for change_set in waiting:
            self.receive(change_set, world_ms)


def exchange(
    rng: random.Random, src: Device, dst: Device, world_ms: int, loss: float, dup: float
) -> None:
    """``src`` sends what it holds, shuffled, losing and repeating some."""
    src.seal()
    dst.seal()  # the receiver's own edits get their dot before others' are merged
    sets = list(src.store.values())
    rng.shuffle(sets)
    for change_set in sets:
        if rng.random() < loss:
            continue
        dst.receive(change_set, world_ms)
        if rng.random() < dup:
            dst.receive(change_set, world_ms)
    dst.retry_held(world_ms)


def full_exchange(devices: list[Device], world_ms: int) -> None:
    rng = random.Random(0)
    for _ in range(2):
        for src in devices:
            for dst in devices:
                if src is not dst:
                    exchange(rng, src, dst, world_ms, 0.0, 0.0)
