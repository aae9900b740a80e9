"""The Sync screen's team part, as a coordinator uses it, with the real hub on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hostdesk.storage.vault import Vault
from hostdesk.sync.team import invite
from hostdesk.sync.team.hub_client import HubClient
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.team_dialogs import InviteDialog
from hostdesk.ui.sync.team_panel import TeamPanel
from tests.hub_support import HubService
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault
from tests.ui.boxes import Boxes


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubService]:
    with HubService(tmp_path / "hub") as running:
        yield running


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Vault]:
    vault = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(vault, "rui.tecnico")
    add_family(vault, "Amina Haddad", rui)
    yield vault
    vault.close()


def _idle(qtbot: QtBot, panel: TeamPanel | InviteDialog, operations: Operations) -> None:
    operations.wait_idle()
    qtbot.waitUntil(lambda: not panel.busy)


def test_a_coordinator_makes_the_team_invites_a_laptop_and_revokes_it(
    qtbot: QtBot, operations: Operations, coordinator: Vault, hub: HubService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    boxes = Boxes(monkeypatch)
    shown: list[str] = []
    sending = InviteDialog._sending

    def seen(dialog: InviteDialog, sent: int, parts: int) -> None:
        sending(dialog, sent, parts)
        shown.append(dialog.message.text())

    monkeypatch.setattr(InviteDialog, "_sending", seen)
    panel = TeamPanel(coordinator, operations)
    qtbot.addWidget(panel)
    panel.show()  # it reads the team when shown
    _idle(qtbot, panel, operations)
    assert panel.create_box.isVisibleTo(panel) and not panel.team_box.isVisibleTo(panel)
    panel.hub_url.setText(hub.url)
    panel.create.click()
    _idle(qtbot, panel, operations)
    qtbot.waitUntil(lambda: panel.status is not None)
    assert panel.team_box.isVisibleTo(panel) and panel.model.rowCount() == 1

    dialog = InviteDialog(coordinator, operations, panel)
    qtbot.addWidget(dialog)
    _idle(qtbot, dialog, operations)
    dialog.user.setCurrentText("rui.tecnico")
    dialog.make.click()
    _idle(qtbot, dialog, operations)
    code = dialog.code.text()
    assert len(code.replace("-", "")) == 26 and dialog.fingerprint.text()
    # The laptop answers with the code through the hub.
    pending = invite.new_pending_join(code, "Portátil Rui")
    with HubClient(hub.url, pending.keys, "") as client:
        client.post_join(pending.invite, pending.request, invite.poll_token(pending.secret))
    dialog.check_hub.click()
    _idle(qtbot, dialog, operations)
    assert dialog.their_fingerprint.text() == pending.fingerprint()
    assert not dialog.add.isEnabled()  # not before the fingerprint was read aloud
    dialog.confirmed.setChecked(True)
    dialog.add.click()
    _idle(qtbot, dialog, operations)
    assert "added" in dialog.message.text()
    # While it was adding the laptop, the dialog said how far its families had gone.
    assert shown == [
        f"Adding the laptop: its families go to the hub (part {n} of 2)…" for n in (1, 2)
    ]
    dialog.close()

    panel.refresh()
    _idle(qtbot, panel, operations)
    assert panel.model.rowCount() == 2
    laptop_row = next(r for r in range(2) if not panel.model.device_at(r).is_me)  # type: ignore[union-attr]
    panel.table.selectRow(laptop_row)
    assert panel.revoke.isEnabled()
    panel.revoke.click()
    _idle(qtbot, panel, operations)
    assert boxes.shown and boxes.shown[0][0] == "question"
    assert "HD-2026-00001" in panel.held.text()
    panel.refresh()
    _idle(qtbot, panel, operations)
    revoked = next(d for d in panel.status.devices if not d.is_me)  # type: ignore[union-attr]
    assert not revoked.active
