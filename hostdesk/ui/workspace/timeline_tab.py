"""The Timeline tab: everything dated in the file, newest first, and the open tasks.

Contacts and referrals, and the records too (``timeline_entries``); a
completed task is there with who completed it, and can be reopened.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import vocabulary as v
from hostdesk.reports.visit_record import render_visit_record
from hostdesk.storage import casework
from hostdesk.ui.common import preferences, printing
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import choices, dimension_label
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.forms import FormDialog
from hostdesk.ui.workspace.header import isolate
from hostdesk.ui.workspace.member_form import fill_combo
from hostdesk.ui.workspace.referral_dialog import ReferralDialog
from hostdesk.ui.workspace.timeline_entries import Entry, entries
from hostdesk.ui.workspace.visit_dialog import VisitDialog

__all__ = ["Entry", "TimelineTab", "entries"]


class TimelineTab(QWidget):
    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._entries: list[Entry] = []
        self.open_dialog: FormDialog | None = None

        self.dimension_filter = QComboBox()
        self.dimension_filter.setAccessibleName(self.tr("Show dimension"))
        fill_combo(
            self.dimension_filter, [(None, self.tr("All dimensions")), *choices(v.Dimension)]
        )
        self.member_filter = QComboBox()
        self.member_filter.setAccessibleName(self.tr("Show member"))
        self.dimension_filter.currentIndexChanged.connect(self.refresh)
        self.member_filter.currentIndexChanged.connect(self.refresh)
        self.new_visit = QPushButton(self.tr("&New visit…"))
        self.new_visit.setToolTip(self.tr("Record a visit, call or note (Alt+N)"))
        self.new_visit.clicked.connect(self.open_visit)
        self.new_referral = QPushButton(self.tr("New &referral…"))
        self.new_referral.clicked.connect(self.open_referral)
        self.answer = QPushButton(self.tr("Referral &answered…"))
        self.answer.clicked.connect(self.open_answer)
        self.reopen = QPushButton(self.tr("Re&open task"))
        self.reopen.setToolTip(self.tr("The selected task was not done after all: open it again"))
        self.reopen.clicked.connect(self._reopen_task)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Dimension")))
        filters.addWidget(self.dimension_filter)
        filters.addWidget(QLabel(self.tr("Member")))
        filters.addWidget(self.member_filter)
        filters.addStretch(1)
        for button in (self.new_visit, self.new_referral, self.answer, self.reopen):
            filters.addWidget(button)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Dimensions"), self.tr("Who"),
             self.tr("Summary")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Timeline"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed starting widths (the rest is elided, with the full text as a tooltip),
        # so the summary always keeps the room that is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("m")
        for column, width in ((1, 18), (2, 12), (3, 12)):
            self.table.setColumnWidth(column, em * width)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected entry"))
        # A visit, call or note on paper: its date, who, notes, tasks and referrals.
        self.print_visit_button = QPushButton(self.tr("Pr&int this record…"))
        self.print_visit_button.setToolTip(
            self.tr("The selected visit, call or note with its tasks and referrals, on paper.")
            + "\n" + printing.spooler_note()
        )  # fmt: skip
        self.print_visit_button.clicked.connect(self.print_visit)
        self.print_state = QLabel()
        self.print_state.setWordWrap(True)
        self.print_state.setAccessibleName(self.tr("Printing result"))
        detail_pane = QWidget()
        detail_layout = QVBoxLayout(detail_pane)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_state, 1)
        print_row.addWidget(self.print_visit_button)
        detail_layout.addLayout(print_row)

        self.tasks = QListWidget()
        self.tasks.setAccessibleName(self.tr("Open follow-up tasks"))
        self.task_done = QPushButton(self.tr("Mark &done"))
        self.task_done.clicked.connect(self._task_done)
        tasks_box = QGroupBox(self.tr("Open follow-up tasks"))
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.addWidget(self.tasks)
        tasks_layout.addWidget(self.task_done, 0, Qt.AlignmentFlag.AlignRight)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(detail_pane)
        side.addWidget(tasks_box)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        context.loaded.connect(self.refresh)
        self.refresh()

    # -- drawing ---------------------------------------------------------------------

    def _fill_member_filter(self) -> None:
        current = self.member_filter.currentData()
        members = [(mf.member.id, mf.member.name_latin) for mf in self._context.file.members]
        self.member_filter.blockSignals(True)
        fill_combo(self.member_filter, [(None, self.tr("Everyone")), *members], current)
        self.member_filter.blockSignals(False)

    def refresh(self) -> None:
        selected = self._selected()
        keep = selected.key if selected is not None else ""
        self._fill_member_filter()
        self._entries = entries(
            self._context, self.dimension_filter.currentData(), self.member_filter.currentData()
        )
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            cells = [
                format_date(entry.on),
                entry.what,
                ", ".join(dimension_label(d) for d in entry.dimensions),
                self._who(entry),
                entry.summary,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if self._entries:
            # The same entry stays selected, and its details are drawn again from the new
            # file: an answer just saved shows at once, not after selecting another row.
            row = next((n for n, e in enumerate(self._entries) if e.key == keep), 0)
            self.table.selectRow(row)
        self._show_detail()
        self.tasks.clear()
        for task in self._context.extras.tasks:
            if task.done_on is None:
                due = format_date(task.due_on)
                text = f"{due} · {task.description}" if due else task.description
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, task.id)
                self.tasks.addItem(item)
        self._update_buttons()

    def _who(self, entry: Entry) -> str:
        names = [self._context.member_name(i) for i in entry.members if i is not None]
        return ", ".join(isolate(n) for n in names if n)

    def _selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._entries):
            return None
        return self._entries[rows[0].row()]

    def _show_detail(self) -> None:
        entry = self._selected()
        self._update_buttons()
        if entry is None:
            self.detail.setHtml(html.escape(self.tr("Nothing recorded yet.")))
            return
        parts = [f"<h3>{html.escape(entry.what)} · {format_date(entry.on)}</h3>"]
        if entry.activity is not None:
            if entry.activity.place:
                parts.append(f"<p>{html.escape(entry.activity.place)}</p>")
            if who := self._who(entry):
                present = self.tr("Present: %1").replace("%1", who)
                parts.append(f"<p>{html.escape(present)}</p>")
            for key, text in casework.split_notes(entry.activity.text).items():
                title = dimension_label(key) if key else self.tr("General")
                body = html.escape(text).replace("\n", "<br>")
                parts.append(f"<p><b>{html.escape(title)}</b><br>{body}</p>")
        elif entry.referral is not None:
            referral = entry.referral
            lines = [referral.reason]
            if referral.answered_on:
                answered = self.tr("Answered on %1").replace(
                    "%1", format_date(referral.answered_on)
                )
                lines += [answered, referral.outcome]
            else:
                lines.append(self.tr("No answer yet."))
            parts += [f"<p>{html.escape(line)}</p>" for line in lines if line]
        else:
            lines = [self._who(entry), entry.summary, *entry.details]
            parts += [f"<p>{html.escape(line)}</p>" for line in lines if line]
        # Each paragraph takes its direction from its own text (Arabic notes read right to left).
        self.detail.setHtml("".join(parts))

    def _update_buttons(self) -> None:
        entry = self._selected()
        writable = not self._context.read_only
        self.new_visit.setEnabled(writable)
        self.new_referral.setEnabled(writable)
        self.answer.setEnabled(writable and entry is not None and entry.referral is not None)
        self.reopen.setEnabled(writable and entry is not None and entry.task is not None)
        self.task_done.setEnabled(writable and self.tasks.count() > 0)
        self.print_visit_button.setEnabled(entry is not None and entry.activity is not None)

    # -- dialogs and tasks -------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> None:
        dialog.accepted.connect(lambda: self._context.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        self.open_dialog = dialog
        dialog.destroyed.connect(self._dialog_gone)
        dialog.show()

    def _dialog_gone(self) -> None:
        self.open_dialog = None

    def open_visit(self) -> None:
        c = self._context
        if c.read_only:  # the menu's File ▸ New visit does not go through the button
            return
        self._open(VisitDialog(c.vault, c.operations, c.family_id, self))

    def open_referral(self) -> None:
        c = self._context
        self._open(ReferralDialog(c.vault, c.operations, c.family_id, self))

    def open_answer(self) -> None:
        entry = self._selected()
        if entry is None or entry.referral is None:
            return
        c = self._context
        self._open(ReferralDialog(c.vault, c.operations, c.family_id, self, entry.referral.id))

    def print_visit(self) -> bool:
        """The selected visit, call or note to a printer; False when there is none or cancelled."""
        entry = self._selected()
        if entry is None or entry.activity is None or entry.activity.id is None:
            return False
        vault, activity_id = self._context.vault, entry.activity.id
        lang = "pt" if preferences.language().startswith("pt") else "en"
        title = f"{entry.what} {format_date(entry.on)}"
        self.print_state.clear()
        return printing.print_rendered(
            self, self._context.operations, title,
            lambda: render_visit_record(vault, activity_id, lang), self.print_state.setText,
        )  # fmt: skip

    def _task_done(self) -> None:
        item = self.tasks.currentItem() or self.tasks.item(0)
        if item is None:
            return
        task_id, actor = int(item.data(Qt.ItemDataRole.UserRole)), self._context.vault.user

        def write(session: Any) -> None:
            casework.complete_task(session, actor, task_id, date.today())

        self.error.clear()
        self._context.save(write, self.error.setText)

    def _reopen_task(self) -> None:
        entry = self._selected()
        if entry is None or entry.task is None or entry.task.id is None:
            return
        task_id, actor = entry.task.id, self._context.vault.user

        def write(session: Any) -> None:
            casework.reopen_task(session, actor, task_id)

        self.error.clear()
        self._context.save(write, self.error.setText)
