"""Printing: a PDF's pages reach the printer off the GUI thread; the spooler is mentioned once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from hostdesk.ui.common import printing
from hostdesk.ui.common.operations import Operations


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for number in range(pages):
        page.drawString(100, 750, f"Página {number + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_every_page_of_a_pdf_reaches_the_printer_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "choose_printer", lambda *_a: _file_printer(printed))
    operations = Operations()
    said: list[str] = []
    assert printing.print_pdf(None, operations, "Relatório", _pdf(3), said.append)
    assert operations.wait_idle(30_000)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == ["Sent 3 pages to the printer."]
    assert len(PdfReader(printed).pages) == 3


def test_a_cancelled_print_dialog_prints_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "choose_printer", lambda *_a: None)
    operations = Operations()
    assert not printing.print_pdf(None, operations, "Relatório", _pdf(1), lambda _s: None)


def test_the_spooler_note_shows_until_the_user_asks_not_to_see_it_again(qtbot: QtBot) -> None:
    QSettings("HostDesk", "HostDesk").remove(printing._NOTED)
    shown: list[str] = []

    def answer(tick_again: bool) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.checkBox().setChecked(tick_again)
            box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(50, lambda: answer(False))
    assert printing._told_about_spooler(None)
    QTimer.singleShot(50, lambda: answer(True))
    assert printing._told_about_spooler(None)
    assert printing._told_about_spooler(None)  # not asked a third time: no timer answers it
    assert len(shown) == 2 and "print queue" in shown[0]
