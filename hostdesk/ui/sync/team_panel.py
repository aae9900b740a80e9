"""The Sync screen's team part: the devices, when each was last in contact, what waits in
each direction, conflicts and held-back changes; sync with the hub or by file; invite a
laptop (fingerprint read aloud) and revoke one (with the families it held, for the breach
notice)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hostdesk.storage.durable import write_atomically
from hostdesk.storage.errors import VaultError
from hostdesk.storage.team import offers
from hostdesk.storage.team.held import families_held_by
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import files, hub_sync, setup
from hostdesk.sync.team.envelope import EnvelopeError
from hostdesk.sync.team.hub_client import HubError
from hostdesk.sync.team.invite import InvitationError
from hostdesk.sync.team.sealing import SealError
from hostdesk.sync.team.status import TeamStatus, team_status
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync import team_files
from hostdesk.ui.sync.document_fetch import DocumentFetcher
from hostdesk.ui.sync.join_dialog import JoinTeamDialog
from hostdesk.ui.sync.join_file_dialog import JoinByFileDialog
from hostdesk.ui.sync.own_families import OwnFamiliesBox
from hostdesk.ui.sync.team_dialogs import InviteDialog
from hostdesk.ui.sync.team_errors import team_error_text
from hostdesk.ui.sync.team_model import TeamModel

log = logging.getLogger(__name__)


class TeamPanel(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._coordinator = vault.user.is_coordinator
        self.status: TeamStatus | None = None
        self.offered = offers.OfferStatus(0, 0)
        self.busy = False
        self.last_message = ""

        self.create_box = QGroupBox(self.tr("This entity's team"))
        self.hub_url = QLineEdit()
        self.hub_url.setAccessibleName(self.tr("Team hub address"))
        self.hub_url.setPlaceholderText(self.tr("https://… (empty: files only)"))
        self.create = QPushButton(self.tr("Create the team"))
        self.create.clicked.connect(self.create_team)
        intro = QLabel(
            self.tr("Share the caseload with the entity's other laptops, end-to-end encrypted: "
                    "each laptop holds only the families of its worker.")
        )  # fmt: skip
        intro.setWordWrap(True)
        create_row = QHBoxLayout()
        create_row.addWidget(self.hub_url, 1)
        create_row.addWidget(self.create)
        self.join = QPushButton(self.tr("Join my entity's team…"))
        self.join.setToolTip(self.tr("With an invitation code from your coordinator; this "
                                     "laptop's families stay here until you offer them"))
        self.join.clicked.connect(self.open_join)
        self.join_by_file = QPushButton(self.tr("Join with an invitation file…"))
        self.join_by_file.setToolTip(self.tr("With no network: an invitation file on a USB "
                                             "stick; this laptop's families stay here until "
                                             "you offer them"))  # fmt: skip
        self.join_by_file.clicked.connect(self.open_join_by_file)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join)
        join_row.addWidget(self.join_by_file)
        join_row.addStretch(1)
        # Its own height when alone on the screen, not the whole tab's.
        self.create_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        create_layout = QVBoxLayout(self.create_box)
        create_layout.addWidget(intro)
        create_layout.addLayout(create_row)
        create_layout.addLayout(join_row)

        self.team_box = QGroupBox(self.tr("Team devices"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Team summary"))
        self.model = TeamModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Team devices"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.held = QLabel()
        self.held.setWordWrap(True)
        self.held.setAccessibleName(self.tr("Families the selected device held"))
        self.sync_now = QPushButton(self.tr("Sync with the hub"))
        self.sync_now.clicked.connect(self.sync_with_hub)
        self.to_file = QPushButton(self.tr("Export to file…"))
        self.to_file.setToolTip(self.tr("What the laptop selected above lacks (every laptop, "
                                        "when none is selected), documents included, for a "
                                        "USB stick"))
        self.to_file.clicked.connect(self.export_file)
        self.from_file = QPushButton(self.tr("Import from file…"))
        self.from_file.clicked.connect(self.import_file)
        self.invite = QPushButton(self.tr("Invite a laptop…"))
        self.invite.clicked.connect(self.open_invite)
        self.revoke = QPushButton(self.tr("Revoke…"))
        self.revoke.setToolTip(self.tr("For a lost or retired laptop"))
        self.revoke.clicked.connect(self.revoke_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Team sync message"))
        buttons = QHBoxLayout()
        for button in (self.sync_now, self.to_file, self.from_file, self.invite, self.revoke):
            buttons.addWidget(button)
        buttons.addStretch(1)
        team_layout = QVBoxLayout(self.team_box)
        team_layout.addWidget(self.summary)
        team_layout.addWidget(self.table, 1)
        team_layout.addWidget(self.held)
        team_layout.addLayout(buttons)
        team_layout.addWidget(self.message)

        # Documents' bytes follow their rows: fetched after each sync, in the background.
        self.fetcher = DocumentFetcher(vault, operations, self)
        self.fetcher.finished.connect(self._documents_fetched)
        self.own = OwnFamiliesBox()
        self.own.offer_requested.connect(self.offer_families)

        layout = QVBoxLayout(self)
        layout.addWidget(self.create_box)
        layout.addWidget(self.team_box, 1)
        layout.addWidget(self.own)
        layout.addStretch(0)  # keeps the create box at the top when it is alone
        self.team_box.hide()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        # Read when the screen is shown, not when built: most sessions never open it.
        super().showEvent(event)
        self.refresh()

    # -- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        def work() -> tuple[TeamStatus | None, list[offers.Withheld], offers.OfferStatus]:
            with self._vault.session() as session:
                status = team_status(session)
                if status is None:
                    return status, [], offers.OfferStatus(0, 0)
                return status, offers.list_withheld(session), offers.offered_status(session)

        self._run(work, self._show)

    def _show(
        self, found: tuple[TeamStatus | None, list[offers.Withheld], offers.OfferStatus]
    ) -> None:
        status, withheld, self.offered = found
        self.status = status
        self.own.set_families(withheld)
        in_team = status is not None
        self.create_box.setVisible(not in_team)
        self.team_box.setVisible(in_team)
        if status is not None:
            self.model.set_devices(status.devices)
            self.summary.setText(self._summary_text(status))
        self._update_buttons()
        self.changed.emit()

    def _summary_text(self, status: TeamStatus) -> str:
        hub = status.hub_url or self.tr("none: exchange files")
        parts = [
            self.tr("Hub: %1.").replace("%1", hub),
            self.tr("Changes made here not sent yet: %1.").replace("%1", str(status.unsealed_rows)),
            self.tr("Conflicts to resolve (in Today): %1.").replace("%1", str(status.conflicts)),
        ]
        held = sum(status.held.values())
        if status.held.get("newer_schema"):
            parts.append(self.tr("Changes from a newer HostDesk wait here: update HostDesk."))
        elif held:
            parts.append(self.tr("Changes held back for now: %1.").replace("%1", str(held)))
        if self.offered.sent and not status.hub_url:
            # Known from the files a coordinator's laptop wrote (the hub says nothing of it).
            parts.append(self.tr("Families this laptop shared: %1; a coordinator's laptop has "
                                 "%2 of them (as of its last file imported here).")
                         .replace("%1", str(self.offered.sent))
                         .replace("%2", str(self.offered.received)))  # fmt: skip
        return " ".join(parts)

    def _selected(self) -> None:
        device = self._device()
        self.held.clear()
        if device is not None and not device.active:

            def work() -> list[str]:
                with self._vault.session() as session:
                    return families_held_by(session, device.device)

            self._run(work, self._show_held)
        self._update_buttons()

    def _show_held(self, numbers: list[str]) -> None:
        self.held.setText(
            self.tr("This revoked laptop held these families (for the breach notice, within 72 "
                    "hours): %1").replace("%1", ", ".join(numbers) or self.tr("none"))
        )  # fmt: skip

    def _device(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.device_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        idle = not self.busy
        status = self.status
        device = self._device()
        self.create.setEnabled(idle and self._coordinator)
        self.join.setEnabled(idle)
        self.join_by_file.setEnabled(idle)
        self.own.setEnabled(idle)
        self.hub_url.setEnabled(idle and self._coordinator)
        self.sync_now.setEnabled(idle and status is not None and bool(status.hub_url))
        for button in (self.to_file, self.from_file):
            button.setEnabled(idle and status is not None)
        self.invite.setEnabled(idle and self._coordinator and status is not None)
        self.revoke.setEnabled(idle and self._coordinator and device is not None
                               and device.active and not device.is_me)  # fmt: skip

    # -- acting ---------------------------------------------------------------------

    def create_team(self) -> None:
        url = self.hub_url.text().strip()
        self._run(lambda: setup.create_team(self._vault, hub_url=url), lambda _t: self.refresh())

    def sync_with_hub(self) -> None:
        def work() -> hub_sync.HubSyncReport:
            with hub_sync.client_for(self._vault) as client:
                return hub_sync.sync_with_hub(self._vault, client)

        def done(report: hub_sync.HubSyncReport) -> None:
            self._say(self.tr("Sent %1, received %2 (%3 merged).")
                      .replace("%1", str(report.uploaded)).replace("%2", str(report.received))
                      .replace("%3", str(report.merged)))  # fmt: skip
            self.refresh()
            self.fetcher.fetch()

        self._run(work, done)

    def _documents_fetched(self, arrived: int, asked: int) -> None:
        if not isValid(self) or not asked:
            return
        text = self.tr("Documents received: %1 of %2 (the others follow at a later sync).")
        self._say(f"{self.last_message} "
                  + text.replace("%1", str(arrived)).replace("%2", str(asked)))  # fmt: skip

    def export_file(self) -> None:
        device = self._device()
        peer = device.device if device is not None and device.active and not device.is_me else None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the team's changes"), "hostdesk-equipa.hdteam"
        )
        if not path:
            return
        target = Path(path)

        def built(exported: files.Exported) -> None:
            # Built first: with documents in it, its size is known only now.
            refused = team_files.no_room(target, len(exported.data))
            if refused:
                self._say(refused)
                return
            if len(exported.data) > team_files.CONFIRM_ABOVE:
                answer = QMessageBox.question(self, self.tr("Export the team's changes"),
                                              team_files.before_writing(exported))
                if answer != QMessageBox.StandardButton.Yes:
                    self._say(self.tr("Nothing was written."))
                    return
            self._run(lambda: write_atomically(target, exported.data),
                      lambda _r: self._say(team_files.exported_text(exported, target)))

        self._run(lambda: files.export_file(self._vault, peer), built)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the team's changes"))
        if not path:
            return

        def done(result: files.Imported) -> None:
            self._say(team_files.imported_text(result))
            self.refresh()

        self._run(lambda: files.import_file(self._vault, Path(path).read_bytes()), done)

    def open_join(self) -> None:
        dialog = JoinTeamDialog(self._vault, self._operations, self)
        dialog.exec()
        self._coordinator = self._vault.user.is_coordinator  # the team's role for this user
        self.refresh()

    def open_join_by_file(self) -> None:
        dialog = JoinByFileDialog(self._vault, self._operations, self)
        dialog.exec()
        self._coordinator = self._vault.user.is_coordinator  # the team's role for this user
        self.refresh()

    def offer_families(self, families: list[str]) -> None:
        def work() -> offers.Offered:
            with self._vault.changing() as session:
                return offers.offer(session, self._vault.user, families)

        def done(offered: offers.Offered) -> None:
            self._say(self.tr("%1 families offered to the team; they travel with the next "
                              "sync.").replace("%1", str(offered.families)))  # fmt: skip
            self.refresh()

        self._run(work, done)

    def open_invite(self) -> None:
        dialog = InviteDialog(self._vault, self._operations, self)
        dialog.exec()
        self.refresh()

    def revoke_selected(self) -> None:
        device = self._device()
        if device is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Revoke this laptop?"),
            self.tr("Revoke %1 of %2? From now on its changes are refused and nothing sealed "
                    "can be read by it. This cannot be undone.")
            .replace("%1", device.label or device.device[:8]).replace("%2", device.username),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(numbers: list[str]) -> None:
            self._show_held(numbers)
            self.refresh()

        self._run(lambda: setup.revoke_device(self._vault, device.device), done)

    # -- plumbing ---------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)

    def _run(self, work: Any, done: Any) -> None:
        self.busy = True
        self._update_buttons()

        def finished(result: Any) -> None:
            if not isValid(self):
                return  # the screen closed meanwhile (the vault was locked or closed)
            self.busy = False
            done(result)
            self._update_buttons()

        self._operations.run(work, finished, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.busy = False
        self._update_buttons()
        known = VaultError | InvitationError | EnvelopeError | SealError | HubError | OSError
        if isinstance(error, ValueError) and not isinstance(error, known):
            self._say(self.tr("This team has no hub; exchange files instead."))
        else:
            self._say(team_error_text(error, log, "a team action"))
