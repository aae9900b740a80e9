"""Laptops of one team through the real hub on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.storage import casework
from hostdesk.storage.models import Family, Member
from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import setup
from hostdesk.sync.team.hub_client import HubError
from tests.hub.helpers import dump_of, set_town, sync
from tests.hub_support import HubService


def test_a_laptop_joins_with_a_code_and_both_converge_through_the_hub(
    team: tuple[Vault, Vault, str], hub: HubService
) -> None:
    coordinator, laptop, family = team
    assert dump_of(laptop, {family}) == dump_of(coordinator, {family})
    set_town(laptop, family, "Faro")
    with coordinator.changing() as session:
        amina = session.exec(select(Member).where(Member.name_latin == "Amina Haddad")).one()
        casework.update_member(session, coordinator.user, amina.id,
                               casework.MemberDraft("Amina H. Haddad", is_head=True))  # fmt: skip
    sync(laptop)
    sync(coordinator)
    sync(laptop)
    assert dump_of(laptop, {family}) == dump_of(coordinator, {family})
    # The hub restarted: what it stored is still there, and syncing goes on.
    hub.restart()
    set_town(coordinator, family, "Porto")
    sync(coordinator)
    report = sync(laptop)
    assert report.merged >= 1
    with laptop.session() as session:
        assert session.exec(select(Family.municipality)).one() == "Porto"


def test_the_hub_refuses_a_revoked_device_and_stores_no_plaintext(
    team: tuple[Vault, Vault, str], hub: HubService, db_url: str | None
) -> None:
    coordinator, laptop, family = team
    set_town(laptop, family, "Faro")
    sync(laptop)
    sync(coordinator)
    with laptop.session() as session:
        device = team_device.current(session)
        assert device is not None
    setup.revoke_device(coordinator, device.device)
    sync(coordinator)  # the hub learns of it
    set_town(laptop, family, "Lagos")
    with pytest.raises(HubError) as refused:
        sync(laptop)
    assert refused.value.code == "revoked"
    stored = _hub_bytes(hub, db_url)
    for secret in (b"Amina", b"Haddad", b"Olena", b"Faro", b"501964843", b"HD-2026",
                   b"rui.tecnico", "Portátil".encode()):  # fmt: skip
        assert secret not in stored, secret


def _hub_bytes(hub: HubService, db_url: str | None) -> bytes:
    """Everything the hub's database holds: the SQLite files, or every PostgreSQL row."""
    if db_url is None:
        assert hub.sqlite_file is not None
        folder = hub.sqlite_file.parent
        return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert hub.store is not None
    chunks = []
    with hub.store.engine.connect() as conn:
        for table in ("hub_team", "hub_device", "hub_changeset", "hub_join", "hub_blob"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                chunks += [bytes(v) if isinstance(v, (bytes, memoryview)) else str(v).encode()
                           for v in row]  # fmt: skip
    return b"\n".join(chunks)


def test_requests_without_a_team_device_signature_are_refused(
    team: tuple[Vault, Vault, str], hub: HubService
) -> None:
    coordinator, _laptop, _family = team
    with coordinator.session() as session:
        me = team_device.current(session)
        assert me is not None
    answer = httpx.get(f"{hub.url}/v1/teams/{me.team}/changesets?after=0")
    assert answer.status_code == 401
    forged = httpx.post(f"{hub.url}/v1/teams/{me.team}/changesets", content=b"x" * 100,
                        headers={"X-HostDesk-Device": me.device, "X-HostDesk-Time": "0",
                                 "X-HostDesk-Signature": "AAAA"})  # fmt: skip
    assert forged.status_code == 401
    huge = httpx.post(f"{hub.url}/v1/joins/{'a' * 32}", content=b"{" + b" " * 40_000 + b"}",
                      headers={"X-HostDesk-Poll-Hash": "0" * 64})  # fmt: skip
    assert huge.status_code == 413
