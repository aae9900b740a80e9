"""Unlock a vault: user and passphrase; the key derivation runs off the UI thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage.header import VaultHeader
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.retry_gate import RetryGate
from hostdesk.ui.common.screen_fit import keep_on_screen
from hostdesk.ui.settings.user_dialogs import ForgottenPassphraseDialog

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Asks for a passphrase; ``vault`` holds the open vault after ``accept()``."""

    def __init__(
        self,
        vault_dir: Path,
        header: VaultHeader,
        operations: Operations,
        parent: QWidget | None = None,
        passphrase_hint: str = "",
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self.vault: Vault | None = None
        self.reset_dialog: ForgottenPassphraseDialog | None = None
        self._vault_dir = vault_dir
        self._operations = operations
        self.setWindowTitle(self.tr("Unlock HostDesk"))

        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        for slot in header.users:
            self.user.addItem(slot.username)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setText(passphrase_hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: the KDF gives no progress
        self.busy.setTextVisible(False)
        self.busy.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self._unlock)
        self._gate = RetryGate(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok), [self.passphrase, self.user]
        )
        self._gate.reopened.connect(self._focus_passphrase)
        self.buttons.rejected.connect(self.reject)
        self.forgot = QPushButton(self.tr("&Forgot passphrase?"))
        self.forgot.setFlat(True)
        self.forgot.setToolTip(self.tr("Choose a new passphrase with the vault's recovery key"))
        self.forgot.clicked.connect(self._forgotten)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Vault: %1").replace("%1", str(vault_dir))))
        layout.addLayout(form)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _forgotten(self) -> None:
        names = [self.user.itemText(i) for i in range(self.user.count())]
        dialog = ForgottenPassphraseDialog(self._vault_dir, names, self._operations, self)
        dialog.user.setCurrentIndex(self.user.currentIndex())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._was_reset(dialog.user.currentText()))
        dialog.open()
        self.reset_dialog = dialog

    def _was_reset(self, username: str) -> None:
        self.user.setCurrentText(username)
        self.passphrase.clear()
        self.error.hide()
        self.notice.setText(
            self.tr("The passphrase of %1 was reset; unlock with the new one.").replace(
                "%1", username
            )
        )
        self.notice.show()
        self._focus_passphrase()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.user.setEnabled(not busy)
        self.forgot.setEnabled(not busy)

    def _unlock(self) -> None:
        if self._gate.waiting or self.busy.isVisible():
            return
        username, passphrase = self.user.currentText(), self.passphrase.text()
        self.error.hide()
        self._set_busy(True)
        self._operations.run(
            lambda: Vault.open(self._vault_dir, username, passphrase),
            self._unlocked,
            self._failed,
        )

    def _unlocked(self, vault: Vault) -> None:
        self.vault = vault
        self._gate.succeeded()
        self._set_busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        fallback = self.tr("The vault could not be opened; see the log for details.")
        self.error.setText(error_text(error, fallback, "unlock", log))
        self.error.show()
        self._gate.failed()
        if not self._gate.waiting:
            self._focus_passphrase()

    def _focus_passphrase(self) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
