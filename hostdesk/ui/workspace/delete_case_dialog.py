"""Deleting a case created by mistake: the coordinator's, with a reason, and for good."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hostdesk.domain import vocabulary as v
from hostdesk.storage import case_removal, retention
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import exchange
from hostdesk.ui.common.labels import choices
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.forms import FormDialog, Write
from hostdesk.ui.workspace.member_form import fill_combo

log = logging.getLogger(__name__)


class DeleteCaseDialog(FormDialog):
    """Delete ``family`` (never sent to the NAIR); ``accepted`` once it is gone."""

    def __init__(
        self, vault: Vault, operations: Operations, family: Family, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, operations, parent)
        assert family.id is not None
        self._family_id = family.id
        self.setWindowTitle(self.tr("Delete case %1").replace("%1", family.case_number))
        note = QLabel(
            self.tr(
                "This cannot be undone. Case %1 and everything recorded in it (people, "
                "documents, visits, notes, payments) are removed from the vault for good, "
                "as thoroughly as an anonymisation; the audit log keeps only that it was "
                "deleted, by whom and why.\n\nOnly a case never sent to the NAIR in a monthly "
                "report can be deleted. A family that leaves the programme is not deleted: "
                "record its exit. A family recorded twice after a report: merge the two cases."
            ).replace("%1", family.case_number)
        )
        note.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Why the case is deleted"))
        fill_combo(self.reason, choices(v.CaseDeletionReason), v.CaseDeletionReason.DUPLICATE)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow("", self.validation.add(self.understood, self._understood_problem))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_button.setText(self.tr("&Delete case"))
        self.tracker.watch(self.reason, self.understood)
        self.resize(520, self.sizeHint().height())
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _understood_problem(self) -> str:
        if self.understood.isChecked():
            return ""
        return self.tr("Tick this to confirm the deletion.")

    def build_write(self) -> Write:
        family_id, reason, actor = self._family_id, self.reason.currentData(), self.vault.user

        def write(session: Any) -> None:
            with retention.secure_delete(session):
                case_removal.delete_family(session, actor, family_id, reason)

        return write

    def saved(self, result: Any) -> None:
        # The text is gone from the tables; now from the index segments and the WAL too.
        vault = self.vault

        def purge() -> None:
            retention.purge_deleted_text(vault)
            exchange.seal_erasures_now(vault)  # in a team, old copies of the case go now too

        self.operations.run(purge, lambda _r: None, _purge_failed)


def _purge_failed(error: BaseException) -> None:
    # The case is deleted; the next anonymisation or deletion purges again.
    log.warning("purging after a deletion failed: %s", type(error).__name__)
