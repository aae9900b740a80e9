"""The hub relays a welcome's parts: the coordinator's device puts each as it is sealed, the
new laptop takes them with its poll token, and a caseload larger than one request joins."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.hub.store import HubStore
from hostdesk.storage import casework
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import hub_sync, invite, joining, setup, welcome
from hostdesk.sync.team.hub_client import HubClient, HubError
from tests.conftest import PASSPHRASE
from tests.hub.helpers import client, join_by_code, sync
from tests.hub_support import HubService
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault, family_uids


def visited(vault: Vault, uid: str) -> None:
    """A visit with long notes (random letters: they do not compress away)."""
    with vault.changing() as session:
        family = session.exec(select(Family.id).where(Family.uid == uid)).one()
        assert family is not None
        notes = {"housing": secrets.token_hex(6000)}
        casework.record_visit(session, vault.user, family,
                              casework.VisitDraft(date(2026, 3, 2), notes=notes))  # fmt: skip


def waiting_join(coordinator: Vault, hub: HubService) -> invite.PendingJoin:
    made = invite.create_invitation(coordinator, "rui.tecnico", hub.url)
    pending = invite.new_pending_join(made.code, "Portátil Rui")
    with HubClient(hub.url, pending.keys, "") as anonymous:
        anonymous.post_join(pending.invite, pending.request, invite.poll_token(pending.secret))
    return pending


def test_the_hub_keeps_a_part_once_its_head_is_there_and_gives_it_to_the_token_alone(
    tmp_path: Path, hub: HubService
) -> None:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator, hub_url=hub.url)
    hub_sync.sync_with_hub(coordinator, client(coordinator))
    pending = waiting_join(coordinator, hub)
    token = invite.poll_token(pending.secret)
    try:
        with client(coordinator) as mine, HubClient(hub.url, pending.keys, "") as laptop:
            with pytest.raises(HubError) as refused:
                mine.put_welcome_part(pending.invite, 1, b"part one")
            assert refused.value.code == "welcome_exists"  # no head yet
            mine.put_welcome_part(pending.invite, 0, b"the head")
            assert laptop.welcome_part(pending.invite, token, 1) is None  # not yet
            mine.put_welcome_part(pending.invite, 1, b"part one")
            mine.put_welcome_part(pending.invite, 1, b"part one")  # a retry is no harm
            with pytest.raises(HubError) as refused:
                mine.put_welcome_part(pending.invite, 1, b"other bytes")
            assert refused.value.code == "welcome_exists"
            assert laptop.welcome_part(pending.invite, token, 0) == b"the head"
            assert laptop.welcome_part(pending.invite, token, 1) == b"part one"
            with pytest.raises(HubError) as refused:
                laptop.welcome_part(pending.invite, "0" * 64, 1)
            assert refused.value.status == 404
    finally:
        coordinator.close()


def test_a_caseload_larger_than_one_request_joins_in_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(welcome, "FAMILIES_PER_PART", 2)
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    families = {add_family(coordinator, f"Amina Haddad {n}", rui) for n in range(6)}
    for family in families:
        visited(coordinator, family)
    # One request holds two of these families' parcels; the six would not fit in one.
    with HubService(tmp_path / "hub", max_body=24 * 1024) as hub:
        setup.create_team(coordinator, hub_url=hub.url)
        laptop = join_by_code(coordinator, hub, tmp_path / "laptop")
        try:
            assert family_uids(laptop) == families
        finally:
            laptop.close()
            coordinator.close()


def test_the_hub_forgets_joins_older_than_two_days(tmp_path: Path) -> None:
    store = HubStore.open(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    try:
        store.put_join("a" * 32, b"{}", "b" * 64)
        assert store.put_welcome("a" * 32, b"head")
        assert store.put_welcome_part("a" * 32, 1, b"part")
        assert store.forget_joins_before(datetime.now(UTC) - timedelta(hours=48)) == 0
        assert store.forget_joins_before(datetime.now(UTC) + timedelta(minutes=1)) == 1
        assert store.join("a" * 32) is None and store.welcome_part("a" * 32, 1) is None
    finally:
        store.close()


def test_a_laptop_with_families_whose_welcome_is_cut_gets_the_rest_at_its_next_sync(
    tmp_path: Path, hub: HubService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(welcome, "FAMILIES_PER_PART", 1)
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator, hub_url=hub.url)
    team_families = {add_family(coordinator, f"Amina Haddad {n}", rui) for n in range(3)}
    sync(coordinator)
    laptop = coordinator_vault(tmp_path / "laptop")  # a vault in use, with a family of its own
    own = add_family(laptop, "Olena Kovalenko")
    pending = waiting_join(coordinator, hub)
    with client(coordinator) as mine:
        hub_sync.accept_from_hub(coordinator, mine, pending.invite, pending.fingerprint())
    head = joining.part_fetcher(pending, hub.url)(0)
    fetch = joining.part_fetcher(pending, hub.url)

    def cut(number: int) -> bytes:  # the network goes after the first part
        if number >= 2:
            raise HubError("unreachable", "The hub cannot be reached (ConnectError).")
        return fetch(number)

    try:
        joined = joining.join_existing(laptop, pending, head, PASSPHRASE, hub.url, cut)
        assert not joined.complete
        assert len(family_uids(laptop) & team_families) == 1
        sync(laptop)  # the coordinator's change sets bring the rest
        assert family_uids(laptop) == team_families | {own}
    finally:
        laptop.close()
        coordinator.close()
