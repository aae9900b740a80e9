"""The Team tab's "Join with an invitation file…", in Portuguese: a laptop with families of
its own joins with no network, over two trips of a USB stick, the dialog closed between."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.team import offers
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import invite, setup
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.join_file_dialog import JoinByFileDialog
from hostdesk.ui.sync.team_panel import TeamPanel
from tests.conftest import PASSPHRASE
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault
from tests.sync.team.test_joining_with_families import own_family


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    add_family(coordinator, "Amina Haddad", rui)
    laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui's own", username="rui",
                             passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    own_family(laptop, "Amina Haddad", "501964843")
    own_family(laptop, "Olena Kovalenko", "124885446")
    yield coordinator, laptop
    laptop.close()
    coordinator.close()


def _dialog(qtbot: QtBot, laptop: Vault, operations: Operations) -> JoinByFileDialog:
    dialog = JoinByFileDialog(laptop, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    _idle(qtbot, dialog, operations)
    return dialog


def _idle(qtbot: QtBot, dialog: JoinByFileDialog, operations: Operations) -> None:
    operations.wait_idle()
    qtbot.waitUntil(lambda: not dialog.busy)


def test_a_laptop_with_families_joins_by_files_over_two_trips_in_portuguese(
    qtbot: QtBot, operations: Operations, portuguese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, vaults: tuple[Vault, Vault],
) -> None:  # fmt: skip
    coordinator, laptop = vaults
    made = invite.create_invitation(coordinator, "rui.tecnico")
    invitation, request, welcome = (tmp_path / n for n in ("convite", "pedido", "boas-vindas"))
    invitation.write_bytes(made.file_bytes)
    opened = {"path": invitation}
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(opened["path"]), ""))  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(request), ""))

    dialog = _dialog(qtbot, laptop, operations)
    assert not dialog.open_welcome.isEnabled()  # nothing asked yet
    dialog.open_invitation.click()
    assert dialog.coordinator_fingerprint.text() == made.fingerprint
    assert dialog.message.text().startswith("Peça ao seu coordenador")
    assert not dialog.save_request.isEnabled()  # the passphrase first
    dialog.label.setText("Portátil do Rui")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.save_request.click()
    _idle(qtbot, dialog, operations)
    assert dialog.message.text().startswith("Pedido de adesão guardado em")
    asked = invite.read_join_request(request.read_bytes())
    assert dialog.fingerprint.text() == asked.fingerprint()
    dialog.close()

    # Days later, the coordinator's welcome; the dialog opened again remembers the request.
    welcome.write_bytes(invite.accept_join(coordinator, request.read_bytes(),
                                           asked.fingerprint()))  # fmt: skip
    opened["path"] = welcome
    again = _dialog(qtbot, laptop, operations)
    assert again.fingerprint.text() == asked.fingerprint()
    assert "rui.tecnico" in again.waiting.text()
    again.passphrase.setText(PASSPHRASE)
    again.open_welcome.click()
    _idle(qtbot, again, operations)
    assert again.message.text().startswith("Juntou-se à equipa. 2 famílias deste portátil")
    with laptop.session() as session:
        assert len(offers.list_withheld(session)) == 2

    panel = TeamPanel(laptop, operations)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.busy and panel.status is not None)
    assert panel.own.isVisible() and panel.own.list.count() == 2



def test_a_request_the_coordinator_did_not_take_can_be_forgotten(
    qtbot: QtBot, operations: Operations, portuguese: None, vaults: tuple[Vault, Vault],
) -> None:  # fmt: skip
    coordinator, laptop = vaults
    from hostdesk.sync.team import file_join

    invitation = invite.read_invitation(invite.create_invitation(coordinator,
                                                                 "rui.tecnico").file_bytes)
    file_join.begin(laptop, invitation, PASSPHRASE, "")
    dialog = _dialog(qtbot, laptop, operations)
    assert dialog.forget.isEnabled() and dialog.fingerprint.text()
    dialog.forget.click()
    _idle(qtbot, dialog, operations)
    assert dialog.message.text().startswith("O pedido de adesão foi esquecido")
    assert not dialog.forget.isEnabled() and not dialog.fingerprint.text()
    with laptop.session() as session:
        assert file_join.pending(session) is None


def test_a_file_that_is_not_an_invitation_is_said_in_portuguese(
    qtbot: QtBot, operations: Operations, portuguese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, vaults: tuple[Vault, Vault],
) -> None:  # fmt: skip
    _coordinator, laptop = vaults
    wrong = tmp_path / "fotografia.jpg"
    wrong.write_bytes(b"\xff\xd8\xff not an invitation")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(wrong), ""))
    dialog = _dialog(qtbot, laptop, operations)
    dialog.open_invitation.click()
    assert dialog.message.text() == "Isto não é um convite do HostDesk."
    assert not dialog.save_request.isEnabled()
