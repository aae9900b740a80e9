"""Back up now: to a removable drive, a folder or a file, off the UI thread, with progress.

The backup itself is ``storage.backup.create_backup``: the vault stays open,
and a cancelled or failed backup leaves no file under the chosen name.
"""

from __future__ import annotations

import getpass
import logging
import threading
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage.backup import (
    BACKUP_SUFFIX,
    PROGRESS_TOTAL,
    create_backup,
    default_backup_name,
    last_backup_at,
)
from hostdesk.storage.errors import BackupCancelled
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.numbers import format_size
from hostdesk.ui.common.operations import Operations, ProgressRelay
from hostdesk.ui.common.passphrase_fields import ERROR_STYLE
from hostdesk.ui.common.screen_fit import keep_on_screen

log = logging.getLogger(__name__)

# Where desktops mount USB sticks and external disks ({user}: the login name).
MOUNT_PARENTS = ("/media/{user}", "/run/media/{user}", "/mnt", "/Volumes")


def removable_targets(roots: Iterable[str], user: str) -> list[Path]:
    """The mount points that lie inside one of ``MOUNT_PARENTS``, in order, once each."""
    parents = [Path(template.format(user=user)) for template in MOUNT_PARENTS]
    found: list[Path] = []
    for root in roots:
        path = Path(root)
        if any(parent in path.parents for parent in parents) and path not in found:
            found.append(path)
    return sorted(found)


def mounted_drives() -> list[tuple[Path, str]]:
    """Writable removable drives now mounted: (folder, what to show)."""
    volumes = {
        volume.rootPath(): volume
        for volume in QStorageInfo.mountedVolumes()
        if volume.isValid() and volume.isReady() and not volume.isReadOnly()
    }
    drives = []
    for path in removable_targets(volumes, getpass.getuser()):
        volume = volumes[str(path)]
        free = format_size(volume.bytesAvailable())
        name = volume.displayName() or path.name
        text = QCoreApplication.translate("BackupDialog", "%1 — %2 free (%3)")
        drives.append((path, text.replace("%1", name).replace("%2", free).replace("%3", str(path))))
    return drives


class BackupDialog(QDialog):
    """Emits ``backedUp(path)`` after a backup was written."""

    backedUp = Signal(str)

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self._vault = vault
        self._operations = operations
        self._cancel = threading.Event()
        self._relay = ProgressRelay(self)
        self._relay.advanced.connect(self._advance)
        self.running = False
        self.setWindowTitle(self.tr("Back up the vault"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "A backup is encrypted like the vault and opens with the same passphrases. "
                "Keep it away from this computer, as safely as the vault."
            )
        )
        intro.setWordWrap(True)
        self.last = QLabel(self._last_backup_text())
        self.targets = QListWidget()
        self.targets.setAccessibleName(self.tr("Where to write the backup"))
        for path, text in mounted_drives():
            self._add_target(path, text)
        if self.targets.count():
            self.targets.setCurrentRow(0)
        self.no_drive = QLabel(self.tr("No removable drive is connected; choose a folder."))
        self.no_drive.setVisible(self.targets.count() == 0)
        self.targets.currentItemChanged.connect(self._update)
        self.choose_folder = QPushButton(self.tr("Choose a &folder…"))
        self.choose_folder.clicked.connect(self._pick_folder)
        self.choose_file = QPushButton(self.tr("Save as a &file…"))
        self.choose_file.clicked.connect(self._pick_file)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_folder)
        choose_row.addWidget(self.choose_file)
        choose_row.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_TOTAL)
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup result"))
        self.start_button = QPushButton(self.tr("&Back up"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.last)
        layout.addWidget(QLabel(self.tr("Write the backup to:")))
        layout.addWidget(self.targets, 1)
        layout.addWidget(self.no_drive)
        layout.addLayout(choose_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._update()

    def _last_backup_text(self) -> str:
        last = last_backup_at(self._vault)
        if last is None:
            return self.tr("No backup of this vault has been made yet.")
        return self.tr("Last backup: %1.").replace("%1", format_date(last.astimezone().date()))

    def _add_target(self, path: Path, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.targets.addItem(item)

    def add_chosen_target(self, path: Path) -> None:
        """A folder or file picked by the person; it becomes the selected target."""
        self._add_target(path, str(path))
        self.targets.setCurrentRow(self.targets.count() - 1)
        self.no_drive.hide()

    def target(self) -> Path | None:
        item = self.targets.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the backup"))
        if folder:
            self.add_chosen_target(Path(folder))

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the backup as"),
            default_backup_name(),
            self.tr("HostDesk backups (*%1)").replace("%1", BACKUP_SUFFIX),
        )
        if path:
            self.add_chosen_target(Path(path))

    def _update(self) -> None:
        idle = not self.running
        self.start_button.setEnabled(idle and self.target() is not None)
        for widget in (self.targets, self.choose_folder, self.choose_file):
            widget.setEnabled(idle)
        self.close_button.setText(self.tr("Close") if idle else self.tr("Cancel"))

    def start(self) -> None:
        target = self.target()
        if target is None or self.running:
            return
        vault, relay, cancel = self._vault, self._relay, self._cancel
        cancel.clear()
        self.running = True
        self.progress.setValue(0)
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Backing up…"))
        self._update()
        self._operations.run(
            lambda: create_backup(vault, target, relay.advanced.emit, cancelled=cancel.is_set),
            self._done,
            self._failed,
        )

    def _advance(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, written: Path) -> None:
        self._finish()
        self.status.setText(
            self.tr("Backup written to %1 (%2).")
            .replace("%1", str(written))
            .replace("%2", format_size(written.stat().st_size))
        )
        self.last.setText(
            self.tr("Last backup: %1.").replace("%1", format_date(datetime.now().date()))
        )
        self.backedUp.emit(str(written))

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, BackupCancelled):
            self.status.setText(self.tr("The backup was cancelled; nothing was written."))
            return
        fallback = self.tr("The backup failed; see the log for the kind of error.")
        self.status.setText(error_text(error, fallback, "backup", log))
        self.status.setStyleSheet(ERROR_STYLE)

    def _finish(self) -> None:
        self.running = False
        self.progress.hide()
        self._update()

    def reject(self) -> None:
        """While running, Cancel (or Escape, or closing) stops the backup and keeps the dialog."""
        if self.running:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()
