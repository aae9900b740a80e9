"""Documents travel to the devices entitled to their family: the row at once, the bytes
after it, sealed, through the real hub (docs/team-sync.md §12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.domain.vocabulary import AttachmentKind
from hostdesk.storage import assignment, attachments
from hostdesk.storage.models import Attachment, Family
from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import blobs, exchange, invite
from hostdesk.sync.team.hub_client import HubClient
from tests.conftest import PASSPHRASE
from tests.document_samples import png
from tests.hub.helpers import client, sync
from tests.hub.test_hub_sync import _hub_bytes
from tests.hub_support import HubService
from tests.sync.team.team_support import add_worker, family_uids


def add_document(vault: Vault, family: str, content: bytes) -> int:
    with vault.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == family)).one()
        found = attachments.add(session, vault.user, fid, attachments.AttachmentDraft(
            AttachmentKind.RESIDENCE_PERMIT.value, "ARP card", content))  # fmt: skip
    return found.id


def only_document(vault: Vault) -> int:
    with vault.session() as session:
        found = session.exec(select(Attachment.id)).one()
    assert found is not None
    return found


def test_a_document_reaches_the_laptop_row_first_then_its_bytes_when_fetched(
    team: tuple[Vault, Vault, str], hub: HubService, db_url: str | None
) -> None:
    coordinator, laptop, family = team
    scan = png("ARP-SECRET-MARKER", width=320, height=200)
    add_document(coordinator, family, scan)
    report = sync(coordinator)
    assert report.documents_sent == 1
    sync(laptop)
    here = only_document(laptop)
    with laptop.session() as session:
        assert blobs.missing(session) == [here]
    # The row is here, the bytes not yet: opening says so, in a sentence.
    with pytest.raises(attachments.DocumentNotHereYet):
        attachments.open_in_vault(laptop, here)
    with client(laptop) as hub_client:
        assert blobs.fetch(laptop, hub_client) == 1
        assert blobs.fetch(laptop, hub_client) == 0  # nothing missing any more
    assert attachments.open_in_vault(laptop, here)[1] == scan
    # Received bytes are not sent back, nor is the row changed by their arrival.
    again = sync(laptop)
    assert again.documents_sent == 0 and again.uploaded == 0
    assert b"ARP-SECRET-MARKER" not in _hub_bytes(hub, db_url)


def test_a_document_added_on_the_laptop_reaches_the_coordinator(
    team: tuple[Vault, Vault, str],
) -> None:
    coordinator, laptop, family = team
    scan = png("from the field", seed=7)
    add_document(laptop, family, scan)
    assert sync(laptop).documents_sent == 1
    sync(coordinator)
    with client(coordinator) as hub_client:
        assert blobs.fetch(coordinator, hub_client) == 1
    assert attachments.open_in_vault(coordinator, only_document(coordinator))[1] == scan


def test_a_family_given_to_another_worker_has_its_documents_sealed_again_for_them(
    team: tuple[Vault, Vault, str], hub: HubService, tmp_path: Path
) -> None:
    coordinator, _laptop, family = team
    scan = png("handed over", seed=3)
    add_document(coordinator, family, scan)
    sync(coordinator)
    ana = add_worker(coordinator, "ana.tecnica")
    made = invite.create_invitation(coordinator, "ana.tecnica", hub.url)
    pending = invite.new_pending_join(made.code, "Portátil Ana")
    welcome = invite.accept_join(coordinator, pending.request, pending.fingerprint())
    other, _ = invite.complete_join(tmp_path / "ana", pending, welcome, PASSPHRASE, hub.url)
    try:
        sync(coordinator)
        assert family not in family_uids(other)
        with coordinator.changing() as session:
            row = session.exec(select(Family).where(Family.uid == family)).one()
            assignment.assign(session, coordinator.user, row, ana)
        assert sync(coordinator).documents_sent == 1  # sealed again, now for Ana's laptop
        sync(other)
        assert family in family_uids(other)
        with client(other) as hub_client:
            assert blobs.fetch(other, hub_client) == 1
        assert attachments.open_in_vault(other, only_document(other))[1] == scan
    finally:
        other.close()


def test_a_device_not_entitled_to_the_family_cannot_open_its_documents_bytes(
    team: tuple[Vault, Vault, str], hub: HubService
) -> None:
    coordinator, laptop, _family = team
    with coordinator.session() as session:
        olena = session.exec(select(Family.uid).where(Family.uid.not_in(  # type: ignore[union-attr]
            list(family_uids(laptop))))).one()  # fmt: skip
    assert olena is not None
    add_document(coordinator, olena, png("not for Rui", seed=5))
    sync(coordinator)
    with coordinator.session() as session:
        uid = session.exec(select(Attachment.uid)).one()
        sha = session.exec(select(Attachment.sha256)).one()
    assert uid is not None
    with laptop.session() as session:
        keys = exchange.keys_of(session)
        me = team_device.current(session)
        assert me is not None
        team_id = me.team
    with HubClient(hub.url, keys, team_id) as hub_client:
        plan = blobs.FetchPlan(0, uid, sha, team_id, keys)
        assert hub_client.blob(blobs.blob_id(team_id, uid)) is not None  # stored, sealed
        assert blobs.download(hub_client, plan) is None  # but not for this laptop
