"""Joining a team with a vault that already holds families (the Team tab's "Join a team").

The user types the code and the hub's address their coordinator gave them and their own
passphrase (their key slot is rewrapped under the team's user with it); this laptop's
fingerprint is shown at once, to read aloud while the coordinator adds it. Waiting for the
coordinator runs beside the database thread (it needs no vault and may take minutes);
merging the welcome runs on it. The laptop's own families stay on it until offered.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hostdesk.storage.vault import Vault
from hostdesk.sync.team import joining
from hostdesk.sync.team.invite import InvitationError, new_pending_join, secret_of
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.join_progress import JoinProgressRelay
from hostdesk.ui.sync.team_dialogs import big_mono
from hostdesk.ui.sync.team_errors import team_error_text

log = logging.getLogger(__name__)


class JoinTeamDialog(QDialog):
    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._cancel = threading.Event()
        self.busy = False
        self.joined: joining.JoinedWithFamilies | None = None
        self.setWindowTitle(self.tr("Join my entity's team"))
        intro = QLabel(
            self.tr("This laptop's families stay on it, seen by no one else, until you offer "
                    "them to the team; each is first checked against the team's families. "
                    "You keep your passphrase; your user takes the name and role the team "
                    "gave you.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.code.setPlaceholderText("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z")
        self.hub = QLineEdit()
        self.hub.setAccessibleName(self.tr("Team hub address"))
        self.hub.setPlaceholderText("https://…")
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("A name for this laptop"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        self.fingerprint = QLabel()
        self.fingerprint.setFont(big_mono())
        self.fingerprint.setAccessibleName(self.tr("This laptop's fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Joining message"))
        form = QFormLayout()
        form.addRow(self.tr("Invitation &code"), self.code)
        form.addRow(self.tr("Team &hub"), self.hub)
        form.addRow(self.tr("This &laptop's name"), self.label)
        form.addRow(self.tr("Your &passphrase"), self.passphrase)
        form.addRow(self.tr("Read aloud"), self.fingerprint)
        self.join = QPushButton(self.tr("Join"))
        self.join.clicked.connect(self.start_join)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.join, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for edit in (self.code, self.hub, self.passphrase):
            edit.textChanged.connect(self._update_buttons)
        self._update_buttons()
        self.resize(560, 420)

    def _code_ok(self) -> bool:
        try:
            secret_of(self.code.text())
        except InvitationError:
            return False
        return True

    def _update_buttons(self) -> None:
        ready = (
            self._code_ok() and self.hub.text().strip().startswith(("http://", "https://"))
            and bool(self.passphrase.text())
        )  # fmt: skip
        self.join.setEnabled(ready and not self.busy and self.joined is None)

    def start_join(self) -> None:
        pending = new_pending_join(self.code.text(), self.label.text().strip())
        hub, passphrase = self.hub.text().strip(), self.passphrase.text()
        self.fingerprint.setText(pending.fingerprint())
        self.message.setText(
            self.tr("Read this fingerprint to your coordinator; this laptop joins as soon as "
                    "they add it.")
        )  # fmt: skip
        self.busy = True
        self._update_buttons()

        def merge(welcome: bytes) -> None:
            if not isValid(self):
                return
            self.message.setText(self.tr("Added: receiving your families…"))
            relay = JoinProgressRelay(self)
            relay.parts.connect(self._receiving)

            def work() -> joining.JoinedWithFamilies:
                fetch = joining.part_fetcher(pending, hub, cancelled=self._cancel.is_set)
                joined = joining.join_existing(self._vault, pending, welcome, passphrase, hub,
                                               fetch, relay.parts.emit)  # fmt: skip
                joining.forget_welcome(pending, hub)
                return joined

            self._operations.run(work, self._joined, self._failed)

        def wait() -> bytes:
            # The passphrase first: a mistyped one found after the coordinator added the
            # laptop would waste the invitation.
            joining.check_passphrase(self._vault, passphrase)
            return joining.wait_for_welcome(pending, hub, cancelled=self._cancel.is_set)

        self._operations.run_aside(wait, merge, self._failed)

    def _receiving(self, merged: int, parts: int) -> None:
        if isValid(self) and self.joined is None:
            self.message.setText(
                self.tr("Added: receiving your families (part %1 of %2)…")
                .replace("%1", format_number(merged)).replace("%2", format_number(parts))
            )  # fmt: skip

    def _joined(self, result: joining.JoinedWithFamilies) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.joined = result
        self.passphrase.clear()
        self.message.setText(
            self.tr("Joined the team. %1 of this laptop's families wait for you to offer them "
                    "or keep them apart (%2 may already be in the team): see \"This laptop's "
                    "own families\" in the Team tab.")
            .replace("%1", str(result.withheld)).replace("%2", str(result.duplicates))
            + ("" if result.complete else " " + self.tr(
                "Some of the team's families are still on their way: they arrive with the "
                "next sync."))
        )  # fmt: skip
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.busy = False
        self._update_buttons()
        self.message.setText(team_error_text(error, log, "joining the team"))

    def done(self, result: int) -> None:
        self._cancel.set()  # stop waiting for the coordinator when the dialog closes
        super().done(result)
