"""A laptop used on its own joins the team from the Team tab: its families wait, checked
against the team's, and the user shares some and keeps the others apart."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import hub_sync, invite, joining, setup
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.join_dialog import JoinTeamDialog
from hostdesk.ui.sync.team_panel import TeamPanel
from tests.hub_support import HubService
from tests.sync.team.team_support import (
    PASSPHRASE,
    add_family,
    add_worker,
    coordinator_vault,
    family_uids,
)
from tests.sync.team.test_joining_with_families import own_family
from tests.ui.boxes import Boxes


def _idle(qtbot: QtBot, widget: TeamPanel | JoinTeamDialog, operations: Operations) -> None:
    operations.wait_idle()
    qtbot.waitUntil(lambda: not widget.busy, timeout=30_000)


def test_a_laptop_with_families_joins_then_shares_one_and_keeps_the_other(
    qtbot: QtBot, operations: Operations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes(monkeypatch)
    monkeypatch.setattr(joining, "POLL_SECONDS", 0.2)
    shown: list[str] = []
    receiving = JoinTeamDialog._receiving

    def seen(dialog: JoinTeamDialog, merged: int, parts: int) -> None:
        receiving(dialog, merged, parts)
        shown.append(dialog.message.text())

    monkeypatch.setattr(JoinTeamDialog, "_receiving", seen)
    with HubService(tmp_path / "hub") as hub:
        coordinator = coordinator_vault(tmp_path / "coordinator")
        rui = add_worker(coordinator, "rui.tecnico")
        setup.create_team(coordinator, hub_url=hub.url)
        add_family(coordinator, "Amina Haddad", rui)
        made = invite.create_invitation(coordinator, "rui.tecnico", hub.url)
        laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui", username="rui",
                                 passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
        own_family(laptop, "Amina Haddad", "501964843")
        olena = own_family(laptop, "Olena Kovalenko", "124885446")

        panel = TeamPanel(laptop, operations)
        qtbot.addWidget(panel)
        panel.show()
        _idle(qtbot, panel, operations)
        assert panel.join.isEnabled() and not panel.own.isVisibleTo(panel)
        dialog = JoinTeamDialog(laptop, operations, panel)
        qtbot.addWidget(dialog)
        dialog.code.setText(made.code)
        dialog.hub.setText(hub.url)
        assert not dialog.join.isEnabled()  # not without the passphrase
        dialog.passphrase.setText(PASSPHRASE)
        dialog.join.click()
        qtbot.waitUntil(lambda: bool(dialog.fingerprint.text()))
        with hub_sync.client_for(coordinator) as client:
            deadline = time.monotonic() + 20
            waiting: list[hub_sync.WaitingJoin] = []
            while not waiting and time.monotonic() < deadline:
                waiting = hub_sync.waiting_joins(coordinator, client)
                qtbot.wait(100)
            assert waiting and waiting[0].fingerprint == dialog.fingerprint.text()
            hub_sync.accept_from_hub(coordinator, client, waiting[0].invite,
                                     waiting[0].fingerprint)  # fmt: skip
        qtbot.waitUntil(lambda: dialog.joined is not None, timeout=30_000)
        assert dialog.joined == joining.JoinedWithFamilies(withheld=2, duplicates=1)
        assert shown == [f"Added: receiving your families (part {n} of 2)…" for n in (1, 2)]
        assert "2" in dialog.message.text() and not dialog.passphrase.text()
        dialog.close()

        panel.refresh()
        _idle(qtbot, panel, operations)
        assert panel.team_box.isVisibleTo(panel) and panel.own.isVisibleTo(panel)
        lines = [panel.own.list.item(i).text() for i in range(panel.own.list.count())]
        assert len(lines) == 2
        amina = next(i for i, line in enumerate(lines) if "Amina" in line)
        assert "HD-2026-00001" in lines[amina] and "NIF" in lines[amina]
        assert not panel.own.share.isEnabled()
        panel.own.list.item(1 - amina).setCheckState(Qt.CheckState.Checked)
        panel.own.share.click()
        _idle(qtbot, panel, operations)
        assert not boxes.shown  # no duplicate among those shared: nothing asked
        assert "1" in panel.last_message
        assert panel.own.list.count() == 1 and "Amina" in panel.own.list.item(0).text()

        # Sharing the possible duplicate asks first; "No" keeps it apart.
        boxes.answer = boxes.answer.No
        panel.own.list.item(0).setCheckState(Qt.CheckState.Checked)
        panel.own.share.click()
        _idle(qtbot, panel, operations)
        assert boxes.shown and boxes.shown[0][0] == "question"
        assert panel.own.list.count() == 1

        panel.sync_now.click()
        _idle(qtbot, panel, operations)
        with hub_sync.client_for(coordinator) as client:
            hub_sync.sync_with_hub(coordinator, client)
        assert olena in family_uids(coordinator) and len(family_uids(coordinator)) == 2
        laptop.close()
        coordinator.close()
