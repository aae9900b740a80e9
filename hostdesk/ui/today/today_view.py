"""Today: every alert and follow-up task across the caseload, this week's first.

The caseload is read on the database thread (:mod:`hostdesk.storage.alert_snapshots`);
the view only filters and renders. Items are plain dataclasses in a flat
table model ("This week" and "Coming up", a heading row per kind, then its
items), never a widget per row, so tens of thousands of them stay cheap.
Enter or a double click opens the family at the tab where the problem is
solved; an item can be acknowledged or snoozed with a reason, right here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta

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

from hostdesk.domain.alerts import WEEK_DAYS
from hostdesk.storage import alert_responses
from hostdesk.storage.alert_responses import ResponseAction
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import printing
from hostdesk.ui.common.background_read import BackgroundRead
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.list_export import ListTable, export_list, print_list
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.today.answer_dialog import AnswerDialog
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
    hidden_answers,
    load_today,
    pt_date,
    service_label,
    severity_label,
)
from hostdesk.ui.today.today_table import today_table

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
        self.show_answered = QCheckBox(self.tr("S&how acknowledged and snoozed"))
        self.show_answered.toggled.connect(self._apply_filter)
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
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        # Acting on an item without opening the family: seen, or not this week; with a reason.
        self.open_family = QPushButton(self.tr("&Open the family"))
        self.open_family.clicked.connect(self._open_current)
        self.acknowledge = QPushButton(self.tr("Ac&knowledge…"))
        self.acknowledge.setToolTip(
            self.tr("Seen and being dealt with: it leaves the list until the facts change")
        )
        self.acknowledge.clicked.connect(self.acknowledge_current)
        self.snooze = QPushButton(self.tr("Snoo&ze…"))
        self.snooze.setToolTip(self.tr("Not now: it leaves the list until the day you choose"))
        self.snooze.clicked.connect(self.snooze_current)
        self.show_again = QPushButton(self.tr("Show a&gain"))
        self.show_again.setToolTip(self.tr("Take back the acknowledgement or the snooze"))
        self.show_again.clicked.connect(self.show_current_again)
        self.last_dialog: AnswerDialog | None = None
        # Handing the list on: what the filter shows, both sections.
        self.export_button = QPushButton(self.tr("E&xport the list…"))
        self.export_button.setToolTip(
            self.tr("The items shown, both sections, as an .xlsx or .ods spreadsheet "
                    "(not encrypted)")
        )  # fmt: skip
        self.export_button.clicked.connect(self._export_list)
        self.print_button = QPushButton(self.tr("Pr&int the list…"))
        self.print_button.setToolTip(
            self.tr("The items shown, both sections, on paper.") + "\n" + printing.spooler_note()
        )
        self.print_button.clicked.connect(self._print_list)
        self.list_message = QLabel()
        self.list_message.setWordWrap(True)
        self.list_message.setAccessibleName(self.tr("Export or print result"))

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
        actions = QHBoxLayout()
        for button in (self.open_family, self.acknowledge, self.snooze, self.show_again):
            actions.addWidget(button)
        actions.addWidget(self.list_message, 1)
        actions.addWidget(self.show_answered)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        # Team sync conflicts, resolved by a person picking (hidden when there are none).
        self.conflicts = ConflictsBox(vault, operations)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.setFocusProxy(self.table)
        QWidget.setTabOrder(self.filter, self.kind)
        QWidget.setTabOrder(self.kind, self.urgent_only)
        QWidget.setTabOrder(self.urgent_only, self.mine_only)
        QWidget.setTabOrder(self.mine_only, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.table)
        QWidget.setTabOrder(self.table, self.open_family)
        QWidget.setTabOrder(self.open_family, self.acknowledge)
        QWidget.setTabOrder(self.acknowledge, self.snooze)
        QWidget.setTabOrder(self.snooze, self.show_again)
        QWidget.setTabOrder(self.show_again, self.show_answered)
        QWidget.setTabOrder(self.show_answered, self.export_button)
        QWidget.setTabOrder(self.export_button, self.print_button)
        self._update_actions()

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
        self.model.week_ends = data.today + timedelta(days=WEEK_DAYS)
        counts: dict[str, int] = {}
        for group in data.groups:
            counts[group.kind] = counts.get(group.kind, 0) + len(group.items)
        self._fill_kinds(counts)
        keep = self._current_key()
        self.model.set_items(data.items, data.groups)
        self._after_reset(keep)

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
        keep = self._current_key()
        self.model.set_filter(
            self.filter.text(), self.urgent_only.isChecked(), kind, self.show_answered.isChecked()
        )
        self._after_reset(keep)

    def _current_key(self) -> str:
        item = self.model.item(self.table.currentIndex())
        return item.key if item is not None else ""

    def _after_reset(self, keep: str = "") -> None:
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, TodayModel.COLUMNS)
        if self.model.rowCount():
            row = self.model.row_of(keep) if keep else -1
            if row < 0:  # the first item, under its section's and its group's headings
                row = next(
                    (r for r in range(self.model.rowCount())
                     if self.model.item(self.model.index(r, 0)) is not None),
                    0,
                )  # fmt: skip
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        count = sum(len(g.items) for g in self.model.groups)
        hidden = 0 if self.show_answered.isChecked() else hidden_answers(self.model.items)
        if not count:
            if self.filter.text().strip() or self.urgent_only.isChecked():
                text = self.tr("Nothing matches the filter.")
            else:
                text = self.tr("Nothing needs attention today.")
        else:
            urgent = sum(g.urgent for g in self.model.groups)
            text = self.tr("%Ln to do this week", "", urgent)
            text += " · " + self.tr("%Ln coming up", "", count - urgent)
        if hidden:
            text += " · " + self.tr("%Ln acknowledged or snoozed (hidden)", "", hidden)
        today = self._today
        if today is not None:
            when = QLocale().toString(QDate(today.year, today.month, today.day),
                                      QLocale.FormatType.LongFormat)  # fmt: skip
            text += " · " + when
        self.summary.setText(text)

    # -- handing the list on -----------------------------------------------------

    def list_table(self) -> Callable[[], ListTable]:
        """What builds the items shown (as filtered), both sections, off the GUI thread."""
        groups, title = list(self.model.groups), self.tr("Today")
        return lambda: today_table(groups, title)

    def _export_list(self) -> None:
        self.list_message.clear()
        export_list(self, self._vault, self._operations, self.list_table(),
                    self.list_message.setText)  # fmt: skip

    def _print_list(self) -> None:
        self.list_message.clear()
        print_list(self, self._vault, self._operations, self.list_table(),
                   self.list_message.setText)  # fmt: skip

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

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if self.model.item(index) is not None:
            self._activated(index)

    # -- acknowledging and snoozing ------------------------------------------------

    def _update_actions(self, *_args: object) -> None:
        item = self.model.item(self.table.currentIndex())
        answered = item is not None and item.answer is not None
        self.open_family.setEnabled(item is not None)
        self.acknowledge.setEnabled(item is not None and not answered)
        self.snooze.setEnabled(item is not None and not answered)
        self.show_again.setVisible(answered)

    def acknowledge_current(self) -> None:
        self._answer(ResponseAction.ACKNOWLEDGED)

    def snooze_current(self) -> None:
        self._answer(ResponseAction.SNOOZED)

    def _answer(self, action: ResponseAction) -> None:
        item = self.model.item(self.table.currentIndex())
        if item is None or item.answer is not None:
            return
        today = self._today or date.today()
        dialog = AnswerDialog(item, action, today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.accepted.connect(self._answered)
        dialog.destroyed.connect(self._dialog_gone)
        dialog.open()  # not exec(): locking hides it, and the typing must survive that

    def _dialog_gone(self) -> None:
        self.last_dialog = None

    def _answered(self) -> None:
        dialog = self.sender()
        item = self.model.item(self.table.currentIndex())
        if not isinstance(dialog, AnswerDialog) or item is None:
            return
        vault, today = self._vault, self._today or date.today()
        action, reason, until = dialog.action, dialog.reason_text, dialog.until_date

        def work() -> None:
            with vault.changing() as session:
                alert_responses.respond(
                    session, vault.user, family_id=item.family_id, kind=item.kind, key=item.key,
                    action=action, reason=reason, until=until, today=today,
                )  # fmt: skip

        self._operations.run(work, self._saved, self._save_failed)

    def show_current_again(self) -> None:
        item = self.model.item(self.table.currentIndex())
        if item is None or item.answer is None:
            return
        vault, answer_id = self._vault, item.answer.id

        def work() -> None:
            with vault.changing() as session:
                alert_responses.take_back(session, vault.user, answer_id)

        self._operations.run(work, self._saved, self._save_failed)

    def _saved(self, _result: object) -> None:
        self.refresh()

    def _save_failed(self, error: BaseException) -> None:
        fallback = self.tr("That could not be saved; try again.")
        self.message.setText(error_text(error, fallback, "answer to an alert", log))
        self.message.show()
