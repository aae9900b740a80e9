"""Import families from a spreadsheet: file → columns → preview → import → summary.

What comes next is decided by :class:`hostdesk.domain.importing.flow.ImportFlow`;
this dialog only renders it. Reading, checking and importing run on the
database thread; the import shows its progress and can be cancelled, and a
cancel or a failure saves nothing.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.importing.columns import Mapping
from hostdesk.domain.importing.flow import ImportFlow, Step
from hostdesk.domain.importing.questions import Topic
from hostdesk.domain.importing.table import SheetTable
from hostdesk.storage import importing
from hostdesk.storage.errors import VaultError
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.screen_fit import keep_on_screen
from hostdesk.ui.importing.import_labels import mapping_problem_text, problem_text
from hostdesk.ui.importing.import_pages import ColumnsPage, DonePage, FilePage, error_label
from hostdesk.ui.importing.import_preview import PreviewPage

log = logging.getLogger(__name__)


class _Relay(QObject):
    advanced = Signal(int, int)


class ImportWizard(QDialog):
    """After an import, ``imported`` is emitted (the caseload refreshes)."""

    imported = Signal()

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self._vault = vault
        self._operations = operations
        self.flow = ImportFlow()
        self.table: SheetTable | None = None
        self.spreadsheet: importing.Spreadsheet | None = None
        self._path: Path | None = None
        self.preview: importing.Preview | None = None
        self.summary: importing.ImportSummary | None = None
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.advanced.connect(self._advanced)
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.resize(1000, 640)

        self.file_page = FilePage()
        self.columns_page = ColumnsPage()
        self.columns_page.changed.connect(self._column_changed)
        self.columns_page.sheet_chosen.connect(lambda name: self._read_file(sheet=name))
        self.preview_page = PreviewPage()
        questions = self.preview_page.questions
        questions.answered.connect(self._answered)
        questions.encoding_chosen.connect(self._encoding_chosen)
        questions.left_out.connect(self._left_out)
        self.preview_page.only_valid.toggled.connect(self._options_changed)
        self.preview_page.skip_duplicates.toggled.connect(self._options_changed)
        self.done_page = DonePage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.columns_page, self.preview_page, self.done_page):
            self.pages.addWidget(page)
        self.message = error_label()

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.file_page.path.textChanged.connect(lambda _t: self._render())
        self.file_page.path.returnPressed.connect(self.next)
        self._render()

    # -- what the flow says ---------------------------------------------------------

    def _render(self) -> None:
        flow = self.flow
        pages = {
            Step.FILE: self.file_page,
            Step.COLUMNS: self.columns_page,
            Step.PREVIEW: self.preview_page,
            Step.IMPORTING: self.preview_page,
            Step.DONE: self.done_page,
        }
        self.pages.setCurrentWidget(pages[flow.step])
        self.back_button.setEnabled(flow.can_go_back())
        self.back_button.setVisible(flow.step is not Step.DONE)
        self.file_page.busy.setVisible(flow.busy and flow.step is Step.FILE)
        importing_now = flow.step is Step.IMPORTING
        self.preview_page.progress.setVisible(importing_now)
        self.preview_page.only_valid.setVisible(not importing_now)
        self.preview_page.skip_duplicates.setVisible(not importing_now)
        if flow.step is Step.FILE:
            self.next_button.setText(self.tr("&Next >"))
            self.next_button.setEnabled(bool(self.file_page.path.text().strip()) and not flow.busy)
        elif flow.step is Step.COLUMNS:
            self.columns_page.show_problems([mapping_problem_text(p) for p in flow.problems()])
            self.next_button.setText(self.tr("&Check the rows >"))
            self.next_button.setEnabled(flow.can_check())
        elif flow.step in (Step.PREVIEW, Step.IMPORTING):
            chosen = flow.selection()
            count = len(chosen.households) if chosen else 0
            self.next_button.setText(
                self.tr("&Import %n family(ies)", "", count) if count else self.tr("&Import")
            )
            self.next_button.setEnabled(flow.can_import())
            if chosen is not None:
                self.preview_page.show_outcome(chosen, self._waiting())
        else:
            self.next_button.setText(self.tr("&Close"))
            self.next_button.setEnabled(True)
        self.cancel_button.setVisible(flow.step is not Step.DONE)
        self.cancel_button.setEnabled(not (importing_now and self._cancel.is_set()))

    def _waiting(self) -> str:
        """What the person must decide before the import, in one sentence ("" when nothing)."""
        if self.flow.encoding_unsure:
            return self.tr("Choose how the file's letters are read (above).")
        if self.flow.plan is not None and self.flow.plan.questions:
            return self.tr(
                "Answer the questions above, or import only the families without errors."
            )
        if self.flow.needs_confirmation():
            return self.tr("Confirm above that the columns not imported may be left out.")
        return ""

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, VaultError):
            self._say(problem_text(str(error)))
        else:
            log.error("import step failed: %s", type(error).__name__)
            self._say(self.tr("Something went wrong; nothing was saved. Try again."))

    # -- moving on ----------------------------------------------------------------

    def next(self) -> None:
        step = self.flow.step
        if step is Step.FILE:
            self._read_file()
        elif step is Step.COLUMNS and self.flow.can_check():
            self._check()
        elif step is Step.PREVIEW and self.flow.can_import():
            self._import()
        elif step is Step.DONE:
            self.accept()

    def back(self) -> None:
        self.flow.back()
        self._say("")
        self._render()

    def _read_file(self, sheet: str | None = None, encoding: str | None = None) -> None:
        path = Path(self.file_page.path.text().strip())
        same_file = path == self._path and (sheet is not None or encoding is not None)
        vault = self._vault
        self.flow.busy = True
        self._say("")
        self._render()

        def work() -> tuple[importing.Spreadsheet, Mapping, bool]:
            found = importing.open_spreadsheet(path, sheet=sheet, encoding=encoding)
            with vault.session() as session:
                mapping, saved = importing.mapping_for(session, found.table)
            return found, mapping, saved

        def done(result: tuple[importing.Spreadsheet, Mapping, bool]) -> None:
            found, mapping, saved = result
            self.spreadsheet, self.table, self._path = found, found.table, path
            self.flow.file_read(len(found.table.headers), mapping,
                                encoding_unsure=found.doubt is not None,
                                same_file=same_file)  # fmt: skip
            self.columns_page.show_sheets(found.sheets, found.sheet)
            self.columns_page.show_table(found.table, mapping, saved)
            if encoding is not None and self.flow.can_check():
                self._check()  # a choice made on the preview: straight back to it
                return
            self._render()

        def failed(error: BaseException) -> None:
            self.flow.busy = False
            self._failed(error)
            self._render()

        self._operations.run(work, done, failed)

    def _answered(self, topic: str, key: str, value: object) -> None:
        self.flow.answer(Topic(topic), key, value if isinstance(value, str) else None)
        if self.flow.can_go_back():
            self.flow.back()  # to the columns, then checked again with the answer
            self._check()

    def _encoding_chosen(self, encoding: str) -> None:
        if self.spreadsheet is None:
            return
        self.flow.back()
        self._read_file(sheet=self.spreadsheet.sheet or None, encoding=encoding)

    def _left_out(self, confirmed: bool) -> None:
        self.flow.left_out_confirmed = confirmed
        self._render()

    def _column_changed(self, column: int, target: object) -> None:
        self.flow.set_field(column, target)  # type: ignore[arg-type]
        self.columns_page.set_mapping(self.flow.mapping)
        self._render()

    def _check(self, note: str = "") -> None:
        table, mapping, vault = self.table, dict(self.flow.mapping), self._vault
        assert table is not None
        self.flow.busy = True
        self._say(note)
        self._render()

        def done(result: importing.Preview) -> None:
            self.preview = result
            confirmed = self.flow.left_out_confirmed
            self.flow.checked(result.plan)
            self.preview_page.show_preview(result.table, result.mapping, result.plan)
            doubt = self.spreadsheet.doubt if self.spreadsheet else None
            self.preview_page.questions.show_questions(
                result.table, result.plan, doubt if self.flow.encoding_unsure else None, confirmed
            )
            self._render()

        def failed(error: BaseException) -> None:
            self.flow.busy = False
            self._failed(error)
            self._render()

        answers = dict(self.flow.answers)
        self._operations.run(
            lambda: importing.preview(vault, table, mapping, answers=answers), done, failed
        )

    def _options_changed(self) -> None:
        self.flow.only_valid = self.preview_page.only_valid.isChecked()
        self.flow.skip_duplicates = self.preview_page.skip_duplicates.isChecked()
        self._render()

    def _import(self) -> None:
        preview, vault, flow = self.preview, self._vault, self.flow
        assert preview is not None
        only_valid, skip = flow.only_valid, flow.skip_duplicates
        flow.started()
        self._cancel.clear()
        bar = self.preview_page.progress
        bar.setRange(0, 0)
        self._say("")
        self._render()
        relay, cancel = self._relay, self._cancel

        def work() -> importing.ImportSummary:
            return importing.commit(
                vault, preview, only_valid=only_valid, skip_duplicates=skip,
                progress=relay.advanced.emit, cancelled=cancel.is_set,
            )  # fmt: skip

        def done(summary: importing.ImportSummary) -> None:
            self.summary = summary
            self.flow.finished()
            self.done_page.show_summary(summary)
            self._render()
            self.imported.emit()

        def failed(error: BaseException) -> None:
            self.flow.failed()
            self._render()
            if isinstance(error, importing.PreviewOutdated):
                self._check(problem_text(str(error)))
            else:
                self._failed(error)

        self._operations.run(work, done, failed)

    def _advanced(self, done: int, total: int) -> None:
        bar = self.preview_page.progress
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        text = (
            self.tr("%1 of %2 families")
            .replace("%1", format_number(done))
            .replace("%2", format_number(total))
        )
        bar.setFormat(text)

    # -- leaving --------------------------------------------------------------------

    def reject(self) -> None:
        if self.flow.step is Step.IMPORTING:
            self._cancel.set()  # the import rolls back; the dialog stays to say so
            self._render()
            return
        if self.flow.busy:
            return  # a read or a check is on its way; its answer needs this dialog
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.flow.step is Step.IMPORTING or self.flow.busy:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)


def open_import_wizard(vault: Vault, operations: Operations, parent: QWidget) -> ImportWizard:
    """Show the wizard without blocking (a lock hides it and keeps its state)."""
    wizard = ImportWizard(vault, operations, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
