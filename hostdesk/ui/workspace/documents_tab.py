"""The family's scanned and photographed documents: list, add, read, save a copy, delete.

Documents are read inside HostDesk (``document_viewer``); a file is added with
"Add document…" or dropped on the tab. The list shows whose each document is
and can show one person's alone.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import attachments as rule
from hostdesk.domain.vocabulary import AttachmentKind
from hostdesk.storage import attachments, retention
from hostdesk.ui.common.formatting import format_date, format_size
from hostdesk.ui.common.labels import label
from hostdesk.ui.workspace import document_import
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.document_import import AddDocumentDialog
from hostdesk.ui.workspace.document_viewer import DocumentViewer, document_title
from hostdesk.ui.workspace.forms import error_sentence, show_window_modal
from hostdesk.ui.workspace.tables import row_table

log = logging.getLogger(__name__)

EVERYONE = -2
WHOLE_FAMILY = document_import.WHOLE_FAMILY
_SIZE_COLUMN = 5
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def type_label(mime: str) -> str:
    return {rule.JPEG: "JPEG", rule.PNG: "PNG", rule.PDF: "PDF"}.get(mime, mime)


class DocumentsTab(QWidget):
    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._shown: list[attachments.AttachmentInfo] = []
        self.open_dialog: AddDocumentDialog | None = None
        self.viewer: DocumentViewer | None = None
        self.setAcceptDrops(True)

        self.whose = QComboBox()
        self.whose.setAccessibleName(self.tr("Show the documents of"))
        self.whose.currentIndexChanged.connect(self._fill)
        self.summary = QLabel()
        self.table = row_table(
            [self.tr("Kind"), self.tr("Title"), self.tr("Date"), self.tr("Whose"),
             self.tr("Type"), self.tr("Size"), self.tr("Added by"), self.tr("Added on")],
            self.tr("The family's documents"), stretch=[1],
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.open_selected)
        self.add_button = QPushButton(self.tr("&Add document…"))
        self.add_button.clicked.connect(self.add)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("Save a &copy…"))
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.note = QLabel(
            document_import.limits_text() + " " + self.tr("Drop a file here to add it.")
        )
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.whose)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        context.loaded.connect(self.redraw)
        self.redraw()

    # -- showing --------------------------------------------------------------------

    def redraw(self) -> None:
        chosen = self.whose.currentData()
        self.whose.blockSignals(True)
        self.whose.clear()
        self.whose.addItem(self.tr("Everyone"), EVERYONE)
        self.whose.addItem(self.tr("The whole family (not one person)"), WHOLE_FAMILY)
        for mf in self._context.file.members:
            self.whose.addItem(mf.member.name_latin, mf.member.id)
        self.whose.setCurrentIndex(max(self.whose.findData(chosen), 0))
        self.whose.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        documents = self._context.extras.documents
        chosen = self.whose.currentData()
        if chosen == WHOLE_FAMILY:
            documents = [d for d in documents if d.member_id is None]
        elif chosen not in (None, EVERYONE):
            documents = [d for d in documents if d.member_id == chosen]
        self._shown = documents
        self.table.setRowCount(len(documents))
        for row, d in enumerate(documents):
            whose = (self._context.member_name(d.member_id) if d.member_id is not None
                     else self.tr("The whole family"))  # fmt: skip
            cells = [label(AttachmentKind, d.kind), d.title, format_date(d.document_date), whose,
                     type_label(d.mime_type), format_size(d.size_bytes), d.added_by,
                     format_date(d.added_at.date())]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == _SIZE_COLUMN:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(row, column, item)
        everything = self._context.extras.documents
        self.summary.setText(
            self.tr("%n document(s), %1", "", len(everything)).replace(
                "%1", format_size(sum(d.size_bytes for d in everything))
            )
        )
        self._update_buttons()

    def selected(self) -> attachments.AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        read_only = self._context.read_only
        self.add_button.setEnabled(not read_only)
        self.open_button.setEnabled(chosen is not None)
        self.export_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(
            chosen is not None and not read_only
            and attachments.may_delete(self._context.vault.user, chosen.added_by_id)
        )  # fmt: skip

    # -- adding ---------------------------------------------------------------------

    def add(self) -> None:
        path = document_import.ask_for_file(self)
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> None:
        chosen = self.whose.currentData()
        member_id = chosen if chosen not in (None, EVERYONE, WHOLE_FAMILY) else None
        document_import.start_add(self, self._context, path, member_id=member_id,
                                  opened=self._form_opened, added=self._added)  # fmt: skip

    def _form_opened(self, dialog: AddDocumentDialog) -> None:
        self.open_dialog = dialog
        dialog.destroyed.connect(self._form_gone)

    def _form_gone(self) -> None:
        self.open_dialog = None

    def _added(self, info: attachments.AttachmentInfo) -> None:
        self.message.setText(self.tr("“%1” was added.").replace("%1", document_title(info)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._context.read_only and _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event)
        if not files or self._context.read_only:
            return
        event.acceptProposedAction()
        if len(files) > 1:
            self.message.setText(self.tr("One file at a time: the first one is being added."))
        self.add_file(files[0])

    # -- the selected document ------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            c = self._context
            self.viewer = DocumentViewer(c.vault, c.operations, chosen, self)
            show_window_modal(self.viewer, None, self._viewer_gone)

    def _viewer_gone(self) -> None:
        self.viewer = None

    def export_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        target = ask_where_to_save(self, chosen)
        if target is None:
            return
        vault = self._context.vault
        self._context.operations.run(
            lambda: (attachments.export(vault, chosen.id, target), target)[1],
            self._exported,
            self._failed,
        )

    def _exported(self, target: Path) -> None:
        if shiboken6.isValid(self):
            self.message.setText(self.tr(
                "A copy was saved as %1. It is not encrypted: keep it safe, and delete it "
                "when it is no longer needed.").replace("%1", str(target)))  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.message.setText(error_sentence(error))
            self._update_buttons()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = self.tr(
            "Delete “%1” from the vault? It cannot be brought back, except from a backup "
            "made before today."
        ).replace("%1", document_title(chosen))
        if chosen.consent_ids:
            text += " " + self.tr(
                "It is the signed form of %n consent(s): they stay recorded, without it.",
                "", len(chosen.consent_ids),
            )  # fmt: skip
        answer = QMessageBox.question(
            self, self.tr("Delete a document"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        vault, context = self._context.vault, self._context
        self.delete_button.setEnabled(False)
        context.operations.run(
            lambda: retention.erase_attachment(vault, chosen.id),
            lambda _none: context.refresh(),
            self._failed,
        )


def ask_where_to_save(parent: QWidget, document: attachments.AttachmentInfo) -> Path | None:
    """Qt's own save dialog; the suggested name holds no title (it may hold a name)."""
    title = QCoreApplication.translate(
        "DocumentsTab", "Save a copy of the document (it will not be encrypted)"
    )
    dialog = QFileDialog(parent, title, rule.file_name(document.id, document.mime_type))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(rule.EXTENSIONS.get(document.mime_type, ""))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
