"""Dialogs that choose a passphrase: add a user, reset one's passphrase, or a forgotten one.

Each rewraps a key slot, which runs the slow key derivation: the work goes to
the database thread and the dialog waits, busy, and stays open on a refusal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.vocabulary import Role
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.passphrase_fields import ERROR_STYLE, NewPassphraseFields
from hostdesk.ui.common.screen_fit import keep_on_screen

log = logging.getLogger(__name__)


class PassphraseDialog(QDialog):
    """A form ending in a new passphrase; ``accept()`` only once the work succeeded."""

    def __init__(self, operations: Operations, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self._operations = operations
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # the key derivation gives no progress
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._confirmed)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _add_passphrase_fields(self) -> None:
        self.fields = NewPassphraseFields(self.form, self)
        self.fields.changed.connect(self._update)

    def _set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def _ready(self) -> bool:
        return self.fields.is_acceptable()

    def _update(self) -> None:
        self.ok.setEnabled(self._ready() and not self.busy.isVisible())

    def _work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _confirmed(self) -> None:
        if not self._ready() or self.busy.isVisible():
            return
        work = self._work()
        self.error.hide()
        self._set_busy(True)
        self._operations.run(work, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for index in range(self.form.count()):
            item = self.form.itemAt(index)
            if item is not None and item.widget() is not None:
                item.widget().setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self._update()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        fallback = self.tr("This could not be done; see the log for the kind of error.")
        self.error.setText(error_text(error, fallback, type(self).__name__, log))
        self.error.show()


class AddUserDialog(PassphraseDialog):
    """The coordinator adds a user: name, full name, role and a first passphrase."""

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, self.tr("Add a user"), parent)
        self._vault = vault
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("e.g. joao.silva"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Full name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in (Role.SOCIAL_WORKER, Role.COORDINATOR):
            self.role.addItem(label(Role, role), role)
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow(self.tr("&Full name"), self.display_name)
        self.form.addRow(self.tr("R&ole"), self.role)
        self._set_intro(
            self.tr("Agree the first passphrase with the person; they can change it in Settings.")
        )
        self._add_passphrase_fields()
        self.username.textChanged.connect(self._update)
        self.ok.setText(self.tr("Add user"))
        self._update()

    def _ready(self) -> bool:
        return bool(self.username.text().strip()) and super()._ready()

    def _work(self) -> Callable[[], Any]:
        vault, username = self._vault, self.username.text().strip()
        role = Role(self.role.currentData())
        passphrase, display = self.fields.text(), self.display_name.text().strip()
        return lambda: vault.add_user(username, role, passphrase, display)


class ResetPassphraseDialog(PassphraseDialog):
    """The coordinator gives a user a new passphrase."""

    def __init__(
        self, vault: Vault, operations: Operations, username: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, self.tr("Reset a passphrase"), parent)
        self._vault = vault
        self.username = username
        self._set_intro(
            self.tr("New passphrase for %1. Their old passphrase stops working at once.").replace(
                "%1", username
            )
        )
        self._add_passphrase_fields()
        self.ok.setText(self.tr("Reset passphrase"))
        self._update()

    def _work(self) -> Callable[[], Any]:
        vault, username, passphrase = self._vault, self.username, self.fields.text()
        return lambda: vault.reset_passphrase(username, passphrase)


class ChangePassphraseDialog(PassphraseDialog):
    """The signed-in user changes their own passphrase, giving the current one first."""

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(operations, self.tr("Change my passphrase"), parent)
        self._vault = vault
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.form.addRow(self.tr("&Current passphrase"), self.current)
        self._add_passphrase_fields()
        self.current.textChanged.connect(self._update)
        self.ok.setText(self.tr("Change passphrase"))
        self._update()

    def _ready(self) -> bool:
        return bool(self.current.text()) and super()._ready()

    def _work(self) -> Callable[[], Any]:
        vault, current, new = self._vault, self.current.text(), self.fields.text()

        def work() -> None:
            vault.verify_passphrase(current)
            vault.change_passphrase(new)

        return work


class ForgottenPassphraseDialog(PassphraseDialog):
    """From the unlock dialog: the recovery key, whose passphrase, and a new one."""

    def __init__(
        self,
        vault_dir: Path,
        usernames: list[str],
        operations: Operations,
        parent: QWidget | None = None,
        open_vault: Vault | None = None,
    ) -> None:
        super().__init__(operations, self.tr("Forgotten passphrase"), parent)
        self._vault_dir = vault_dir
        # From the lock screen the vault is already open (and its folder locked).
        self._open_vault = open_vault
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.user.addItems(usernames)
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_key.setMinimumWidth(380)
        self._set_intro(
            self.tr(
                "Type the recovery key printed when the vault was created (the coordinator "
                "keeps it), then choose a new passphrase. Nothing else changes."
            )
        )
        self.form.addRow(self.tr("Recovery &key"), self.recovery_key)
        self.form.addRow(self.tr("&User"), self.user)
        self._add_passphrase_fields()
        self.recovery_key.textChanged.connect(self._update)
        self.ok.setText(self.tr("Reset passphrase"))
        # The wide key field and a translated label can need more than the usual width.
        self.setMinimumWidth(max(self.minimumWidth(), self.layout().minimumSize().width()))
        self._update()

    def _ready(self) -> bool:
        return bool(self.recovery_key.text().strip()) and super()._ready()

    def _work(self) -> Callable[[], Any]:
        folder, key = self._vault_dir, self.recovery_key.text()
        username, passphrase = self.user.currentText(), self.fields.text()
        vault = self._open_vault
        if vault is not None:
            return lambda: vault.reset_own_passphrase(key, passphrase)
        return lambda: Vault.reset_forgotten_passphrase(folder, key, username, passphrase)
