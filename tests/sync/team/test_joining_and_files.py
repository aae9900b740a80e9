"""A laptop joins through files, and changes travel on a USB stick both ways."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.domain.team import admission as admission_rule
from hostdesk.domain.team.clock import MAX_AHEAD_MS
from hostdesk.storage import casework
from hostdesk.storage.models import Family, Member
from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team import exchange, files, invite, setup
from hostdesk.sync.team.sealing import open_sealed
from tests.sync.team.team_support import (
    add_family,
    add_worker,
    coordinator_vault,
    dump_of,
    family_uids,
    join,
    sync_files,
)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Vault, Vault, str, str]]:
    """The coordinator's vault with two families, one assigned to Rui; Rui's laptop joined."""
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    his = add_family(coordinator, "Amina Haddad", rui)
    other = add_family(coordinator, "Olena Kovalenko")
    laptop = join(coordinator, "rui.tecnico", tmp_path / "laptop").vault
    yield coordinator, laptop, his, other
    laptop.close()
    coordinator.close()


def test_a_joining_laptop_receives_its_workers_families_and_nothing_else(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, _other = team
    assert family_uids(laptop) == {his}
    assert dump_of(laptop, {his}) == dump_of(coordinator, {his})
    assert laptop.user.username == "rui.tecnico" and not laptop.user.is_coordinator
    with laptop.session() as session:
        code = session.execute(text("SELECT device_code FROM team_state")).scalar()
        numbers = session.exec(select(Family.case_number)).all()
    assert code == "B" and numbers == ["HD-2026-00001"]


def test_changes_travel_both_ways_on_files_and_a_file_read_twice_changes_nothing(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, _other = team
    with laptop.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == his)).one()
        casework.record_visit(session, laptop.user, fid, casework.VisitDraft(
            occurred_on=date(2026, 4, 2), notes={"housing": "leak in the kitchen"}))  # fmt: skip
    with coordinator.changing() as session:
        amina = session.exec(select(Member).where(Member.name_latin == "Amina Haddad")).one()
        casework.update_member(session, coordinator.user, amina.id,
                               casework.MemberDraft("Amina Haddad Said", is_head=True))  # fmt: skip
    stick = files.export(laptop)
    files.import_file(coordinator, stick)
    again = files.import_file(coordinator, stick)
    assert again.merged == 0
    files.import_file(laptop, files.export(coordinator))
    assert dump_of(laptop, {his}) == dump_of(coordinator, {his})
    with laptop.session() as session:
        assert session.exec(select(Member.name_latin)).all() == ["Amina Haddad Said"]


def test_a_revoked_laptop_is_refused_and_cannot_read_what_is_sealed_afterwards(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, _other = team
    with laptop.session() as session:
        device = team_device.current(session)
        assert device is not None
    held = setup.revoke_device(coordinator, device.device)
    assert held == ["HD-2026-00001"]
    # The laptop keeps working offline; what it sends now is refused.
    with laptop.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == his)).one()
        casework.update_family(session, laptop.user, fid, casework.FamilyDraft(
            "relocation", date(2026, 3, 1), municipality="Faro"))  # fmt: skip
    result = files.import_file(coordinator, files.export(laptop))
    assert result.refused == 1 and result.merged == 0
    # The coordinator's changes after the revocation are sealed for no key the laptop has.
    with coordinator.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == his)).one()
        casework.update_family(session, coordinator.user, fid, casework.FamilyDraft(
            "relocation", date(2026, 3, 1), municipality="Porto"))  # fmt: skip
    sealed = exchange.seal_pending(coordinator)
    assert sealed is not None
    with laptop.session() as session:
        keys = exchange.keys_of(session)
    assert all(keys.device not in entry.to for entry in sealed.entries)
    for index, (entry, body) in enumerate(zip(sealed.entries, sealed.parcels, strict=True)):
        context = exchange.parcel_context(sealed.team, sealed.origin, sealed.seq, index,
                                          entry.family)  # fmt: skip
        assert body is not None and open_sealed(body, keys, context) is None


def test_a_change_set_from_a_newer_hostdesk_waits_for_the_update_and_is_never_dropped(
    team: tuple[Vault, Vault, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator, laptop, his, _other = team
    with coordinator.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == his)).one()
        casework.update_family(session, coordinator.user, fid, casework.FamilyDraft(
            "relocation", date(2026, 3, 1), municipality="Porto"))  # fmt: skip
    monkeypatch.setattr(exchange, "SCHEMA_LEVEL", admission_rule.SCHEMA_LEVEL + 1)
    stick = files.export(coordinator)
    monkeypatch.undo()
    result = files.import_file(laptop, stick)
    assert result.held == 1
    with laptop.session() as session:
        reason = session.execute(
            text("SELECT hold_reason FROM team_changeset WHERE state = 'held'")
        ).scalar()
        town = session.exec(select(Family.municipality)).one()
    assert reason == "newer_schema" and town == "Braga"
    # HostDesk is updated: the held change set is merged.
    monkeypatch.setattr(admission_rule, "SCHEMA_LEVEL", admission_rule.SCHEMA_LEVEL + 1)
    newer = admission_rule.SCHEMA_LEVEL

    def updated(stamp: object, level: int, wall: int) -> object:
        return admission_rule.admission(stamp, level, wall, newer)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange, "admission", updated)
    exchange.retry_held(laptop)
    with laptop.session() as session:
        assert session.exec(select(Family.municipality)).one() == "Porto"


def test_a_change_set_stamped_far_ahead_of_this_clock_is_held_until_it_catches_up(
    team: tuple[Vault, Vault, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator, laptop, his, _other = team
    with coordinator.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == his)).one()
        casework.update_family(session, coordinator.user, fid, casework.FamilyDraft(
            "relocation", date(2026, 3, 1), municipality="Porto"))  # fmt: skip
    stick = files.export(coordinator)
    now = team_device.wall_ms()
    monkeypatch.setattr(team_device, "wall_ms", lambda: now - MAX_AHEAD_MS - 60_000)
    assert files.import_file(laptop, stick).held == 1
    monkeypatch.setattr(team_device, "wall_ms", lambda: now + 60_000)
    exchange.retry_held(laptop)
    with laptop.session() as session:
        assert session.exec(select(Family.municipality)).one() == "Porto"


def test_a_join_request_with_another_fingerprint_or_a_used_invitation_is_refused(
    team: tuple[Vault, Vault, str, str], tmp_path: Path
) -> None:
    coordinator, _laptop, _his, _other = team
    made = invite.create_invitation(coordinator, "rui.tecnico")
    invitation = invite.read_invitation(made.file_bytes)
    second, request, _recovery = invite.begin_join(
        tmp_path / "second", invitation, "x" * 20, "Outro"
    )
    try:
        with pytest.raises(invite.InvitationError):
            invite.accept_join(coordinator, request, "0000-0000-0000-0000-0000-0000-0000-0000")
        spoken = invite.read_join_request(request).fingerprint()
        invite.accept_join(coordinator, request, spoken)
        with pytest.raises(invite.InvitationError):
            invite.accept_join(coordinator, request, spoken)
    finally:
        second.close()


def test_junk_on_the_stick_is_refused_with_a_sentence(team: tuple[Vault, Vault, str, str]) -> None:
    _coordinator, laptop, _his, _other = team
    with pytest.raises(env.EnvelopeError):
        files.import_file(laptop, b"HDTEAMF1 garbage")
    sync_files(laptop, laptop)  # a device reading its own file: nothing happens
