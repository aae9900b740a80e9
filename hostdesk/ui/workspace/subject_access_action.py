"""From the Members tab: one person's data exported (JSON + PDF) for an access request."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hostdesk.reports.subject_access import build_subject_access, write_subject_access
from hostdesk.storage.errors import VaultError
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import preferences
from hostdesk.ui.common.error_text import vault_error_sentence
from hostdesk.ui.common.numbers import plural
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)


def export_subject_access(
    parent: QWidget,
    vault: Vault,
    operations: Operations,
    member_id: int,
    finished: Callable[[], None] = lambda: None,
) -> bool:
    """Ask for a folder, then write the export off the UI thread; False if cancelled."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "SubjectAccess", "Choose a folder for the person's data (keep it as safe as the vault)"
        ),
    )
    if not folder:
        return False
    lang = "pt" if preferences.language().startswith("pt") else "en"

    def work() -> list[Path]:
        return write_subject_access(build_subject_access(vault, member_id, lang), Path(folder))

    def done(paths: list[Path]) -> None:
        finished()
        text = QCoreApplication.translate(
            "SubjectAccess",
            "The person's data were saved as %1 and %2. Check them before handing them over.",
        )
        text = text.replace("%1", paths[0].name).replace("%2", paths[1].name)
        scans = len(paths) - 2
        if scans:
            text += " " + plural(
                scans,
                QCoreApplication.translate(
                    "SubjectAccess", "1 scanned document was saved beside them."
                ),
                QCoreApplication.translate(
                    "SubjectAccess", "%1 scanned documents were saved beside them."
                ),
            )
        QMessageBox.information(
            parent, QCoreApplication.translate("SubjectAccess", "Subject access"), text
        )

    def failed(error: BaseException) -> None:
        finished()
        if isinstance(error, VaultError):
            message = vault_error_sentence(error)
        elif isinstance(error, OSError):
            message = QCoreApplication.translate(
                "SubjectAccess", "The files could not be written in that folder; choose another."
            )
        else:
            log.error("subject-access export failed: %s", type(error).__name__)
            message = QCoreApplication.translate(
                "SubjectAccess", "The export could not be made; see the log for the kind of error."
            )
        QMessageBox.warning(
            parent, QCoreApplication.translate("SubjectAccess", "Subject access"), message
        )

    operations.run(work, done, failed)
    return True
