"""The Members tab: everyone in the household, and the member form to add or change one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import vocabulary as v
from hostdesk.storage import casework, families
from hostdesk.storage.models import Member
from hostdesk.ui.common.formatting import format_date, format_partial
from hostdesk.ui.common.labels import label
from hostdesk.ui.workspace.consents_panel import ConsentsPanel
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.member_form import MemberForm
from hostdesk.ui.workspace.subject_access_action import export_subject_access
from hostdesk.ui.workspace.tables import row_table


def age_text(member: Member, today: date) -> str:
    """Age in years, or a range when the birth date is known only to the year or month."""
    birth = families.birth_of(member)
    if birth is None or birth.is_in_future(today):
        return ""
    youngest, oldest = birth.age_on(today)
    return str(youngest) if youngest == oldest else f"{youngest}–{oldest}"


class MembersTab(QWidget):
    case_requested = Signal(int)  # another family to open (a duplicate found by a form)

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.open_form: MemberForm | None = None
        self.table = row_table(
            [self.tr("Name"), self.tr("Original script"), self.tr("Relationship"), self.tr("Sex"),
             self.tr("Born"), self.tr("Age"), self.tr("NIF"), self.tr("ARP expires"),
             self.tr("Phone")],
            self.tr("Members of the household"), stretch=[0, 1],
        )  # fmt: skip
        self.table.itemActivated.connect(lambda _item: self.change_member())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.consents = ConsentsPanel(context)

        self.add_button = QPushButton(self.tr("&Add member…"))
        self.add_button.clicked.connect(self.add_member)
        self.change_button = QPushButton(self.tr("&Change member…"))
        self.change_button.clicked.connect(self.change_member)
        self.access_button = QPushButton(self.tr("E&xport this person's data…"))
        self.access_button.setToolTip(
            self.tr("Everything held on the selected person (JSON and PDF), for an access request")
        )
        self.access_button.clicked.connect(self.export_data)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.access_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.consents)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        context.loaded.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        members = self._context.file.members
        anonymised = self._context.file.family.anonymised_on is not None
        self.table.setRowCount(len(members))
        for row, mf in enumerate(members):
            m = mf.member
            nif = next((i.value for i in mf.identifiers if i.kind == v.IdentifierKind.NIF), "")
            permit = casework.current_permit(mf.permits)
            cells = [
                m.name_latin or (self.tr("(anonymised)") if anonymised else ""),
                m.name_original,
                label(v.Relationship, m.relationship),
                label(v.Sex, m.sex),
                format_partial(families.birth_of(m)),
                age_text(m, today),
                nif,
                format_date(permit.expires_on) if permit else "",
                m.phone,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if members and not self.table.selectedItems():
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        selected = self._selected()
        self.consents.show_member(selected)
        self.access_button.setEnabled(selected is not None)
        self.add_button.setEnabled(not self._context.read_only)
        self.change_button.setEnabled(selected is not None and not self._context.read_only)

    def _selected(self) -> families.MemberFile | None:
        rows = self.table.selectionModel().selectedRows()
        members = self._context.file.members
        return members[rows[0].row()] if rows and rows[0].row() < len(members) else None

    def add_member(self) -> None:
        self._open(MemberForm(
            self._context.vault, self._context.operations, self,
            family_id=self._context.family_id,
        ))  # fmt: skip

    def change_member(self) -> None:
        selected = self._selected()
        if selected is None or self._context.read_only:
            return
        self._open(MemberForm(
            self._context.vault, self._context.operations, self,
            family_id=self._context.family_id, member_id=selected.member.id,
            draft=casework.member_draft(selected),
            records_learning=casework.records_show_learning(selected, date.today()),
        ))  # fmt: skip

    def export_data(self) -> None:
        selected = self._selected()
        if selected is None or selected.member.id is None:
            return
        button = self.access_button
        c = self._context
        if export_subject_access(self, c.vault, c.operations, selected.member.id,
                                 lambda: button.setEnabled(True)):  # fmt: skip
            button.setEnabled(False)

    def _open(self, form: MemberForm) -> None:
        form.accepted.connect(lambda: self._context.refresh())
        form.open_case_requested.connect(self.case_requested)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.setModal(True)
        self.open_form = form
        form.destroyed.connect(self._form_gone)
        form.show()

    def _form_gone(self) -> None:
        self.open_form = None
