"""The caseload: search as you type, filters, a sortable list that fetches lazily."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from hostdesk.domain.vocabulary import FamilyStatus
from hostdesk.storage import caseload, search, settings
from hostdesk.storage.caseload import CaseloadFilter, CaseloadSort, ProgrammePhase
from hostdesk.storage.models import AppUser
from hostdesk.storage.vault import Vault
from hostdesk.ui.caseload.caseload_model import CaseloadModel
from hostdesk.ui.caseload.caseload_table import caseload_table
from hostdesk.ui.common.labels import alert_kinds, choices
from hostdesk.ui.common.list_export import ListTable, export_list, print_list
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 150
SEARCH_LIMIT = 500


class CaseloadView(QWidget):
    """Emits ``familyActivated(family_id)`` when a family is opened."""

    familyActivated = Signal(int)
    newFamilyRequested = Signal()

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._sort = CaseloadSort.HEAD_NAME
        self._descending = False
        self._sorted_by_user = False
        self._alert_family_ids: list[int] | None = None
        self._alert_request = 0
        # Families chosen elsewhere (a dashboard figure); None: the whole caseload.
        self._chosen_family_ids: list[int] | None = None
        self._filters_before: list[int] | None = None
        self._chosen_words = ""
        # Milliseconds from the end of typing to the list being replaced (for the benchmark).
        self.last_refresh_ms = 0.0

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Search by name (any script or spelling), case number or identifier")
        )
        self.search_field.setAccessibleName(self.tr("Search the caseload"))
        self.search_field.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(self._debounce.start)
        self.search_field.returnPressed.connect(self._open_first)

        self.new_family = QPushButton(self.tr("&New family"))
        self.new_family.setAccessibleName(self.tr("New family"))
        self.new_family.setToolTip(self.tr("New family (Ctrl+N)"))
        self.new_family.clicked.connect(self.newFamilyRequested)
        # Ctrl+N is the main window's "New family" action; a second shortcut here
        # would make it ambiguous, and Qt would then fire neither.

        self.status_filter = self._combo(
            self.tr("Status"),
            [(None, self.tr("All statuses")), *choices(FamilyStatus)],
        )
        self.worker_filter = self._combo(
            self.tr("Social worker"), [(None, self.tr("All social workers")), *self._workers()]
        )
        self.alert_filter = self._combo(
            self.tr("Alert"), [(None, self.tr("Any alert or none")), *alert_kinds()]
        )
        self.phase_filter = self._combo(
            self.tr("Programme phase"),
            [
                (None, self.tr("All phases")),
                (ProgrammePhase.FIRST_MONTHS, self.tr("First six months")),
                (ProgrammePhase.MIDWAY, self.tr("Midway")),
                (ProgrammePhase.TRANSITION, self.tr("ISS transition (last six months)")),
                (ProgrammePhase.ENDED, self.tr("Programme ended")),
            ],
        )
        self.status_filter.setCurrentIndex(1)  # active families first: what a day's work is about
        self.alert_filter.currentIndexChanged.connect(self._alert_filter_changed)
        for combo in (self.status_filter, self.worker_filter, self.phase_filter):
            combo.currentIndexChanged.connect(self.refresh)

        self.model = CaseloadModel(self._fetch_rows, self._fetch_alerts)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Caseload"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_by_column)
        for column, width in enumerate((120, 220, 180, 80, 120, 150, 80)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open_index)

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of families shown"))
        self.export_button = QPushButton(self.tr("E&xport the list…"))
        self.export_button.setToolTip(
            self.tr("The families shown, as an .xlsx or .ods spreadsheet (not encrypted)")
        )
        self.export_button.clicked.connect(self._export_list)
        self.print_button = QPushButton(self.tr("P&rint the list…"))
        self.print_button.setToolTip(self.tr("The families shown, on paper"))
        self.print_button.clicked.connect(self._print_list)
        self.list_message = QLabel()
        self.list_message.setWordWrap(True)
        self.list_message.setAccessibleName(self.tr("Export or print result"))
        self.chosen_label = QLabel()
        self.chosen_label.setAccessibleName(self.tr("Families chosen on the dashboard"))
        self.chosen_label.setStyleSheet("font-weight: 600;")
        self.show_all_button = QPushButton(self.tr("Show &all families"))
        self.show_all_button.clicked.connect(self.show_all)
        self.chosen_row = QWidget()
        chosen = QHBoxLayout(self.chosen_row)
        chosen.setContentsMargins(0, 0, 0, 0)
        chosen.addWidget(self.chosen_label, 1)
        chosen.addWidget(self.show_all_button)
        self.chosen_row.hide()

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.new_family)
        filters = QHBoxLayout()
        for combo in (self.status_filter, self.worker_filter, self.alert_filter, self.phase_filter):
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.chosen_row)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.list_message, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)
        layout.addLayout(bottom)
        self.setTabOrder(self.search_field, self.new_family)
        self.setTabOrder(self.new_family, self.status_filter)
        self.setTabOrder(self.status_filter, self.worker_filter)
        self.setTabOrder(self.worker_filter, self.alert_filter)
        self.setTabOrder(self.alert_filter, self.phase_filter)
        self.setTabOrder(self.phase_filter, self.table)
        self.refresh()

    # -- building -------------------------------------------------------------

    def _combo(self, name: str, items: Sequence[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _workers(self) -> list[tuple[object, str]]:
        query = select(AppUser).where(AppUser.active).order_by(AppUser.display_name)
        with self._vault.session() as session:
            return [(u.id, u.display_name or u.username) for u in session.exec(query)]

    # -- data -------------------------------------------------------------------

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, caseload.CaseloadRow]:
        with self._vault.session() as session:
            return caseload.rows_for(session, ids)

    def _fetch_alerts(self, ids: Sequence[int]) -> dict[int, list[str]]:
        from hostdesk.storage import alert_snapshots

        with self._vault.session() as session:
            thresholds = settings.get(session, settings.ALERT_THRESHOLDS)
            counts = alert_snapshots.alert_counts(session, date.today(), thresholds, list(ids))
        return {fid: [str(kind) for kind in kinds] for fid, kinds in counts.items()}

    def refresh(self) -> None:
        """Rebuild the list of ids from the search and the filters; rows come later."""
        started = time.perf_counter()
        query = self.search_field.text().strip()
        ranked: list[int] | None = None
        with self._vault.session() as session:
            if query:
                hits = search.search(session, query, limit=SEARCH_LIMIT)
                ranked = list(dict.fromkeys(h.family_id for h in hits))
            restrict = _intersect(
                _intersect(ranked, self._alert_family_ids), self._chosen_family_ids
            )
            filters = CaseloadFilter(
                status=self.status_filter.currentData(),
                worker_id=self.worker_filter.currentData(),
                family_ids=restrict,
                phase=self.phase_filter.currentData(),
            )
            ids = caseload.family_ids(session, self._sort, self._descending, filters)
        if ranked is not None and not self._sorted_by_user:
            # Best matches first, unless the user asked for an order.
            position = {fid: i for i, fid in enumerate(ranked)}
            ids.sort(key=position.__getitem__)
        self.model.set_ids(ids)
        self.count.setText(self.tr("%n family(s)", "", len(ids)))
        self.last_refresh_ms = (time.perf_counter() - started) * 1000
        log.debug("caseload refreshed in %.1f ms", self.last_refresh_ms)

    def _alert_filter_changed(self) -> None:
        kind = self.alert_filter.currentData()
        self._alert_request += 1
        if kind is None:
            self._alert_family_ids = None
            self.refresh()
            return
        request = self._alert_request
        self.count.setText(self.tr("Looking for alerts…"))

        def work() -> list[int]:
            from hostdesk.storage import alert_snapshots

            with self._vault.session() as session:
                thresholds = settings.get(session, settings.ALERT_THRESHOLDS)
                alerts = alert_snapshots.open_alerts(session, date.today(), thresholds)
            return sorted({a.family_id for a in alerts if a.kind == kind})

        def done(family_ids: list[int]) -> None:
            if request == self._alert_request:  # a later choice wins
                self._alert_family_ids = family_ids
                self.refresh()

        self._operations.run(work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        log.error("caseload filter failed: %s", type(error).__name__)
        self.count.setText(self.tr("The alerts could not be computed; try again."))

    # -- user actions --------------------------------------------------------

    def _sort_by_column(self, column: int) -> None:
        sort = CaseloadModel.SORTS[column]
        header = self.table.horizontalHeader()
        if sort is None:
            # Keep showing the order in force.
            header.setSortIndicator(CaseloadModel.SORTS.index(self._sort), self._order())
            return
        self._descending = sort == self._sort and not self._descending
        self._sort = sort
        self._sorted_by_user = True
        header.setSortIndicator(column, self._order())
        self.refresh()

    def _order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def _open_index(self, index: object) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.familyActivated.emit(self.model.family_id(row))

    def _open_first(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self.refresh()
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
            self.familyActivated.emit(self.model.family_id(0))

    # -- handing the list on -------------------------------------------------------

    def list_table(self) -> Callable[[], ListTable]:
        """What reads the list shown, as it is now, on the database thread."""
        vault, ids = self._vault, self.model.family_ids()
        # A figure's families are named by the figure (on paper, in the sheet and the file name).
        title = (
            self.tr("Families: %1").replace("%1", self._chosen_words)
            if self._chosen_family_ids is not None
            else self.tr("Caseload")
        )
        return lambda: caseload_table(vault, ids, title)

    def _export_list(self) -> None:
        self.list_message.clear()
        export_list(self, self._vault, self._operations, self.list_table(), self._said)

    def _print_list(self) -> None:
        self.list_message.clear()
        print_list(self, self._vault, self._operations, self.list_table(), self._said)

    def _said(self, sentence: str) -> None:
        self.list_message.setText(sentence)

    def show_families(self, family_ids: list[int], words: str) -> None:
        """Only these families (those behind a dashboard figure), whatever their status."""
        self._chosen_family_ids = list(family_ids)
        self._chosen_words = words
        self.chosen_label.setText(
            self.tr("Showing the families of “%1” (%2).")
            .replace("%1", words)
            .replace("%2", str(len(family_ids)))
        )
        self.chosen_row.show()
        self.search_field.clear()
        if self._filters_before is None:  # a second figure keeps the first one's memory
            self._filters_before = [c.currentIndex() for c in self._filters()]
        self._set_filters([0] * len(self._filters()))
        self._alert_family_ids = None
        self.refresh()

    def show_all(self) -> None:
        """Back to the whole caseload, with the filters as they were before."""
        self._chosen_family_ids = None
        self.chosen_row.hide()
        if self._filters_before is not None:
            self._set_filters(self._filters_before)
            self._filters_before = None
        self._alert_filter_changed()  # recomputes an alert filter in force, then refreshes

    def _filters(self) -> list[QComboBox]:
        return [self.status_filter, self.worker_filter, self.alert_filter, self.phase_filter]

    def _set_filters(self, indexes: list[int]) -> None:
        for combo, index in zip(self._filters(), indexes, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def select_family(self, family_id: int) -> None:
        row = self.model.row_of(family_id)
        if row is not None:
            self.table.selectRow(row)


def _intersect(first: list[int] | None, second: list[int] | None) -> list[int] | None:
    if first is None:
        return second
    if second is None:
        return first
    allowed = set(second)
    return [fid for fid in first if fid in allowed]
