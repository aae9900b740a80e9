"""The property the whole of team sync rests on: devices that edit apart, then exchange
change sets in any order, with duplicates and losses, end with the same content, and
no acknowledged edit disappears without a trace."""

from __future__ import annotations

import random
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostdesk.domain.team.erasure import Erasure, ErasureKind
from hostdesk.domain.team.replica import Replica
from hostdesk.domain.team.rows import EXISTS, RowKey
from tests.domain.team_sim import FIELDS, VALUES, Acked, Device, exchange, full_exchange

MINUTE = 60_000


def _live_families(device: Device) -> list[str]:
    return sorted(
        r.key.uid
        for r in device.replica.rows.values()
        if r.key.table == "family" and r.exists and r.family not in device.replica.erasures
    )


def _live_rows(device: Device) -> list[RowKey]:
    erased = device.replica.erasures
    return sorted(
        (r.key for r in device.replica.rows.values() if r.exists and r.family not in erased),
        key=lambda k: (k.table, k.uid),
    )


def _edit(rng: random.Random, device: Device, world: int) -> None:
    families = _live_families(device)
    rows = _live_rows(device)
    choice = rng.random()
    if choice < 0.12 or not families:
        uid = uuid.UUID(int=rng.getrandbits(128)).hex
        device.write(world, "family", uid, uid, EXISTS, True)
        for name in FIELDS:
            device.write(world, "family", uid, uid, name, rng.choice(VALUES))
    elif choice < 0.25:
        family = rng.choice(families)
        uid = uuid.UUID(int=rng.getrandbits(128)).hex
        device.write(world, "member", uid, family, EXISTS, True)
        device.write(world, "member", uid, family, "a", rng.choice(VALUES))
    elif choice < 0.75 and rows:
        key = rng.choice(rows)
        family = device.replica.rows[key].family or ""
        device.write(world, key.table, key.uid, family, rng.choice(FIELDS), rng.choice(VALUES))
    elif choice < 0.82 and rows:
        members = [k for k in rows if k.table == "member"]
        if members:
            key = rng.choice(members)
            family = device.replica.rows[key].family or ""
            device.write(world, key.table, key.uid, family, EXISTS, False)
    elif choice < 0.87:
        kind = ErasureKind.DELETED if rng.random() < 0.3 else ErasureKind.ANONYMISED
        device.erase(world, rng.choice(families), kind)
    else:
        erased = device.replica.erasures
        conflicts = [c for c in device.replica.conflicts()
                     if device.replica.rows[c.key].family not in erased]  # fmt: skip
        if conflicts:
            conflict = rng.choice(conflicts)
            row = device.replica.rows[conflict.key]
            picked = rng.choice(conflict.writes).value
            if conflict.field == EXISTS:
                picked = rng.choice([True, False])
            device.write(world, conflict.key.table, conflict.key.uid, row.family or "",
                         conflict.field, picked)  # fmt: skip


def _accounted_for(
    edit: Acked, final: Replica, dropped: set[tuple[object, ...]], erasures: list[Erasure]
) -> bool:
    """Present, in a conflict, superseded by a write that saw it, erased, or logged as dropped."""
    if (edit.dot, edit.key.table, edit.key.uid, edit.field) in dropped:
        return True
    if edit.family in final.erasures and any(
        e.family == edit.family and (e.dot == edit.dot or e.seen.covers(edit.dot)) for e in erasures
    ):
        return True  # written before an erasure of its family (made by someone who saw it)
    row = final.rows.get(edit.key)
    if row is None or edit.field not in row.fields:
        return False
    # The edit itself, or a later write made having seen it (a deliberate overwrite).
    keepers = [
        w for w in row.fields[edit.field].frontier if w.dot == edit.dot or w.seen.covers(edit.dot)
    ]
    if not keepers:
        return False
    if row.exists or edit.field == EXISTS:
        return True
    # A deleted row: the deletion saw the edit, or the row shows "deleted here, changed there".
    deletion = row.fields[EXISTS].winner
    assert deletion is not None
    if deletion.seen.covers(edit.dot) or deletion.dot == edit.dot:
        return True
    shown = {w.dot for c in row.conflicts() if c.field == EXISTS for w in c.writes}
    return any(w.dot in shown for w in keepers)


def _field_of(final: Replica, conflict: object, write: object) -> str:
    row = final.rows[conflict.key]  # type: ignore[attr-defined]
    return next(name for name, w in row.writes() if w is write)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32 - 1),
    devices=st.integers(2, 4),
    steps=st.integers(5, 60),
    loss=st.sampled_from([0.0, 0.2, 0.5]),
    dup=st.sampled_from([0.0, 0.3]),
)
def test_devices_converge_and_no_edit_vanishes(
    seed: int, devices: int, steps: int, loss: float, dup: float
) -> None:
    rng = random.Random(seed)
    # Clocks up to 20 minutes off either way, and one laptop a year behind.
    team = [Device(f"d{i}", rng.randint(-20, 20) * MINUTE) for i in range(devices)]
    if rng.random() < 0.3:
        team[-1].skew_ms = -365 * 24 * 60 * MINUTE
    world = 1_760_000_000_000
    for _ in range(steps):
        world += rng.randint(0, 3) * MINUTE
        if rng.random() < 0.7:
            _edit(rng, rng.choice(team), world)
        else:
            src, dst = rng.sample(team, 2)
            exchange(rng, src, dst, world, loss, dup)
    # The clocks are put right and an hour passes: nothing may stay held after that.
    for device in team:
        device.skew_ms = 0
    world += 60 * MINUTE
    full_exchange(team, world)

    dumps = {device.replica.canonical_dump() for device in team}
    assert len(dumps) == 1, "devices holding the same change sets differ"
    assert all(not device.held for device in team)
    final = team[0].replica
    dropped = {(d.dot, d.table, d.uid, d.field) for device in team for d in device.replica.drops}
    erasures = [e for device in team for e in device.made_erasures]
    for device in team:
        for edit in device.acked:
            assert _accounted_for(edit, final, dropped, erasures), edit
    knew = {(e.dot, e.key, e.field): e.knew for device in team for e in device.acked}
    for conflict in final.conflicts():
        # Only writes made without seeing each other conflict: the values of one field, or
        # a deletion and the edits it had not seen (those edits may follow one another).
        first = conflict.writes[0]
        pairs = [(x, y) for x in conflict.writes for y in conflict.writes if x.dot != y.dot]
        if conflict.field == EXISTS:
            pairs = [(first, w) for w in conflict.writes[1:]] + [
                (w, first) for w in conflict.writes[1:]
            ]
        for x, y in pairs:
            name_x = conflict.field if x is first else _field_of(final, conflict, x)
            seen_by_x = knew.get((x.dot, conflict.key, name_x), frozenset())
            assert y.dot not in seen_by_x, "a conflict between ordered edits"
    for drop in (d for device in team for d in device.replica.drops):
        assert drop.family in final.erasures, "only an erasure drops an edit"
