"""Merging a case with the other case of the same family: choose it, then confirm."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage import case_merge
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write


class MergeDialog(FormDialog):
    """Merge ``family`` with a case found by search; ``result_value`` is a MergeResult."""

    def __init__(
        self, vault: Vault, operations: Operations, family: Family, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, operations, parent)
        assert family.id is not None
        self._family_id = family.id
        self.setWindowTitle(self.tr("Merge case %1 with another").replace("%1", family.case_number))
        note = QLabel(
            self.tr(
                "Use this when one family was recorded twice. The two cases become one: the "
                "older case number stays, and the other becomes an alias that search still "
                "finds. Every person and record of both cases is kept. This cannot be undone.\n\n"
                "If a monthly report already sent to the NAIR named either case, that month "
                "needs a correction revision: build it again in Reports after the merge."
            )
        )
        note.setWordWrap(True)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name, case number or document number"))
        self.query.setAccessibleName(self.tr("Find the other case"))
        self.query.textChanged.connect(self._find)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Cases found"))
        self.results.setMinimumHeight(140)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        form = QFormLayout()
        form.addRow(self.tr("&Find"), self.query)
        form.addRow(
            self.tr("&Other case"), self.validation.add(self.results, self._choice_problem)
        )
        form.addRow("", self.validation.add(self.understood, self._understood_problem))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_button.setText(self.tr("&Merge"))
        self.tracker.watch(self.query, self.understood)
        self.results.currentRowChanged.connect(self._choice_changed)
        self.resize(560, min(self.sizeHint().height(), 640))
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)
        # Searches still running when the dialog closes must not touch its widgets.
        self._closed = False
        self.finished.connect(self._close)
        self._asked = 0

    def _close(self) -> None:
        self._closed = True
        # The list empties itself as it is destroyed, after the form's checks are gone.
        self.results.currentRowChanged.disconnect(self._choice_changed)

    def _choice_changed(self, _row: int) -> None:
        if not self._closed:
            self.validation.recheck()

    def _find(self, query: str) -> None:
        vault, exclude = self.vault, self._family_id
        self._asked += 1
        asked = self._asked

        def work() -> list[case_merge.Candidate]:
            with vault.session() as session:
                return case_merge.candidates(session, query, exclude)

        self.operations.run(
            work, lambda found: self._show(asked, found), lambda _error: self._show(asked, [])
        )

    def _show(self, asked: int, found: list[case_merge.Candidate]) -> None:
        if self._closed or asked != self._asked:
            return  # closed, or typed on: a newer search answers
        self.results.clear()
        for candidate in found:
            item = QListWidgetItem(f"{candidate.case_number} · {candidate.head}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.family_id)
            self.results.addItem(item)
        self.validation.recheck()

    def chosen(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _choice_problem(self) -> str:
        return "" if self.chosen() is not None else self.tr("Choose the other case in the list.")

    def _understood_problem(self) -> str:
        if self.understood.isChecked():
            return ""
        return self.tr("Tick this to confirm the merge.")

    def build_write(self) -> Write:
        other = self.chosen()
        assert other is not None  # the validation requires it
        this, actor, today = self._family_id, self.vault.user, date.today()

        def write(session: Any) -> case_merge.MergeResult:
            return case_merge.merge_families(session, actor, this, other, today)

        return write
