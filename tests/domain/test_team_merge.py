"""The merge rules one at a time: what a person would see on two laptops."""

from __future__ import annotations

import pytest

from hostdesk.domain.team.admission import Hold, admission
from hostdesk.domain.team.clock import MAX_AHEAD_MS, ZERO, ClockError, Hlc, receive, tick
from hostdesk.domain.team.erasure import Erasure, ErasureKind, RowImage
from hostdesk.domain.team.registers import FieldState, Write, state_of
from hostdesk.domain.team.replica import ChangeSet, Replica, RowChange
from hostdesk.domain.team.rows import EXISTS, RowKey
from hostdesk.domain.team.vectors import EMPTY, Dot, VersionVector

NOW = 1_760_000_000_000
YEAR = 365 * 24 * 3600 * 1000


def test_clock_never_goes_back_and_moves_past_what_it_received() -> None:
    first = tick(ZERO, NOW)
    assert tick(first, NOW - 5000) > first  # the wall clock went back: the stamp did not
    later = receive(first, Hlc(NOW + 1000, 7), NOW)
    assert later > Hlc(NOW + 1000, 7)
    assert Hlc.parse(str(later)) == later
    with pytest.raises(ClockError):
        Hlc.parse("yesterday")


def test_version_vector_covers_what_was_seen() -> None:
    vv = VersionVector.of({"a": 3}).with_dot(Dot("b", 1))
    assert vv.covers(Dot("a", 2)) and vv.covers(Dot("b", 1))
    assert not vv.covers(Dot("a", 4)) and not vv.covers(Dot("c", 0))
    assert vv.join(VersionVector.of({"a": 5})).get("a") == 5


def test_a_later_edit_wins_even_from_a_laptop_whose_clock_is_a_year_behind() -> None:
    first = Write("Lisboa", Dot("a", 1), Hlc(NOW))
    state = state_of([first])
    # The laptop a year behind had received the first edit, then changed the field.
    second = Write("Porto", Dot("b", 1), Hlc(NOW - YEAR), state.context())
    for order in ([first, second], [second, first], [second, first, second]):
        merged = state_of(order)
        assert merged.value == "Porto" and not merged.in_conflict


def test_edits_made_apart_are_a_conflict_whatever_the_clocks_say() -> None:
    ahead = Write("Lisboa", Dot("a", 1), Hlc(NOW + 5000))
    behind = Write("Porto", Dot("b", 1), Hlc(NOW - YEAR))
    for order in ([ahead, behind], [behind, ahead]):
        merged = state_of(order)
        assert merged.in_conflict
        assert {w.value for w in merged.frontier} == {"Lisboa", "Porto"}
        assert merged.value == "Lisboa"  # shown meanwhile: the later stamp
    # A person picks "Porto": a write that saw both ends the conflict everywhere.
    picked = Write("Porto", Dot("a", 2), Hlc(NOW + 9000), state_of([ahead, behind]).context())
    assert not state_of([ahead, picked, behind]).in_conflict
    assert state_of([behind, ahead, picked]).value == "Porto"


def test_the_same_value_written_apart_is_no_conflict() -> None:
    merged = state_of([Write("x", Dot("a", 1), Hlc(NOW)), Write("x", Dot("b", 1), Hlc(NOW))])
    assert not merged.in_conflict


def test_a_snapshot_joins_like_the_writes_it_holds() -> None:
    w1 = Write(1, Dot("a", 1), Hlc(NOW))
    w2 = Write(2, Dot("b", 1), Hlc(NOW + 1), state_of([w1]).context())
    w3 = Write(3, Dot("c", 1), Hlc(NOW + 2))
    snapshot = state_of([w1, w2])
    joined = state_of([w3]).join(snapshot)
    assert joined == state_of([w3, w1, w2])
    assert {w.dot for w in joined.frontier} == {w2.dot, w3.dot}
    assert state_of([w1]).join(snapshot).value == 2
    assert FieldState().join(snapshot) == snapshot


def _family_change(dot: Dot, stamp: Hlc, uid: str, **values: object) -> ChangeSet:
    writes = tuple((name, Write(value, dot, stamp)) for name, value in values.items())
    return ChangeSet(
        dot, (RowChange("family", uid, uid, ((EXISTS, Write(True, dot, stamp)), *writes)),)
    )


def test_a_deletion_that_had_not_seen_an_edit_shows_both() -> None:
    replica = Replica()
    replica.apply(_family_change(Dot("a", 1), Hlc(NOW), "f1", town="Braga"))
    row = replica.rows[RowKey("family", "f1")]
    deleted = row.local(EXISTS, False, Dot("a", 2), Hlc(NOW + 10))
    edit = Write("Porto", Dot("b", 1), Hlc(NOW + 20), row.fields["town"].context())
    replica.rows[row.key] = deleted
    replica.merge_write("family", "f1", "f1", "town", edit)
    conflicts = replica.conflicts()
    assert [c.field for c in conflicts] == [EXISTS]
    assert not replica.rows[row.key].exists


def test_an_edit_arriving_after_the_anonymisation_is_dropped_and_logged_without_content() -> None:
    replica = Replica()
    replica.apply(_family_change(Dot("a", 1), Hlc(NOW), "f1", name="Amina", town="Braga"))
    seen = replica.rows[RowKey("family", "f1")].context()
    erasure = Erasure(
        "f1", ErasureKind.ANONYMISED, Dot("a", 2), Hlc(NOW + 100), seen,
        (RowImage("family", "f1", {"name": "", "town": "Braga"}),),
    )  # fmt: skip
    late = Write("Amina Y.", Dot("b", 1), Hlc(NOW + 500), VersionVector.of({"a": 1}))
    for first_erasure in (True, False):
        copy = Replica(dict(replica.rows))
        steps = [lambda r=copy: r.apply_erasure(erasure),
                 lambda r=copy: r.merge_write("family", "f1", "f1", "name", late)]  # fmt: skip
        for step in steps if first_erasure else reversed(steps):
            step()
        assert copy.rows[RowKey("family", "f1")].values() == {"name": "", "town": "Braga"}
        assert [(d.dot, d.field) for d in copy.drops] == [(Dot("b", 1), "name")]
        assert "Amina" not in repr(copy.drops) and "Amina" not in copy.canonical_dump()


def test_deletion_beats_a_concurrent_anonymisation() -> None:
    replica = Replica()
    replica.apply(_family_change(Dot("a", 1), Hlc(NOW), "f1", name="Amina"))
    anon = Erasure("f1", ErasureKind.ANONYMISED, Dot("a", 2), Hlc(NOW + 900), EMPTY,
                   (RowImage("family", "f1", {"name": ""}),))  # fmt: skip
    deletion = Erasure("f1", ErasureKind.DELETED, Dot("b", 1), Hlc(NOW + 1), EMPTY)
    for order in ((anon, deletion), (deletion, anon)):
        copy = Replica(dict(replica.rows))
        for erasure in order:
            copy.apply_erasure(erasure)
        assert copy.erasures["f1"] is deletion and not copy.live_rows()


def test_change_sets_far_ahead_or_from_a_newer_version_wait() -> None:
    assert admission(Hlc(NOW), 1, NOW) is None
    assert admission(Hlc(NOW + MAX_AHEAD_MS + 1), 1, NOW) is Hold.CLOCK_AHEAD
    assert admission(Hlc(NOW), 2, NOW, own_level=1) is Hold.NEWER_SCHEMA
