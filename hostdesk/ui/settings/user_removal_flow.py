"""Removing users from the app: the vault re-encrypted on the database thread with
progress, then what the coordinator must do (keep a new recovery key, give
passphrases again). Also a new recovery key on request.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hostdesk.storage import users
from hostdesk.storage.user_removal import RemovalRegister, RemovalResult
from hostdesk.storage.vault import Vault
from hostdesk.ui.access.recovery_key_panel import NewRecoveryKeyDialog
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.operations import Operations, ProgressRelay

log = logging.getLogger(__name__)


class UserRemovalFlow(QObject):
    """``remove(names)``: one change of key for all of them; ``finished`` when all is shown."""

    finished = Signal(bool)  # True when the users were removed

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        register: RemovalRegister,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._vault = vault
        self._operations = operations
        self._register = register
        self._window = window
        self.progress: QProgressDialog | None = None
        self.recovery_dialog: NewRecoveryKeyDialog | None = None

    def remove(self, usernames: Sequence[str]) -> None:
        names = list(usernames)
        self.progress = QProgressDialog(
            self.tr("Removing %1 and re-encrypting the vault under a new key…").replace(
                "%1", ", ".join(names)
            ),
            "",
            0,
            1000,
            self._window,
        )
        self.progress.setWindowTitle(self.tr("Remove a user"))
        self.progress.setCancelButton(None)  # half a change of key is finished anyway
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setValue(0)
        relay = ProgressRelay(self)
        relay.advanced.connect(self._advanced)
        vault, register = self._vault, self._register

        def work() -> tuple[RemovalResult, str]:
            result = vault.remove_users(names, progress=relay.advanced.emit, register=register)
            return result, entity_name(vault)

        self._operations.run(work, self._removed, self._failed)

    def _advanced(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _removed(self, outcome: tuple[RemovalResult, str]) -> None:
        result, entity = outcome
        self._close_progress()
        if result.need_new_passphrase:
            QMessageBox.information(
                self._window,
                self.tr("Remove a user"),
                self.tr(
                    "These users had not signed in since HostDesk was updated, so the new key "
                    "could not be given to them: give each a new passphrase (Reset passphrase): %1"
                ).replace("%1", ", ".join(result.need_new_passphrase)),
            )
        if result.new_recovery_key is not None:
            self.show_recovery_key(
                result.new_recovery_key,
                entity,
                self.tr("A coordinator was removed, and they had seen the recovery key."),
            )
        else:
            self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        fallback = self.tr("The user could not be removed; see the log for the kind of error.")
        message = error_text(error, fallback, "user removal", log)
        QMessageBox.warning(self._window, self.tr("Remove a user"), message)
        self.finished.emit(False)

    def new_recovery_key(self) -> None:
        """Replace the recovery key on request (or when the vault has none)."""
        vault = self._vault
        reason = self.tr("A new recovery key was made.")
        self._operations.run(
            lambda: (vault.new_recovery_key(), entity_name(vault)),
            lambda made: self.show_recovery_key(made[0], made[1], reason),
            self._failed,
        )

    def show_recovery_key(self, recovery_key: str, entity: str, reason: str) -> None:
        self.recovery_dialog = NewRecoveryKeyDialog(recovery_key, entity, reason, self._window)
        self.recovery_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog.finished.connect(lambda _code: self.finished.emit(True))
        self.recovery_dialog.open()


def entity_name(vault: Vault) -> str:
    """The hosting entity's name, printed above the key (read on the database thread)."""
    with vault.session() as session:
        return users.entity_name(session)
