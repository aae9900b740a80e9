"""Today: every alert and follow-up task across the caseload, most urgent first.

The caseload is read on the database thread (:mod:`hostdesk.storage.alert_snapshots`);
the view only filters and renders. Items are plain dataclasses in a flat
table model (a heading row per kind of alert, then its items), never a widget
per row, so tens of thousands of them stay cheap. Enter or a double click
opens the family at the tab where the problem is solved.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from hostdesk.storage.vault import Vault
from hostdesk.ui.common.background_read import BackgroundRead
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.today.conflicts_box import ConflictsBox
from hostdesk.ui.today.today_model import (
    GROUP_ORDER,
    SEVERITY_COLOURS,
    TAB_FOR,
    TASK,
    TodayData,
    TodayGroup,
    TodayItem,
    TodayModel,
    describe_item,
    group_items,
    group_label,
    load_today,
    pt_date,
    service_label,
    severity_label,
)

__all__ = [
    "FILTER_DEBOUNCE_MS",
    "GROUP_ORDER",
    "SEVERITY_COLOURS",
    "TAB_FOR",
    "TASK",
    "TodayData",
    "TodayGroup",
    "TodayItem",
    "TodayModel",
    "TodayView",
    "describe_item",
    "group_items",
    "group_label",
    "load_today",
    "pt_date",
    "service_label",
    "severity_label",
]

log = logging.getLogger(__name__)

FILTER_DEBOUNCE_MS = 200


class TodayView(QWidget):
    """Alerts and tasks across the caseload; Enter opens the family at the right tab."""

    familyRequested = Signal(int, str)

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._today: date | None = None
        self.setAccessibleName(self.tr("Today"))

        self.title = QLabel(self.tr("Today"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by case number or name"))
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._debounce.start)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of alert"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_kinds({})
        self.kind.currentIndexChanged.connect(self._apply_filter)
        self.urgent_only = QCheckBox(self.tr("&Urgent only"))
        self.urgent_only.toggled.connect(self._apply_filter)
        self.mine_only = QCheckBox(self.tr("Only &my families"))
        self.mine_only.setEnabled(vault.user.id is not None)
        self.mine_only.toggled.connect(self._refresh_requested)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the caseload again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self._refresh_requested)
        self._read = BackgroundRead(self, operations)
        self.busy = self._read.busy

        self.model = TodayModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Alerts and tasks"))
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate((120, 95, 125, 260, 170)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        controls = QHBoxLayout()
        controls.addWidget(self.filter, 1)
        controls.addWidget(self.kind)
        controls.addWidget(self.urgent_only)
        controls.addWidget(self.mine_only)
        controls.addWidget(self.busy)
        controls.addWidget(self.refresh_button)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        # Team sync conflicts, resolved by a person picking (hidden when there are none).
        self.conflicts = ConflictsBox(vault, operations)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        QWidget.setTabOrder(self.filter, self.kind)
        QWidget.setTabOrder(self.kind, self.urgent_only)
        QWidget.setTabOrder(self.urgent_only, self.mine_only)
        QWidget.setTabOrder(self.mine_only, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.table)

    # -- loading ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the caseload again on the database thread; the list stays usable meanwhile."""
        vault, today = self._vault, date.today()
        worker = vault.user.id if self.mine_only.isChecked() else None
        self._read.start(lambda: load_today(vault, today, worker), self._loaded, self._failed)
        self.conflicts.refresh()

    def _refresh_requested(self, _checked: bool = False) -> None:
        # A bound method, not a lambda: a lambda holding ``self`` on a child's signal
        # makes a cycle, and PySide6 then deletes the view from the garbage collector.
        self.refresh()

    def is_loading(self) -> bool:
        return self._read.loading

    def _loaded(self, data: TodayData) -> None:
        self.message.hide()
        self._today = data.today
        self._fill_kinds({g.kind: len(g.items) for g in data.groups})
        self.model.set_items(data.items, data.groups)
        self._after_reset()

    def _failed(self, error: BaseException) -> None:
        log.error("reading today's alerts failed: %s", type(error).__name__)
        self.message.setText(
            self.tr("The alerts could not be read from the vault. Try again with Refresh.")
        )
        self.message.show()

    def _fill_kinds(self, counts: dict[str, int]) -> None:
        """The kinds list, with how many items each kind has in the whole caseload."""
        chosen = self.kind.currentData() or ""
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in GROUP_ORDER:
            label = group_label(kind)
            if kind in counts:
                label += f" ({QLocale().toString(counts[kind])})"
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(self.kind.findData(chosen), 0))
        self.kind.blockSignals(False)

    def _apply_filter(self) -> None:
        kind = self.kind.currentData() or ""
        self.model.set_filter(self.filter.text(), self.urgent_only.isChecked(), kind)
        self._after_reset()

    def _after_reset(self) -> None:
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, TodayModel.COLUMNS)
        if self.model.rowCount():
            first = 1 if self.model.rowCount() > 1 else 0
            self.table.setCurrentIndex(self.model.index(first, 0))
        self._update_summary()

    def _update_summary(self) -> None:
        count = sum(len(g.items) for g in self.model.groups)
        if not count:
            if self.filter.text().strip() or self.urgent_only.isChecked():
                text = self.tr("Nothing matches the filter.")
            else:
                text = self.tr("Nothing needs attention today.")
        else:
            urgent = sum(g.urgent for g in self.model.groups)
            text = self.tr("%Ln item(s) to act on", "", count)
            text += " · " + self.tr("%Ln urgent", "", urgent)
        today = self._today
        if today is not None:
            when = QLocale().toString(QDate(today.year, today.month, today.day),
                                      QLocale.FormatType.LongFormat)  # fmt: skip
            text += " · " + when
        self.summary.setText(text)

    # -- opening a family -------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is None:
            row = index.row()
            self.model.toggle(row)
            self._after_reset()
            self.table.setCurrentIndex(self.model.index(row, 0))
            return
        self.familyRequested.emit(item.family_id, item.tab)
