"""Who follows the family: the coordinator gives it to a worker and shares it with others."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage import assignment
from hostdesk.storage.casework.common import family_for_change
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write


class AssignmentDialog(FormDialog):
    """The family's worker, the workers it is shared with, and a note for the hand-over."""

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        family_id: int,
        current: assignment.FamilyAssignment,
        workers: list[assignment.Worker],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, operations, parent)
        self._family_id = family_id
        self._current = current
        self.setWindowTitle(self.tr("Who follows this family"))

        self.worker = QComboBox()
        self.worker.setAccessibleName(self.tr("Assigned social worker"))
        for worker in workers:
            self.worker.addItem(worker.label, worker.id)
        if current.worker is not None:
            index = self.worker.findData(current.worker.id)
            if index < 0:  # a removed user still holds it: show them, so nothing is hidden
                self.worker.addItem(
                    self.tr("%1 (removed)").replace("%1", current.worker.label), current.worker.id
                )
                index = self.worker.count() - 1
            self.worker.setCurrentIndex(index)

        self.shared = QListWidget()
        self.shared.setAccessibleName(self.tr("Also followed by"))
        shared_ids = {w.id for w in current.shared_with}
        for worker in workers:
            item = QListWidgetItem(worker.label)
            item.setData(Qt.ItemDataRole.UserRole, worker.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = worker.id in shared_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.shared.addItem(item)
        self.shared.setMaximumHeight(140)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note for the new worker"))
        self.note.setPlaceholderText(
            self.tr("What the next worker should know: agreed visits, pending matters…")
        )
        self.note.setMaximumHeight(100)
        self.note.setTabChangesFocus(True)

        explanation = QLabel(
            self.tr(
                "The assigned worker follows the family; a worker it is shared with (cover "
                "during leave, say) sees it too. Coordinators see every family. The change "
                "and its note are kept in the family's history and in the audit log."
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Assigned &worker"), self.worker)
        form.addRow(self.tr("Also &followed by"), self.shared)
        form.addRow(self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.tracker.watch(self.worker, self.note)
        self.shared.itemChanged.connect(lambda _item: self.tracker.mark_dirty())
        self.resize(520, self.sizeHint().height())
        self.worker.setFocus(Qt.FocusReason.OtherFocusReason)

    def shared_ids(self) -> set[int]:
        ids = set()
        for row in range(self.shared.count()):
            item = self.shared.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def build_write(self) -> Write:
        actor, family_id = self.vault.user, self._family_id
        worker_id = self.worker.currentData()
        note = self.note.toPlainText()
        wanted = self.shared_ids() - {worker_id}
        before = {w.id for w in self._current.shared_with}

        def write(session: Any) -> None:
            family = family_for_change(session, family_id)
            assignment.assign(session, actor, family, worker_id, note)
            for user_id in sorted(wanted - before):
                assignment.share(session, actor, family, user_id, note)
            for user_id in sorted(before - wanted - {worker_id}):
                assignment.unshare(session, actor, family, user_id)

        return write
