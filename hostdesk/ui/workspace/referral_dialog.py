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
from hostdesk.domain.consent import ConsentFact, Person, Sharing, lacking_consent
from hostdesk.storage import casework
from hostdesk.storage.casework import consents
from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import Member, Referral
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import ChangeTracker, DateField, chain_tab_order
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import choices, dimension_label, label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write
from hostdesk.ui.workspace.member_form import fill_combo


def family_members(vault: Vault, family_id: int) -> list[tuple[int, str]]:
    """(id, Latin name) of the family's members, head first: one small query."""
    with vault.session() as session:
        rows = session.exec(
            select(Member.id, Member.name_latin)
            .where(Member.family_id == family_id)
            .order_by(Member.is_head.desc(), Member.id)  # type: ignore[attr-defined]
        ).all()
    return [(int(i), name) for i, name in rows]


Household = tuple[list[Person], list[ConsentFact]]


def family_consents(vault: Vault, family_id: int) -> Household:
    """The family's members and their consents, for the consent check as a form is filled."""
    with vault.session() as session:
        return consents.household(session, family_id)


def not_in_future(field: DateField, message: str) -> str:
    if problem := field.problem():
        return problem
    value = field.value()
    return message if value is not None and value > date.today() else ""


class ReferralFields(QWidget):
    """Service, person, dimension and reason: what a referral says.

    When someone the referral concerns has no consent to referrals on the day
    it is sent, the fields say who, and ask for the lawful ground it is made on.
    """

    def __init__(
        self,
        members: list[tuple[int, str]],
        tracker: ChangeTracker,
        household: Household,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = dict(members)
        self._household = household
        self._day = date.today()
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
        self.consent_warning = QLabel()
        self.consent_warning.setWordWrap(True)
        self.consent_warning.setStyleSheet("color: #8a5a00;")
        self.basis = QComboBox()
        self.basis.setAccessibleName(self.tr("Ground for referring without consent"))
        fill_combo(self.basis, [(None, self.tr("— choose —")), *choices(v.SharingBasis)])
        self.basis_note = QLineEdit()
        self.basis_note.setAccessibleName(self.tr("Why it cannot wait for consent"))
        self.basis_note.setPlaceholderText(self.tr("Optional; kept in the case file"))
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Ser&vice"), self.service)
        form.addRow(self.tr("&Person"), self.member)
        form.addRow(self.tr("Dime&nsion"), self.dimension)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.consent_warning)
        form.addRow(self.tr("&Ground"), self.basis)
        form.addRow(self.tr("E&xplanation"), self.basis_note)
        tracker.watch(self.service, self.member, self.dimension, self.reason, self.basis,
                      self.basis_note)  # fmt: skip
        chain_tab_order(self.tab_order())
        self.member.currentIndexChanged.connect(self.update_consent)
        self.update_consent()

    def tab_order(self) -> list[QWidget]:
        return [self.service, self.member, self.dimension, self.reason, self.basis,
                self.basis_note]  # fmt: skip

    def set_day(self, day: date | None) -> None:
        """The day the referral is sent: consent is checked on that day."""
        self._day = day or date.today()
        self.update_consent()

    def lacking(self) -> list[int]:
        people, facts = self._household
        return lacking_consent(people, facts, self.member.currentData(), Sharing.REFERRAL,
                               self._day)  # fmt: skip

    def update_consent(self) -> None:
        lacking = self.lacking()
        names = ", ".join(self._names.get(i, "") for i in lacking)
        self.consent_warning.setText(
            self.tr("No consent to referrals is recorded for %1. Say on what ground the "
                    "referral is made without it.").replace("%1", names)
        )  # fmt: skip
        # Inside a visit, only while the referral is switched on (the box enables it).
        shown = bool(lacking) and self.isEnabled()
        for row in (self.consent_warning, self.basis, self.basis_note):
            self.form.setRowVisible(row, shown)
        # The shown rows need room: the dialog grows rather than squeezing the warning.
        top = self.window()
        if top is not self and top.isVisible() and top.layout() is not None:
            top.layout().activate()
            top.resize(top.width(), max(top.height(), top.heightForWidth(top.width()),
                                        top.sizeHint().height()))  # fmt: skip

    def basis_problem(self) -> str:
        """What keeps the referral from being saved as far as consent goes ("" if nothing)."""
        if self.lacking() and self.basis.currentData() is None:
            return self.tr("Choose the ground for referring without consent, or record the "
                           "consent first.")  # fmt: skip
        return ""

    def draft(self, sent_on: date) -> casework.ReferralDraft:
        self.set_day(sent_on)
        lacking = bool(self.lacking())
        return casework.ReferralDraft(
            service=self.service.currentData(),
            sent_on=sent_on,
            member_id=self.member.currentData(),
            dimension=self.dimension.currentData(),
            reason=self.reason.text().strip(),
            sharing_basis=self.basis.currentData() if lacking else None,
            sharing_note=self.basis_note.text().strip() if lacking else "",
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
            self.fields = ReferralFields(
                family_members(vault, family_id), self.tracker, family_consents(vault, family_id)
            )
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
            self.sent_on.textChanged.connect(self._sent_changed)
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
            chain_tab_order([*self.fields.tab_order(), self.sent_on, self.save_button])
        self.resize(560, self.sizeHint().height())
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sent_changed(self) -> None:
        if self.fields is not None:
            self.fields.set_day(self.sent_on.value())

    def extra_problem(self) -> str:
        return self.fields.basis_problem() if self.fields is not None else ""

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
