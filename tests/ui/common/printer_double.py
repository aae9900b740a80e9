"""Qt's print dialog answered for a test: the printer chosen is a PDF file to read back.

Everything else is the app's own: the printer ``choose_printer`` makes (its
orientation and document name), the drawing, the thread it runs on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from hostdesk.ui.common import printing


def print_to_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Every print dialog from now on is accepted, printing to ``path``.

    Returns the names of the documents printed (not the printers: the test
    keeps no Qt object of the app's alive past its work).
    """
    chosen: list[str] = []

    class _Dialog:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer: QPrinter, _parent: QWidget | None = None) -> None:
            self._printer = printer

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> QPrintDialog.DialogCode:
            self._printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self._printer.setOutputFileName(str(path))
            chosen.append(self._printer.docName())
            del self._printer
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", _Dialog)
    monkeypatch.setattr(printing, "_told_about_spooler", lambda _parent: True)
    return chosen
