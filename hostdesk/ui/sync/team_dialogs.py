"""Inviting a laptop: a one-time code (or file) and this device's fingerprint to read aloud;
then adding the laptop that answered, once its own fingerprint was read back."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hostdesk.storage.durable import write_atomically
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import hub_sync, invite
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.join_progress import JoinProgressRelay
from hostdesk.ui.sync.sync_model import when
from hostdesk.ui.sync.team_errors import team_error_text

log = logging.getLogger(__name__)


def big_mono() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(font.pointSize() + 6)
    font.setWeight(QFont.Weight.DemiBold)
    return font


class InviteDialog(QDialog):
    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._invitation: invite.Invitation | None = None
        self._request: bytes | None = None
        self._waiting: list[hub_sync.WaitingJoin] = []
        self.setWindowTitle(self.tr("Invite a laptop to the team"))
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("The user the laptop is for"))
        self.make = QPushButton(self.tr("Create invitation"))
        self.make.clicked.connect(self.create_invitation)
        self.code = QLabel()
        self.code.setFont(big_mono())
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setFont(big_mono())
        self.fingerprint.setAccessibleName(self.tr("This device's fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expires = QLabel()
        self.save_file = QPushButton(self.tr("Save invitation file…"))
        self.save_file.clicked.connect(self.save_invitation)
        first = QGroupBox(self.tr("1. The invitation"))
        form = QFormLayout(first)
        row = QHBoxLayout()
        row.addWidget(self.user, 1)
        row.addWidget(self.make)
        for_label = QLabel(self.tr("&For"))
        for_label.setBuddy(self.user)
        form.addRow(for_label, row)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Read aloud"), self.fingerprint)
        form.addRow("", self.expires)
        form.addRow("", self.save_file)

        second = QGroupBox(self.tr("2. The laptop that answered"))
        self.check_hub = QPushButton(self.tr("Look on the hub"))
        self.check_hub.clicked.connect(self.look_on_hub)
        self.open_request = QPushButton(self.tr("Open a join request file…"))
        self.open_request.clicked.connect(self.open_request_file)
        self.answered = QLabel()
        self.answered.setWordWrap(True)
        self.their_fingerprint = QLabel()
        self.their_fingerprint.setFont(big_mono())
        self.their_fingerprint.setAccessibleName(self.tr("The new laptop's fingerprint"))
        self.confirmed = QCheckBox(self.tr("Its user read me this fingerprint and it matches"))
        self.confirmed.toggled.connect(self._update_buttons)
        self.add = QPushButton(self.tr("Add the laptop"))
        self.add.clicked.connect(self.add_laptop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        finds = QHBoxLayout()
        finds.addWidget(self.check_hub)
        finds.addWidget(self.open_request)
        finds.addStretch(1)
        column = QVBoxLayout(second)
        column.addLayout(finds)
        column.addWidget(self.answered)
        column.addWidget(self.their_fingerprint)
        column.addWidget(self.confirmed)
        column.addWidget(self.add)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(first)
        layout.addWidget(second)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.busy = False
        self._update_buttons()
        self.resize(640, 560)
        # The users are read on the database thread, like every read.
        self._run(lambda: [u.username for u in vault.list_users() if u.active], self._show_users)

    def _show_users(self, names: list[str]) -> None:
        for name in sorted(names):
            self.user.addItem(name)

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.make.setEnabled(idle and self.user.count() > 0)
        self.save_file.setEnabled(idle and self._invitation is not None)
        self.check_hub.setEnabled(idle)
        self.open_request.setEnabled(idle)
        found = self._request is not None or bool(self._waiting)
        self.confirmed.setEnabled(idle and found)
        self.add.setEnabled(idle and found and self.confirmed.isChecked())

    def create_invitation(self) -> None:
        username = self.user.currentText()
        self._run(lambda: invite.create_invitation(self._vault, username), self._show_invitation)

    def _show_invitation(self, made: invite.Invitation) -> None:
        self._invitation = made
        self.code.setText(made.code)
        self.fingerprint.setText(made.fingerprint)
        self.expires.setText(
            self.tr("One use, valid until %1.").replace("%1", when(made.expires_at))
        )

    def save_invitation(self) -> None:
        if self._invitation is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the invitation"),
                                              "convite-hostdesk.json")  # fmt: skip
        if path:
            write_atomically(Path(path), self._invitation.file_bytes)

    def look_on_hub(self) -> None:
        def work() -> list[hub_sync.WaitingJoin]:
            with hub_sync.client_for(self._vault) as client:
                return hub_sync.waiting_joins(self._vault, client)

        def done(waiting: list[hub_sync.WaitingJoin]) -> None:
            self._waiting, self._request = waiting[:1], None
            if not waiting:
                self.answered.setText(self.tr("No laptop has answered on the hub yet."))
                self.their_fingerprint.clear()
            else:
                self.answered.setText(self.tr("%1 asked to join, for %2.")
                                      .replace("%1", waiting[0].label or "?")
                                      .replace("%2", waiting[0].username))  # fmt: skip
                self.their_fingerprint.setText(waiting[0].fingerprint)

        self._run(work, done)

    def open_request_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the join request"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            request = invite.read_join_request(data)
        except (OSError, invite.InvitationError) as error:
            self.message.setText(team_error_text(error, log, "reading a join request"))
            return
        self._request, self._waiting = data, []
        self.answered.setText(self.tr("A join request from a file."))
        self.their_fingerprint.setText(request.fingerprint())
        self._update_buttons()

    def add_laptop(self) -> None:
        spoken = self.their_fingerprint.text()
        if self._waiting:
            chosen = self._waiting[0].invite
            relay = JoinProgressRelay(self)
            relay.parts.connect(self._sending)

            def work() -> Any:
                with hub_sync.client_for(self._vault) as client:
                    hub_sync.accept_from_hub(self._vault, client, chosen, spoken,
                                             relay.parts.emit)  # fmt: skip

            added = self.tr("The laptop was added; it receives its welcome from the hub.")
            self._run(work, lambda _r: self.message.setText(added))
            return
        request = self._request
        if request is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the welcome for the laptop"),
                                              "boas-vindas.hdteam")  # fmt: skip
        if not path:
            return

        def by_file() -> None:
            write_atomically(Path(path), invite.accept_join(self._vault, request, spoken))

        self._run(by_file, lambda _r: self.message.setText(
            self.tr("The laptop was added; give it the welcome file.")))  # fmt: skip

    def _sending(self, sent: int, parts: int) -> None:
        if isValid(self) and self.busy:
            self.message.setText(
                self.tr("Adding the laptop: its families go to the hub (part %1 of %2)…")
                .replace("%1", format_number(sent)).replace("%2", format_number(parts))
            )  # fmt: skip

    def _run(self, work: Any, done: Any) -> None:
        self.busy = True
        self._update_buttons()

        def finished(result: Any) -> None:
            if not isValid(self):
                return  # the dialog closed meanwhile
            self.busy = False
            done(result)
            self._update_buttons()

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            self.busy = False
            self._update_buttons()
            self.message.setText(team_error_text(error, log, "an invitation step"))

        self._operations.run(work, finished, failed)
