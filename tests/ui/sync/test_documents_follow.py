"""A document added on the coordinator's laptop, seen on a worker's: the row comes with
the sync, the bytes after it in the background, or when the document is opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hostdesk.storage import attachments
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import blobs, setup
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.team_panel import TeamPanel
from hostdesk.ui.workspace.document_viewer import DocumentViewer
from tests.document_samples import png
from tests.hub.helpers import join_by_code, sync
from tests.hub.test_hub_documents import add_document
from tests.hub_support import HubService
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Vault, Vault, str]]:
    with HubService(tmp_path / "hub") as hub:
        coordinator = coordinator_vault(tmp_path / "coordinator")
        rui = add_worker(coordinator, "rui.tecnico")
        setup.create_team(coordinator, hub_url=hub.url)
        family = add_family(coordinator, "Amina Haddad", rui)
        laptop = join_by_code(coordinator, hub, tmp_path / "laptop")
        yield coordinator, laptop, family
        laptop.close()
        coordinator.close()


def _missing(vault: Vault) -> list[int]:
    with vault.session() as session:
        return blobs.missing(session)


def test_after_a_sync_the_documents_bytes_arrive_in_the_background(
    qtbot: QtBot, operations: Operations, team: tuple[Vault, Vault, str]
) -> None:
    coordinator, laptop, family = team
    scan = png("background", seed=11)
    add_document(coordinator, family, scan)
    sync(coordinator)
    panel = TeamPanel(laptop, operations)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.busy and panel.status is not None)
    with qtbot.waitSignal(panel.fetcher.finished, timeout=30_000) as fetched:
        panel.sync_now.click()
    assert fetched.args == [1, 1]
    assert _missing(laptop) == []
    assert "1 of 1" in panel.last_message


def test_opening_a_document_whose_bytes_have_not_arrived_fetches_them(
    qtbot: QtBot, operations: Operations, team: tuple[Vault, Vault, str]
) -> None:
    coordinator, laptop, family = team
    scan = png("opened", width=300, height=200, seed=12)
    add_document(coordinator, family, scan)
    sync(coordinator)
    sync(laptop)
    [missing] = _missing(laptop)
    with laptop.session() as session:
        info = attachments.info(session, missing)
    viewer = DocumentViewer(laptop, operations, info)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: not viewer.item.pixmap().isNull(), timeout=30_000)
    assert viewer.content == scan and viewer.item.pixmap().width() == 300
    viewer.close()
