"""Referrals to other services: send one, then mark it answered and record the outcome."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from hostdesk.domain import vocabulary as v
from hostdesk.storage import casework
from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import Member, Referral
from hostdesk.storage.vault import Vault
from hostdesk.ui.field_validation import ChangeTracker, DateField, chain_tab_order
from hostdesk.ui.formatting import format_date
from hostdesk.ui.labels import choices, dimension_label, label
from hostdesk.ui.member_form import fill_combo
from hostdesk.ui.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write


def family_members(vault: Vault, family_id: int) -> list[tuple[int, str]]:
    """(id, Latin name) of the family's members, head first: one small query."""
    with vault.session() as session:
        rows = session.exec(
            select(Member.id, Member.name_latin)
            .where(Member.family_id == family_id)
            .order_by(Member.is_head.desc(), Member.id)  # type: ignore[attr-defined]
        ).all()
    return [(int(i), name) for i, name in rows]


def not_in_future(field: DateField, message: str) -> str:
    if problem := field.problem():
        return problem
    value = field.value()
    return message if value is not None and value > date.today() else ""


class ReferralFields(QWidget):
    """Service, person, dimension and reason: what a referral says."""

    def __init__(
        self, members: list[tuple[int, str]], tracker: ChangeTracker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Service referred to"))
        fill_combo(self.service, choices(v.ReferralService), v.ReferralService.SNS)
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Person referred"))
        fill_combo(self.member, [(None, self.tr("Whole family")), *members])
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Dimension of the referral"))
        fill_combo(self.dimension, [(None, "—"), *choices(v.Dimension)])
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the referral"))
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Ser&vice"), self.service)
        form.addRow(self.tr("&Person"), self.member)
        form.addRow(self.tr("Dime&nsion"), self.dimension)
        form.addRow(self.tr("&Reason"), self.reason)
        tracker.watch(self.service, self.member, self.dimension, self.reason)
        chain_tab_order([self.service, self.member, self.dimension, self.reason])

    def draft(self, sent_on: date) -> casework.ReferralDraft:
        return casework.ReferralDraft(
            service=self.service.currentData(),
            sent_on=sent_on,
            member_id=self.member.currentData(),
            dimension=self.dimension.currentData(),
            reason=self.reason.text().strip(),
        )


class ReferralDialog(FormDialog):
    """A new referral, or (with ``referral_id``) the answer to one and its outcome."""

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        family_id: int,
        parent: QWidget | None = None,
        referral_id: int | None = None,
    ) -> None:
        super().__init__(vault, operations, parent)
        self._family_id = family_id
        self._referral_id = referral_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sent_on = DateField(date.today())
        self.sent_on.setAccessibleName(self.tr("Sent on"))
        self.answered_on = DateField()
        self.answered_on.setAccessibleName(self.tr("Answered on"))
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.fields: ReferralFields | None = None
        if referral_id is None:
            self.setWindowTitle(self.tr("New referral"))
            self.fields = ReferralFields(family_members(vault, family_id), self.tracker)
            layout.addWidget(self.fields)
            self.fields.form.addRow(
                self.tr("&Sent on"),
                self.validation.add(
                    self.sent_on,
                    lambda: not_in_future(
                        self.sent_on, self.tr("A referral cannot be sent in the future.")
                    ),
                ),
            )
            self.tracker.watch(self.sent_on)
            first: QWidget = self.fields.service
        else:
            self.setWindowTitle(self.tr("Referral answered"))
            referral = self._load(referral_id)
            self.summary = QLabel(self._describe(referral))
            self.summary.setWordWrap(True)
            layout.addWidget(self.summary)
            with self.tracker.loading():
                self.answered_on.set_value(referral.answered_on or date.today())
                self.outcome.setPlainText(referral.outcome)
            self._sent = referral.sent_on
            form.addRow(
                self.tr("&Answered on"),
                self.validation.add(self.answered_on, self._answer_problem),
            )
            form.addRow(self.tr("&Outcome"), self.outcome)
            self.tracker.watch(self.answered_on, self.outcome)
            # A referral opened to be answered counts as a change: saving marks it answered.
            if referral.answered_on is None:
                self.tracker.mark_dirty()
            first = self.answered_on
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if self.fields is not None:
            chain_tab_order([self.fields.reason, self.sent_on, self.save_button])
        self.resize(560, self.sizeHint().height())
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, referral_id: int) -> Referral:
        with self.vault.session() as session:
            referral = session.get(Referral, referral_id)
        if referral is None:
            raise VaultError("This referral no longer exists.")
        return referral

    def _describe(self, referral: Referral) -> str:
        text = self.tr("Referral to %1, sent on %2.")
        text = text.replace("%1", label(v.ReferralService, referral.service))
        text = text.replace("%2", format_date(referral.sent_on))
        if referral.dimension:
            text += " " + dimension_label(referral.dimension) + "."
        if referral.reason:
            text += " " + referral.reason
        return text

    def _answer_problem(self) -> str:
        if problem := not_in_future(
            self.answered_on, self.tr("An answer cannot come in the future.")
        ):
            return problem
        answered = self.answered_on.value()
        if answered is not None and answered < self._sent:
            return self.tr("The answer cannot come before the referral was sent.")
        return ""

    def build_write(self) -> Write:
        actor, family_id = self.vault.user, self._family_id
        if self.fields is not None:
            sent_on = self.sent_on.value() or date.today()
            draft = self.fields.draft(sent_on)

            def create(session: Any) -> int | None:
                return casework.create_referral(session, actor, family_id, draft).id

            return create
        referral_id = self._referral_id
        assert referral_id is not None
        answered_on, outcome = self.answered_on.value(), self.outcome.toPlainText()

        def answer(session: Any) -> int:
            casework.answer_referral(session, actor, referral_id, answered_on, outcome)
            return referral_id

        return answer
