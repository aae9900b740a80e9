"""Documents for the family from the workspace; texts reviewed in Settings by a coordinator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.domain.family_texts import FamilyDocument
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit_query
from hostdesk.storage.models import Member
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.settings.family_texts_dialog import FamilyTextsDialog
from hostdesk.ui.settings.settings_view import SettingsView
from hostdesk.ui.workspace.family_documents_dialog import FamilyDocumentsDialog
from tests.ui.workspace.test_family_workspace import _workspace

MAX_HEIGHT = 698


def _head_speaks(vault: Vault, family_id: int, languages: list[str]) -> None:
    with vault.changing() as session:
        head = session.exec(select(Member).where(Member.family_id == family_id,
                                                 Member.is_head)).one()  # fmt: skip
        head.languages = languages
        session.add(head)


def _open_dialog(qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
                 ) -> FamilyDocumentsDialog:  # fmt: skip
    workspace = _workspace(qtbot, vault, operations, family_id)
    qtbot.mouseClick(workspace.documents_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, FamilyDocumentsDialog) and w.isVisible())  # fmt: skip
    qtbot.add_widget(dialog)
    return dialog


def _settled(qtbot: QtBot, operations: Operations, dialog: FamilyDocumentsDialog) -> None:
    assert operations.wait_idle(20_000)
    qtbot.waitUntil(lambda: "…" not in dialog.state.text(), timeout=20_000)


def test_the_family_s_language_comes_first_and_an_unreviewed_text_does_not_print(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    _head_speaks(vault, family_id, ["ar", "en"])
    dialog = _open_dialog(qtbot, vault, operations, family_id)
    assert dialog.height() <= MAX_HEIGHT
    dialog.document.setCurrentIndex(dialog.document.findData(FamilyDocument.CONSENT.value))
    _settled(qtbot, operations, dialog)
    assert dialog.current_language() == "ar"
    assert "not reviewed" in dialog.language.currentText()
    assert "has not been reviewed" in dialog.state.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.rendered is None

    dialog.language.setCurrentIndex(dialog.language.findData("ti"))
    _settled(qtbot, operations, dialog)
    assert "There is no text of this document in Tigrinya" in dialog.state.text()
    assert not dialog.print_button.isEnabled()


def test_a_reviewed_language_is_previewed_saved_and_audited(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _head_speaks(vault, family_id, ["en"])
    dialog = _open_dialog(qtbot, vault, operations, family_id)
    _settled(qtbot, operations, dialog)
    assert dialog.current_language() == "en"
    assert dialog.rendered is not None and dialog.rendered.with_portuguese
    assert dialog.pages.pixmap() is not None and not dialog.pages.pixmap().isNull()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()

    target = tmp_path / "info-en.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_pdf()
    assert operations.wait_idle(10_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert "not encrypted" in dialog.state.text()
    outputs = [e for e in audit_query.page(vault, audit_query.AuditFilter())
               if e.action == "family_document.output"]  # fmt: skip
    assert outputs and outputs[0].detail["target"] == "pdf"


def test_a_coordinator_marks_a_text_reviewed_and_it_then_prints(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = FamilyTextsDialog(vault, operations)
    qtbot.add_widget(panel)
    panel.show()
    assert panel.height() <= MAX_HEIGHT
    assert "not informed consent" in panel.warning.text()
    row = next(i for i, e in enumerate(panel._entries)
               if (e.document, e.language) == (FamilyDocument.CONSENT, "ar"))  # fmt: skip
    panel.table.selectRow(row)
    assert "بياناتكم الشخصية" in panel.editor.toPlainText()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.review_button.click()
    assert operations.wait_idle(10_000)
    qtbot.waitUntil(lambda: panel.message.text() == "Saved.", timeout=10_000)
    assert asked and "not informed consent" in asked[0]
    state = panel.table.item(row, 2).text()
    assert "reviewed by" in state and "not" not in state
    reviews = [e for e in audit_query.page(vault, audit_query.AuditFilter())
               if e.action == "family_text.review"]  # fmt: skip
    assert reviews and reviews[0].object_id == "consent/ar"
    assert reviews[0].actor == vault.user.username

    _head_speaks(vault, family_id, ["ar"])
    dialog = _open_dialog(qtbot, vault, operations, family_id)
    dialog.document.setCurrentIndex(dialog.document.findData(FamilyDocument.CONSENT.value))
    _settled(qtbot, operations, dialog)
    assert dialog.print_button.isEnabled() and dialog.rendered is not None


def test_only_a_coordinator_has_the_texts_panel(
    qtbot: QtBot, vault: Vault, vault_dir: Path, operations: Operations
) -> None:
    coordinator_view = SettingsView(vault, operations)
    qtbot.add_widget(coordinator_view)
    assert coordinator_view.family_texts_button is not None
    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "joão's own long passphrase")
    vault.close()
    with Vault.open(vault_dir, "joao.tecnico", "joão's own long passphrase") as worker_vault:
        view = SettingsView(worker_vault, operations)
        qtbot.add_widget(view)
        assert getattr(view, "family_texts_button", None) is None
        view.close()
        operations.wait_idle()
