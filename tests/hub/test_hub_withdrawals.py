"""After an anonymisation, the hub keeps no parcel of the family but its erasure's: a
coordinator's device asks it to withdraw them, and a worker's laptop cannot."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.domain.team.identity import family_pseudonym
from hostdesk.hub.store import HubStore
from hostdesk.storage.models import Family, Member
from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team import exchange
from hostdesk.sync.team.hub_client import HubClient, HubError
from tests.document_samples import png
from tests.hub.helpers import sync
from tests.hub.test_hub_documents import add_document
from tests.hub_support import HubService
from tests.sync.team.test_erasure_withdrawal import anonymise, openable, rename_head


def carried_by_hub(hub: HubService, pseudonym: str) -> set[tuple[str, int]]:
    """The change sets on the hub that still carry a parcel of the family."""
    assert hub.store is not None
    with hub.store.engine.connect() as conn:
        stored = conn.execute(text("SELECT data FROM hub_changeset")).scalars().all()
    found = set()
    for data in stored:
        envelope = env.parse(bytes(data))
        pairs = zip(envelope.entries, envelope.parcels, strict=True)
        if any(e.family == pseudonym and parcel is not None for e, parcel in pairs):
            found.add((envelope.origin, envelope.seq))
    return found


def hub_blobs(hub: HubService) -> list[str]:
    """The family pseudonyms of the documents' bytes the hub keeps."""
    assert hub.store is not None
    with hub.store.engine.connect() as conn:
        return list(conn.execute(text("SELECT family FROM hub_blob")).scalars())


def olena(vault: Vault) -> str:
    with vault.session() as session:
        member = session.exec(select(Member).where(Member.name_latin == "Olena Kovalenko")).one()
        found = session.exec(select(Family.uid).where(Family.id == member.family_id)).one()
    assert found is not None
    return found


def team_of(vault: Vault) -> tuple[str, str]:
    with vault.session() as session:
        me = team_device.current(session)
        assert me is not None
        return me.team, me.device


def test_the_hub_withdraws_an_anonymised_familys_parcels_but_its_erasure(
    hub: HubService, team: tuple[Vault, Vault, str]
) -> None:
    coordinator, laptop, family = team
    rename_head(laptop, "Amina Haddad", "Amina Haddad Nasser")
    add_document(laptop, family, png("ARP-SECRET-MARKER", width=320, height=200))
    add_document(coordinator, olena(coordinator), png("OTHER-FAMILY", width=320, height=200))
    sync(laptop)
    sync(coordinator)
    assert len(hub_blobs(hub)) == 2
    team_id, coordinator_device = team_of(coordinator)
    _team, laptop_device = team_of(laptop)
    pseudonym = family_pseudonym(team_id, family)
    assert any(origin == laptop_device for origin, _ in carried_by_hub(hub, pseudonym))

    anonymise(coordinator, family)
    exchange.seal_erasures_now(coordinator)
    sync(coordinator)
    with coordinator.session() as session:
        erasure = session.execute(
            text("SELECT origin, seq FROM team_erasure WHERE family = :f"), {"f": family}
        ).one()
    assert erasure[0] == coordinator_device
    assert carried_by_hub(hub, pseudonym) == {(erasure[0], int(erasure[1]))}
    # The document's sealed bytes went too; the other family's stay.
    assert hub_blobs(hub) == [family_pseudonym(team_id, olena(coordinator))]

    sync(laptop)  # the laptop still converges: the erasure reached it
    with laptop.session() as session:
        assert set(session.exec(select(Member.name_latin)).all()) == {""}

    with (
        HubClient(hub.url, exchange_keys(laptop), team_id) as worker,
        pytest.raises(HubError) as refused,
    ):
        worker.withdraw([{"family": pseudonym, "origin": laptop_device, "seq": 1}])
    assert refused.value.code == "not_coordinator"


def exchange_keys(vault: Vault) -> exchange.DeviceKeys:
    with vault.session() as session:
        return exchange.keys_of(session)


def test_a_hub_made_before_documents_named_their_family_gains_the_column(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    HubStore.open(url).close()
    with sqlite3.connect(tmp_path / "hub.sqlite3") as conn:  # as an older hub made it
        conn.execute("ALTER TABLE hub_blob DROP COLUMN family")
    store = HubStore.open(url)
    try:
        store.put_blob("a" * 32, "b" * 32, "c" * 32, b"sealed", family="d" * 32)
        assert store.withdraw_blobs("a" * 32, ["d" * 32]) == 1
        assert store.blob("a" * 32, "b" * 32) is None
    finally:
        store.close()


def test_an_edit_made_offline_before_the_erasure_is_withdrawn_when_it_arrives(
    hub: HubService, team: tuple[Vault, Vault, str]
) -> None:
    coordinator, laptop, family = team
    team_id, coordinator_device = team_of(coordinator)
    pseudonym = family_pseudonym(team_id, family)
    rename_head(laptop, "Amina Haddad", "Amina Haddad Nasser")  # offline: not sent yet
    anonymise(coordinator, family)
    sync(coordinator)
    erasure = carried_by_hub(hub, pseudonym)
    assert {origin for origin, _seq in erasure} == {coordinator_device}

    sync(laptop)  # its old edit reaches the hub, with a parcel of the family
    assert carried_by_hub(hub, pseudonym) != erasure
    sync(coordinator)  # merged and dropped there; the hub is asked again
    assert carried_by_hub(hub, pseudonym) == erasure
    # Nor does the coordinator keep the late parcel where its own key would open it.
    assert "Nasser" not in openable(coordinator) and "Amina" not in openable(coordinator)
