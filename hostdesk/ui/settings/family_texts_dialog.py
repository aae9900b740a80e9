"""Settings › Family documents (coordinators): each text's review state, review, correct.

A text in a language nobody on the HostDesk project reads ships "not
reviewed" and prints only once a coordinator marks it reviewed, after someone
who reads the language has checked it against the Portuguese. The entity may
correct a text here (the corrected copy is kept in the vault and needs its own
review) and set the contacts the documents print. Everything is audited.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from hostdesk.domain.family_text_format import TextFormatError
from hostdesk.domain.family_texts import FamilyDocument, TextState
from hostdesk.storage import family_texts
from hostdesk.storage.family_texts import TextEntry
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.screen_fit import keep_on_screen
from hostdesk.ui.workspace.family_documents_dialog import (
    document_name,
    language_name,
    state_words,
)

log = logging.getLogger(__name__)


def not_informed_consent() -> str:
    return QCoreApplication.translate(
        "FamilyTexts",
        "An unchecked consent text is not informed consent. Mark a text reviewed only after "
        "someone who reads the language well has compared it, line by line, with the "
        "Portuguese text; the review is recorded with your name and the time.",
    )


def format_problem(error: TextFormatError) -> str:
    sentences = {
        "script": QCoreApplication.translate(
            "FamilyTexts", "The text is not written in its language's script."),
        "copy_of_other": QCoreApplication.translate(
            "FamilyTexts", "This is another language's text, not a translation."),
    }  # fmt: skip
    return sentences.get(error.code, str(error))


class FamilyTextsDialog(QDialog):
    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self.setWindowTitle(self.tr("Family documents: texts and translations"))
        self._vault, self._operations = vault, operations
        self._entries: list[TextEntry] = []

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Language"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Texts and their review state"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("The text, as printed"))
        self.editor.setPlaceholderText(self.tr("No text yet in this language: paste a "
                                               "translation here, with its header, and save it."))
        self.warning = QLabel(not_informed_consent())
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "background: #fff4d6; color: #5c3d00; border: 1px solid #e0c27a; padding: 4px;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.review_button = QPushButton(self.tr("&Mark reviewed…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw review"))
        self.save_button = QPushButton(self.tr("Save &correction"))
        self.restore_button = QPushButton(self.tr("Back to the &shipped text"))
        self.review_button.clicked.connect(self.mark_reviewed)
        self.withdraw_button.clicked.connect(lambda: self._write(family_texts.withdraw_review))
        self.save_button.clicked.connect(self.save_correction)
        self.restore_button.clicked.connect(lambda: self._write(family_texts.restore_shipped))
        actions = QHBoxLayout()
        for button in (self.review_button, self.withdraw_button, self.save_button,
                       self.restore_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)

        contacts_box = QGroupBox(self.tr("Contacts printed on the documents"))
        contacts_form = QFormLayout(contacts_box)
        self.contacts: dict[str, QLineEdit] = {}
        for name, caption in (
            ("address", self.tr("Address (if not the entity's)")), ("phone", self.tr("Telephone")),
            ("email", self.tr("E-mail")), ("hours", self.tr("Opening hours")),
            ("dpo", self.tr("Data-protection contact")),
        ):  # fmt: skip
            field = QLineEdit()
            field.setAccessibleName(caption)
            self.contacts[name] = field
            contacts_form.addRow(caption, field)
        save_contacts = QPushButton(self.tr("Save c&ontacts"))
        save_contacts.clicked.connect(self.save_contacts)
        contacts_form.addRow("", save_contacts)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(contacts_box)
        right = QVBoxLayout()
        right.addWidget(self.warning)
        right.addWidget(self.editor, 1)
        right.addLayout(actions)
        right.addWidget(self.message)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1240, 640)
        with vault.session() as session:
            for name, value in family_texts.contacts(session).items():
                self.contacts[name].setText(value)
        self.reload()

    def reload(self, keep: tuple[FamilyDocument, str] | None = None) -> None:
        with self._vault.session() as session:  # 27 settings rows and the shipped files
            self._entries = family_texts.catalogue(session)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            cells = (document_name(entry.document), language_name(entry.language),
                     self._state_text(entry))  # fmt: skip
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a long state ("reviewed by …") is cut in its column
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        target = next((i for i, e in enumerate(self._entries)
                       if keep and (e.document, e.language) == keep), 0)  # fmt: skip
        self.table.selectRow(target)
        self._show_selected()

    def _state_text(self, entry: TextEntry) -> str:
        words = state_words(entry.state)
        if entry.state is TextState.REVIEWED:
            if entry.project_reviewed:
                words = self.tr("reviewed by the HostDesk project")
            elif entry.review is not None:
                words = self.tr("reviewed by %1 on %2").replace("%1", entry.review.by_name)\
                    .replace("%2", format_date(date.fromisoformat(entry.review.at[:10])))
        if entry.corrected:
            words += " · " + self.tr("corrected by the entity")
        return words

    def selected(self) -> TextEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        entry = self.selected()
        self.editor.setPlainText(entry.text.source if entry and entry.text else "")
        can_review = bool(entry and entry.text and entry.state is not TextState.REVIEWED)
        self.review_button.setEnabled(can_review)
        self.withdraw_button.setEnabled(bool(entry and entry.review))
        self.restore_button.setEnabled(bool(entry and entry.corrected))
        self.save_button.setEnabled(entry is not None)

    def mark_reviewed(self) -> None:
        entry = self.selected()
        if entry is None or entry.text is None:
            return
        question = self.tr("Mark the %1 text of “%2” as reviewed?").replace(
            "%1", language_name(entry.language)).replace("%2", document_name(entry.document))
        answer = QMessageBox.question(self, self.windowTitle(),
                                      f"{question}\n\n{not_informed_consent()}")  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        seen = entry.text.sha256
        self._write(lambda s, a, d, lang: family_texts.mark_reviewed(s, a, d, lang, seen))

    def save_correction(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        source = self.editor.toPlainText()
        self._write(lambda s, a, d, lang: family_texts.save_correction(s, a, d, lang, source))

    def _write(self, change: Callable[[Session, Any, FamilyDocument, str], Any]) -> None:
        entry = self.selected()
        if entry is None:
            return
        vault, key = self._vault, (entry.document, entry.language)

        def work() -> None:
            with vault.changing() as session:
                change(session, vault.user, entry.document, entry.language)

        def done(_result: None) -> None:
            self.message.setText(self.tr("Saved."))
            self.reload(keep=key)

        def failed(error: BaseException) -> None:
            if isinstance(error, TextFormatError):
                self.message.setText(format_problem(error))
            else:
                self.message.setText(error_text(error, self.tr(
                    "The change could not be saved; see the log for the kind of error."),
                    "family text", log))  # fmt: skip

        self._operations.run(work, done, failed)

    def save_contacts(self) -> None:
        values = {name: field.text() for name, field in self.contacts.items()}
        vault = self._vault

        def work() -> None:
            with vault.changing() as session:
                family_texts.save_contacts(session, vault.user, values)

        def failed(error: BaseException) -> None:
            fallback = self.tr("The contacts could not be saved.")
            self.message.setText(error_text(error, fallback, "contacts", log))

        self._operations.run(work, lambda _r: self.message.setText(self.tr("Contacts saved.")),
                             failed)  # fmt: skip


def open_family_texts(vault: Vault, operations: Operations, parent: QWidget) -> FamilyTextsDialog:
    dialog = FamilyTextsDialog(vault, operations, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog
