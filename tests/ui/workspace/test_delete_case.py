"""A coordinator deletes a case created by mistake from its workspace, once confirmed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.delete_case_dialog import DeleteCaseDialog
from tests.ui.workspace.test_consent_and_exit import family_id  # noqa: F401 (a fixture)
from tests.ui.workspace.test_family_workspace import _workspace
from tests.ui.workspace.test_forms import show_active


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)


def test_deleting_needs_the_confirmation_then_removes_the_case(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int  # noqa: F811
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    assert workspace.header.delete_button.isVisible()  # the vault's user is a coordinator
    qtbot.mouseClick(workspace.header.delete_button, Qt.MouseButton.LeftButton)
    dialog = workspace.delete_dialog
    assert isinstance(dialog, DeleteCaseDialog)
    show_active(qtbot, dialog)
    assert any("cannot be undone" in label.text() for label in dialog.findChildren(QLabel))
    dialog.save()
    assert dialog.isVisible()  # not without the tick
    with vault.session() as session:
        assert session.get(Family, family_id) is not None
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(workspace.deleted, timeout=5_000):
        dialog.save()
    operations.wait_idle()
    with vault.session() as session:
        assert session.get(Family, family_id) is None
