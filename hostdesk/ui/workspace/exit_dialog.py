"""Recording a family's exit from the programme: why and when. The file stays."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hostdesk.domain import vocabulary as v
from hostdesk.storage import retention
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import DateField, required_problem
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import choices
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write
from hostdesk.ui.workspace.member_form import fill_combo
from hostdesk.ui.workspace.referral_dialog import not_in_future


class ExitDialog(FormDialog):
    """The exit of ``family`` (or a correction of one already recorded)."""

    def __init__(
        self, vault: Vault, operations: Operations, family: Family, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, operations, parent)
        assert family.id is not None
        self._family_id = family.id
        self._start = family.programme_start
        self.setWindowTitle(self.tr("Exit from the programme"))
        note = QLabel(
            self.tr("The family's file is kept. After the retention period set by the "
                    "coordinator it will be due for anonymisation.")
        )  # fmt: skip
        note.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason for the exit"))
        fill_combo(
            self.reason, choices(v.ExitReason), family.exit_reason or v.ExitReason.PROGRAMME_ENDED
        )
        self.exit_date = DateField(family.exit_date or date.today())
        self.exit_date.setAccessibleName(self.tr("Exit date"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Date"), self.validation.add(self.exit_date, self._date_problem))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.tracker.watch(self.reason, self.exit_date)
        self.resize(480, self.sizeHint().height())
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _date_problem(self) -> str:
        if problem := required_problem(self.exit_date) or not_in_future(
            self.exit_date, self.tr("An exit cannot be recorded in the future.")
        ):
            return problem
        day = self.exit_date.value()
        if day is not None and day < self._start:
            return self.tr("The programme started on %1; the exit cannot be before.").replace(
                "%1", format_date(self._start)
            )
        return ""

    def build_write(self) -> Write:
        actor, family_id = self.vault.user, self._family_id
        reason, day = self.reason.currentData(), self.exit_date.value() or date.today()

        def write(session: Any) -> None:
            retention.record_exit(session, actor, family_id, reason, day)

        return write
