"""Joining a team by USB stick with a vault that already holds families (no network).

Two steps, days apart perhaps: open the invitation file the coordinator gave, check their
laptop's fingerprint aloud and save the join request for them; later, open the welcome file
they give back. The laptop keeps working as before meanwhile; closing the dialog (or the
app) loses nothing, the request waits in the vault. Opening the welcome joins as the hub
path does: this laptop's families stay on it until offered, each checked for duplicates.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hostdesk.storage.durable import write_atomically
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import file_join, invite, joining
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.team_dialogs import big_mono
from hostdesk.ui.sync.team_errors import team_error_text

log = logging.getLogger(__name__)


class JoinByFileDialog(QDialog):
    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._invitation: invite.InvitationFile | None = None
        self.asked: file_join.FileJoin | None = None
        self.joined: joining.JoinedWithFamilies | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Join my entity's team with files"))
        intro = QLabel(
            self.tr("With no network: your coordinator gives you an invitation file on a USB "
                    "stick, you give back a join request, they give you a welcome file. This "
                    "laptop's families stay on it, seen by no one else, until you offer them.")
        )  # fmt: skip
        intro.setWordWrap(True)

        first = QGroupBox(self.tr("1. The invitation file"))
        self.open_invitation = QPushButton(self.tr("Open the invitation file…"))
        self.open_invitation.clicked.connect(self.choose_invitation)
        self.coordinator_fingerprint = QLabel()
        self.coordinator_fingerprint.setFont(big_mono())
        self.coordinator_fingerprint.setAccessibleName(self.tr("The coordinator's fingerprint"))
        self.coordinator_fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("A name for this laptop"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        self.save_request = QPushButton(self.tr("Save the join request…"))
        self.save_request.clicked.connect(self.write_request)
        form = QFormLayout(first)
        form.addRow("", self.open_invitation)
        form.addRow(self.tr("Check aloud"), self.coordinator_fingerprint)
        form.addRow(self.tr("This &laptop's name"), self.label)
        form.addRow(self.tr("Your &passphrase"), self.passphrase)
        form.addRow("", self.save_request)

        second = QGroupBox(self.tr("2. The welcome file"))
        self.fingerprint = QLabel()
        self.fingerprint.setFont(big_mono())
        self.fingerprint.setAccessibleName(self.tr("This laptop's fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.open_welcome = QPushButton(self.tr("Open the welcome file…"))
        self.open_welcome.clicked.connect(self.choose_welcome)
        self.forget = QPushButton(self.tr("Forget this request"))
        self.forget.setToolTip(self.tr("When the coordinator did not add this laptop: ask "
                                       "them for a new invitation"))  # fmt: skip
        self.forget.clicked.connect(self.forget_request)
        steps = QHBoxLayout()
        steps.addWidget(self.open_welcome, 1)
        steps.addWidget(self.forget)
        column = QFormLayout(second)
        column.addRow(self.tr("Read aloud"), self.fingerprint)
        column.addRow("", self.waiting)
        column.addRow("", steps)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Joining message"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(first)
        layout.addWidget(second)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.passphrase.textChanged.connect(self._update_buttons)
        self.resize(600, 560)
        self._update_buttons()
        self._run(self._read_pending, self._show_pending)

    # -- reading -------------------------------------------------------------------

    def _read_pending(self) -> file_join.FileJoin | None:
        with self._vault.session() as session:
            return file_join.pending(session)

    def _show_pending(self, asked: file_join.FileJoin | None) -> None:
        self.asked = asked
        if asked is None:
            self.fingerprint.clear()
            self.waiting.clear()
        else:
            self.coordinator_fingerprint.setText(asked.coordinator_fingerprint)
            self.fingerprint.setText(asked.fingerprint)
            self.waiting.setText(
                self.tr("Your join request for %1 waits for the coordinator. Read them this "
                        "fingerprint, then open the welcome file they give back.")
                .replace("%1", asked.username)
            )  # fmt: skip

    def choose_invitation(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the invitation file"))
        if not path:
            return
        try:
            self._invitation = invite.read_invitation(Path(path).read_bytes())
        except (OSError, invite.InvitationError) as error:
            self._invitation = None
            self._say_error(error)
        else:
            self.coordinator_fingerprint.setText(self._invitation.fingerprint())
            self.message.setText(
                self.tr("Ask your coordinator to read their fingerprint aloud: it must be the "
                        "one shown. If it is not, do not go on.")
            )  # fmt: skip
        self._update_buttons()

    # -- acting --------------------------------------------------------------------

    def write_request(self) -> None:
        invitation = self._invitation
        if invitation is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the join request"), "pedido-de-adesao.hdjoin"
        )
        if not path:
            return
        passphrase, label = self.passphrase.text(), self.label.text().strip()

        def work() -> file_join.FileJoin:
            request, asked = file_join.begin(self._vault, invitation, passphrase, label)
            write_atomically(Path(path), request)
            return asked

        def done(asked: file_join.FileJoin) -> None:
            self._show_pending(asked)
            self.message.setText(
                self.tr("Join request saved to %1: give it to your coordinator.").replace(
                    "%1", path)
            )  # fmt: skip

        self._run(work, done)

    def choose_welcome(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the welcome file"))
        if not path:
            return
        passphrase = self.passphrase.text()

        def work() -> joining.JoinedWithFamilies:
            return file_join.finish(self._vault, Path(path).read_bytes(), passphrase)

        def done(result: joining.JoinedWithFamilies) -> None:
            self.joined = result
            self.passphrase.clear()
            self.message.setText(
                self.tr("Joined the team. %1 of this laptop's families wait for you to offer "
                        "them or keep them apart (%2 may already be in the team): see \"This "
                        "laptop's own families\" in the Team tab.")
                .replace("%1", str(result.withheld)).replace("%2", str(result.duplicates))
            )  # fmt: skip

        self.message.setText(self.tr("Receiving your families…"))
        self._run(work, done)

    def forget_request(self) -> None:
        def done(_none: None) -> None:
            self._show_pending(None)
            self.message.setText(self.tr("The join request was forgotten; open a new "
                                         "invitation file to ask again."))  # fmt: skip

        self._run(lambda: file_join.abandon(self._vault), done)

    # -- plumbing ------------------------------------------------------------------

    def _update_buttons(self) -> None:
        idle = not self.busy and self.joined is None
        has_passphrase = bool(self.passphrase.text())
        self.open_invitation.setEnabled(idle)
        self.save_request.setEnabled(idle and self._invitation is not None and has_passphrase)
        self.open_welcome.setEnabled(idle and self.asked is not None and has_passphrase)
        self.forget.setEnabled(idle and self.asked is not None)

    def _run(self, work: object, done: object) -> None:
        self.busy = True
        self._update_buttons()

        def finished(result: object) -> None:
            if not isValid(self):
                return
            self.busy = False
            done(result)  # type: ignore[operator]
            self._update_buttons()

        self._operations.run(work, finished, self._failed)  # type: ignore[arg-type]

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.busy = False
        self._update_buttons()
        self._say_error(error)

    def _say_error(self, error: BaseException) -> None:
        self.message.setText(team_error_text(error, log, "joining the team by file"))
