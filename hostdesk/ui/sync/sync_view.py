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
        sender.changed.connect(self.show_snapshot)
        sender.problem.connect(self._show_message)
        if sender.snapshot is not None:
            self.show_snapshot(sender.snapshot)
        self._update_buttons()

    # -- building -------------------------------------------------------------------

    def _build_setup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("NAIR set-up"))
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("NAIR address"))
        self.url.setPlaceholderText(self.tr("https://… (empty: send by file only)"))
        self.url.setMinimumWidth(420)
        self.choose_key = QPushButton(self.tr("Choose key file…"))
        self.choose_key.clicked.connect(self.choose_key_file)
        self.fetch_key = QPushButton(self.tr("Fetch from the address"))
        self.fetch_key.clicked.connect(self.fetch_from_url)
        self.fingerprint = QLabel(self.tr("No key chosen"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint to check with the NAIR"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(mono.pointSize() + 8)
        mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            self.tr("Read this fingerprint to the NAIR over the phone before you pin the key.")
        )
        # Whoever answers at the address, or sent the file, could give any key: the call decides.
        self.confirm_fingerprint = QCheckBox(
            self.tr("The NAIR read me this fingerprint by phone and it matches")
        )
        self.confirm_fingerprint.toggled.connect(self._update_buttons)
        self.pin = QPushButton(self.tr("Pin key and save"))
        self.pin.setAccessibleName(self.tr("Pin the NAIR key and save the address"))
        self.pin.clicked.connect(self.save_setup)
        self.pinned_state = QLabel()
        self.enroll = QPushButton(self.tr("Save enrollment file…"))
        self.enroll.setToolTip(self.tr("The file the NAIR registers this entity with"))
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
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Address"), self.url)
        form.addRow(self.tr("NAIR key"), keys)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow("", hint)
        form.addRow("", self.confirm_fingerprint)
        form.addRow(self.tr("Pinned"), self.pinned_state)
        form.addRow("", actions)
        if not self._coordinator:
            form.addRow("", QLabel(self.tr("Only a coordinator can set up sending to the NAIR.")))
        return box

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
        self.export.setToolTip(self.tr("For a USB stick or an e-mail to the NAIR"))
        self.export.clicked.connect(self.export_selected)
        self.import_receipt = QPushButton(self.tr("Import receipt…"))
        self.import_receipt.clicked.connect(self.import_receipt_file)
        self.reseal = QPushButton(self.tr("Seal again"))
        self.reseal.setToolTip(self.tr("Send a refused report again as a new bundle"))
        self.reseal.clicked.connect(self.reseal_selected)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Sync message"))
        self.message.setWordWrap(True)
        self.next_attempt = QLabel()

        buttons = QHBoxLayout()
        for button in (self.send, self.export, self.import_receipt, self.reseal):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_attempt)
        column = QVBoxLayout(box)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column.addWidget(self.message)
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
            self.pinned_state.setText(self.tr("No NAIR key is pinned yet."))
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
        self.export.setEnabled(idle and selected is not None and selected.bundle_id is not None)
        self.import_receipt.setEnabled(idle)
        self.reseal.setEnabled(
            idle and self._coordinator and selected is not None and selected.can_reseal
        )

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
        self.fingerprint.setText(keys.fingerprint())
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
        self.fingerprint.setText(self.tr("No key chosen"))
        self._done(self.tr("Saved. The NAIR key %1 is pinned.").replace("%1", setup.fingerprint))
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
        self._show_message(self.tr("Sending…"))
        self._sender.send_now(everything=True)  # asked for: no waiting out the pauses

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
