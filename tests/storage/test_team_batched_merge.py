"""The vault merges a change set as one batch; what it keeps must be exactly what the merge
rules give (``hostdesk.domain.team.replica``), whatever the order the change sets came in."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.domain import names
from hostdesk.domain.team.replica import ChangeSet, Replica
from hostdesk.domain.team.rows import RowKey
from hostdesk.storage import casework, creating
from hostdesk.storage.models import Family, Member
from hostdesk.storage.team import device, gather, merge
from hostdesk.storage.team.codec import row_from_json
from hostdesk.storage.team.materialise import fold_note, member_row
from hostdesk.storage.team.tables import BY_TABLE, Scope
from hostdesk.storage.vault import Vault
from tests.storage.team_support import add_family, dump_of, new_vault

TOWNS = ("Braga", "Porto", "Faro", "Évora")


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Vault]]:
    vaults = [new_vault(tmp_path / name, name) for name in ("ana", "rui", "eva")]
    with vaults[0].changing() as session:
        team = device.start(session).team
    for vault, code in zip(vaults[1:], "BC", strict=True):
        with vault.changing() as session:
            device.start(session, team=team, code=code)
    # Each knows the others' users (as joining does), so what they write names known authors.
    for vault in vaults:
        with vault.changing() as session:
            me = device.current(session)
            assert me is not None
            users = [c for c in gather.entity_snapshot(session) if c.table == "app_user"]
        for other in vaults:
            if other is not vault:
                with other.changing() as session:
                    merge.merge_change_set(session, ChangeSet(me.dot, tuple(users)), actor="x")
    yield vaults
    for vault in vaults:
        vault.close()


def _edit(rng: random.Random, vault: Vault) -> None:
    with vault.session() as session:
        families = session.exec(select(Family.id)).all()
        members = session.exec(select(Member.id)).all()
    choice = rng.random()
    if choice < 0.25 or not families:
        add_family(vault, rng.choice(["Amina Haddad", "Olena Kovalenko", "Yonas Tesfaye"]),
                   rng.choice(TOWNS))  # fmt: skip
        return
    with vault.changing() as session:
        family = rng.choice(families)
        if choice < 0.5:
            casework.update_family(session, vault.user, family, casework.FamilyDraft(
                "relocation", date(2026, 3, 1), municipality=rng.choice(TOWNS)))  # fmt: skip
        elif choice < 0.75:
            casework.record_visit(session, vault.user, family, casework.VisitDraft(
                occurred_on=date(2026, 4, rng.randrange(1, 28)),
                notes={"housing": f"visita {rng.randrange(100)}"}))  # fmt: skip
        elif members:
            member = rng.choice(members)
            name = rng.choice(["Youssef", "Yusuf", "Iosyp"])
            casework.update_member(session, vault.user, member, casework.MemberDraft(name))


def _first_family(vault: Vault) -> str | None:
    with vault.session() as session:
        return session.exec(select(Family.uid).order_by(Family.uid)).first()


def _move(vault: Vault, uid: str, town: str) -> None:
    with vault.changing() as session:
        family = session.exec(select(Family.id).where(Family.uid == uid)).one()
        casework.update_family(session, vault.user, family, casework.FamilyDraft(
            "relocation", date(2026, 3, 1), municipality=town))  # fmt: skip


def _seal(vault: Vault) -> ChangeSet | None:
    with vault.changing() as session:
        return gather.gather(session)


def _registers(vault: Vault) -> dict[RowKey, object]:
    with vault.session() as session:
        rows = session.execute(text("SELECT tbl, uid, family, state FROM team_row")).all()
    return {
        RowKey(t, u): row_from_json(t, u, f, s)
        for t, u, f, s in rows
        if BY_TABLE[t].scope is Scope.FAMILY
    }


@pytest.mark.parametrize("seed", [1, 2])
def test_every_vault_keeps_what_the_merge_rules_give_in_any_order(
    trio: list[Vault], seed: int
) -> None:
    rng = random.Random(seed)
    sent: list[ChangeSet] = []
    for _round in range(3):
        made: list[tuple[Vault, ChangeSet]] = []
        shared = _first_family(trio[0])  # held by all three after the last exchange
        for index, vault in enumerate(trio):
            for _ in range(rng.randrange(2, 5)):
                _edit(rng, vault)
            if shared is not None:  # moved to another town on each laptop apart: a conflict
                _move(vault, shared, TOWNS[index])
            change_set = _seal(vault)
            if change_set is not None:
                made.append((vault, change_set))
        sent += [change_set for _vault, change_set in made]
        for vault in trio:
            # Everything the others sent so far, shuffled, some twice.
            others = [c for c in sent if c.dot.origin != _device(vault)]
            rng.shuffle(others)
            for change_set in others + rng.sample(others, len(others) // 3):
                with vault.changing() as session:
                    merge.merge_change_set(session, change_set, actor=vault.user.username)
    reference = Replica()
    for change_set in sent:
        reference.apply(change_set)
    expected = {k: r for k, r in reference.rows.items() if BY_TABLE[k.table].scope is Scope.FAMILY}
    assert expected
    assert any(r.conflicts() for r in expected.values())  # some edits were made apart
    for vault in trio:
        assert _registers(vault) == expected
    dumps = {_families_dump(vault) for vault in trio}
    assert len(dumps) == 1


def _families_dump(vault: Vault) -> str:
    """The canonical dump's families (each vault has its own entity row and rules)."""
    dumped = json.loads(dump_of(vault))
    rows = [r for r in dumped["rows"] if r[2] is not None]
    conflicts = [c for c in dumped["conflicts"] if BY_TABLE[c[0]].scope is Scope.FAMILY]
    return json.dumps([rows, conflicts, dumped["erased"]], sort_keys=True)


def _device(vault: Vault) -> str:
    with vault.session() as session:
        me = device.current(session)
        assert me is not None
        return me.device


def test_notes_folded_a_word_at_a_time_fold_as_a_whole() -> None:
    rng = random.Random(3)
    points = [*range(0x20, 0x250), *range(0x300, 0x370), *range(0x400, 0x530),
              *range(0x600, 0x700), *range(0x1200, 0x1300), 0xA0, 0x2002]  # fmt: skip
    letters = [chr(c) for c in points]
    samples = ["Visita à família: não há água quente.", "Sa'id  al-Ḥasan", "ΣΊΣΥΦΟΣ ς",
               "İstanbul ß ﬁ ½", "a \u0301b", "مُحَمَّد  محمد", "Йосиф Ї", "", "  "]  # fmt: skip
    samples += ["".join(rng.choice([*letters, " ", " "]) for _ in range(30)) for _ in range(2000)]
    assert [fold_note(s) for s in samples] == [names.fold(s) for s in samples]
    # A member's search row, as a merge makes it, is the one the form and the import make.
    people = [(rng.choice(samples), rng.choice(samples), rng.choice(["", "+351 912 345 678"]))
              for _ in range(300)]  # fmt: skip
    assert [
        member_row(i, {"name_latin": a, "name_original": b, "phone": p}, ["P-12 34"])
        for i, (a, b, p) in enumerate(people)
    ] == [
        creating.member_index_row(i, {"name_latin": a, "name_original": b, "phone": p},
                                  ["P-12 34"])
        for i, (a, b, p) in enumerate(people)
    ]  # fmt: skip
