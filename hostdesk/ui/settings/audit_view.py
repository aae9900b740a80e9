"""The audit log for the coordinator: who did what and when, newest first, with filters.

The model holds only the pages fetched so far and asks for the next one, on
the database thread, when the view scrolls near the end, so a log of a
million entries opens as fast as a short one. The chain check walks the
whole log; it runs after the first page, off the UI thread too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage import audit_query
from hostdesk.storage.audit import ChainReport
from hostdesk.storage.audit_query import PAGE_SIZE, AuditFilter, AuditRow
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.error_text import kept_sentence
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.passphrase_fields import ERROR_STYLE
from hostdesk.ui.common.screen_fit import keep_on_screen
from hostdesk.ui.settings.audit_words import action_text, detail_text, record_text

log = logging.getLogger(__name__)

FetchPage = Callable[[AuditFilter, int | None], list[AuditRow]]
_NO_DATE = QDate(2000, 1, 1)  # the date edits' "no bound" value, shown as a dash


class AuditModel(QAbstractTableModel):
    """Entries in pages of ``PAGE_SIZE``; ``fetchMore`` reads the next page in the background."""

    pageLoaded = Signal()
    COLUMNS = ("seq", "at", "actor", "action", "object", "detail")

    def __init__(self, fetch_page: FetchPage, operations: Operations) -> None:
        super().__init__()
        self._fetch_page = fetch_page
        self._operations = operations
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._generation = 0
        self._loading = False
        self._exhausted = True

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, audit_filter: AuditFilter) -> None:
        """Start again from the newest entry that matches."""
        self.beginResetModel()
        self._filter = audit_filter
        self._rows = []
        self._generation += 1
        self._loading = False
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, audit_filter = self._generation, self._filter
        before = self._rows[-1].seq if self._rows else None
        fetch = self._fetch_page
        self._operations.run(
            lambda: fetch(audit_filter, before),
            lambda rows: self._arrived(generation, rows),
            lambda error: self._arrived(generation, [], error),
        )

    def _arrived(
        self, generation: int, rows: list[AuditRow], error: BaseException | None = None
    ) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # a newer filter is on its way, or the viewer was closed
        self._loading = False
        if error is not None:
            log.error("audit page failed: %s", type(error).__name__)
        if error is not None or len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.pageLoaded.emit()

    def entry(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Entry"), self.tr("When"), self.tr("Who"), self.tr("What"),
            self.tr("Record"), self.tr("Details"),
        )[section]  # fmt: skip

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
        ):  # fmt: skip
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "seq":
            return format_number(row.seq)
        if column == "at":
            local = row.at.astimezone()
            return f"{format_date(local.date())} {local:%H:%M:%S}"
        if column == "action":
            # A sentence in the user's language; the stable code stays in the tooltip.
            text = action_text(row.action)
            return f"{text}\n{row.action}" if role == Qt.ItemDataRole.ToolTipRole else text
        if column == "object":
            return record_text(row)
        if column == "detail":
            return detail_text(row)
        return getattr(row, column)


def _bound(edit: QDateEdit, *, end: bool) -> datetime | None:
    """The local midnight a date edit stands for (the day after, for the end); None: no bound."""
    if edit.date() == _NO_DATE:
        return None
    day = date(edit.date().year(), edit.date().month(), edit.date().day())
    if end:
        day += timedelta(days=1)
    return datetime.combine(day, time.min).astimezone()


class AuditView(QDialog):
    """The viewer; ``chain`` holds the last chain report once it has been computed."""

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        vault.require_coordinator("read the audit log")
        self._vault = vault
        self._operations = operations
        self.chain: ChainReport | None = None
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 640)

        self.actor = QComboBox()
        self.actor.setAccessibleName(self.tr("Filter by who"))
        self.actor.addItem(self.tr("Everyone"), "")
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Filter by what"))
        self.action.addItem(self.tr("All actions"), "")
        self.since = self._date_edit(self.tr("From date"))
        self.until = self._date_edit(self.tr("To date"))
        self.clear_button = QPushButton(self.tr("&Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Who"), self.actor), (self.tr("W&hat"), self.action),
            (self.tr("&From"), self.since), (self.tr("&To"), self.until),
        ):  # fmt: skip
            caption = QLabel(text)
            caption.setBuddy(widget)
            caption.setMinimumWidth(caption.sizeHint().width() + 4)  # "To" was clipped
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)

        self.chain_state = QLabel(self.tr("Checking the audit chain…"))
        self.chain_state.setAccessibleName(self.tr("Audit chain"))
        self.chain_state.setWordWrap(True)
        self.show_broken = QPushButton()
        self.show_broken.hide()
        self.show_broken.clicked.connect(self._show_broken_entry)
        # Every saved record against the log: minutes on a large vault, so on request.
        self.check_records = QPushButton(self.tr("Check &every saved record"))
        self.check_records.clicked.connect(self.check_saved_records)
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain_state, 1)
        chain_row.addWidget(self.show_broken)
        chain_row.addWidget(self.check_records)

        self.model = AuditModel(lambda f, before: audit_query.page(vault, f, before), operations)
        self.model.setParent(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((70, 140, 130, 270, 180)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(len(AuditModel.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of entries"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(chain_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.apply_filters()
        operations.run(lambda: audit_query.facets(vault), self._show_facets, self._failed)
        operations.run(lambda: vault.audit_report(rows=False), self._show_chain, self._failed)
        for combo in (self.actor, self.action):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filters)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumWidth(130)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(_NO_DATE)
        return edit

    def current_filter(self, up_to_seq: int | None = None) -> AuditFilter:
        return AuditFilter(
            actor=self.actor.currentData() or "",
            action=self.action.currentData() or "",
            since=_bound(self.since, end=False),
            until=_bound(self.until, end=True),
            up_to_seq=up_to_seq,
        )

    def apply_filters(self, _changed: object = None, up_to_seq: int | None = None) -> None:
        audit_filter = self.current_filter(up_to_seq)
        self.model.set_filter(audit_filter)
        self.count.setText(self.tr("Counting…"))
        vault = self._vault
        self._operations.run(
            lambda: (audit_filter, audit_query.count(vault, audit_filter)),
            self._show_count,
            self._failed,
        )

    def clear_filters(self) -> None:
        self._reset_filter_widgets()
        self.apply_filters()

    def _reset_filter_widgets(self) -> None:
        for widget in (self.actor, self.action, self.since, self.until):
            widget.blockSignals(True)
        self.actor.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.since.setDate(_NO_DATE)
        self.until.setDate(_NO_DATE)
        for widget in (self.actor, self.action, self.since, self.until):
            widget.blockSignals(False)

    def _show_count(self, result: tuple[AuditFilter, int]) -> None:
        audit_filter, total = result
        if shiboken6.isValid(self) and audit_filter == self.model.audit_filter:
            self.count.setText(self.tr("%Ln entry(ies)", "", total))

    def _show_facets(self, result: tuple[list[str], list[str]]) -> None:
        if not shiboken6.isValid(self):
            return
        actors, actions = result
        for combo, values in ((self.actor, actors), (self.action, actions)):
            combo.blockSignals(True)
            named = [(action_text(v) if combo is self.action else v, v) for v in values]
            for text, value in sorted(named, key=lambda pair: pair[0].casefold()):
                combo.addItem(text, value)
            combo.blockSignals(False)

    def check_saved_records(self) -> None:
        self.check_records.setEnabled(False)
        self.chain_state.setStyleSheet("")
        self.chain_state.setText(
            self.tr("Checking every saved record against the audit log… (long for a large vault)")
        )
        self._operations.run(self._vault.audit_report, self._show_chain, self._failed)

    def _show_chain(self, report: ChainReport) -> None:
        if not shiboken6.isValid(self):
            return
        self.check_records.setEnabled(not report.rows_verified)
        self.chain = report
        if report.entries == 0:
            self.chain_state.setStyleSheet(ERROR_STYLE)
            self.chain_state.setText(
                self.tr("The audit log is empty: it was deleted outside HostDesk.")
            )
            self.show_broken.hide()
            return
        if report.first_broken_seq is None and report.row_problem_count:
            self.chain_state.setStyleSheet(ERROR_STYLE)
            self.chain_state.setText(
                self.tr(
                    "Saved records do not match the audit log (%1 problem(s)): they were "
                    "changed outside HostDesk."
                ).replace("%1", format_number(report.row_problem_count))
            )
            self.chain_state.setToolTip("\n".join(map(kept_sentence, report.row_problems)))
            self.show_broken.hide()
            return
        if report.ok:
            self.chain_state.setStyleSheet("color: #1b5e20;")
            text = (
                self.tr(
                    "Audit chain intact: every one of the %1 entries follows the one before, "
                    "and every saved record matches it."
                )
                if report.rows_verified
                else self.tr(
                    "Audit chain intact: every one of the %1 entries follows the one before."
                )
            )
            self.chain_state.setText(text.replace("%1", format_number(report.entries)))
            self.show_broken.hide()
            return
        self.chain_state.setStyleSheet(ERROR_STYLE)
        self.chain_state.setText(
            self.tr(
                "Audit chain BROKEN at entry %1: the log was changed outside HostDesk."
            ).replace("%1", str(report.first_broken_seq))
        )
        self.chain_state.setToolTip(kept_sentence(report.reason or ""))
        self.show_broken.setText(
            self.tr("Show entry %1").replace("%1", str(report.first_broken_seq))
        )
        self.show_broken.show()

    def _show_broken_entry(self) -> None:
        if self.chain is not None and self.chain.first_broken_seq is not None:
            self._reset_filter_widgets()
            self.apply_filters(up_to_seq=self.chain.first_broken_seq)

    def _failed(self, error: BaseException) -> None:
        log.error("audit viewer read failed: %s", type(error).__name__)
        if shiboken6.isValid(self):
            self.count.setText(self.tr("The audit log could not be read; see the log."))
