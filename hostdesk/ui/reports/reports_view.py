"""Reports: family progress reports (one or all) and the NAIR monthly report."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostdesk.reports import family as family_reports
from hostdesk.reports import monthly
from hostdesk.reports.family import BatchResult, ReportError
from hostdesk.reports.monthly import RevisionError
from hostdesk.resources import MissingResource
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.errors import VaultError
from hostdesk.storage.vault import Vault
from hostdesk.sync.report_state import ReportDelivery, deliveries_session
from hostdesk.ui.common import preferences
from hostdesk.ui.common.error_text import missing_resource_sentence, vault_error_sentence
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations, ProgressRelay
from hostdesk.ui.sync.delivery_words import TONES, needs_setup, state_sentence, state_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RevisionRow:
    """A stored revision as the table shows it (plain data, safe across threads)."""

    revision: int
    created: str
    submitted: bool
    sha256: str
    delivery: ReportDelivery


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _local(moment: datetime) -> datetime:
    """Stored times are UTC (SQLite may hand them back without a zone); show local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


class ReportsView(QWidget):
    """Emits ``revisionSubmitted`` after a monthly report revision is submitted (to send it),
    ``setupRequested`` when the coordinator asks to set up sending to the NAIR."""

    revisionSubmitted = Signal()
    setupRequested = Signal()

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._progress_dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._relay = ProgressRelay(self)
        self._relay.advanced.connect(self._advance)
        self.busy = False
        self.last_summary = ""

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_family_box())
        layout.addWidget(self._build_monthly_box(), 1)
        self._update_buttons()
        self.refresh_revisions()

    # -- building -------------------------------------------------------------

    def _build_family_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Family progress report"))
        today = date.today()
        first_of_month = today.replace(day=1)
        previous_first = (
            first_of_month.replace(year=today.year - 1, month=12)
            if today.month == 1
            else first_of_month.replace(month=today.month - 1)
        )
        self.period_from = self._date_edit(self.tr("Period from"), "dd/MM/yyyy", previous_first)
        self.period_to = self._date_edit(self.tr("Period to"), "dd/MM/yyyy", today)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.addItem(self.tr("Português"), "pt")
        self.language.addItem(self.tr("English"), "en")

        self.save_all = QPushButton(self.tr("Save reports of all active families…"))
        self.save_all.setAccessibleName(self.tr("Save reports of all active families"))
        self.save_all.clicked.connect(self.save_all_reports)

        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("Case number"))
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.case_number.returnPressed.connect(self.save_one_report)
        self.save_one = QPushButton(self.tr("Save one…"))
        self.save_one.setAccessibleName(self.tr("Save one family's report"))
        self.save_one.clicked.connect(self.save_one_report)

        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.period_to)
        period.addStretch(1)
        one = QHBoxLayout()
        one.addWidget(self.case_number)
        one.addWidget(self.save_one)
        one.addStretch(1)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("All families:"), self.save_all)
        form.addRow(self.tr("One family:"), one)
        return box

    def _build_monthly_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("NAIR monthly report"))
        first = date.today().replace(day=1)
        previous = (
            first.replace(year=first.year - 1, month=12)
            if first.month == 1
            else first.replace(month=first.month - 1)
        )
        self.month = self._date_edit(self.tr("Month"), "MM/yyyy", previous)
        self.month.dateChanged.connect(self.refresh_revisions)
        self.prepare = QPushButton(self.tr("Prepare"))
        self.prepare.setAccessibleName(self.tr("Prepare the monthly report"))
        self.prepare.setToolTip(self.tr("Build the month's report and keep it as a draft"))
        self.prepare.clicked.connect(self.prepare_month)

        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Revisions of the month's report"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Revision"), self.tr("Created"), self.tr("State"), self.tr("SHA-256")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.save_files = QPushButton(self.tr("Save JSON and PDF…"))
        self.save_files.setAccessibleName(self.tr("Save the selected revision as JSON and PDF"))
        self.save_files.clicked.connect(self.save_revision_files)
        self.submit = QPushButton(self.tr("Submit"))
        self.submit.setAccessibleName(self.tr("Submit the selected revision"))
        self.submit.clicked.connect(self.submit_revision)
        self._is_coordinator = self._vault.user.is_coordinator
        if not self._is_coordinator:
            self.submit.setToolTip(self.tr("Only a coordinator can submit monthly reports."))
        # The selected revision's real state in a sentence: submitted is not delivered.
        self.state_line = QLabel()
        self.state_line.setWordWrap(True)
        self.state_line.setAccessibleName(self.tr("State of the selected revision"))
        self.setup_button = QPushButton(self.tr("Set up sending…"))
        self.setup_button.setToolTip(self.tr("Opens the Sync screen, where the NAIR is set up"))
        self.setup_button.clicked.connect(self.setupRequested)
        self.setup_button.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month)
        top.addWidget(self.prepare)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_files)
        actions.addWidget(self.submit)
        state = QHBoxLayout()
        state.addWidget(self.state_line, 1)
        state.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addLayout(state)
        column.addLayout(actions)
        return box

    def _date_edit(self, name: str, display: str, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setDisplayFormat(display)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        return edit

    # -- family reports -----------------------------------------------------------

    def _period(self) -> tuple[date, date] | None:
        start, end = _pydate(self.period_from.date()), _pydate(self.period_to.date())
        if start > end:
            QMessageBox.warning(
                self,
                self.tr("Family progress report"),
                self.tr("The period starts after it ends; correct the dates."),
            )
            return None
        return start, end

    def _lang(self) -> str:
        return str(self.language.currentData())

    def save_one_report(self) -> None:
        """The case is looked up first (short forms too); only then is the file asked for."""
        typed = self.case_number.text().strip()
        if not typed:
            QMessageBox.information(
                self, self.tr("Family progress report"), self.tr("Type a case number first.")
            )
            return
        period = self._period()
        if period is None:
            return
        vault = self._vault

        def find() -> tuple[int, str]:
            with vault.session() as session:
                return family_reports.resolve_case(session, typed)

        def found(case: tuple[int, str]) -> None:
            self._set_busy(False)
            self._save_report_of(case[0], case[1], period)

        self._set_busy(True)
        self._operations.run(find, found, self._case_not_found)

    def _case_not_found(self, error: BaseException) -> None:
        if isinstance(error, family_reports.AmbiguousCase):
            self._set_busy(False)
            message = (
                self.tr("Several cases match %1: %2. Type more of the number.")
                .replace("%1", error.typed)
                .replace("%2", ", ".join(error.matches))
            )
        elif isinstance(error, family_reports.UnknownCase):
            self._set_busy(False)
            message = self.tr(
                "There is no case %1 in this vault. Type the number as the caseload shows it, "
                "or its last digits (e.g. 297)."
            ).replace("%1", error.typed)
        else:
            self._failed(error)
            return
        QMessageBox.warning(self, self.tr("Family progress report"), message)

    def _save_report_of(self, family_id: int, case_number: str, period: tuple[date, date]) -> None:
        start, end = period
        folder = Path(preferences.start_folder())
        target, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the progress report"),
            str(folder / f"progresso-{case_number}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not target:
            return
        path = Path(target)
        lang = self._lang()
        vault = self._vault

        def work() -> Path:
            pdf = family_reports.render_family_report(vault, family_id, start, end, lang)
            write_atomically(path, pdf)
            return path

        def done(saved: Path) -> None:
            self._set_busy(False)
            self.last_summary = self.tr("The report was saved as %1.").replace("%1", str(saved))
            QMessageBox.information(self, self.tr("Family progress report"), self.last_summary)

        self._set_busy(True)
        self._operations.run(work, done, self._failed)

    def save_all_reports(self) -> None:
        period = self._period()
        if period is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the progress reports"), preferences.start_folder()
        )
        if not folder:
            return
        start, end = period
        lang = self._lang()
        vault = self._vault
        relay = self._relay
        cancel = self._cancel
        cancel.clear()

        dialog = QProgressDialog(
            self.tr("Making the progress reports…"), self.tr("Cancel"), 0, 0, self
        )
        dialog.setWindowTitle(self.tr("Family progress reports"))
        dialog.setAccessibleName(self.tr("Progress of the reports"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        dialog.show()
        self._progress_dialog = dialog

        def work() -> BatchResult:
            with vault.session() as session:
                ids = family_reports.active_family_ids(session)
            relay.advanced.emit(0, len(ids))
            return family_reports.render_batch(
                vault,
                ids,
                start,
                end,
                sink=family_reports.folder_sink(Path(folder), start, end),
                lang=lang,
                progress=relay.advanced.emit,
                cancelled=cancel.is_set,
            )

        def done(result: BatchResult) -> None:
            self._close_progress()
            self._set_busy(False)
            self.last_summary = self._summary(result)
            QMessageBox.information(self, self.tr("Family progress reports"), self.last_summary)

        def failed(error: BaseException) -> None:
            self._close_progress()
            self._failed(error)

        self._set_busy(True)
        self._operations.run(work, done, failed)

    def _advance(self, done: int, total: int) -> None:
        dialog = self._progress_dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        dialog.setLabelText(
            self.tr("Making the progress reports… %1 of %2")
            .replace("%1", format_number(done))
            .replace("%2", format_number(total))
        )

    def _close_progress(self) -> None:
        if self._progress_dialog is not None:
            self._progress_dialog.canceled.disconnect()
            self._progress_dialog.close()
            self._progress_dialog.deleteLater()
            self._progress_dialog = None

    def _summary(self, result: BatchResult) -> str:
        lines = [self.tr("%n report(s) saved.", "", len(result.done))]
        if result.cancelled:
            lines.append(self.tr("Cancelled before the end."))
        if result.failures:
            lines.append(self.tr("%n report(s) failed:", "", len(result.failures)))
            lines += [f"• {f.case_number}: {f.message.splitlines()[0]}" for f in result.failures]
        return "\n".join(lines)

    # -- the monthly report -------------------------------------------------------

    def _month_key(self) -> str:
        value = self.month.date()
        return f"{value.year():04d}-{value.month():02d}"

    def refresh_revisions(self) -> None:
        month = self._month_key()
        vault = self._vault

        def work() -> tuple[str, list[RevisionRow]]:
            stored = monthly.revisions(vault, month)
            with vault.session() as session:
                states = deliveries_session(
                    session, month, {r.revision: r.submitted for r in stored}
                )
            rows = [
                RevisionRow(
                    r.revision,
                    _local(r.created_at).strftime("%d/%m/%Y %H:%M"),
                    r.submitted,
                    r.sha256,
                    states[r.revision],
                )
                for r in stored
            ]
            return month, rows

        self._operations.run(work, self._show_revisions, self._failed)

    def outbox_changed(self, _snapshot: object = None) -> None:
        """The outbox moved (a send, a refusal, a receipt): the states shown may have too.

        Read again only while the screen is shown; showing it reads them anyway.
        """
        if self.isVisible():
            self.refresh_revisions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.busy:
            self.refresh_revisions()

    def _show_revisions(self, result: tuple[str, list[RevisionRow]]) -> None:
        month, rows = result
        if month != self._month_key():
            return  # the month changed while these were loading
        selected = self.selected_revision()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                str(row.revision),
                row.created,
                state_text(row.delivery),
                row.sha256[:12],
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                if column == 2:
                    item.setForeground(QColor(TONES[row.delivery.state]))
                    item.setToolTip(state_sentence(row.delivery, row.revision))
                self.table.setItem(index, column, item)
        keep = next(
            (i for i, r in enumerate(rows) if selected and r.revision == selected.revision),
            len(rows) - 1,
        )
        if rows:
            self.table.selectRow(keep)
        self._update_buttons()

    def selected_revision(self) -> RevisionRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self.selected_revision()
        if selected is None:
            self.state_line.setText(
                self.tr("No revision of this month yet: Prepare builds one.")
                if self.table.rowCount() == 0
                else ""
            )
        else:
            self.state_line.setText(state_sentence(selected.delivery, selected.revision))
        self.setup_button.setVisible(
            selected is not None and self._is_coordinator and needs_setup(selected.delivery)
        )
        idle = not self.busy
        self.prepare.setEnabled(idle)
        self.save_files.setEnabled(idle and selected is not None)
        self.submit.setEnabled(
            idle and self._is_coordinator and selected is not None and not selected.submitted
        )

    def prepare_month(self) -> None:
        month = self._month_key()
        lang = self._lang()
        vault = self._vault

        def work() -> int:
            draft = monthly.build_monthly_report(vault, month, lang)
            return monthly.store_revision(vault, draft).revision

        def done(_revision: int) -> None:
            self._set_busy(False)
            self.refresh_revisions()

        self._set_busy(True)
        self._operations.run(work, done, self._failed)

    def save_revision_files(self) -> None:
        selected = self.selected_revision()
        if selected is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the monthly report"), preferences.start_folder()
        )
        if not folder:
            return
        month = self._month_key()
        vault = self._vault

        def work() -> list[Path]:
            row = monthly.export_revision(vault, month, selected.revision)
            stem = Path(folder) / f"relatorio-mensal-{month}-r{row.revision}"
            targets = [stem.with_suffix(".json"), stem.with_suffix(".pdf")]
            write_atomically(targets[0], row.json_data)
            write_atomically(targets[1], row.pdf_data)
            return targets

        def done(targets: list[Path]) -> None:
            self._set_busy(False)
            self.last_summary = (
                self.tr("Saved %1 and %2.")
                .replace("%1", targets[0].name)
                .replace("%2", targets[1].name)
            )
            QMessageBox.information(self, self.tr("NAIR monthly report"), self.last_summary)

        self._set_busy(True)
        self._operations.run(work, done, self._failed)

    def submit_revision(self) -> None:
        selected = self.selected_revision()
        if selected is None or not self._is_coordinator:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Submit the monthly report"),
            self.tr("A submitted report is frozen; a correction becomes a new revision.")
            + "\n\n"
            + self.tr("Submit revision %1?").replace("%1", str(selected.revision)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        month = self._month_key()
        vault = self._vault
        revision = selected.revision

        def work() -> int:
            return monthly.submit_revision(vault, month, revision).revision

        def done(_revision: int) -> None:
            self._set_busy(False)
            self.refresh_revisions()
            self.revisionSubmitted.emit()

        self._set_busy(True)
        self._operations.run(work, done, self._failed)

    # -- shared -----------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_all.setEnabled(not busy)
        self.save_one.setEnabled(not busy)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, VaultError):
            message = vault_error_sentence(error)
        elif isinstance(error, MissingResource):
            message = missing_resource_sentence(error)
        elif isinstance(error, ReportError | RevisionError):
            message = str(error)
        else:
            # The type only: a message could quote a family's data.
            log.error("a report operation failed: %s", type(error).__name__)
            message = self.tr("The report could not be made; see the log for the kind of error.")
        QMessageBox.warning(self, self.tr("Reports"), message)
