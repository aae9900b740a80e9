"""A family's progress report from its workspace: saved (Ctrl+P) or printed (Ctrl+Shift+P).

The first time, the worker chooses the folder where reports go, told that
files there are not encrypted; HostDesk remembers it (per computer). The PDF
is made off the UI thread; a message then gives its path and a "Show in
folder" button.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from hostdesk.reports import family as family_reports
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import preferences, printing
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)


def default_period(today: date) -> tuple[date, date]:
    """The first day of the previous month to today (the Reports screen's default)."""
    first = today.replace(day=1)
    previous = (
        first.replace(year=first.year - 1, month=12)
        if first.month == 1
        else first.replace(month=first.month - 1)
    )
    return previous, today


def report_name(case_number: str, start: date, end: date) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in case_number)
    return f"progresso-{safe}-{start:%Y%m%d}-{end:%Y%m%d}.pdf"


def reports_folder(parent: QWidget) -> Path | None:
    """The remembered reports folder; the first time, asked for (with a word on safety)."""
    folder = preferences.reports_folder()
    if folder is not None:
        return folder
    answer = QMessageBox.information(
        parent,
        QCoreApplication.translate("FamilyReport", "Where reports are saved"),
        QCoreApplication.translate(
            "FamilyReport",
            "Choose once the folder where HostDesk saves progress reports; it remembers it.\n\n"
            "Reports saved there are ordinary PDF files, not encrypted like the vault: "
            "anyone who can open that folder can read them. Prefer a folder only you use, "
            "on this computer; avoid folders copied to a cloud (on Windows, Documents and "
            "Desktop often are).",
        ),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Ok,
    )
    if answer != QMessageBox.StandardButton.Ok:
        return None
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("FamilyReport", "Choose the folder for reports"),
        str(Path.home()),
    )
    if not chosen:
        return None
    folder = Path(chosen)
    preferences.set_reports_folder(folder)
    return folder


class FamilyReportAction(QObject):
    """Makes one family's report into the reports folder (``saved(path)``), or prints it."""

    saved = Signal(object)
    printed = Signal(str)  # what became of a report sent to the printer, in one sentence

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._parent = parent
        self.busy = False
        self.last_box: QMessageBox | None = None
        self.last_path: Path | None = None

    def run(
        self,
        family_id: int,
        case_number: str,
        period: tuple[date, date] | None = None,
        lang: str | None = None,
    ) -> bool:
        """Start making the report; False when cancelled (no folder chosen) or already busy."""
        if self.busy:
            return False
        folder = reports_folder(self._parent)
        if folder is None:
            return False
        start, end = period or default_period(date.today())
        lang = lang or ("pt" if preferences.language().startswith("pt") else "en")
        target = folder / report_name(case_number, start, end)
        vault = self._vault

        def work() -> Path:
            pdf = family_reports.render_family_report(vault, family_id, start, end, lang)
            write_atomically(target, pdf)
            return target

        self.busy = True
        self._operations.run(work, self._done, self._failed)
        return True

    def print_report(
        self,
        family_id: int,
        case_number: str,
        period: tuple[date, date] | None = None,
        lang: str | None = None,
    ) -> bool:
        """The report straight to a printer (Qt's print dialog); False when cancelled.

        Made on the database thread, drawn on the printer beside it: the
        window stays usable. The result goes to ``printed`` as one sentence.
        """
        if self.busy:
            return False
        start, end = period or default_period(date.today())
        lang = lang or ("pt" if preferences.language().startswith("pt") else "en")
        vault = self._vault
        title = QCoreApplication.translate("FamilyReport", "Progress report %1").replace(
            "%1", case_number
        )

        def render() -> bytes:
            return family_reports.render_family_report(
                vault, family_id, start, end, lang, for_printer=True
            )

        def finished(sentence: str) -> None:
            self.busy = False
            self.printed.emit(sentence)

        started = printing.print_rendered(
            self._parent, self._operations, title, render, finished
        )
        self.busy = started
        return started

    def _done(self, path: Path) -> None:
        self.busy = False
        self.last_path = path
        self.saved.emit(path)
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("FamilyReport", "Progress report saved"))
        box.setText(
            QCoreApplication.translate(
                "FamilyReport", "The progress report was saved as:\n%1"
            ).replace("%1", str(path))
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "FamilyReport", "The file is not encrypted: keep it, and send it, with care."
            )
        )
        show: QPushButton = box.addButton(
            QCoreApplication.translate("FamilyReport", "Show in folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        show.clicked.connect(lambda: show_in_folder(path))
        box.addButton(QMessageBox.StandardButton.Ok)
        self.last_box = box
        box.open()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, OSError):
            message = QCoreApplication.translate(
                "FamilyReport",
                "The report could not be written in the reports folder; check that it still "
                "exists and that you may write there.",
            )
        else:
            fallback = QCoreApplication.translate(
                "FamilyReport", "The report could not be made; see the log for the kind of error."
            )
            message = error_text(error, fallback, "family report", log)
        QMessageBox.warning(
            self._parent, QCoreApplication.translate("FamilyReport", "Progress report"), message
        )


def show_in_folder(path: Path) -> bool:
    """The folder holding ``path``, in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
