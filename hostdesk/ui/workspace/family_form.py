"""A new family: the case, its head, and further members, saved together or not at all."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import vocabulary as v
from hostdesk.domain.programme import STANDARD_MONTHS, has_children, length_needs_reason
from hostdesk.storage import assignment, casework, duplicates
from hostdesk.storage.programme_rules import entity_rules
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import (
    DateField,
    chain_tab_order,
    identifier_problem,
    identifier_value,
    required_problem,
)
from hostdesk.ui.common.formatting import format_partial
from hostdesk.ui.common.labels import choices, label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.duplicate_panel import DuplicateAnswers, DuplicatePanel
from hostdesk.ui.workspace.forms import FormDialog, Write
from hostdesk.ui.workspace.member_form import MemberFields, MemberForm, fill_combo


class FamilyForm(DuplicateAnswers, FormDialog):
    """Create a family; after ``accept()`` its id is in ``family_id``.

    Its people are checked for duplicates first (``storage.duplicates``); the
    case a duplicate is in can be opened from the form (``open_case_requested``).
    """

    open_case_requested = Signal(int)

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(vault, operations, parent)
        self.family_id: int | None = None
        self._warnings_seen = False
        self.duplicates = DuplicatePanel()
        self.duplicates.save_anyway.connect(self._save_anyway)
        self.duplicates.open_case.connect(self._open_case)
        self.others: list[casework.MemberDraft] = []
        self.setWindowTitle(self.tr("New family"))

        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Arrival channel"))
        fill_combo(self.channel, choices(v.ArrivalChannel), v.ArrivalChannel.RESETTLEMENT)
        self.case_type = QComboBox()
        self.case_type.setAccessibleName(self.tr("Case type"))
        fill_combo(self.case_type, choices(v.CaseType), v.CaseType.FAMILY)
        self.nair_reference = QLineEdit()
        self.nair_reference.setAccessibleName(self.tr("NAIR reference"))
        self.municipality = QLineEdit()
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.arrival = DateField()
        self.arrival.setAccessibleName(self.tr("Arrival in Portugal"))
        self.start = DateField(date.today())
        self.start.setAccessibleName(self.tr("Programme start"))
        self.months = QSpinBox()
        self.months.setRange(1, 60)
        self.months.setValue(STANDARD_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Programme length in months"))
        self.months.setFixedWidth(self.months.fontMetrics().horizontalAdvance("000 meses") + 40)
        self.months.setToolTip(
            self.tr("18 months in the standard programme, 24 for PAR-Famílias; extensions happen.")
        )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for this programme length"))
        self.reason.setPlaceholderText(self.tr("Needed for a length other than the standard one"))
        with vault.session() as session:  # two settings and the channel rules: a few rows
            self._rules = entity_rules(session)
        self.worker = QComboBox()
        self.worker.setAccessibleName(self.tr("Assigned social worker"))
        with vault.session() as session:  # a handful of users: no need for the worker thread
            workers = assignment.active_workers(session)
        for worker in workers:
            self.worker.addItem(worker.label, worker.id)
        own = self.worker.findData(vault.user.id)
        self.worker.setCurrentIndex(max(own, 0))
        self.worker.setToolTip(self.tr("Who follows the family; a coordinator can change it later"))

        check = self.validation.add
        left = QFormLayout()
        left.addRow(self.tr("Arrival &channel"), self.channel)
        left.addRow(self.tr("Case &type"), self.case_type)
        left.addRow(
            self.tr("NAIR &reference"),
            check(
                self.nair_reference,
                lambda: identifier_problem(v.IdentifierKind.NAIR_REFERENCE, self.nair_reference),
            ),
        )
        left.addRow(self.tr("&Municipality"), self.municipality)
        left.addRow(self.tr("Assigned &worker"), self.worker)
        right = QFormLayout()
        right.addRow(self.tr("&Arrival in Portugal"), check(self.arrival, self.arrival.problem))
        right.addRow(
            self.tr("Programme &start"),
            check(self.start, lambda: self.start.problem() or required_problem(self.start)),
        )
        right.addRow(self.tr("Programme &length"), self.months)
        right.addRow(
            self.tr("Reason for the len&gth"),
            check(self.reason, self._reason_problem, watch=[self.months, self.channel]),
        )
        case_box = QGroupBox(self.tr("Case"))
        case_row = QHBoxLayout(case_box)
        case_row.addLayout(left, 1)
        case_row.addLayout(right, 1)

        head_box = QGroupBox(self.tr("Head of family"))
        self.head = MemberFields(self.validation, self.tracker, head=True)
        QVBoxLayout(head_box).addWidget(self.head)

        others_box = QGroupBox(self.tr("Other members of the household"))
        self.other_list = QListWidget()
        self.other_list.setAccessibleName(self.tr("Other members"))
        self.other_list.setMinimumHeight(90)
        self.other_list.itemActivated.connect(lambda _item: self._change_member())
        self.add_button = QPushButton(self.tr("A&dd member…"))
        self.add_button.clicked.connect(self._add_member)
        self.change_button = QPushButton(self.tr("C&hange…"))
        self.change_button.clicked.connect(self._change_member)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(self._remove_member)
        for button in (self.add_button, self.change_button, self.remove_button):
            button.setAutoDefault(False)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        others_row = QHBoxLayout(others_box)
        others_row.addWidget(self.other_list, 1)
        others_row.addLayout(buttons)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(case_box)
        column.addWidget(head_box)
        column.addWidget(others_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.buttons)

        self.tracker.watch(
            self.channel, self.case_type, self.nair_reference, self.municipality,
            self.arrival, self.start, self.months, self.reason, self.worker,
        )  # fmt: skip
        chain_tab_order(
            [self.channel, self.case_type, self.nair_reference, self.municipality, self.worker,
             self.arrival, self.start, self.months, self.reason, self.head.first_field()]
        )  # fmt: skip
        chain_tab_order([self.head.arp_renewal, self.other_list, self.add_button])
        self.resize(1180, 680)
        self.channel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _needs_reason(self) -> bool:
        """The length asks for a reason: not the channel's, nor PAR-Famílias' 24 months for
        a PAR member hosting a family with children (docs/programme-rules.md)."""
        start = self.start.value() or date.today()
        rule = self._rules.book.rule_on(self.channel.currentData(), start)
        if not rule.has_clock:
            return False
        people = [(d.relationship, d.birth) for d in (self.head.draft(), *self.others)]
        return length_needs_reason(
            self.months.value(), rule.programme_months, par_member=self._rules.par_member,
            with_children=has_children(people, start),
        )  # fmt: skip

    def _reason_problem(self) -> str:
        if self.reason.text().strip() or not self._needs_reason():
            return ""
        return self.tr(
            "Give the reason for this length: 24 months are for PAR members hosting a family "
            "with children; any other length than the channel's needs one too."
        )

    # -- the other members ------------------------------------------------------------

    def _describe(self, draft: casework.MemberDraft) -> str:
        parts = [draft.name_latin]
        if draft.name_original:
            # An isolate keeps a right-to-left name from reordering the rest of the line.
            parts.append(f"\u2068{draft.name_original}\u2069")
        parts.append(label(v.Relationship, draft.relationship))
        if draft.birth:
            parts.append(format_partial(draft.birth))
        return " · ".join(parts)

    def _member_dialog(self, draft: casework.MemberDraft | None) -> casework.MemberDraft | None:
        form = MemberForm(self.vault, self.operations, self, draft=draft)
        accepted = form.exec()
        self.activateWindow()  # the focus comes back here, for Ctrl+S among others
        return form.draft if accepted else None

    def _redraw_others(self) -> None:
        self.other_list.clear()
        for draft in self.others:
            self.other_list.addItem(self._describe(draft))

    def _add_member(self) -> None:
        draft = self._member_dialog(None)
        if draft is not None:
            self.others.append(draft)
            self._redraw_others()
            self.tracker.mark_dirty()

    def _change_member(self) -> None:
        row = self.other_list.currentRow()
        if row < 0:
            return
        draft = self._member_dialog(self.others[row])
        if draft is not None:
            self.others[row] = draft
            self._redraw_others()
            self.tracker.mark_dirty()

    def _remove_member(self) -> None:
        row = self.other_list.currentRow()
        if row >= 0:
            del self.others[row]
            self._redraw_others()
            self.tracker.mark_dirty()

    # -- saving -----------------------------------------------------------------------

    def build_write(self) -> Write:
        start = self.start.value()
        assert start is not None  # the validation requires it
        draft = casework.FamilyDraft(
            arrival_channel=self.channel.currentData(),
            programme_start=start,
            programme_months=self.months.value(),
            case_type=self.case_type.currentData(),
            arrival_date=self.arrival.value(),
            nair_reference=identifier_value(v.IdentifierKind.NAIR_REFERENCE, self.nair_reference),
            municipality=self.municipality.text().strip(),
            programme_reason=self.reason.text().strip(),
        )
        members = [self.head.draft(), *self.others]
        actor = self.vault.user
        worker_id = self.worker.currentData()
        people, seen = [duplicates.person_of(m) for m in members], self._warnings_seen
        self.duplicates.hide()

        def write(session: Any) -> int | None:
            duplicates.refuse_duplicates(session, people, warnings_seen=seen)
            return casework.create_family_with_members(session, actor, draft, members, worker_id).id

        return write

    def saved(self, result: Any) -> None:
        self.family_id = result
