"""Families due for anonymisation, and the coordinator's irreversible confirmation.

The list holds exited families whose retention period has run out. Nothing
happens until the coordinator selects families, confirms a warning that
says it cannot be undone, and the work runs off the UI thread, family by
family, with progress and a cancel that stops between two families.
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain import vocabulary as v
from hostdesk.storage import retention
from hostdesk.storage.errors import VaultError
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import exchange
from hostdesk.ui.common.error_text import vault_error_sentence
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.screen_fit import keep_on_screen

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractTableModel):
    """The due families: case number, exit date, reason, due since."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[retention.DueFamily] = []

    def set_rows(self, rows: list[retention.DueFamily]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Case"), self.tr("Exit date"), self.tr("Reason"), self.tr("Due since"))[
            section
        ]

    def data(self, index: Index, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        return (row.case_number, format_date(row.exit_date), label(v.ExitReason, row.exit_reason),
                format_date(row.due_on))[index.column()]  # fmt: skip


class _Progress(QObject):
    advanced = Signal(int, int)


class AnonymisationDialog(QDialog):
    """Emits ``anonymised(count)`` after a run, however it ended."""

    anonymised = Signal(int)

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self._vault = vault
        self._operations = operations
        self._cancel = threading.Event()
        self._relay = _Progress(self)
        self._relay.advanced.connect(self._advance)
        self.progress: QProgressDialog | None = None
        self.last_message = ""
        self.setWindowTitle(self.tr("Due for anonymisation"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Families due for anonymisation"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.anonymise_button = QPushButton(self.tr("&Anonymise the selected families…"))
        self.anonymise_button.clicked.connect(self.confirm_and_anonymise)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 440)
        self.reload()

    def reload(self) -> None:
        with self._vault.session() as session:
            self.model.set_rows(retention.due_for_anonymisation(session, date.today()))
        count = len(self.model.rows)
        self.summary.setText(
            self.tr("Families whose retention period after their exit has run out: %1. "
                    "Anonymising removes names, identifiers, addresses and notes; dates, "
                    "statuses and figures stay.").replace("%1", format_number(count))
        )  # fmt: skip
        self.table.selectAll()
        self._update_button()

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.rows[r].family_id for r in rows]

    def _update_button(self) -> None:
        self.anonymise_button.setEnabled(
            bool(self.selected_ids()) and self._vault.user.is_coordinator and self.progress is None
        )

    def confirm(self, count: int) -> bool:
        """The warning: irreversible, said plainly; Cancel is the default."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Anonymise for good?"))
        box.setText(
            self.tr("Anonymise %1 families? This cannot be undone.").replace(
                "%1", format_number(count)
            )
            if count > 1
            else self.tr("Anonymise this family? This cannot be undone.")
        )
        box.setInformativeText(
            self.tr("Names, names in their own script, identifiers, permit numbers, addresses, "
                    "notes, visit texts and referral texts are removed from the vault. The "
                    "figures and reports keep counting these families.")
        )  # fmt: skip
        go = box.addButton(self.tr("Anonymise"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def confirm_and_anonymise(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.confirm(len(ids)):
            return
        self.run(ids)

    def run(self, family_ids: list[int]) -> None:
        vault, relay, cancel = self._vault, self._relay, self._cancel
        cancel.clear()
        progress = QProgressDialog(
            self.tr("Anonymising the families…"), self.tr("Stop after this family"),
            0, len(family_ids), self,
        )  # fmt: skip
        progress.setWindowTitle(self.tr("Due for anonymisation"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancel.set)
        progress.show()
        self.progress = progress
        self._update_button()
        today = date.today()

        def work() -> int:
            done = retention.anonymise(vault, family_ids, today, relay.advanced.emit, cancel.is_set)
            exchange.seal_erasures_now(vault)  # in a team, old copies of them go now too
            return done

        self._operations.run(work, self._done, self._failed)

    def _advance(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.reload()

    def _done(self, count: int) -> None:
        self._finish()
        self.anonymised.emit(count)
        self.last_message = self.tr("Families anonymised: %1.").replace(
            "%1", format_number(count)
        )
        QMessageBox.information(self, self.tr("Due for anonymisation"), self.last_message)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.anonymised.emit(0)
        if isinstance(error, VaultError):
            message = vault_error_sentence(error)
        else:
            log.error("anonymisation failed: %s", type(error).__name__)
            message = self.tr("The anonymisation stopped on an error; the families done stay done.")
        self.last_message = message
        QMessageBox.warning(self, self.tr("Due for anonymisation"), message)
