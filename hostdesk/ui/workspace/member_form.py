"""One person's fields (names in both scripts, birth, documents, ARP) and the member dialog.

``MemberFields`` is the block both forms use: the family form for the head of
family, ``MemberForm`` for everyone else and for changes. It produces a
``casework.MemberDraft``; the forms decide where it goes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import names
from hostdesk.domain import vocabulary as v
from hostdesk.domain.permits import default_expiry, unusual_first_arp
from hostdesk.storage import casework, classifications, duplicates
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import (
    ChangeTracker,
    DateField,
    PartialDateField,
    Validation,
    birth_problem,
    chain_tab_order,
    fit_width,
    identifier_problem,
    identifier_value,
    order_problem,
    required_problem,
)
from hostdesk.ui.common.labels import choices
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.duplicate_panel import DuplicateAnswers, DuplicatePanel
from hostdesk.ui.workspace.forms import FormDialog, Write
from hostdesk.ui.workspace.learning_question import LearningQuestion, question_matters

# A phone as people write it: digits and spaces, an international + at the start.
_PHONE_CHARACTERS = frozenset("0123456789 ")
PHONE_MAX_LENGTH = 20

_DOCUMENTS = (
    v.IdentifierKind.NIF,
    v.IdentifierKind.NISS,
    v.IdentifierKind.SNS,
    v.IdentifierKind.PASSPORT,
    v.IdentifierKind.TRAVEL_DOCUMENT,
)


def fill_combo(combo: QComboBox, pairs: list[tuple[str, str]], current: str | None = None) -> None:
    combo.clear()
    for value, text in pairs:
        combo.addItem(text, value)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))


def _select(combo: QComboBox, value: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class MemberFields(QWidget):
    """A person's fields in two columns, checked as they are typed."""

    def __init__(
        self,
        validation: Validation,
        tracker: ChangeTracker,
        head: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._head = head
        self.name_latin = QLineEdit()
        self.name_latin.setMinimumWidth(self.name_latin.fontMetrics().horizontalAdvance("m" * 16))
        self.name_latin.setAccessibleName(self.tr("Name in Latin letters"))
        self.name_original = QLineEdit()
        self.name_original.setAccessibleName(self.tr("Name in the original script"))
        self.name_original.setToolTip(self.tr("As written in Arabic, Ge'ez, Cyrillic…"))
        self.sex = QComboBox()
        self.sex.setAccessibleName(self.tr("Sex"))
        fill_combo(self.sex, choices(v.Sex), v.Sex.UNKNOWN)
        self.birth = PartialDateField()
        self.birth.setAccessibleName(self.tr("Date of birth"))
        self.relationship = QComboBox()
        self.relationship.setAccessibleName(self.tr("Relationship to the head of family"))
        kinds = [r.value for r in v.Relationship if r is not v.Relationship.HEAD]
        fill_combo(self.relationship, choices(v.Relationship, kinds), v.Relationship.CHILD)
        self.nationality = QLineEdit()
        self.nationality.setAccessibleName(self.tr("Nationality (country code)"))
        self.nationality.setPlaceholderText(self.tr("e.g. SY, AF, ER, UA"))
        self.nationality.setMaxLength(2)
        fit_width(self.nationality, "e.g. SY, AF, ER, UA")
        self.unaccompanied = QCheckBox(self.tr("&Unaccompanied minor"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setPlaceholderText(self.tr("e.g. +351 912 345 678"))
        fit_width(self.phone, "+351 912 345 678 00")
        self.learning = LearningQuestion()
        self.documents = {kind: QLineEdit() for kind in _DOCUMENTS}
        for kind, field in self.documents.items():
            field.setAccessibleName(choices(v.IdentifierKind, [kind])[0][1])
            fit_width(field, "0000000000000")
        self.arp_number = QLineEdit()
        self.arp_number.setAccessibleName(self.tr("ARP number"))
        fit_width(self.arp_number, "0000000000000")
        self.arp_issued = DateField()
        self.arp_issued.setAccessibleName(self.tr("ARP issued on"))
        self.arp_expires = DateField()
        self.arp_expires.setAccessibleName(self.tr("ARP expires on"))
        self.arp_renewal = DateField()
        self.arp_renewal.setAccessibleName(self.tr("ARP renewal appointment"))
        self._before_arrival_fields()
        self._legal_fields()

        today = date.today()
        check = validation.add
        person = QFormLayout()
        person.addRow(
            self.tr("&Name (Latin letters)"),
            check(self.name_latin, lambda: required_problem(self.name_latin)),
        )
        person.addRow(self.tr("Name in &original script"), self.name_original)
        person.addRow(self.tr("Se&x"), self.sex)
        person.addRow(
            self.tr("Date of &birth"), check(self.birth, lambda: birth_problem(self.birth, today))
        )
        if not head:
            person.addRow(self.tr("&Relationship"), self.relationship)
        person.addRow(self.tr("Na&tionality"), self.nationality)
        person.addRow("", self.unaccompanied)
        person.addRow(self.tr("In education or training"), self.learning)
        person.addRow(self.tr("Phone"), check(self.phone, self._phone_problem))
        self._person = person
        person.addRow(self.tr("Occupation before arrival"), self.occupation)
        person.addRow(self.tr("Job as told"), self.occupation_text)
        person.addRow(self.tr("Highest schooling"), self.schooling)

        papers = QFormLayout()
        for kind, field in self.documents.items():
            label = choices(v.IdentifierKind, [kind])[0][1]
            papers.addRow(label, check(field, lambda k=kind, f=field: identifier_problem(k, f)))
        papers.addRow(self.tr("Permit t&ype"), self.permit_type)
        papers.addRow(self.tr("ARP n&umber"), self.arp_number)
        papers.addRow(self.tr("ARP &issued on"), check(self.arp_issued, self.arp_issued.problem))
        papers.addRow(
            self.tr("ARP &expires on"),
            check(
                self.arp_expires,
                lambda: order_problem(
                    self.arp_issued,
                    self.arp_expires,
                    self.tr("The ARP cannot expire before it was issued."),
                ),
                watch=[self.arp_issued],
            ),
        )
        papers.addRow(
            self.tr("ARP rene&wal appointment"), check(self.arp_renewal, self.arp_renewal.problem)
        )
        papers.addRow("", self.arp_note)
        papers.addRow(
            self.tr("Asylum applied on"), check(self.asylum_applied, self.asylum_applied.problem)
        )
        papers.addRow(self.tr("Asylum decision"), self.asylum_decision)
        papers.addRow(
            self.tr("Decision on"),
            check(
                self.asylum_decided,
                lambda: order_problem(
                    self.asylum_applied,
                    self.asylum_decided,
                    self.tr("The decision cannot come before the application."),
                ),
                watch=[self.asylum_applied],
            ),
        )
        for form in (person, papers):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        person_box = QGroupBox(self.tr("Person"))
        person_box.setLayout(person)
        papers_box = QGroupBox(self.tr("Documents and residence permit (ARP)"))
        papers_box.setLayout(papers)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(person_box, 1)
        layout.addWidget(papers_box, 1)

        tracker.watch(
            self.name_latin, self.name_original, self.sex, self.birth, self.relationship,
            self.nationality, self.unaccompanied, self.learning.choice, self.phone,
            *self.documents.values(), self.arp_number,
            self.arp_issued, self.arp_expires, self.arp_renewal, self.occupation,
            self.occupation_text, self.schooling, self.permit_type, self.asylum_applied,
            self.asylum_decision, self.asylum_decided,
        )  # fmt: skip
        # Tab order follows the columns: the person first, then the documents.
        order: list[QWidget] = [self.name_latin, self.name_original, self.sex, self.birth]
        order += [] if head else [self.relationship]
        order += [self.nationality, self.unaccompanied, self.learning.choice, self.phone]
        order += [self.occupation, self.occupation_text]
        order += [self.schooling, *self.documents.values(), self.permit_type]
        order += [self.arp_number, self.arp_issued, self.arp_expires, self.arp_renewal]
        order += [self.asylum_applied, self.asylum_decision, self.asylum_decided]
        chain_tab_order(order)
        self._first_permit = True  # a new member's permit is their first: six months offered
        self.arp_issued.editingFinished.connect(self._offer_expiry)
        for field in (self.permit_type, self.arp_issued, self.arp_expires):
            signal = getattr(field, "currentIndexChanged", None) or field.textChanged
            signal.connect(self._check_validity)
        self._loaded_phone = ""  # kept as imported, even if this form would not take it
        self.unaccompanied.toggled.connect(self._ask_learning)
        self.birth.textChanged.connect(self._ask_learning)
        self.learning.choice.currentIndexChanged.connect(self._ask_learning)
        self._ask_learning()

    def _phone_problem(self) -> str:
        """A typed phone is checked lightly; one loaded as imported stays as it was written."""
        phone = self.phone.text().strip()
        if not phone or phone == self._loaded_phone:
            return ""
        digits = phone[1:] if phone.startswith("+") else phone
        if set(digits) <= _PHONE_CHARACTERS and len(phone) <= PHONE_MAX_LENGTH:
            return ""
        return self.tr(
            "Write the phone with digits and spaces only, + at the start for another country, "
            "at most 20 characters: e.g. +351 912 345 678."
        )

    def set_records_learning(self, learning: bool) -> None:
        """What the person's education and training records show today (the default)."""
        self.learning.set_records(learning)
        self._ask_learning()

    def _ask_learning(self) -> None:
        """The question only for someone who came alone and is 17 to 25 (domain.minors)."""
        today = date.today()
        birth = None if self.birth.problem() else self.birth.value()
        matters = question_matters(birth, self.unaccompanied.isChecked(), today)
        self._person.setRowVisible(self.learning, matters)
        if matters:
            self.learning.show_outcome(birth, today)

    def _before_arrival_fields(self) -> None:
        """Occupation (ISCO-08 group) and schooling (ISCED) before arrival; coded for the NAIR."""
        lang = "pt" if QLocale().language() == QLocale.Language.Portuguese else "en"
        self.occupation = QComboBox()
        self.occupation.setAccessibleName(self.tr("Occupation before arrival (ISCO-08 group)"))
        self.occupation.addItem(self.tr("Not known"), None)
        for code in classifications.isco08().codes:
            indent = "    " if len(code.code) == 2 else ""
            self.occupation.addItem(f"{indent}{code.code} {code.label(lang)}", code.code)
        self.occupation.setMaximumWidth(self.fontMetrics().horizontalAdvance("m" * 24))
        self.occupation_text = QLineEdit()
        self.occupation_text.setAccessibleName(
            self.tr("Job before arrival, as the person tells it")
        )
        self.occupation_text.setPlaceholderText(self.tr("e.g. tailor, mechanic, barber"))
        self.schooling = QComboBox()
        self.schooling.setAccessibleName(self.tr("Highest schooling completed (ISCED)"))
        self.schooling.addItem(self.tr("Not known"), None)
        for code in classifications.isced2011().codes:
            self.schooling.addItem(f"{code.code} {code.label(lang)}", code.code)
        self.schooling.setMaximumWidth(self.fontMetrics().horizontalAdvance("m" * 24))

    def _legal_fields(self) -> None:
        """Permit type, the asylum application and its decision."""
        self.permit_type = QComboBox()
        self.permit_type.setAccessibleName(self.tr("Permit type"))
        fill_combo(self.permit_type, choices(v.PermitType), v.PermitType.ARP)
        self.arp_note = QLabel()
        self.arp_note.setWordWrap(True)
        self.arp_note.setStyleSheet("color: #8a5a00;")
        self.arp_note.hide()
        self.asylum_applied = DateField()
        self.asylum_applied.setAccessibleName(self.tr("Asylum applied on"))
        self.asylum_decision = QComboBox()
        self.asylum_decision.setAccessibleName(self.tr("Asylum decision"))
        self.asylum_decision.addItem(self.tr("Pending or not applied"), None)
        for value, text in choices(v.AsylumDecision):
            self.asylum_decision.addItem(text, value)
        self.asylum_decided = DateField()
        self.asylum_decided.setAccessibleName(self.tr("Asylum decision date"))

    def _offer_expiry(self) -> None:
        """A first ARP is valid for six months: offered when no expiry was typed yet."""
        if self.arp_expires.value() is not None or self.arp_issued.problem():
            return
        offered = default_expiry(
            self.permit_type.currentData(), self.arp_issued.value(), self._first_permit
        )
        if offered is not None:
            self.arp_expires.set_value(offered)

    def _check_validity(self) -> None:
        unusual = self._first_permit and not self.arp_issued.problem() and unusual_first_arp(
            self.permit_type.currentData(), self.arp_issued.value(), self.arp_expires.value()
        )
        self.arp_note.setText(
            self.tr("A first ARP is valid for six months: check the expiry date.")
            if unusual
            else ""
        )
        self.arp_note.setVisible(bool(unusual))

    def first_field(self) -> QWidget:
        return self.name_latin

    def load(self, draft: casework.MemberDraft) -> None:
        self.name_latin.setText(draft.name_latin)
        self.name_original.setText(draft.name_original)
        self.sex.setCurrentIndex(max(self.sex.findData(draft.sex), 0))
        self.birth.set_value(draft.birth)
        index = self.relationship.findData(draft.relationship)
        if index >= 0:
            self.relationship.setCurrentIndex(index)
        self.nationality.setText(draft.nationality)
        self.unaccompanied.setChecked(draft.is_unaccompanied_minor)
        self._loaded_phone = (draft.phone or "").strip()
        self.phone.setText(draft.phone or "")
        self.learning.set_answer(draft.in_education_or_training)
        for kind, field in self.documents.items():
            field.setText(draft.identifiers.get(kind.value, ""))
        self.arp_number.setText(draft.permit.number)
        self.arp_issued.set_value(draft.permit.issued_on)
        self.arp_expires.set_value(draft.permit.expires_on)
        self.arp_renewal.set_value(draft.permit.renewal_appointment)
        _select(self.permit_type, draft.permit.permit_type)
        # An existing permit was not necessarily the first: no six-month check on it.
        self._first_permit = draft.permit.is_empty()
        self.asylum_applied.set_value(draft.asylum_applied_on)
        _select(self.asylum_decision, draft.asylum_decision)
        self.asylum_decided.set_value(draft.asylum_decision_on)
        _select(self.occupation, draft.occupation_isco)
        self.occupation_text.setText(draft.occupation_text)
        _select(self.schooling, draft.schooling_isced)

    def draft(self, keep: casework.MemberDraft | None = None) -> casework.MemberDraft:
        """The fields as a draft; identifiers this form does not show are kept from ``keep``."""
        original = self.name_original.text().strip()
        identifiers = dict(keep.identifiers) if keep else {}
        for kind, field in self.documents.items():
            identifiers[kind.value] = identifier_value(kind, field)
        return casework.MemberDraft(
            name_latin=self.name_latin.text().strip(),
            name_original=original,
            original_script=names.script_of(original).value,
            sex=self.sex.currentData(),
            birth=self.birth.value(),
            relationship=(
                v.Relationship.HEAD.value if self._head else self.relationship.currentData()
            ),
            nationality=self.nationality.text().strip().upper(),
            is_head=self._head,
            is_unaccompanied_minor=self.unaccompanied.isChecked(),
            identifiers=identifiers,
            permit=casework.PermitDraft(
                self.arp_number.text().strip(),
                self.arp_issued.value(),
                self.arp_expires.value(),
                self.arp_renewal.value(),
                self.permit_type.currentData(),
            ),
            asylum_applied_on=self.asylum_applied.value(),
            asylum_decision=self.asylum_decision.currentData(),
            asylum_decision_on=self.asylum_decided.value(),
            occupation_isco=self.occupation.currentData(),
            occupation_text=self.occupation_text.text().strip(),
            schooling_isced=self.schooling.currentData(),
            phone=self.phone.text().strip(),
            in_education_or_training=self.learning.answer(),
        )


class MemberForm(DuplicateAnswers, FormDialog):
    """Add or change a member.

    With a ``family_id`` the member is saved to the vault (``result_value`` is
    the member id), once checked for duplicates (``storage.duplicates``);
    without one the dialog only collects a draft (``draft``) for the family
    form to save, and check, with the family.
    """

    open_case_requested = Signal(int)  # a duplicate's family, to open instead

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        family_id: int | None = None,
        member_id: int | None = None,
        draft: casework.MemberDraft | None = None,
        records_learning: bool = False,
    ) -> None:
        """``records_learning``: the person's records show education or training today."""
        super().__init__(vault, operations, parent)
        self._family_id = family_id
        self._member_id = member_id
        self._original = draft
        head = bool(draft and draft.is_head)
        self.setWindowTitle(self.tr("Change member") if draft else self.tr("New member"))
        self.fields = MemberFields(self.validation, self.tracker, head=head)
        self.fields.set_records_learning(records_learning)
        if draft is not None:
            with self.tracker.loading():
                self.fields.load(draft)
        self.validation.recheck()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.draft: casework.MemberDraft | None = None
        self._warnings_seen = False
        self.duplicates = DuplicatePanel()
        self.duplicates.save_anyway.connect(self._save_anyway)
        self.duplicates.open_case.connect(self._open_case)
        layout.insertWidget(layout.indexOf(self.buttons), self.duplicates)
        self.fields.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def build_write(self) -> Write | None:
        self.draft = self.fields.draft(self._original)
        if self._family_id is None:
            return None
        draft, actor = self.draft, self.vault.user
        family_id, member_id = self._family_id, self._member_id
        person, seen = duplicates.person_of(draft), self._warnings_seen
        self.duplicates.hide()

        def write(session: Any) -> int | None:
            exclude = [member_id] if member_id is not None else []
            duplicates.refuse_duplicates(
                session, [person], exclude_members=exclude, warnings_seen=seen
            )
            if member_id is None:
                return casework.add_member(session, actor, family_id, draft).id
            casework.update_member(session, actor, member_id, draft)
            return member_id

        return write
