"""Recording a person's consent (what for, when, how, where the paper is) and its withdrawal.

One form can record several purposes at once, as a consent form usually
covers them; each becomes a consent of its own, withdrawn on its own. The
signed paper can be linked as a scan in the vault (chosen, or added there
and then), beside the note of where the paper itself is kept.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import vocabulary as v
from hostdesk.storage import casework
from hostdesk.storage.models import Consent
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import DateField, chain_tab_order, required_problem
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import choices, label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.document_picker import DocumentPicker
from hostdesk.ui.workspace.forms import FormDialog, Write
from hostdesk.ui.workspace.member_form import fill_combo
from hostdesk.ui.workspace.referral_dialog import not_in_future


class ConsentDialog(FormDialog):
    """The consents ``member_id`` gave (or their guardian gave for them)."""

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        member_id: int,
        person: str,
        parent: QWidget | None = None,
        *,
        on_behalf: bool = False,
        picker: DocumentPicker | None = None,
    ) -> None:
        super().__init__(vault, operations, parent)
        self._member_id = member_id
        self.picker = picker
        self.setWindowTitle(self.tr("Record consent"))
        intro = self.tr("Consent of %1").replace("%1", person)
        if on_behalf:
            intro += " — " + self.tr("given by their legal guardian")
        heading = QLabel(intro)
        heading.setWordWrap(True)
        self.scopes: dict[str, QCheckBox] = {}
        for scope, text in choices(v.ConsentScope):
            box = QCheckBox(text)
            box.setAccessibleName(text)
            self.scopes[scope] = box
        self.given_on = DateField(date.today())
        self.given_on.setAccessibleName(self.tr("Consent given on"))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("How the consent was given"))
        fill_combo(self.method, choices(v.ConsentMethod), v.ConsentMethod.WRITTEN)
        self.document_ref = QLineEdit()
        self.document_ref.setAccessibleName(self.tr("Document reference"))
        self.document_ref.setPlaceholderText(self.tr("e.g. signed form in folder 7, sheet 3"))

        purposes = QVBoxLayout()
        for box in self.scopes.values():
            purposes.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("Consents to"), purposes)
        form.addRow(
            self.tr("&Given on"),
            self.validation.add(
                self.given_on,
                lambda: required_problem(self.given_on) or not_in_future(
                    self.given_on, self.tr("A consent cannot be given in the future.")),
            ),
        )  # fmt: skip
        form.addRow(self.tr("&How"), self.method)
        form.addRow(self.tr("&Document"), self.document_ref)
        if picker is not None:
            form.addRow(self.tr("Scanned &form"), picker)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.tracker.watch(*self.scopes.values(), self.given_on, self.method, self.document_ref)
        boxes: list[QWidget] = list(self.scopes.values())
        scan: list[QWidget] = []
        if picker is not None:
            self.tracker.watch(picker.combo)
            scan = [picker.combo, picker.add_button]
        chain_tab_order([*boxes, self.given_on, self.method, self.document_ref, *scan,
                         self.save_button])  # fmt: skip
        self.resize(520, self.sizeHint().height())
        boxes[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def extra_problem(self) -> str:
        if not any(box.isChecked() for box in self.scopes.values()):
            return self.tr("Tick at least one purpose the person consented to.")
        return ""

    def build_write(self) -> Write:
        draft = casework.ConsentDraft(
            scopes=[scope for scope, box in self.scopes.items() if box.isChecked()],
            given_on=self.given_on.value() or date.today(),
            method=self.method.currentData(),
            document_ref=self.document_ref.text().strip(),
            attachment_id=self.picker.value() if self.picker is not None else None,
        )
        actor, member_id = self.vault.user, self._member_id

        def write(session: Any) -> int:
            return len(casework.record_consents(session, actor, member_id, draft))

        return write


class WithdrawConsentDialog(FormDialog):
    """The day a person withdrew one consent; the consent itself stays on record."""

    def __init__(
        self, vault: Vault, operations: Operations, consent: Consent, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, operations, parent)
        self._consent = consent
        self.setWindowTitle(self.tr("Withdraw consent"))
        text = self.tr("%1, given on %2.")
        text = text.replace("%1", label(v.ConsentScope, consent.scope))
        text = text.replace("%2", format_date(consent.given_on))
        summary = QLabel(text)
        summary.setWordWrap(True)
        self.withdrawn_on = DateField(date.today())
        self.withdrawn_on.setAccessibleName(self.tr("Withdrawn on"))
        form = QFormLayout()
        form.addRow(self.tr("&Withdrawn on"), self.validation.add(self.withdrawn_on, self._problem))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.tracker.watch(self.withdrawn_on)
        self.resize(440, self.sizeHint().height())
        self.withdrawn_on.setFocus(Qt.FocusReason.OtherFocusReason)

    def _problem(self) -> str:
        if problem := required_problem(self.withdrawn_on) or not_in_future(
            self.withdrawn_on, self.tr("A withdrawal cannot be in the future.")
        ):
            return problem
        day = self.withdrawn_on.value()
        if day is not None and day < self._consent.given_on:
            return self.tr("A consent cannot be withdrawn before it was given.")
        return ""

    def build_write(self) -> Write:
        actor, consent_id = self.vault.user, self._consent.id
        day = self.withdrawn_on.value() or date.today()
        assert consent_id is not None

        def write(session: Any) -> None:
            casework.withdraw_consent(session, actor, consent_id, day)

        return write
