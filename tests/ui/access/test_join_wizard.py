"""First run, "Join my entity's team": a code, the hub, the fingerprint aloud, the vault."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import Family
from hostdesk.sync.team import hub_sync, invite, joining, setup, welcome
from hostdesk.ui.access.first_run import Choice, FirstRunWizard, RecoveryPage
from hostdesk.ui.common.operations import Operations
from tests.hub_support import HubService
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault


def test_a_new_laptop_joins_from_the_first_run_wizard(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("hostdesk.storage.vault.calibrate", lambda: FAST_TEST_PARAMS)
    monkeypatch.setattr(joining, "POLL_SECONDS", 0.2)
    monkeypatch.setattr(welcome, "FAMILIES_PER_PART", 1)  # a welcome of three parts
    shown: list[tuple[str, int, int]] = []
    receiving = RecoveryPage._receiving

    def seen(page: RecoveryPage, merged: int, parts: int) -> None:
        receiving(page, merged, parts)
        shown.append((page.status.text(), page.busy.value(), page.busy.maximum()))

    monkeypatch.setattr(RecoveryPage, "_receiving", seen)
    with HubService(tmp_path / "hub") as hub:
        coordinator = coordinator_vault(tmp_path / "coordinator")
        rui = add_worker(coordinator, "rui.tecnico")
        setup.create_team(coordinator, hub_url=hub.url)
        families = sorted(add_family(coordinator, name, rui)
                          for name in ("Amina Haddad", "Olena Kovalenko"))  # fmt: skip
        made = invite.create_invitation(coordinator, "rui.tecnico", hub.url)

        operations = Operations()
        wizard = FirstRunWizard(operations)
        qtbot.add_widget(wizard)
        wizard.show()
        wizard.welcome.join.setChecked(True)
        wizard.next()
        page = wizard.join_page
        qtbot.keyClicks(page.code, "ABC")
        assert page.code_error.isVisible() and not page.isComplete()
        page.code.setText(made.code.lower())
        page.hub.setText(hub.url)
        page.label.setText("Portátil Rui")
        page.folder.setText(str(tmp_path / "laptop"))
        qtbot.keyClicks(page.fields.passphrase, "laranjas azuis no telhado da escola")
        qtbot.keyClicks(page.fields.confirm, "laranjas azuis no telhado da escola")
        assert page.isComplete()
        wizard.next()
        recovery = wizard.recovery_page
        assert "-" in recovery.status.text()  # the fingerprint, to read aloud

        # The coordinator hears the fingerprint read aloud and adds the laptop.
        with hub_sync.client_for(coordinator) as client:
            deadline = time.monotonic() + 20
            waiting: list[hub_sync.WaitingJoin] = []
            while not waiting and time.monotonic() < deadline:
                waiting = hub_sync.waiting_joins(coordinator, client)
                qtbot.wait(100)
            assert waiting and waiting[0].fingerprint in recovery.status.text()
            hub_sync.accept_from_hub(coordinator, client, waiting[0].invite,
                                     waiting[0].fingerprint)  # fmt: skip

        qtbot.waitUntil(lambda: bool(recovery.recovery_key), timeout=30_000)
        # While the families arrived, the page said how far it had got.
        assert shown == [
            (f"Added to the team: receiving your families (part {n} of 3)…", n, 3)
            for n in (1, 2, 3)
        ]
        recovery.kept.setChecked(True)
        recovery.check.setText(recovery.recovery_key[-4:])
        wizard.accept()
        assert wizard.choice is Choice.JOIN and wizard.vault is not None
        with wizard.vault.session() as session:
            assert sorted(session.exec(select(Family.uid)).all()) == families
        assert wizard.vault.user.username == "rui.tecnico"
        # The laptop has its whole welcome: the hub keeps neither it nor the request.
        assert hub.store is not None
        assert hub.store.join(invite.invite_id(invite.secret_of(made.code))) is None
        wizard.vault.close()
        coordinator.close()
        operations.wait_idle()
