"""The coordinator's reminder that a backup is due: a notice in the status bar, never a dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from hostdesk.storage.backup import backup_is_due, last_backup_at
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)


class BackupReminder(QWidget):
    """Hidden unless a coordinator is signed in and ``backup_is_due``; emits ``backupRequested``."""

    backupRequested = Signal()

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._today = today
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Backup reminder"))
        self.message.setStyleSheet(
            "background: #fff3cd; color: #664d03; padding: 2px 8px; border-radius: 3px;"
        )
        self.button = QToolButton()
        self.button.setText(self.tr("Back up now…"))
        self.button.clicked.connect(self.backupRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message)
        row.addWidget(self.button)
        self.hide()

    def check(self) -> None:
        """Look again (after a backup, or a change of the reminder's days), off the UI thread."""
        if not self._vault.user.is_coordinator:
            self.hide()
            return
        vault, today = self._vault, self._today()
        self._operations.run(
            lambda: (backup_is_due(vault, today), last_backup_at(vault)), self._show, self._failed
        )

    def _show(self, result: tuple[bool, datetime | None]) -> None:
        if not shiboken6.isValid(self):
            return
        due, last = result
        if not due:
            self.hide()
            return
        if last is None:
            text = self.tr("This vault has never been backed up.")
        else:
            days = (self._today() - last.astimezone().date()).days
            text = self.tr("Last backup %n day(s) ago.", "", days)
        self.message.setText(text)
        self.show()

    def _failed(self, error: BaseException) -> None:
        log.warning("backup reminder check failed: %s", type(error).__name__)
