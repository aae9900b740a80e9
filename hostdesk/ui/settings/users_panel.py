"""The coordinator's list of users: add, remove, reset a passphrase, a new recovery key.

A handful of rows, so a plain item model suffices, read on the database
thread. Removing asks first, then changes the vault's key with progress
(``user_removal_flow``); the refusals (oneself, the last coordinator) come
from the vault as one sentence. The first read also brings what needs the
coordinator: users a restored backup still lets in though this computer
removed them, and a vault left without a recovery key.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import assignment
from hostdesk.storage.user_removal import RemovalRegister
from hostdesk.storage.users import UserInfo
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.background_read import BackgroundRead
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.settings.handover_dialog import HandoverDialog
from hostdesk.ui.settings.user_dialogs import AddUserDialog, ResetPassphraseDialog
from hostdesk.ui.settings.user_removal_flow import UserRemovalFlow

log = logging.getLogger(__name__)


class UsersPanel(QGroupBox):
    """Shown to coordinators only (the settings screen leaves it out for others)."""

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        parent: QWidget | None = None,
        register: RemovalRegister | None = None,
    ) -> None:
        super().__init__(self.tr("Users"), parent)
        self._vault = vault
        self._operations = operations
        self._register = register or RemovalRegister.default()
        self._users: list[UserInfo] = []
        self._offered = False
        self.removal = UserRemovalFlow(vault, operations, self._register, self)
        self.removal.finished.connect(self._removal_finished)
        self._read = BackgroundRead(self, operations)
        self.busy = self._read.busy
        self.busy.setAccessibleName(self.tr("Reading the users"))
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("A&dd user…"))
        self.add_button.clicked.connect(lambda: self.add_user())
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton(self.tr("R&eset passphrase…"))
        self.reset_button.clicked.connect(lambda: self.reset_selected())
        self.handover_button = QPushButton(self.tr("&Hand caseload over…"))
        self.handover_button.setToolTip(
            self.tr("Every family of the selected user goes to another worker, with a note")
        )
        self.handover_button.clicked.connect(lambda: self.hand_over_selected())
        self.recovery_button = QPushButton(self.tr("New re&covery key…"))
        self.recovery_button.clicked.connect(self.ask_new_recovery_key)
        buttons = QHBoxLayout()
        for button in (
            self.add_button, self.remove_button, self.reset_button, self.handover_button,
            self.recovery_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the users again, on the database thread."""
        vault, register = self._vault, self._register

        def read() -> tuple[list[UserInfo], list[str]]:
            return vault.list_users(), register.removed_since(vault.header)

        self._read.start(read, self._show, self._read_failed)

    def _show(self, read: tuple[list[UserInfo], list[str]]) -> None:
        users, removed_since = read
        self._users = users
        self.model.setRowCount(0)
        for user in self._users:
            state = self.tr("active") if user.active else self.tr("removed")
            items = [QStandardItem(text) for text in (
                user.username, user.display_name, label(Role, user.role), state,
            )]  # fmt: skip
            for item in items:
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
            self.model.appendRow(items)
        self._update_buttons()
        if not self._offered:
            self._offered = True
            self._offer(removed_since)

    def _offer(self, removed_since: list[str]) -> None:
        """Once, after the first read: what a restore or an interrupted removal left to do."""
        if removed_since:
            answer = QMessageBox.question(
                self,
                self.tr("Users removed since this backup"),
                self.tr(
                    "This computer removed %1 from this vault, but this copy (restored from a "
                    "backup, or an older copy) still lets them in. Remove them again now? The "
                    "vault is then re-encrypted under a new key."
                ).replace("%1", ", ".join(removed_since)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._start_removal(removed_since)
                return
        if self._vault.header.recovery is None:
            answer = QMessageBox.question(
                self,
                self.tr("No recovery key"),
                self.tr(
                    "This vault has no recovery key: the last one was withdrawn when a "
                    "coordinator was removed. Make a new one now and keep it safe?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.removal.new_recovery_key()

    def _read_failed(self, error: BaseException) -> None:
        fallback = self.tr("The users could not be read; see the log for the kind of error.")
        QMessageBox.warning(self, self.tr("Users"), error_text(error, fallback, "user list", log))

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, user in enumerate(self._users):
            if user.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        usable = user is not None and user.active
        self.reset_button.setEnabled(usable)
        self.remove_button.setEnabled(usable and user.username != self._vault.user.username)
        # A removed user's families still need a worker: handing over works for them too.
        self.handover_button.setEnabled(user is not None)

    def hand_over_selected(self) -> HandoverDialog | None:
        user = self.selected()
        if user is None:
            return None
        with self._vault.session() as session:  # a count and a handful of users
            families = len(assignment.families_assigned_to(session, user.id))
            workers = assignment.active_workers(session)
        from_worker = assignment.Worker(user.id, user.username, user.display_name, user.role)
        dialog = HandoverDialog(
            self._vault, self._operations, from_worker, families, workers, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self._vault, self._operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def reset_selected(self) -> ResetPassphraseDialog | None:
        user = self.selected()
        if user is None or not user.active:
            return None
        dialog = ResetPassphraseDialog(self._vault, self._operations, user.username, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        user = self.selected()
        if user is None or not user.active:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a user"),
            self.tr(
                "Remove %1? The vault is re-encrypted under a new key, so that nothing they "
                "kept opens it again (this takes a while for a large vault). What they "
                "recorded and the audit log keep their name."
            ).replace("%1", user.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._start_removal([user.username])

    def _start_removal(self, usernames: list[str]) -> None:
        self.setEnabled(False)
        self.removal.remove(usernames)

    def _removal_finished(self, _removed: bool) -> None:
        self.setEnabled(True)
        self.refresh()

    def ask_new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New recovery key"),
            self.tr("Make a new recovery key? The current one stops working at once."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.removal.new_recovery_key()
