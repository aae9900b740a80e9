"""Documents' bytes travel on the USB stick too: sealed as on the hub, only to the devices
entitled to the family, what the other side lacks, within the file's budget."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.storage import assignment
from hostdesk.storage.models import Attachment, Family
from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import blobs, files, setup
from tests.document_samples import png
from tests.hub.test_hub_documents import add_document
from tests.sync.team.team_support import (
    add_family,
    add_worker,
    coordinator_vault,
    join,
    user_id,
)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Vault, Vault, str, str]]:
    """The coordinator, Rui's laptop (joined by files, no hub); Rui's family and another."""
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    add_worker(coordinator, "ana.tecnica")
    setup.create_team(coordinator)
    his = add_family(coordinator, "Amina Haddad", rui)
    other = add_family(coordinator, "Olena Kovalenko")
    laptop = join(coordinator, "rui.tecnico", tmp_path / "laptop").vault
    yield coordinator, laptop, his, other
    laptop.close()
    coordinator.close()


def device_of(vault: Vault) -> str:
    with vault.session() as session:
        me = team_device.current(session)
    assert me is not None
    return me.device


def missing(vault: Vault) -> list[int]:
    with vault.session() as session:
        return blobs.missing(session)


def contents(vault: Vault) -> set[bytes]:
    with vault.session() as session:
        return {bytes(c) for c in session.exec(select(Attachment.content)).all() if c}


def test_a_document_reaches_a_laptop_with_no_network_by_file_both_ways(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, _other = team
    scan = png("ARP-FILE-MARKER", width=320, height=200, seed=3)
    add_document(coordinator, his, scan)
    stick = files.export_file(coordinator, device_of(laptop))
    assert (stick.documents, stick.documents_size, stick.left_out) == (1, len(scan), 0)
    assert scan not in stick.data and b"ARP-FILE-MARKER" not in stick.data  # sealed
    result = files.import_file(laptop, stick.data)
    assert (result.documents, result.documents_size) == (1, len(scan))
    assert missing(laptop) == [] and scan in contents(laptop)
    # Read twice: nothing more arrives, nothing breaks.
    assert files.import_file(laptop, stick.data).documents == 0

    # A document added on the laptop goes to the coordinator the same way.
    own = png("VISIT-PHOTO", width=200, height=100, seed=4)
    add_document(laptop, his, own)
    back = files.export_file(laptop, device_of(coordinator))
    assert back.documents == 1  # the coordinator's file never said it holds it
    assert files.import_file(coordinator, back.data).documents == 1
    assert own in contents(coordinator)
    with coordinator.session() as session:
        [row] = session.execute(
            text("SELECT sha256 FROM attachment WHERE length(content) = :n"), {"n": len(own)}
        ).all()
    assert row[0] == hashlib.sha256(own).hexdigest()


def test_a_device_that_said_it_has_the_documents_is_not_sent_them_again(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, _other = team
    add_document(coordinator, his, png("once", seed=5))
    rui = device_of(laptop)
    first = files.export_file(coordinator, rui)
    # Not heard from the laptop yet: the next file carries it again, in case the first
    # never arrived.
    assert files.export_file(coordinator, rui).documents == 1
    files.import_file(laptop, first.data)
    files.import_file(coordinator, files.export(laptop))  # the laptop lacks nothing now
    assert files.export_file(coordinator, rui).documents == 0


def test_a_laptop_that_lacks_a_document_says_so_and_gets_it(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, _other = team
    rui = device_of(laptop)
    files.import_file(coordinator, files.export(laptop))  # it lacked nothing then
    scan = png("later", seed=6)
    add_document(coordinator, his, scan)
    # The row went without its bytes (a file made with no room for documents).
    files.import_file(laptop, files.export_file(coordinator, rui, budget=0).data)
    assert len(missing(laptop)) == 1
    files.import_file(coordinator, files.export(laptop))  # says what it lacks
    again = files.export_file(coordinator, rui)
    assert again.documents == 1 and again.change_sets == 0
    files.import_file(laptop, again.data)
    assert missing(laptop) == [] and scan in contents(laptop)


def test_documents_of_families_the_device_is_not_entitled_to_never_go_to_it(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, other = team
    rui = device_of(laptop)
    add_document(coordinator, other, png("NOT-RUIS", seed=7))
    assert files.export_file(coordinator, rui).documents == 0
    # Rui's family reassigned away to Ana: its new document never goes to his laptop.
    ana = user_id(coordinator, "ana.tecnica")
    with coordinator.changing() as session:
        family = session.exec(select(Family).where(Family.uid == his)).one()
        assignment.assign(session, coordinator.user, family, ana)
    add_document(coordinator, his, png("AFTER-REASSIGNMENT", seed=8))
    stick = files.export_file(coordinator, rui)
    assert stick.documents == 0
    files.import_file(laptop, stick.data)
    assert contents(laptop) == set()


def test_documents_that_do_not_fit_the_file_follow_in_the_next_one(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, _other = team
    rui = device_of(laptop)
    first_scan = png("first", width=400, height=300, seed=9)
    second_scan = png("second", width=400, height=300, seed=10)
    add_document(coordinator, his, first_scan)
    add_document(coordinator, his, second_scan)
    budget = max(len(first_scan), len(second_scan)) + 10
    stick = files.export_file(coordinator, rui, budget=budget)
    assert (stick.documents, stick.left_out) == (1, 1)
    assert stick.left_out_size in (len(first_scan), len(second_scan))
    files.import_file(laptop, stick.data)
    files.import_file(coordinator, files.export(laptop))
    rest = files.export_file(coordinator, rui, budget=budget)
    assert (rest.documents, rest.left_out) == (1, 0)
    files.import_file(laptop, rest.data)
    assert contents(laptop) == {first_scan, second_scan}


def test_a_file_without_documents_is_still_the_first_format(
    team: tuple[Vault, Vault, str, str],
) -> None:
    _coordinator, laptop, _his, _other = team
    header, _envelopes = files.read(files.export(laptop))
    assert header["format"] == files.FORMAT


def test_a_damaged_document_list_is_said_not_guessed(
    team: tuple[Vault, Vault, str, str],
) -> None:
    coordinator, laptop, his, _other = team
    add_document(coordinator, his, png("cut", seed=11))
    data = files.export_file(coordinator, device_of(laptop)).data
    header, envelopes, documents = files.read_all(data)
    header["envelopes"] = len(envelopes) + 5
    from hostdesk.sync.keys import canonical

    broken = files.pack(canonical(header), envelopes + [d for _i, d in documents])
    with pytest.raises(files.EnvelopeError, match="header is damaged"):
        files.import_file(laptop, broken)
