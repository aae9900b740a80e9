"""A team on the hub for the hub's tests: the coordinator's vault and a laptop joined by code."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.storage import casework
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import hub_sync, invite, joining, setup
from hostdesk.sync.team.hub_client import HubClient
from tests.conftest import PASSPHRASE
from tests.hub_support import HubService
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault, dump_of

__all__ = ["dump_of"]


@pytest.fixture
def team(tmp_path: Path, hub: HubService) -> Iterator[tuple[Vault, Vault, str]]:
    """The coordinator's vault on the hub, and Rui's laptop joined with a code through it."""
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator, hub_url=hub.url)
    family = add_family(coordinator, "Amina Haddad", rui)
    add_family(coordinator, "Olena Kovalenko")
    laptop = join_by_code(coordinator, hub, tmp_path / "laptop")
    yield coordinator, laptop, family
    laptop.close()
    coordinator.close()


def client(vault: Vault) -> HubClient:
    return hub_sync.client_for(vault)


def join_by_code(coordinator: Vault, hub: HubService, path: Path) -> Vault:
    made = invite.create_invitation(coordinator, "rui.tecnico", hub.url)
    pending = invite.new_pending_join(made.code, "Portátil Rui")
    with HubClient(hub.url, pending.keys, "") as anonymous:
        anonymous.post_join(pending.invite, pending.request, invite.poll_token(pending.secret))
        assert anonymous.welcome(pending.invite, invite.poll_token(pending.secret)) is None
    with client(coordinator) as hub_client:
        waiting = hub_sync.waiting_joins(coordinator, hub_client)
        assert [(w.username, w.fingerprint) for w in waiting] == [
            ("rui.tecnico", pending.fingerprint())
        ]
        hub_sync.accept_from_hub(coordinator, hub_client, waiting[0].invite, pending.fingerprint())
    with HubClient(hub.url, pending.keys, "") as anonymous:
        welcome = anonymous.welcome(pending.invite, invite.poll_token(pending.secret))
    assert welcome is not None
    fetch = joining.part_fetcher(pending, hub.url)
    laptop, _recovery = invite.complete_join(path, pending, welcome, PASSPHRASE, hub.url,
                                             kdf=FAST_TEST_PARAMS, fetch_part=fetch)  # fmt: skip
    return laptop


def sync(vault: Vault) -> hub_sync.HubSyncReport:
    with client(vault) as hub_client:
        return hub_sync.sync_with_hub(vault, hub_client)


def set_town(vault: Vault, uid: str, town: str) -> None:
    with vault.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == uid)).one()
        casework.update_family(session, vault.user, fid, casework.FamilyDraft(
            "relocation", date(2026, 3, 1), municipality=town))  # fmt: skip
