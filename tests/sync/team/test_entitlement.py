"""Whose laptop holds which family: reassignment, sharing, a removed user's laptops."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.storage import assignment, casework, keyring
from hostdesk.storage.models import Activity, Family
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import files, setup
from tests.conftest import PASSPHRASE
from tests.storage.raw_pages import raw_text
from tests.sync.team.team_support import (
    add_family,
    add_worker,
    coordinator_vault,
    dump_of,
    family_uids,
    join,
)


@dataclass
class Team:
    coordinator: Vault
    rui: Vault
    maria: Vault
    rui_id: int
    maria_id: int
    amina: str  # Rui's family
    olena: str  # Maria's family


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui_id = add_worker(coordinator, "rui.tecnico")
    maria_id = add_worker(coordinator, "maria.tecnica")
    setup.create_team(coordinator)
    amina = add_family(coordinator, "Amina Haddad", rui_id)
    olena = add_family(coordinator, "Olena Kovalenko", maria_id)
    rui = join(coordinator, "rui.tecnico", tmp_path / "rui").vault
    maria = join(coordinator, "maria.tecnica", tmp_path / "maria").vault
    # Each laptop learns of the other's device.
    for laptop in (rui, maria):
        files.import_file(laptop, files.export(coordinator))
    yield Team(coordinator, rui, maria, rui_id, maria_id, amina, olena)
    for vault in (maria, rui, coordinator):
        vault.close()


def _family(vault: Vault, uid: str) -> Family:
    with vault.session() as session:
        return session.exec(select(Family).where(Family.uid == uid)).one()


def test_a_reassigned_family_leaves_the_old_laptop_entirely_and_its_last_edit_reaches_the_new(
    team: Team,
) -> None:
    assert family_uids(team.rui) == {team.amina}
    assert family_uids(team.maria) == {team.olena}
    # Rui writes a visit offline, before he learns that Amina's family goes to Maria.
    with team.rui.changing() as session:
        fid = _family(team.rui, team.amina).id
        casework.record_visit(session, team.rui.user, fid, casework.VisitDraft(
            occurred_on=date(2026, 4, 2), notes={"housing": "Zqleak under the sink"}))  # fmt: skip
    with team.coordinator.changing() as session:
        family = session.exec(select(Family).where(Family.uid == team.amina)).one()
        assignment.assign(session, team.coordinator.user, family, team.maria_id, "leave")
    stick = files.export(team.coordinator)
    files.import_file(team.rui, stick)
    files.import_file(team.maria, stick)
    assert family_uids(team.rui) == set()
    assert family_uids(team.maria) == {team.amina, team.olena}
    # Rui's visit, sealed before his laptop let the family go, reaches Maria.
    files.import_file(team.maria, files.export(team.rui))
    files.import_file(team.coordinator, files.export(team.rui))
    with team.maria.session() as session:
        notes = session.exec(select(Activity.text)).all()
    assert any("Zqleak" in note for note in notes)
    files.import_file(team.maria, files.export(team.coordinator))
    assert dump_of(team.maria, {team.amina}) == dump_of(team.coordinator, {team.amina})
    # Nothing readable of the family is left in Rui's file, page by page.
    # Rui is a social worker: the app exports no raw key to him, but his slot gives it.
    key = keyring.unlock_with_passphrase(team.rui.header, team.rui.user.username, PASSPHRASE)
    path = team.rui.path
    team.rui.close()
    pages = raw_text(path / "vault.db", key)
    for trace in (b"Amina", b"Haddad", b"Zqleak", b"501964843"):
        assert trace not in pages, trace
    assert not (path / "vault.db-wal").exists() or (path / "vault.db-wal").stat().st_size == 0
    team.rui = Vault.open(path, None, PASSPHRASE)


def test_a_family_shared_with_a_second_worker_reaches_her_laptop_and_leaves_when_unshared(
    team: Team,
) -> None:
    with team.coordinator.changing() as session:
        family = session.exec(select(Family).where(Family.uid == team.amina)).one()
        assignment.share(session, team.coordinator.user, family, team.maria_id, "cover")
    files.import_file(team.maria, files.export(team.coordinator))
    assert family_uids(team.maria) == {team.amina, team.olena}
    assert dump_of(team.maria, {team.amina}) == dump_of(team.coordinator, {team.amina})
    with team.coordinator.changing() as session:
        family = session.exec(select(Family).where(Family.uid == team.amina)).one()
        assignment.unshare(session, team.coordinator.user, family, team.maria_id)
    files.import_file(team.maria, files.export(team.coordinator))
    assert family_uids(team.maria) == {team.olena}
    assert family_uids(team.rui) == {team.amina}


def test_removing_a_user_revokes_their_laptops(team: Team) -> None:
    team.coordinator.remove_user("rui.tecnico")
    with team.rui.changing() as session:
        fid = _family(team.rui, team.amina).id
        casework.update_family(session, team.rui.user, fid, casework.FamilyDraft(
            "relocation", date(2026, 3, 1), municipality="Faro"))  # fmt: skip
    result = files.import_file(team.coordinator, files.export(team.rui))
    assert result.refused == 1
    assert _family(team.coordinator, team.amina).municipality == "Braga"
