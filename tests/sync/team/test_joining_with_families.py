"""A laptop that already holds families joins its team: they wait, are checked for
duplicates against the team's, and travel only when the user offers them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import AppUser, Family
from hostdesk.storage.team import offers
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import invite, joining
from tests.sync.team.team_support import (
    PASSPHRASE,
    add_family,
    add_worker,
    coordinator_vault,
    dump_of,
    family_uids,
    setup,
    sync_files,
)


def own_family(vault: Vault, head: str, nif: str) -> str:
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user,
            casework.FamilyDraft("relocation", date(2026, 1, 5), municipality="Viseu"),
            [casework.MemberDraft(head, is_head=True, relationship="head",
                                  birth=PartialDate(1990), identifiers={"nif": nif})],
        )  # fmt: skip
    assert family.uid is not None
    return family.uid


@pytest.fixture
def joined(tmp_path: Path) -> Iterator[tuple[Vault, Vault, str, str, str]]:
    """The team's coordinator holds Amina's family for Rui; Rui's laptop, used on its own
    until now, holds Amina's family too (same NIF) and Olena's."""
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    teams_amina = add_family(coordinator, "Amina Haddad", rui)
    laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui's own", username="rui",
                             passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    own_amina = own_family(laptop, "Amina Haddad", "501964843")
    olena = own_family(laptop, "Olena Kovalenko", "124885446")
    made = invite.create_invitation(coordinator, "rui.tecnico")
    pending = invite.new_pending_join(made.code, "Portátil do Rui")
    welcome = invite.accept_join(coordinator, pending.request, pending.fingerprint())
    result = joining.join_existing(laptop, pending, welcome, PASSPHRASE, "")
    assert result == joining.JoinedWithFamilies(withheld=2, duplicates=1)
    yield coordinator, laptop, teams_amina, own_amina, olena
    laptop.close()
    coordinator.close()


def test_the_laptop_becomes_the_teams_user_and_its_families_stay_until_offered(
    joined: tuple[Vault, Vault, str, str, str], tmp_path: Path
) -> None:
    coordinator, laptop, teams_amina, own_amina, olena = joined
    assert laptop.user.username == "rui.tecnico" and not laptop.user.is_coordinator
    assert family_uids(laptop) == {teams_amina, own_amina, olena}
    sync_files(laptop, coordinator)
    assert family_uids(coordinator) == {teams_amina}
    with laptop.session() as session:
        waiting = {w.family: w for w in offers.list_withheld(session)}
        team_number = session.exec(select(Family.case_number)
                                   .where(Family.uid == teams_amina)).one()  # fmt: skip
    assert set(waiting) == {own_amina, olena}
    assert (waiting[own_amina].duplicate_case, waiting[own_amina].duplicate_by) == (
        team_number, "nif")  # fmt: skip
    assert (waiting[olena].duplicate_case, waiting[olena].duplicate_by) == ("", "")
    # Renumbered with this device's code as it joined: the team's Amina is HD-2026-00001 too.
    assert team_number == "HD-2026-00001"
    assert {w.case_number for w in waiting.values()} == {"HD-2026-B00001", "HD-2026-B00002"}
    laptop.close()
    # The same passphrase opens it, under the team's name for its user.
    again = Vault.open(tmp_path / "laptop", "rui.tecnico", PASSPHRASE)
    again.close()


def test_an_offered_family_reaches_the_team_renumbered_and_a_kept_one_never_does(
    joined: tuple[Vault, Vault, str, str, str],
) -> None:
    coordinator, laptop, teams_amina, own_amina, olena = joined
    with laptop.changing() as session:
        offered = offers.offer(session, laptop.user, [olena])
    # Numbered with the device's code as it joined: nothing left to renumber.
    assert offered == offers.Offered(families=1, renumbered={}, users=0)
    sync_files(laptop, coordinator)
    assert family_uids(coordinator) == {teams_amina, olena}
    assert dump_of(coordinator, {olena}) == dump_of(laptop, {olena})
    with coordinator.session() as session:
        family = session.exec(select(Family).where(Family.uid == olena)).one()
        worker = session.get(AppUser, family.assigned_worker_id)
    assert family.case_number == "HD-2026-B00002"
    assert worker is not None and worker.username == "rui.tecnico"
    with laptop.session() as session:
        assert [w.family for w in offers.list_withheld(session)] == [own_amina]
    # An edit to the family kept apart stays here too.
    with laptop.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == own_amina)).one()
        casework.record_visit(session, laptop.user, fid, casework.VisitDraft(
            occurred_on=date(2026, 4, 2), notes={"housing": "kept apart"}))  # fmt: skip
    sync_files(laptop, coordinator)
    assert family_uids(coordinator) == {teams_amina, olena}


def test_a_vault_already_in_a_team_cannot_join_another(
    joined: tuple[Vault, Vault, str, str, str],
) -> None:
    coordinator, laptop, *_ = joined
    made = invite.create_invitation(coordinator, "rui.tecnico")
    pending = invite.new_pending_join(made.code, "again")
    welcome = invite.accept_join(coordinator, pending.request, pending.fingerprint())
    with pytest.raises(invite.InvitationError):
        joining.join_existing(laptop, pending, welcome, PASSPHRASE, "")


def test_a_local_user_named_as_one_of_the_teams_is_said_before_anything_changes(
    tmp_path: Path,
) -> None:
    from hostdesk.domain.vocabulary import Role
    from tests.conftest import COORDINATOR

    coordinator = coordinator_vault(tmp_path / "coordinator")
    add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui's own", username="rui",
                             passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    laptop.add_user(COORDINATOR, Role.COORDINATOR, PASSPHRASE)  # a namesake, not the same
    mine = own_family(laptop, "Olena Kovalenko", "124885446")
    made = invite.create_invitation(coordinator, "rui.tecnico")
    pending = invite.new_pending_join(made.code, "Portátil do Rui")
    welcome = invite.accept_join(coordinator, pending.request, pending.fingerprint())
    with pytest.raises(invite.InvitationError, match=COORDINATOR):
        joining.join_existing(laptop, pending, welcome, PASSPHRASE, "")
    assert laptop.user.username == "rui"
    with laptop.session() as session:
        assert offers.withheld_families(session) == set()
    assert family_uids(laptop) == {mine}
    laptop.close()
    coordinator.close()
