"""Choosing the scan of a signed form among a person's documents, or adding it there and then."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from hostdesk.domain.vocabulary import AttachmentKind
from hostdesk.storage import attachments
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.workspace import document_import
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.document_import import AddDocumentDialog
from hostdesk.ui.workspace.document_viewer import document_title


def choice_text(document: attachments.AttachmentInfo) -> str:
    day = document.document_date or document.added_at.date()
    return f"{document_title(document)} · {format_date(day)}"


class DocumentPicker(QWidget):
    """The person's documents and the family-wide ones; "Add a scan…" adds one and picks it."""

    def __init__(self, context: CaseContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._member_id = member_id
        self._pending: int | None = None
        self.open_dialog: AddDocumentDialog | None = None
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Scanned form in the vault"))
        self.add_button = QPushButton(self.tr("&Add a scan…"))
        self.add_button.clicked.connect(self.add)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.add_button)
        context.loaded.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        chosen = self._pending or self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("None"), None)
        for document in self._context.extras.documents:
            if document.member_id in (None, self._member_id):
                self.combo.addItem(choice_text(document), document.id)
        self.combo.blockSignals(False)
        if chosen is not None and self.combo.findData(chosen) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(chosen))
            self._pending = None

    def value(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def add(self) -> None:
        path = document_import.ask_for_file(self)
        if path is None:
            return
        document_import.start_add(
            self, self._context, path, member_id=self._member_id,
            kind=AttachmentKind.CONSENT_FORM, opened=self._opened, added=self._added,
        )  # fmt: skip

    def _opened(self, dialog: AddDocumentDialog) -> None:
        self.open_dialog = dialog
        dialog.destroyed.connect(self._dialog_gone)

    def _dialog_gone(self) -> None:
        self.open_dialog = None

    def _added(self, document: attachments.AttachmentInfo) -> None:
        # The case file is read again in the background; until then the new scan is
        # listed here already, and chosen.
        self._pending = document.id
        if self.combo.findData(document.id) < 0:
            self.combo.addItem(choice_text(document), document.id)
        self.combo.setCurrentIndex(self.combo.findData(document.id))
