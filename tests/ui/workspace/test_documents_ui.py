"""The Documents tab, the viewer and the consent's scan, on a real vault."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.domain import attachments as rule
from hostdesk.storage import attachments
from hostdesk.storage.models import AuditEntry, Consent, Member
from hostdesk.storage.vault import Vault
from hostdesk.storage.viewer_files import ViewerCopies
from hostdesk.ui.common import viewer_copies
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace import document_import
from hostdesk.ui.workspace.consent_dialog import ConsentDialog
from hostdesk.ui.workspace.document_import import AddDocumentDialog
from hostdesk.ui.workspace.document_viewer import DocumentViewer
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace
from tests.document_samples import pdf, png
from tests.ui.workspace.test_forms import show_active

MAX_DIALOG_HEIGHT = 698


@pytest.fixture(autouse=True)
def private_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ViewerCopies:
    """Copies for outside viewers in the test's folder; never a real program opened."""
    copies = ViewerCopies(tmp_path / "viewer")
    monkeypatch.setattr(viewer_copies, "_copies", copies)
    return copies


def _photo(path: Path, width: int = 3000, height: int = 2000) -> Path:
    """A synthetic "photo": a gradient with a few shapes, saved as a JPEG of good quality."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for step in range(0, width, 40):
        painter.fillRect(step, 0, 20, height, QColor(step % 255, 90, 200 - step % 200))
    painter.drawText(100, 100, "ARP synthetic card")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 95)
    path.write_bytes(bytes(buffer.data().data()))
    return path


def _workspace(qtbot: QtBot, vault: Vault, operations: Operations, fid: int) -> FamilyWorkspace:
    workspace = FamilyWorkspace(vault, operations, fid)
    qtbot.add_widget(workspace)
    workspace.resize(1366, 700)
    show_active(qtbot, workspace)
    workspace.show_tab("documents")
    return workspace


def _members(vault: Vault, family_id: int) -> dict[str, int]:
    with vault.session() as session:
        rows = session.exec(select(Member).where(Member.family_id == family_id)).all()
    return {m.relationship: m.id for m in rows if m.id is not None}


def _store(vault: Vault, family_id: int, content: bytes, member_id: int | None, **kw: str) -> int:
    draft = attachments.AttachmentDraft(
        kw.get("kind", "other"), kw.get("title", ""), content, member_id
    )
    with vault.changing() as session:
        return attachments.add(session, vault.user, family_id, draft).id


def _actions(vault: Vault) -> list[tuple[str, dict[str, object]]]:
    with vault.session() as session:
        rows = session.exec(select(AuditEntry).order_by(AuditEntry.seq)).all()
    return [(r.action, json.loads(r.detail) if r.detail else {}) for r in rows
            if r.action.startswith("attachment.")]  # fmt: skip


def test_a_photo_is_added_downscaled_on_request_and_listed_with_who_and_when(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    photo = _photo(tmp_path / "IMG_2041.jpg")
    monkeypatch.setattr(document_import, "ask_for_file", lambda _parent: photo)
    workspace = _workspace(qtbot, vault, operations, family_id)
    tab = workspace.documents
    assert "20 MB" in tab.note.text() and tab.table.rowCount() == 0
    tab.whose.setCurrentIndex(tab.whose.findData(_members(vault, family_id)["spouse"]))
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.open_dialog is not None)
    dialog = tab.open_dialog
    assert isinstance(dialog, AddDocumentDialog)
    assert dialog.height() <= MAX_DIALOG_HEIGHT
    assert dialog.person.currentText() == "Fatima Al-Hassan"  # the person shown in the tab
    dialog.kind.setCurrentIndex(dialog.kind.findData("residence_permit"))
    dialog.title_field.setText("ARP, front and back")
    qtbot.waitUntil(dialog.downscale.isEnabled)
    assert dialog.smaller is not None
    assert (dialog.smaller.width, dialog.smaller.height) == (2000, 1333)
    assert dialog.saving.text().startswith("Saves ")
    dialog.downscale.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)

    cells = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert cells[:5] == ["Residence permit (ARP)", "ARP, front and back", "", "Fatima Al-Hassan",
                         "JPEG"]  # fmt: skip
    assert cells[6] == "ana.coordenadora"
    (info,) = workspace.context.extras.documents
    original = photo.read_bytes()
    assert info.size_bytes == len(dialog.smaller.content) < len(original)
    _found, stored = attachments.open_in_vault(vault, info.id)
    assert QImage.fromData(stored).width() == 2000
    assert tab.message.text() == "“ARP, front and back” was added."
    assert tab.summary.text().startswith("1 document(s), ")


def test_a_file_that_is_not_a_scan_or_photo_is_refused_with_the_reason(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    letter = tmp_path / "carta.docx"
    letter.write_bytes(b"PK\x03\x04 not a scan")
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.documents.add_file(letter)
    qtbot.waitUntil(lambda: bool(said))
    assert "Only JPEG and PNG photos and PDF documents" in said[0]
    assert workspace.documents.open_dialog is None


def test_a_file_dropped_on_the_tab_opens_the_form(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int, tmp_path: Path
) -> None:
    scan = tmp_path / "contrato.pdf"
    scan.write_bytes(pdf(2))
    workspace = _workspace(qtbot, vault, operations, family_id)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(scan))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    workspace.documents.dropEvent(drop)
    qtbot.waitUntil(lambda: workspace.documents.open_dialog is not None)
    dialog = workspace.documents.open_dialog
    assert dialog is not None and not dialog.downscale.isVisible()  # a PDF is never downscaled
    dialog.kind.setCurrentIndex(dialog.kind.findData("tenancy_contract"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: workspace.documents.table.rowCount() == 1)
    assert workspace.documents.table.item(0, 3).text() == "The whole family"


def test_a_pdf_is_read_inside_page_by_page_and_a_photo_zooms(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    head = _members(vault, family_id)["head"]
    _store(vault, family_id, pdf(3, "Synthetic"), head, kind="medical_letter", title="Carta")
    _store(vault, family_id, png("x", width=800, height=600), None, title="Foto")
    workspace = _workspace(qtbot, vault, operations, family_id)
    tab = workspace.documents
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)
    titles = [tab.table.item(r, 1).text() for r in range(2)]
    tab.table.selectRow(titles.index("Carta"))
    tab.open_button.click()
    viewer = tab.viewer
    assert isinstance(viewer, DocumentViewer)
    qtbot.waitUntil(lambda: viewer.pages == 3 and not viewer.item.pixmap().isNull())
    assert viewer.height() <= MAX_DIALOG_HEIGHT
    assert viewer.page_label.text() == "Page 1 of 3" and not viewer.previous_button.isEnabled()
    first = viewer.item.pixmap().toImage()
    viewer.next_button.click()
    qtbot.waitUntil(lambda: viewer.page == 1 and viewer.item.pixmap().toImage() != first)
    assert viewer.page_label.text() == "Page 2 of 3"
    viewer.close()

    tab.table.selectRow(titles.index("Foto"))
    tab.open_selected()
    photo = tab.viewer
    assert photo is not None and photo is not viewer
    qtbot.waitUntil(lambda: not photo.item.pixmap().isNull())
    assert photo.item.pixmap().width() == 800 and not photo.page_label.isVisible()
    fitted = photo.scale
    photo.zoom_in_button.click()
    assert photo.scale == pytest.approx(fitted * 1.25)
    photo.fit_button.click()
    assert photo.scale == pytest.approx(fitted)
    photo.close()
    opened = [detail for action, detail in _actions(vault) if action == "attachment.open"]
    assert opened == [{"family": family_id, "in": "app"}] * 2


def test_an_outside_viewer_gets_a_private_copy_that_goes_when_the_window_closes(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int,
    private_copies: ViewerCopies, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    scan = pdf(1)
    _store(vault, family_id, scan, None, title="Contrato")
    handed: list[Path] = []
    monkeypatch.setattr(viewer_copies, "confirm", lambda _parent: True)
    monkeypatch.setattr(viewer_copies, "open_outside", lambda path: handed.append(path) or True)
    # The warning says where the copy goes, and what another program may keep.
    warning = viewer_copies.warning_text()
    assert str(private_copies.root) in warning and "thumbnail" in warning
    workspace = _workspace(qtbot, vault, operations, family_id)
    tab = workspace.documents
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    tab.table.selectRow(0)
    tab.open_selected()
    viewer = tab.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.outside_button.isEnabled())
    viewer.outside_button.click()
    qtbot.waitUntil(lambda: viewer.outside_copy is not None)
    copy = viewer.outside_copy
    assert copy is not None and handed == [copy] and copy.read_bytes() == scan
    assert copy.stat().st_mode & 0o777 == 0o600 and copy.parent.parent == private_copies.root
    assert str(copy) in viewer.status.text()
    assert not viewer.outside_button.isEnabled()  # one copy at a time
    viewer.close()
    assert not copy.exists()
    assert [d["in"] for a, d in _actions(vault) if a == "attachment.open"] == ["app", "external"]


def test_the_copy_goes_too_when_the_case_file_closes_under_the_open_document(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _store(vault, family_id, png("Photo"), None, title="Foto")
    monkeypatch.setattr(viewer_copies, "confirm", lambda _parent: True)
    monkeypatch.setattr(viewer_copies, "open_outside", lambda _path: False)  # no program
    workspace = FamilyWorkspace(vault, operations, family_id)
    show_active(qtbot, workspace)
    workspace.show_tab("documents")
    workspace.documents.table.selectRow(0)
    workspace.documents.open_selected()
    viewer = workspace.documents.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.outside_button.isEnabled())
    viewer.open_outside()
    qtbot.waitUntil(lambda: viewer.outside_copy is not None)
    copy = viewer.outside_copy
    assert copy is not None and copy.exists()
    assert "No program on this computer opens this kind of file" in viewer.status.text()
    with qtbot.waitSignal(workspace.destroyed):
        workspace.deleteLater()  # another family opened, or the user switched
    assert not copy.exists()


def test_a_consent_links_a_scan_added_from_its_form_and_the_panel_opens_it(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    form_scan = tmp_path / "consentimento.pdf"
    form_scan.write_bytes(pdf(1, "Signed"))
    monkeypatch.setattr(document_import, "ask_for_file", lambda _parent: form_scan)
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.show_tab("members")
    panel = workspace.members.consents
    workspace.members.table.selectRow(0)  # the head of family
    panel.record()
    dialog = panel.open_dialog
    assert isinstance(dialog, ConsentDialog) and dialog.picker is not None
    assert dialog.height() <= MAX_DIALOG_HEIGHT
    assert dialog.picker.combo.currentText() == "None"
    dialog.picker.add_button.click()
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.open_dialog is not None)
    adding = dialog.picker.open_dialog
    assert adding is not None and adding.kind.currentData() == "consent_form"
    assert adding.person.currentText() == "Mohammed Al-Hassan"
    adding.title_field.setText("Consentimento assinado 2026")
    adding.save_button.click()
    qtbot.waitUntil(lambda: dialog.picker is not None and dialog.picker.value() is not None)
    scan_id = dialog.picker.value()
    dialog.scopes["reporting"].setChecked(True)
    dialog.document_ref.setText("Pasta 7")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)  # referrals (the fixture), reporting

    with vault.session() as session:
        linked = session.exec(select(Consent).where(Consent.attachment_id == scan_id)).all()
    assert [c.scope for c in linked] == ["reporting"]
    row = next(r for r in range(2) if panel.table.item(r, 0).text() == "Reports to ACM/AIMA")
    link = panel.table.cellWidget(row, 3)
    assert isinstance(link, QLabel) and "Consentimento assinado 2026" in link.text()
    assert "Pasta 7" in link.text() and f'href="{scan_id}"' in link.text()
    link.linkActivated.emit(str(scan_id))
    viewer = panel.viewer
    assert isinstance(viewer, DocumentViewer) and viewer.document.id == scan_id
    qtbot.waitUntil(lambda: not viewer.item.pixmap().isNull())
    viewer.close()
    panel.table.selectRow(row)
    assert panel.scan_button.isEnabled()
    panel.table.selectRow(1 - row)
    assert not panel.scan_button.isEnabled()


def test_deleting_a_document_asks_first_and_says_its_consents_stay(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    content = png("Wrong file")
    _store(vault, family_id, content, None, title="Engano")
    workspace = _workspace(qtbot, vault, operations, family_id)
    tab = workspace.documents
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    tab.table.selectRow(0)
    assert tab.delete_button.isEnabled()
    tab.delete_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    assert "“Engano”" in asked[0] and "cannot be brought back" in asked[0]
    deleted = [d for a, d in _actions(vault) if a == "attachment.delete"]
    assert deleted == [{"family": family_id, "kind": "other", "consents": 0}]
    with vault.session() as session:
        assert attachments.total_bytes(session) == (0, 0)
    assert hashlib.sha256(content).hexdigest()  # (the content is gone, not its test value)


def test_the_size_limit_is_the_domain_one(vault: Vault) -> None:
    assert rule.MAX_BYTES == 20_000_000
