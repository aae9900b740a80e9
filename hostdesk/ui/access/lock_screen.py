"""Locking: after some idle minutes or on demand, the window hides its content.

Nothing is closed or thrown away while locked: open forms and dialogs are
only hidden, so a half-typed visit note is there again after unlocking.
Unlocking checks the passphrase off the UI thread, with a growing delay
after repeated failures.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage.vault import Vault
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.common.retry_gate import RetryGate
from hostdesk.ui.settings.user_dialogs import ForgottenPassphraseDialog

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` when no key or mouse event reached the application for a while."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, msecs: int) -> None:
        self._timer.setInterval(msecs)
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class LockScreen(QWidget):
    """Asks the signed-in user's passphrase; emits ``unlocked`` when it is right.

    Whoever stands at a locked laptop may also sign in as someone else
    (``switch_user_requested``), and the signed-in user who forgot their
    passphrase resets it with the recovery key without leaving the screen.
    """

    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations

        title = QLabel(self.tr("HostDesk is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        who = QLabel(
            self.tr("Enter the passphrase of %1 to continue where you left off.").replace(
                "%1", vault.user.username
            )
        )
        who.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self._try)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.clicked.connect(self._try)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Unlock error"))
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self._gate = RetryGate(self.unlock_button, [self.passphrase])
        self._gate.reopened.connect(self._focus_passphrase)
        self.forgot = QPushButton(self.tr("&Forgot passphrase?"))
        self.forgot.setFlat(True)
        self.forgot.setToolTip(self.tr("Choose a new passphrase with the vault's recovery key"))
        self.forgot.clicked.connect(self._forgotten)
        self.switch_user = QPushButton(self.tr("&Switch user…"))
        self.switch_user.setFlat(True)
        self.switch_user.setToolTip(self.tr("Sign in as another user of this vault"))
        self.switch_user.clicked.connect(self.switch_user_requested)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.reset_dialog: ForgottenPassphraseDialog | None = None

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(self.forgot)
        links.addStretch(1)
        links.addWidget(self.switch_user)
        box = QWidget()
        # A fixed width, centred by stretches rather than an alignment flag: an aligned
        # widget gets its size hint, which leaves a wrapped error one line tall (the second
        # line and the title's descenders were cut); stretches let the height follow the text.
        box.setFixedWidth(520)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(title)
        inner.addWidget(who)
        inner.addLayout(row)
        inner.addLayout(links)
        inner.addWidget(self.notice)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.hide()
        self.notice.hide()
        self.passphrase.setFocus()

    def _forgotten(self) -> None:
        vault = self._vault
        dialog = ForgottenPassphraseDialog(
            vault.path, [vault.user.username], self._operations, self, open_vault=vault
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._was_reset)
        dialog.destroyed.connect(self._reset_dialog_gone)
        dialog.open()
        self.reset_dialog = dialog

    def _reset_dialog_gone(self) -> None:
        self.reset_dialog = None

    def _was_reset(self) -> None:
        self.passphrase.clear()
        self.error.hide()
        self.notice.setText(
            self.tr("The passphrase of %1 was reset; unlock with the new one.").replace(
                "%1", self._vault.user.username
            )
        )
        self.notice.show()
        self._focus_passphrase()

    def _try(self) -> None:
        if self._gate.waiting or self.busy.isVisible():
            return
        passphrase = self.passphrase.text()
        self._set_busy(True)
        self._operations.run(
            lambda: self._vault.verify_passphrase(passphrase), self._succeeded, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.forgot.setEnabled(not busy)
        self.switch_user.setEnabled(not busy)

    def _succeeded(self, _result: object) -> None:
        self._set_busy(False)
        self._gate.succeeded()
        self.passphrase.clear()
        self.error.hide()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        fallback = self.tr("The passphrase could not be checked; try again.")
        self.error.setText(error_text(error, fallback, "unlock check", log))
        self.error.show()
        self._gate.failed()
        if not self._gate.waiting:
            self._focus_passphrase()

    def _focus_passphrase(self) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
