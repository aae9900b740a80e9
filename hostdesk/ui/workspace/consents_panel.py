"""The selected member's consents, beside the members table: see, record, withdraw.

A consent whose signed form was scanned into the vault shows it as a link
("Documento") that opens the document's viewer; "Open scan" does the same
from the keyboard.

A child's consent is given by a parent or guardian: the panel says so and
records nothing on a child whose head of family or spouse can consent for
them (their consent covers the household's children). A child with no such
adult at home, an unaccompanied minor above all, has their legal guardian's
consent recorded on their own row.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import vocabulary as v
from hostdesk.domain.consent import Person, may_record_for
from hostdesk.storage import attachments, families
from hostdesk.storage.models import Consent
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import label
from hostdesk.ui.workspace.consent_dialog import ConsentDialog, WithdrawConsentDialog
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.document_picker import DocumentPicker
from hostdesk.ui.workspace.document_viewer import DocumentViewer, document_title
from hostdesk.ui.workspace.forms import FormDialog, show_window_modal
from hostdesk.ui.workspace.tables import row_table

_DOCUMENT = 3  # the column of the paper's place and the scan


class ConsentsPanel(QGroupBox):
    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._member: families.MemberFile | None = None
        self._consents: list[Consent] = []
        self.open_dialog: FormDialog | None = None
        self.viewer: DocumentViewer | None = None
        self.table = row_table(
            [self.tr("Purpose"), self.tr("Given on"), self.tr("How"), self.tr("Document"),
             self.tr("Withdrawn on")],
            self.tr("Consents of the selected member"), stretch=[3],
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record &consent…"))
        self.record_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.scan_button = QPushButton(self.tr("&Open scan"))
        self.scan_button.clicked.connect(self.open_scan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.scan_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_member(None)

    def show_member(self, member: families.MemberFile | None) -> None:
        self._member = member
        name = member.member.name_latin if member else ""
        self.setTitle(
            self.tr("Consents of %1").replace("%1", name) if name else self.tr("Consents")
        )
        self._consents = (
            sorted(member.consents, key=lambda c: (c.given_on, c.id or 0)) if member else []
        )
        self.table.clearContents()
        self.table.setRowCount(len(self._consents))
        for row, consent in enumerate(self._consents):
            scan = self._scan_of(consent)
            document = consent.document_ref
            if scan is not None:
                document = " · ".join(t for t in (document, document_title(scan)) if t)
            cells = [label(v.ConsentScope, consent.scope), format_date(consent.given_on),
                     label(v.ConsentMethod, consent.method), document,
                     format_date(consent.withdrawn_on)]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if scan is not None:
                self.table.setCellWidget(row, _DOCUMENT, self._link(consent.document_ref, scan))
        self.note.setText(self._note())
        self._update_buttons()

    def _own_row(self) -> bool:
        """Whether this person's consent is recorded on their own row (see the module)."""
        if self._member is None:
            return False
        household = [_person(mf) for mf in self._context.file.members]
        return may_record_for(_person(self._member), household, date.today())

    def _note(self) -> str:
        if self._member is None:
            return ""
        if not self._own_row():
            return self.tr(
                "A child's consent is given by a parent or guardian: record it on "
                "the head of family or their spouse; it covers the children."
            )
        if _person(self._member).is_minor_on(date.today()):
            return self.tr("No parent at home: record the consent their legal guardian gave.")
        return ""

    def _scan_of(self, consent: Consent) -> attachments.AttachmentInfo | None:
        if consent.attachment_id is None:
            return None
        return next(
            (d for d in self._context.extras.documents if d.id == consent.attachment_id), None
        )

    def _link(self, reference: str, scan: attachments.AttachmentInfo) -> QLabel:
        """The paper's place, then the scan as a link that opens it."""
        link = QLabel()
        link.setTextFormat(Qt.TextFormat.RichText)
        prefix = f"{html.escape(reference)} · " if reference else ""
        link.setText(f'{prefix}<a href="{scan.id}">{html.escape(document_title(scan))}</a>')
        link.setToolTip(self.tr("Open the scanned form"))
        link.setContentsMargins(4, 0, 4, 0)
        link.setAutoFillBackground(True)  # over the cell's own text (kept for screen readers)
        link.linkActivated.connect(self._link_activated)
        return link

    def _link_activated(self, href: str) -> None:
        scan = next((d for d in self._context.extras.documents if str(d.id) == href), None)
        if scan is not None:
            self.show_scan(scan)

    def show_scan(self, scan: attachments.AttachmentInfo) -> None:
        c = self._context
        self.viewer = DocumentViewer(c.vault, c.operations, scan, self)
        show_window_modal(self.viewer, None, self._viewer_gone)

    def _viewer_gone(self) -> None:
        self.viewer = None

    def open_scan(self) -> None:
        selected = self._selected()
        scan = self._scan_of(selected) if selected is not None else None
        if scan is not None:
            self.show_scan(scan)

    def _selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        return self._consents[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        read_only = self._context.read_only
        self.record_button.setEnabled(self._own_row() and not read_only)
        selected = self._selected()
        self.withdraw_button.setEnabled(
            selected is not None and selected.withdrawn_on is None and not read_only
        )
        self.scan_button.setEnabled(selected is not None and self._scan_of(selected) is not None)

    def record(self) -> None:
        member = self._member
        if member is None or member.member.id is None:
            return
        c = self._context
        on_behalf = _person(member).is_minor_on(date.today())
        picker = DocumentPicker(c, member.member.id)
        self._open(ConsentDialog(c.vault, c.operations, member.member.id, member.member.name_latin,
                                 self, on_behalf=on_behalf, picker=picker))  # fmt: skip

    def withdraw(self) -> None:
        consent = self._selected()
        if consent is None or consent.withdrawn_on is not None:
            return
        c = self._context
        self._open(WithdrawConsentDialog(c.vault, c.operations, consent, self))

    def _open(self, dialog: FormDialog) -> None:
        self.open_dialog = dialog
        show_window_modal(dialog, self._saved, self._dialog_gone)

    def _saved(self) -> None:
        self._context.refresh()

    def _dialog_gone(self) -> None:
        self.open_dialog = None


def _person(mf: families.MemberFile) -> Person:
    assert mf.member.id is not None
    return Person(mf.member.id, mf.member.relationship, families.birth_of(mf.member))
