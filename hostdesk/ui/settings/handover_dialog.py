"""Handing a whole caseload over: every family of one worker goes to another, with a note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from hostdesk.storage import assignment
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write


class HandoverDialog(FormDialog):
    """Move every family of ``from_worker`` to a worker picked here (coordinator)."""

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        from_worker: assignment.Worker,
        families: int,
        workers: list[assignment.Worker],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, operations, parent)
        self._from = from_worker
        self.setWindowTitle(self.tr("Hand a caseload over"))
        summary = QLabel(
            self.tr("%1 follows %n family(ies). They all go to the worker chosen here.", "",
                    families).replace("%1", from_worker.label)
        )  # fmt: skip
        summary.setWordWrap(True)
        self.to_worker = QComboBox()
        self.to_worker.setAccessibleName(self.tr("New worker"))
        for worker in workers:
            if worker.id != from_worker.id:
                self.to_worker.addItem(worker.label, worker.id)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note for the new worker"))
        self.note.setPlaceholderText(
            self.tr("What the next worker should know: agreed visits, pending matters…")
        )
        self.note.setMaximumHeight(100)
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&To"), self.to_worker)
        form.addRow(self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_button.setText(self.tr("&Hand over"))
        self.save_button.setEnabled(families > 0 and self.to_worker.count() > 0)
        self.tracker.watch(self.to_worker, self.note)
        self.resize(480, self.sizeHint().height())
        self.to_worker.setFocus(Qt.FocusReason.OtherFocusReason)

    def build_write(self) -> Write:
        actor, from_id = self.vault.user, self._from.id
        to_id, note = self.to_worker.currentData(), self.note.toPlainText()

        def write(session: Any) -> int:
            return assignment.hand_over_caseload(session, actor, from_id, to_id, note)

        return write
