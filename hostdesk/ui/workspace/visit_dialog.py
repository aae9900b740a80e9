"""The field visit, recorded fast and from the keyboard alone.

Tab walks the form top to bottom: date, kind, place, who was there (Space
ticks a person), the general note, a note for each dimension touched, the
follow-up tasks, then the optional referral (Space on its title opens it).
Ctrl+S or Ctrl+Enter saves from anywhere; Esc asks before dropping typing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import vocabulary as v
from hostdesk.storage import casework
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import DateField, chain_tab_order, required_problem
from hostdesk.ui.common.labels import choices, dimension_label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write
from hostdesk.ui.workspace.member_form import fill_combo
from hostdesk.ui.workspace.referral_dialog import (
    ReferralFields,
    family_consents,
    family_members,
    not_in_future,
)

FIRST_TASK_ROWS = 2


class VisitDialog(FormDialog):
    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        family_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, operations, parent)
        self._family_id = family_id
        self.setWindowTitle(self.tr("New visit"))
        members = family_members(vault, family_id)

        self.occurred_on = DateField(date.today())
        self.occurred_on.setAccessibleName(self.tr("Date of the visit"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of contact"))
        fill_combo(self.kind, choices(v.ActivityKind), v.ActivityKind.VISIT)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("e.g. at home, at the office, health centre"))
        self.present = QListWidget()
        self.present.setAccessibleName(self.tr("Members present"))
        for member_id, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.present.addItem(item)
        if members:
            self.present.setCurrentRow(0)
        rows = max(len(members), 2)
        self.present.setMaximumHeight(self.present.sizeHintForRow(0) * min(rows, 6) + 8)

        when = QFormLayout()
        when.addRow(
            self.tr("&Date"),
            self.validation.add(
                self.occurred_on,
                lambda: (
                    required_problem(self.occurred_on)
                    or not_in_future(self.occurred_on, self.tr("A visit cannot be in the future."))
                ),
            ),
        )
        when.addRow(self.tr("&Kind"), self.kind)
        when.addRow(self.tr("&Place"), self.place)
        present_label = QLabel(self.tr("&Members present (Space ticks)"))
        present_label.setBuddy(self.present)

        self.notes: dict[str, QPlainTextEdit] = {}
        notes_box = QGroupBox(self.tr("Notes (a note for each dimension touched)"))
        notes_grid = QGridLayout(notes_box)
        note_titles = [("", self.tr("General"))]
        note_titles += [(d.value, dimension_label(d.value)) for d in v.Dimension]
        for index, (key, title) in enumerate(note_titles):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(self.tr("Note: %1").replace("%1", title))
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            caption = QLabel(title)
            caption.setBuddy(edit)
            self.notes[key] = edit
            row, column = divmod(index, 2)
            notes_grid.addWidget(caption, row * 2, column)
            notes_grid.addWidget(edit, row * 2 + 1, column)

        self.tasks_box = QGroupBox(self.tr("Follow-up tasks"))
        self._tasks_layout = QFormLayout(self.tasks_box)
        self.tasks: list[tuple[QLineEdit, DateField]] = []
        self.add_task_button = QPushButton(self.tr("Add &another task"))
        self.add_task_button.setAutoDefault(False)
        self.add_task_button.clicked.connect(lambda: self.add_task_row(focus=True))
        self._tasks_layout.addRow(self.add_task_button)
        for _ in range(FIRST_TASK_ROWS):
            self.add_task_row()

        self.referral_box = QGroupBox(self.tr("&Refer to a service"))
        self.referral_box.setCheckable(True)
        self.referral_box.setChecked(False)
        self.referral = ReferralFields(members, self.tracker, family_consents(vault, family_id))
        self.occurred_on.textChanged.connect(self._date_changed)
        QVBoxLayout(self.referral_box).addWidget(self.referral)
        self.referral_box.toggled.connect(self._referral_toggled)
        self.referral.update_consent()

        left = QVBoxLayout()
        left.addLayout(when)
        left.addWidget(present_label)
        left.addWidget(self.present)
        left.addWidget(self.tasks_box)
        left.addWidget(self.referral_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(notes_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.tracker.watch(
            self.occurred_on, self.kind, self.place, self.present, self.referral_box,
            *self.notes.values(),
        )  # fmt: skip
        self._chain()
        self.resize(1120, 660)
        self.occurred_on.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_task_row(self, focus: bool = False) -> None:
        number = len(self.tasks) + 1
        text = QLineEdit()
        text.setAccessibleName(self.tr("Task %1").replace("%1", str(number)))
        text.setPlaceholderText(self.tr("What needs doing"))
        due = DateField()
        due.setAccessibleName(self.tr("Task %1 due on").replace("%1", str(number)))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(text, 3)
        line.addWidget(QLabel(self.tr("due")))
        line.addWidget(self.validation.add(due, due.problem, collapse=True), 1)
        self._tasks_layout.insertRow(len(self.tasks), f"{number}.", row)
        self.tasks.append((text, due))
        self.tracker.watch(text, due)
        self._chain()
        if focus:
            text.setFocus()

    def _chain(self) -> None:
        if not hasattr(self, "referral_box"):
            return  # still building
        order: list[QWidget] = [self.occurred_on, self.kind, self.place, self.present]
        order += list(self.notes.values())
        for text, due in self.tasks:
            order += [text, due]
        order += [self.add_task_button, self.referral_box, *self.referral.tab_order()]
        order += [self.save_button]
        chain_tab_order(order)

    def _referral_toggled(self) -> None:
        self.referral.update_consent()

    def _date_changed(self) -> None:
        self.referral.set_day(self.occurred_on.value())

    def extra_problem(self) -> str:
        return self.referral.basis_problem() if self.referral_box.isChecked() else ""

    def members_present(self) -> list[int]:
        found = []
        for row in range(self.present.count()):
            item = self.present.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def draft(self) -> casework.VisitDraft:
        occurred_on = self.occurred_on.value() or date.today()
        return casework.VisitDraft(
            occurred_on=occurred_on,
            place=self.place.text().strip(),
            members_present=self.members_present(),
            notes={key: edit.toPlainText().strip() for key, edit in self.notes.items()},
            tasks=[
                casework.TaskDraft(text.text().strip(), due.value())
                for text, due in self.tasks
                if text.text().strip()
            ],
            referral=self.referral.draft(occurred_on) if self.referral_box.isChecked() else None,
            kind=self.kind.currentData(),
        )

    def build_write(self) -> Write:
        draft, actor, family_id = self.draft(), self.vault.user, self._family_id

        def write(session: Any) -> int | None:
            return casework.record_visit(session, actor, family_id, draft).id

        return write
