"""Change capture and merging in real encrypted vaults: two laptops of one team."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.storage import casework, importing, retention
from hostdesk.storage.models import Activity, Family, Member
from hostdesk.storage.team import gather, merge
from hostdesk.storage.vault import Vault
from tests.storage.import_support import GOOD_ROWS
from tests.storage.team_support import add_family, dump_of, new_vault, send, start_team, welcome
from tests.storage.test_import_commit import preview_of


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    first = new_vault(tmp_path / "coordinator", "ana.coordenadora")
    second = new_vault(tmp_path / "laptop", "rui.tecnico")
    yield first, second
    first.close()
    second.close()


def _family_id(vault: Vault, uid: str) -> int:
    with vault.session() as session:
        found = session.exec(select(Family.id).where(Family.uid == uid)).first()
        assert found is not None
        return found


def test_a_new_laptop_receives_the_caseload_and_both_end_identical(
    pair: tuple[Vault, Vault],
) -> None:
    first, second = pair
    family = add_family(first, "Amina Haddad")  # before the team: the vault's genesis
    start_team(first, second)
    welcome(first, second)
    assert dump_of(first) == dump_of(second)
    with second.session() as session:
        names = session.exec(select(Member.name_latin).order_by(Member.name_latin)).all()
        assert names == ["Amina Haddad", "Yusuf"]
        # The search index on the laptop finds the merged family by name.
        hits = session.execute(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH 'amina'")
        ).scalar()
        assert hits == 1
    assert family.uid is not None


def test_edits_made_apart_all_arrive_and_a_same_field_edit_is_a_visible_conflict(
    pair: tuple[Vault, Vault],
) -> None:
    first, second = pair
    family = add_family(first, "Amina Haddad")
    start_team(first, second)
    welcome(first, second)
    uid = family.uid
    assert uid is not None
    # Apart: both change the town; each records a visit; the laptop corrects a name.
    for vault, town in ((first, "Porto"), (second, "Faro")):
        with vault.changing() as session:
            fid = _family_id(vault, uid)
            casework.update_family(session, vault.user, fid, casework.FamilyDraft(
                "relocation", date(2026, 3, 1), municipality=town))  # fmt: skip
            casework.record_visit(session, vault.user, fid, casework.VisitDraft(
                occurred_on=date(2026, 4, 2), notes={"housing": f"visit from {town}"}))  # fmt: skip
    with second.changing() as session:
        yusuf = session.exec(select(Member).where(Member.name_latin == "Yusuf")).one()
        draft = casework.MemberDraft("Youssef", birth=None)
        casework.update_member(session, second.user, yusuf.id, draft)
    send(first, second)
    send(second, first)
    assert dump_of(first) == dump_of(second)
    for vault in (first, second):
        with vault.session() as session:
            visits = session.exec(select(Activity.text)).all()
            assert len(visits) == 2
            names = session.exec(select(Member.name_latin)).all()
            assert "Youssef" in names and "Yusuf" not in names
            conflicts = session.execute(
                text("SELECT tbl, state FROM team_row WHERE conflicted")
            ).all()
            assert [c[0] for c in conflicts] == ["family"]
            fields = json.loads(conflicts[0][1])
            assert {w[0] for w in fields["municipality"]["w"]} == {"Porto", "Faro"}


def test_an_edit_made_while_the_family_was_anonymised_elsewhere_is_dropped_and_logged(
    pair: tuple[Vault, Vault],
) -> None:
    first, second = pair
    family = add_family(first, "Amina Haddad")
    start_team(first, second)
    uid = family.uid
    assert uid is not None
    with first.changing() as session:
        retention.record_exit(session, first.user, _family_id(first, uid), "left_portugal",
                              date(2026, 5, 1))  # fmt: skip
    welcome(first, second)
    with second.changing() as session:
        amina = session.exec(select(Member).where(Member.name_latin == "Amina Haddad")).one()
        casework.update_member(session, second.user, amina.id,
                               casework.MemberDraft("Amina H. Haddad", is_head=True))  # fmt: skip
    retention.anonymise(first, [_family_id(first, uid)], date(2040, 1, 1))
    send(second, first)
    send(first, second)
    assert dump_of(first) == dump_of(second)
    for vault in (first, second):
        with vault.session() as session:
            names = session.exec(select(Member.name_latin)).all()
            assert set(names) == {""}
            drops = session.execute(text("SELECT tbl, fld FROM team_drop")).all()
            assert ("member", "name_latin") in drops
            detail = (
                session.execute(text("SELECT detail FROM audit_log WHERE action = 'team.drop'"))
                .scalars()
                .all()
            )
            assert detail and all("Amina" not in d for d in detail)


def test_each_merge_is_in_the_audit_chain_with_its_device_and_hash(
    pair: tuple[Vault, Vault],
) -> None:
    first, second = pair
    start_team(first, second)
    add_family(first, "Amina Haddad")
    change_set = send(first, second)
    assert change_set is not None
    with second.session() as session:
        entries = session.execute(
            text("SELECT object_id, detail FROM audit_log WHERE action = 'team.merge'")
        ).all()
    assert entries[-1][0] == f"{change_set.dot.origin}:{change_set.dot.seq}"
    assert json.loads(entries[-1][1])["device"] == change_set.dot.origin
    assert second.audit_report().ok


def test_case_numbers_made_apart_never_collide(pair: tuple[Vault, Vault]) -> None:
    first, second = pair
    start_team(first, second)
    welcome(first, second)
    for _ in range(2):
        add_family(first, "Amina")
        add_family(second, "Leila")
    send(first, second)
    send(second, first)
    with second.session() as session:
        numbers = sorted(session.exec(select(Family.case_number)).all())
    assert numbers == ["HD-2026-00001", "HD-2026-00002", "HD-2026-B00001", "HD-2026-B00002"]


def test_an_import_on_the_laptop_travels_like_typed_families(
    pair: tuple[Vault, Vault],
) -> None:
    first, second = pair
    start_team(first, second)
    welcome(first, second)
    importing.commit(second, preview_of(second, GOOD_ROWS))
    send(second, first)
    assert dump_of(first) == dump_of(second)


def test_a_merged_row_whose_family_has_not_arrived_waits_then_appears(
    pair: tuple[Vault, Vault],
) -> None:
    first, second = pair
    start_team(first, second)
    welcome(first, second)
    add_family(first, "Amina Haddad")
    with first.changing() as session:
        family_set = gather.gather(session)  # sealed, not delivered yet
    with first.changing() as session:
        member = session.exec(select(Member).where(Member.name_latin == "Yusuf")).one()
        casework.update_member(session, first.user, member.id, casework.MemberDraft("Youssef"))
    with first.changing() as session:
        later = gather.gather(session)
    assert family_set is not None and later is not None
    with second.changing() as session:
        merge.merge_change_set(session, later, actor="x")
    with second.changing() as session:
        report = merge.merge_change_set(session, family_set, actor="x")
    assert report.waiting == 0
    assert dump_of(first) == dump_of(second)


def test_a_person_resolves_a_conflict_by_picking_and_it_ends_everywhere(
    pair: tuple[Vault, Vault],
) -> None:
    from hostdesk.storage.team import conflicts

    first, second = pair
    family = add_family(first, "Amina Haddad")
    start_team(first, second)
    welcome(first, second)
    assert family.uid is not None
    for vault, town in ((first, "Porto"), (second, "Faro")):
        with vault.changing() as session:
            fid = _family_id(vault, family.uid)
            casework.update_family(session, vault.user, fid, casework.FamilyDraft(
                "relocation", date(2026, 3, 1), municipality=town))  # fmt: skip
    send(first, second)
    send(second, first)
    with second.session() as session:
        found = conflicts.list_conflicts(session)
    assert [(c.table, c.field) for c in found] == [("family", "municipality")]
    assert {c.value for c in found[0].choices} == {"Porto", "Faro"}
    with second.changing() as session:  # Faro was shown; the person keeps Porto
        conflicts.resolve(session, second.user.username, "family", family.uid,
                          "municipality", "Porto")  # fmt: skip
    send(second, first)
    for vault in (first, second):
        with vault.session() as session:
            assert conflicts.list_conflicts(session) == []
            town = session.exec(select(Family.municipality)).one()
        assert town == "Porto"
