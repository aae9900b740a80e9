"""A laptop with families of its own joins its team with no network at all: the invitation,
the join request, the welcome, the offers and the coordinator's answer all go by USB stick."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import Family
from hostdesk.storage.team import offers
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import blobs, file_join, files, invite
from tests.document_samples import png
from tests.hub.test_hub_documents import add_document
from tests.sync.team.team_support import (
    PASSPHRASE,
    add_family,
    add_worker,
    coordinator_vault,
    family_uids,
    setup,
)
from tests.sync.team.test_joining_with_families import own_family


def test_joining_by_files_with_own_families_offering_one_and_the_answer_coming_back(
    tmp_path: Path,
) -> None:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)  # no hub: files only
    teams_amina = add_family(coordinator, "Amina Haddad", rui)
    laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui's own", username="rui",
                             passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    own_amina = own_family(laptop, "Amina Haddad", "501964843")  # the team's Amina too
    olena = own_family(laptop, "Olena Kovalenko", "124885446")
    scan = png("OLENA-ARP", width=300, height=200, seed=31)
    add_document(laptop, olena, scan)

    # 1. The invitation file, on a stick to the laptop; the join request back.
    made = invite.create_invitation(coordinator, "rui.tecnico")
    invitation = invite.read_invitation(made.file_bytes)
    with pytest.raises(Exception, match="passphrase"):
        file_join.begin(laptop, invitation, "not the passphrase", "Portátil do Rui")
    request, asked = file_join.begin(laptop, invitation, PASSPHRASE, "Portátil do Rui")
    assert asked.coordinator_fingerprint == made.fingerprint
    assert asked.username == "rui.tecnico"
    laptop.close()  # days pass; the laptop is used as before meanwhile
    laptop = Vault.open(tmp_path / "laptop", "rui", PASSPHRASE)
    with laptop.session() as session:
        waiting = file_join.pending(session)
    assert waiting is not None and waiting.fingerprint == asked.fingerprint

    # 2. The coordinator adds it (the fingerprint read aloud) and writes the welcome.
    welcome = invite.accept_join(coordinator, request, asked.fingerprint)
    joined = file_join.finish(laptop, welcome, PASSPHRASE)
    assert (joined.withheld, joined.duplicates) == (2, 1)
    assert laptop.user.username == "rui.tecnico"
    with laptop.session() as session:
        assert file_join.pending(session) is None
        listed = {w.family: w for w in offers.list_withheld(session)}
    assert set(listed) == {own_amina, olena} and listed[own_amina].duplicate_case
    assert family_uids(laptop) == {teams_amina, own_amina, olena}

    # 3. Olena's family offered; the offer goes in the next file, her document with it.
    with laptop.changing() as session:
        offers.offer(session, laptop.user, [olena])
    stick = files.export_file(laptop)
    assert stick.documents == 1
    arrived = files.import_file(coordinator, stick.data)
    assert arrived.documents == 1 and arrived.documents_size == len(scan)
    assert family_uids(coordinator) == {teams_amina, olena}  # the kept Amina never goes
    with coordinator.session() as session:
        number = session.exec(select(Family.case_number).where(Family.uid == olena)).one()
        assert blobs.missing(session) == []
    assert number.startswith("HD-2026-B")

    # 4. The coordinator's answer comes back in a file: the laptop sees it received.
    with laptop.session() as session:
        assert offers.offered_status(session) == offers.OfferStatus(sent=1, received=0)
    files.import_file(laptop, files.export(coordinator))
    with laptop.session() as session:
        assert offers.offered_status(session) == offers.OfferStatus(sent=1, received=1)
    laptop.close()
    coordinator.close()


def test_a_welcome_for_another_request_is_refused_and_the_request_still_waits(
    tmp_path: Path,
) -> None:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui's own", username="rui",
                             passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    own_family(laptop, "Olena Kovalenko", "124885446")
    with pytest.raises(invite.InvitationError, match="not asked to join"):
        file_join.finish(laptop, b"HDTEAMF1", PASSPHRASE)
    first = invite.read_invitation(invite.create_invitation(coordinator, "rui.tecnico").file_bytes)
    file_join.begin(laptop, first, PASSPHRASE, "")
    # Another laptop's request, accepted: its welcome is not for this one.
    other = invite.new_pending_join(invite.create_invitation(coordinator, "rui.tecnico").code, "")
    welcome = invite.accept_join(coordinator, other.request, other.fingerprint())
    with pytest.raises(invite.InvitationError, match="not for this laptop"):
        file_join.finish(laptop, welcome, PASSPHRASE)
    with laptop.session() as session:
        assert file_join.pending(session) is not None
        assert offers.list_withheld(session) == []  # nothing changed here
    laptop.close()
    coordinator.close()
