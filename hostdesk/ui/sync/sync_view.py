"""The Sync screen: the NAIR set-up (coordinator only) and the outbox."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage.durable import write_atomically
from hostdesk.storage.errors import VaultError
from hostdesk.storage.vault import Vault
from hostdesk.sync import endpoint, files, identity, outbox
from hostdesk.sync.errors import KeyChangeNeedsConfirmation, SyncError
from hostdesk.sync.http_transport import fetch_nair_keys
from hostdesk.sync.keys import KeyFileError, NairPublicKeys
from hostdesk.sync.outbox import BundleInfo
from hostdesk.sync.status import SyncSnapshot
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.sync_model import OutboxModel, when
from hostdesk.ui.sync.sync_sender import BackgroundSender
from hostdesk.ui.sync.team_panel import TeamPanel

log = logging.getLogger(__name__)


class SyncView(QWidget):
    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        sender: BackgroundSender,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._sender = sender
        self._candidate: NairPublicKeys | None = None
        self._pinned: str | None = None
        self._coordinator = vault.user.is_coordinator
        self.busy = False
        self.last_message = ""

        # Two parts: the NAIR (monthly reports) and the entity's team of laptops.
        nair = QWidget()
        nair_layout = QVBoxLayout(nair)
        nair_layout.addWidget(self._build_setup_box())
        nair_layout.addWidget(self._build_outbox_box(), 1)
        self.team = TeamPanel(vault, operations)
        self.tabs = QTabWidget()
        self.tabs.addTab(nair, self.tr("NAIR"))
        self.tabs.addTab(self.team, self.tr("Team"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._awaiting_pass = False
        self._delivered_before = 0
        sender.changed.connect(self.show_snapshot)
        sender.problem.connect(self._show_problem)
        sender.passFinished.connect(self._pass_finished)
        if sender.snapshot is not None:
            self.show_snapshot(sender.snapshot)
        self._update_buttons()

    # -- building -------------------------------------------------------------------

    def _build_setup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sending to the NAIR: set-up"))
        intro = QLabel(
            self.tr(
                "Monthly reports go to the NAIR locked with the NAIR's key, so that only the "
                "NAIR can read them. Add that key once: from a file the NAIR sent you, or "
                "fetched from its address. Then call the NAIR and check the code below."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("NAIR address"))
        self.url.setPlaceholderText(self.tr("https://… (empty: send by file only)"))
        self.url.setMinimumWidth(420)
        self.url.setMaximumWidth(640)
        self.choose_key = QPushButton(self.tr("Choose key file…"))
        self.choose_key.clicked.connect(self.choose_key_file)
        self.fetch_key = QPushButton(self.tr("Fetch from the address"))
        self.fetch_key.clicked.connect(self.fetch_from_url)
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(self.tr("Code to check with the NAIR"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_fingerprint(None)
        hint = QLabel(
            self.tr(
                "Read this code to the NAIR over the phone; use the key only if the NAIR "
                "reads you the same code."
            )
        )
        hint.setWordWrap(True)
        # Whoever answers at the address, or sent the file, could give any key: the call decides.
        self.confirm_fingerprint = QCheckBox(
            self.tr("The NAIR read me this code by phone and it matches")
        )
        self.confirm_fingerprint.toggled.connect(self._update_buttons)
        self.pin = QPushButton(self.tr("Use this key and save"))
        self.pin.setAccessibleName(self.tr("Use the NAIR key and save the address"))
        self.pin.clicked.connect(self.save_setup)
        self.pinned_state = QLabel()
        self.pinned_state.setWordWrap(True)
        self.enroll = QPushButton(self.tr("Save registration file…"))
        self.enroll.setToolTip(
            self.tr("The file the NAIR needs once to recognise this entity's reports")
        )
        self.enroll.clicked.connect(self.save_enrollment)

        keys = QHBoxLayout()
        keys.addWidget(self.choose_key)
        keys.addWidget(self.fetch_key)
        keys.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.pin)
        actions.addWidget(self.enroll)
        actions.addStretch(1)
        form = QFormLayout(box)
        # Fields take the width there is: a wrapped sentence at its size hint was cut off.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(intro)
        form.addRow(self.tr("&Address"), self.url)
        form.addRow(self.tr("NAIR key"), keys)
        form.addRow(self.tr("Code to check"), self.fingerprint)
        form.addRow("", hint)
        form.addRow("", self.confirm_fingerprint)
        form.addRow(self.tr("Key in use"), self.pinned_state)
        form.addRow("", actions)
        if not self._coordinator:
            form.addRow("", QLabel(self.tr("Only a coordinator can set up sending to the NAIR.")))
        return box

    def _show_fingerprint(self, fingerprint: str | None) -> None:
        """A code in a fixed-width face, to read aloud group by group; else a plain note."""
        if fingerprint is None:
            self.fingerprint.setFont(QFont())
            self.fingerprint.setStyleSheet("color: palette(placeholder-text);")
            self.fingerprint.setText(self.tr("Choose the NAIR's key first"))
            return
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(QFont().pointSizeF() + 2)
        mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(mono)
        self.fingerprint.setStyleSheet("")
        self.fingerprint.setText(fingerprint)

    def _build_outbox_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Outbox"))
        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bundles for the NAIR"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.send = QPushButton(self.tr("Send now"))
        self.send.clicked.connect(self.send_now)
        self.export = QPushButton(self.tr("Export to file…"))
        self.export.clicked.connect(self.export_selected)
        self.import_receipt = QPushButton(self.tr("Import receipt…"))
        self.import_receipt.setToolTip(
            self.tr("The file the NAIR sent back for an exported report")
        )
        self.import_receipt.clicked.connect(self.import_receipt_file)
        self.reseal = QPushButton(self.tr("Send again"))
        self.reseal.setToolTip(
            self.tr("Send a report the NAIR refused once more, locked with the current key")
        )
        self.reseal.clicked.connect(self.reseal_selected)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Sync message"))
        self.message.setWordWrap(True)
        self.set_up_now = QPushButton(self.tr("Set up now"))
        self.set_up_now.clicked.connect(self.start_setup)
        self.set_up_now.hide()
        # Why a button is greyed out, in words rather than a riddle.
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.next_attempt = QLabel()

        buttons = QHBoxLayout()
        for button in (self.send, self.export, self.import_receipt, self.reseal):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_attempt)
        said = QHBoxLayout()
        said.addWidget(self.message, 1)
        said.addWidget(self.set_up_now, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(box)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        column.addLayout(said)
        return box

    # -- showing --------------------------------------------------------------------

    def show_snapshot(self, snapshot: SyncSnapshot) -> None:
        selected = self.selected_bundle()
        self.model.set_bundles(snapshot.bundles)
        if selected is not None:
            for row, info in enumerate(snapshot.bundles):
                if info.id == selected.id:
                    self.table.selectRow(row)
        setup = snapshot.setup
        if setup is None:
            self._pinned = None
            self.pinned_state.setText(
                self.tr("None yet: nothing can be sent to the NAIR until its key is added.")
            )
        else:
            self._pinned = setup.fingerprint
            self.pinned_state.setText(
                self.tr("%1 (by %2, %3)")
                .replace("%1", setup.fingerprint)
                .replace("%2", setup.pinned_by)
                .replace("%3", when(setup.pinned_at))
            )
            if not self.url.isModified():
                self.url.setText(setup.url)
        due = snapshot.next_due
        self.next_attempt.setText(
            self.tr("Next attempt: %1").replace("%1", when(due)) if due and due.year > 1 else ""
        )
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)

    def _show_problem(self, text: str) -> None:
        self._awaiting_pass = False
        self._show_message(text)

    def selected_bundle(self) -> BundleInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.bundle_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        idle = not self.busy
        selected = self.selected_bundle()
        for widget in (self.url, self.choose_key, self.fetch_key, self.enroll):
            widget.setEnabled(idle and self._coordinator)
        new_key = self._candidate is not None and self._candidate.fingerprint() != self._pinned
        self.confirm_fingerprint.setEnabled(idle and self._coordinator and new_key)
        checked = not new_key or self.confirm_fingerprint.isChecked()
        self.pin.setEnabled(idle and self._coordinator and checked)
        self.send.setEnabled(idle)
        exportable = selected is not None and selected.bundle_id is not None
        self.export.setEnabled(idle and exportable)
        self.import_receipt.setEnabled(idle)
        self.reseal.setEnabled(
            idle and self._coordinator and selected is not None and selected.can_reseal
        )
        if selected is None:
            why = self.tr("To export a report to a file, select it in the list first.")
        elif not exportable:
            why = self.tr(
                "This report can be exported once the NAIR's key is set up: it is locked "
                "with that key first."
            )
        else:
            why = self.tr("Export to file: for a USB stick or an e-mail to the NAIR.")
        self.export.setToolTip(why)
        self.hint.setText("" if exportable else why)
        self.hint.setVisible(not exportable and self.model.rowCount() > 0)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, VaultError | KeyFileError):
            message = str(error)
        else:  # the type only: a message could quote data
            log.error("a sync action failed: %s", type(error).__name__)
            message = self.tr("That did not work; see the log for the kind of error.")
        self._show_message(message)
        QMessageBox.warning(self, self.tr("Sync"), message)

    def _done(self, message: str) -> None:
        self._set_busy(False)
        self._show_message(message)
        self._sender.refresh()

    # -- the NAIR set-up ------------------------------------------------------------

    def _show_candidate(self, keys: NairPublicKeys) -> None:
        self._candidate = keys
        self.confirm_fingerprint.setChecked(False)  # what was confirmed was another key
        self._show_fingerprint(keys.fingerprint())
        self._set_busy(False)

    def choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the NAIR's key file"), "", self.tr("NAIR key (*.json)")
        )
        if not path:
            return
        try:
            self._show_candidate(NairPublicKeys.from_file_bytes(Path(path).read_bytes()))
        except (OSError, KeyFileError) as error:
            self._failed(SyncError(str(error)) if isinstance(error, KeyFileError) else error)

    def fetch_from_url(self) -> None:
        url = self.url.text()
        self._set_busy(True)
        self._sender.network.run(lambda: fetch_nair_keys(url), self._show_candidate, self._failed)

    def save_setup(self, replace_key: bool = False) -> None:
        keys = self._candidate
        vault, url = self._vault, self.url.text()
        unchecked = not self.confirm_fingerprint.isChecked()
        if keys is not None and keys.fingerprint() != self._pinned and unchecked:
            return  # the button waits for the phone check; nothing is pinned before it
        if keys is None:
            if self._pinned is None:
                QMessageBox.information(
                    self,
                    self.tr("NAIR set-up"),
                    self.tr("Choose the NAIR's key file, or fetch it from its address, first."),
                )
                return

            def work() -> endpoint.NairSetup:
                with vault.session() as session:
                    current = endpoint.load_setup(session)
                assert current is not None
                return endpoint.configure(vault, url, current.keys)

        else:

            def work() -> endpoint.NairSetup:
                return endpoint.configure(vault, url, keys, replace_key=replace_key)

        self._set_busy(True)
        self._operations.run(work, self._saved, self._save_failed)

    def _saved(self, setup: endpoint.NairSetup) -> None:
        self._candidate = None
        self.confirm_fingerprint.setChecked(False)
        self.url.setModified(False)
        self._show_fingerprint(None)
        self._done(
            self.tr("Saved. Reports now go locked with the NAIR key %1.").replace(
                "%1", setup.fingerprint
            )
        )
        self._sender.send_now(everything=True)  # what waited for the set-up (or was held) goes

    def _save_failed(self, error: BaseException) -> None:
        if not isinstance(error, KeyChangeNeedsConfirmation):
            self._failed(error)
            return
        self._set_busy(False)
        answer = QMessageBox.question(
            self,
            self.tr("Replace the NAIR key"),
            self.tr(
                "Another NAIR key is pinned.\n\nPinned now: %1\nNew key: %2\n\n"
                "Replace it only if the NAIR read you the new fingerprint over the phone. "
                "Replace the key?"
            )
            .replace("%1", error.old_fingerprint)
            .replace("%2", error.new_fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save_setup(replace_key=True)

    def save_enrollment(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the enrollment file"), "inscricao-nair.json",
            self.tr("Enrollment file (*.json)"),
        )  # fmt: skip
        if not target:
            return
        vault = self._vault

        def work() -> str:
            data, fingerprint = identity.enrollment_file(vault)
            write_atomically(Path(target), data)
            return fingerprint

        def done(fingerprint: str) -> None:
            self._done(
                self.tr("Enrollment file saved. Read this fingerprint to the NAIR: %1").replace(
                    "%1", fingerprint
                )
            )

        self._set_busy(True)
        self._operations.run(work, done, self._failed)

    # -- the outbox -----------------------------------------------------------------

    def send_now(self) -> None:
        """Send what waits; when nothing can go, say why at once (and offer the set-up)."""
        snapshot = self._sender.snapshot
        why = self._why_nothing_can_go(snapshot)
        self.set_up_now.setVisible(
            snapshot is not None and snapshot.setup is None and self._coordinator
        )
        self._awaiting_pass = not why
        self._delivered_before = snapshot.summary.delivered if snapshot is not None else 0
        self._show_message(why or self.tr("Sending…"))
        # Even when nothing can go, the pass takes in a report submitted a moment ago.
        self._sender.send_now(everything=True)  # asked for: no waiting out the pauses

    def _why_nothing_can_go(self, snapshot: SyncSnapshot | None) -> str:
        if snapshot is None:
            return ""  # not read yet: the pass itself will tell
        if snapshot.setup is None:
            if self._coordinator:
                return self.tr(
                    "Nothing can be sent yet: sending to the NAIR is not set up. Add the "
                    "NAIR's key above (Set up now), and what waits goes at once."
                )
            return self.tr(
                "Nothing can be sent yet: sending to the NAIR is not set up. Ask a "
                "coordinator to set it up on this screen."
            )
        if not snapshot.setup.url:
            return self.tr(
                "There is no NAIR address, so reports go by file: select one and use "
                "Export to file, or add the NAIR's address above."
            )
        return ""

    def _pass_finished(self, snapshot: SyncSnapshot) -> None:
        if not self._awaiting_pass:
            return
        self._awaiting_pass = False
        summary = snapshot.summary
        if not summary.pending and not summary.attention:
            sent = summary.delivered > self._delivered_before
            self._show_message(
                self.tr("Sent. Everything the NAIR should have, it has.")
                if sent
                else self.tr("Nothing waits to be sent.")
            )
            return
        waiting = [b for b in snapshot.bundles if b.state in outbox.PENDING]
        reason = next((b.last_error for b in waiting if b.last_error), "")
        pending = summary.pending  # lupdate skips a call whose count is an attribute
        text = self.tr("Not everything was delivered: %n report(s) still wait.", "", pending)
        if reason:
            text += " " + reason
        due = snapshot.next_due
        if due is not None and due.year > 1:
            text += " " + self.tr("HostDesk tries again at %1.").replace("%1", when(due))
        self._show_message(text)

    def start_setup(self) -> None:
        """From "Set up now": the first step of the set-up, with the cursor there."""
        self.set_up_now.hide()
        self.url.setFocus()
        self._show_message(
            self.tr(
                "Type the NAIR's address if it gave you one, then choose its key file or "
                "fetch the key from the address."
            )
        )

    def export_selected(self) -> None:
        selected = self.selected_bundle()
        if selected is None or selected.bundle_id is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the bundle"), files.suggested_name(selected),
            self.tr("HostDesk bundle (*.hdbundle)"),
        )  # fmt: skip
        if not target:
            return
        vault = self._vault
        self._set_busy(True)
        self._operations.run(
            lambda: files.export_bundle(vault, selected.id, Path(target)),
            lambda path: self._done(
                self.tr("Saved %1. Bring the NAIR's receipt back with Import receipt.").replace(
                    "%1", path.name
                )
            ),
            self._failed,
        )

    def import_receipt_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the NAIR's receipt"), "", self.tr("NAIR receipt (*.json)")
        )
        if not path:
            return
        selected = self.selected_bundle()
        wanted = selected.bundle_id if selected is not None else None
        vault = self._vault

        def work() -> BundleInfo:
            data = files.read_receipt_file(Path(path))
            return files.import_receipt(vault, data, bundle_id=wanted)

        self._set_busy(True)
        self._operations.run(
            work,
            lambda info: self._done(
                self.tr("Delivered: %1, revision %2.")
                .replace("%1", info.month)
                .replace("%2", str(info.revision))
            ),
            self._failed,
        )

    def reseal_selected(self) -> None:
        selected = self.selected_bundle()
        if selected is None:
            return
        vault = self._vault

        def done(_info: BundleInfo) -> None:
            self._done(self.tr("Sealed again as a new bundle; it is queued."))
            self._sender.send_now()

        self._set_busy(True)
        self._operations.run(lambda: outbox.reseal(vault, selected.id), done, self._failed)
