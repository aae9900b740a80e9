"""This run's copies of documents for outside viewers, and the warning before one is made.

One folder per running HostDesk (``hostdesk.storage.viewer_files``): made at the
first copy, removed when the application ends (``close``); what a killed run
left is removed at the next start (``clean_at_start``, from the application).
The copies are a process's resource, like its thread pools: one instance here,
not threaded through every constructor.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from hostdesk.storage import viewer_files

log = logging.getLogger(__name__)

_copies: viewer_files.ViewerCopies | None = None


def copies() -> viewer_files.ViewerCopies:
    global _copies
    if _copies is None:
        _copies = viewer_files.ViewerCopies()
    return _copies


def folder_shown() -> Path:
    """Where the copies go, as the warning names it (the folder of this run is inside)."""
    return copies().root


def clean_at_start() -> None:
    try:
        viewer_files.remove_stale()
    except OSError as error:  # never a reason not to start; said in the log, without paths
        log.warning("could not remove old viewer copies (%s)", type(error).__name__)


def close() -> None:
    global _copies
    if _copies is not None:
        _copies.close()
        _copies = None


def warning_text() -> str:
    return QCoreApplication.translate(
        "ExternalViewer",
        "To open this document in another program, HostDesk puts an unencrypted copy "
        "in a private folder of yours:\n%1\n\nThe copy is removed when you close the "
        "document's window (or, if HostDesk is stopped before that, the next time it "
        "starts). The other program may still keep a thumbnail of it, or its name in a "
        "list of recent files, outside HostDesk's control. Use this only on your "
        "entity's computer, and only when the document cannot be read here.",
    ).replace("%1", str(folder_shown()))


def warning_box(parent: QWidget | None) -> tuple[QMessageBox, QPushButton]:
    """The warning before a copy is made, and its "go ahead" button (Cancel is the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ExternalViewer", "Open in another program"))
    box.setText(warning_text())
    go = box.addButton(
        QCoreApplication.translate("ExternalViewer", "Open a copy"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, go


def confirm(parent: QWidget | None) -> bool:
    """The warning; True when the user goes ahead."""
    box, go = warning_box(parent)
    box.exec()
    return box.clickedButton() is go


def open_outside(path: Path) -> bool:
    """Hand the copy to the desktop's program for its type; False if there is none."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
