"""Whose family, as a coordinator and a worker see it: the form, the header, a hand-over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import assignment, caseload
from hostdesk.storage.caseload import CaseloadFilter, CaseloadSort
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.settings.users_panel import UsersPanel
from hostdesk.ui.workspace.family_form import FamilyForm
from tests.ui.workspace.test_family_workspace import _workspace
from tests.ui.workspace.test_forms import show_active, type_text

WORKER = "joao.tecnico"
WORKER_PASS = "joão's own long passphrase"


def _mine(vault: Vault, user_id: int) -> list[int]:
    with vault.session() as session:
        return caseload.family_ids(
            session, CaseloadSort.HEAD_NAME, filters=CaseloadFilter(worker_id=user_id)
        )


def _new_family(qtbot: QtBot, vault: Vault, operations: Operations, worker: str = "") -> int:
    form = FamilyForm(vault, operations)
    qtbot.add_widget(form)
    show_active(qtbot, form)
    if worker:
        form.worker.setCurrentIndex(form.worker.findText(worker))
    qtbot.keyClicks(form.head.name_latin, "Cali Xasan Faarax")
    with qtbot.waitSignal(form.accepted, timeout=5_000):
        qtbot.keyClick(form.head.name_latin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.family_id is not None
    return form.family_id


def test_the_new_family_form_gives_the_family_to_its_creator_or_the_chosen_worker(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    worker = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS, display_name="João Silva")
    assert worker.id is not None and vault.user.id is not None
    own = _new_family(qtbot, vault, operations)
    theirs = _new_family(qtbot, vault, operations, worker="João Silva")
    assert _mine(vault, vault.user.id) == [own]
    assert _mine(vault, worker.id) == [theirs]


def test_the_coordinator_reassigns_from_the_header_with_a_note(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    worker = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS, display_name="João Silva")
    assert worker.id is not None
    workspace = _workspace(qtbot, vault, operations, family_id)
    header = workspace.header
    assert header.assign_button.isVisible()
    assert "ana.coordenadora" in header.worker.text()

    qtbot.mouseClick(header.assign_button, Qt.MouseButton.LeftButton)
    dialog = workspace.assignment_dialog
    assert dialog is not None
    show_active(qtbot, dialog)
    dialog.worker.setCurrentIndex(dialog.worker.findText("João Silva"))
    qtbot.keyClicks(dialog.note, "Visita combinada para quinta-feira.")
    with qtbot.waitSignal(workspace.context.loaded, timeout=5_000):
        qtbot.keyClick(dialog.worker, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "João Silva" in header.worker.text()
    assert _mine(vault, worker.id) == [family_id]
    with vault.session() as session:
        history = assignment.handovers_of(session, family_id)
    assert [h.note for h in history] == ["Visita combinada para quinta-feira."]


def test_a_social_worker_sees_who_follows_the_family_but_cannot_change_it(
    qtbot: QtBot, vault: Vault, vault_dir: Path, operations: Operations, family_id: int
) -> None:
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    vault.close()
    with Vault.open(vault_dir, WORKER, WORKER_PASS) as worker_vault:
        workspace = _workspace(qtbot, worker_vault, operations, family_id)
        assert workspace.header.worker.isVisible()
        assert not workspace.header.assign_button.isVisible()
        workspace.close()
        operations.wait_idle()


def test_a_caseload_is_handed_over_from_the_users_panel(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    worker = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS, display_name="João Silva")
    assert worker.id is not None and vault.user.id is not None
    panel = UsersPanel(vault, operations)
    qtbot.add_widget(panel)
    panel.show()
    assert operations.wait_idle(10_000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    panel.select("ana.coordenadora")
    dialog = panel.hand_over_selected()
    assert dialog is not None
    assert dialog.to_worker.currentText() == "João Silva"
    type_text(qtbot, dialog.note, "Férias de Natal")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _mine(vault, worker.id) == [family_id]
    assert _mine(vault, vault.user.id) == []
    with vault.session() as session:
        family = session.exec(select(Family)).one()
    assert family.assigned_worker_id == worker.id

