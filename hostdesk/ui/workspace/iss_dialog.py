"""Recording the ISS meeting of the programme's last months: date, outcome, ISS contact.

Once the date and the outcome are in, the ISS-transition alert closes and the
monthly report carries the outcome; the contact stays in the vault.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hostdesk.domain import vocabulary as v
from hostdesk.storage import casework
from hostdesk.storage.models import IssTransition
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import DateField, required_problem
from hostdesk.ui.common.labels import choices
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write
from hostdesk.ui.workspace.referral_dialog import not_in_future


class IssDialog(FormDialog):
    """The family's ISS meeting (or a correction of the one recorded)."""

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        family_id: int,
        current: IssTransition | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, operations, parent)
        self._family_id = family_id
        self.setWindowTitle(self.tr("ISS transition"))
        note = QLabel(
            self.tr("In the programme's last six months the ISS meets the family to decide "
                    "whether social assistance will be needed after it. The outcome goes to "
                    "the NAIR; the contact stays here.")
        )  # fmt: skip
        note.setWordWrap(True)
        self.meeting = DateField(current.meeting_on if current else None)
        self.meeting.setAccessibleName(self.tr("Date of the ISS meeting"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome of the ISS meeting"))
        self.outcome.addItem(self.tr("Not decided yet"), None)
        for value, text in choices(v.IssOutcome):
            self.outcome.addItem(text, value)
        if current is not None and current.outcome:
            self.outcome.setCurrentIndex(max(self.outcome.findData(current.outcome), 0))
        self.contact = QLineEdit(current.contact if current else "")
        self.contact.setAccessibleName(self.tr("ISS contact"))
        self.contact.setPlaceholderText(self.tr("Who follows the family at the ISS"))
        form = QFormLayout()
        form.addRow(self.tr("&Meeting on"), self.validation.add(self.meeting, self._date_problem))
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("ISS &contact"), self.contact)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.tracker.watch(self.meeting, self.outcome, self.contact)
        self.resize(520, self.sizeHint().height())
        self.meeting.setFocus(Qt.FocusReason.OtherFocusReason)

    def _date_problem(self) -> str:
        return required_problem(self.meeting) or not_in_future(
            self.meeting, self.tr("A meeting cannot be recorded in the future.")
        )

    def build_write(self) -> Write:
        actor, family_id = self.vault.user, self._family_id
        day = self.meeting.value() or date.today()
        chosen = self.outcome.currentData()
        outcome = v.IssOutcome(chosen) if chosen else None
        contact = self.contact.text()

        def write(session: Any) -> None:
            casework.record_iss_transition(session, actor, family_id, meeting_on=day,
                                           outcome=outcome, contact=contact)  # fmt: skip

        return write
