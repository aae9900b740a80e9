"""Printing on paper: a family's report, a visit record, a list.

Qt's print dialog chooses the printer; the pages are drawn on a thread of
their own (Qt allows painting on a QPrinter outside the GUI thread), so a long
report never freezes the window. Nothing is written to a file of ours, but the
operating system keeps the pages in its print queue (the spooler) until they
are printed, often longer: the first time, the user is told so, and may ask not
to be told again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, Qt
from PySide6.QtGui import QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from hostdesk.ui.common import pdf_pages
from hostdesk.ui.common.numbers import plural
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)

_NOTED = "print/spooler_noted"


def spooler_note() -> str:
    return QCoreApplication.translate(
        "Printing",
        "The computer keeps a copy of what is printed in its print queue until the printer "
        "has it, and sometimes longer. Print families' data only on a printer of your "
        "entity, and collect the pages at once.",
    )


def _told_about_spooler(parent: QWidget | None) -> bool:
    """The spooler note, until the user asks not to see it again; False: do not print."""
    settings = QSettings("HostDesk", "HostDesk")
    if settings.value(_NOTED, False, type=bool):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
    box.setText(spooler_note())
    again = QCheckBox(QCoreApplication.translate("Printing", "Do not tell me again"))
    box.setCheckBox(again)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return False
    if again.isChecked():
        settings.setValue(_NOTED, True)
    return True


def choose_printer(
    parent: QWidget | None, title: str, landscape: bool = False
) -> QPrinter | None:
    """The spooler note, then Qt's print dialog; None when the user cancels either.

    ``landscape`` proposes the paper on its side (a list with many columns);
    the dialog can still change it.
    """
    if not _told_about_spooler(parent):
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print: %1").replace("%1", title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def draw_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Every page of ``pdf`` on ``printer``, fitted to the paper; returns the page count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    count = 0
    try:
        dpi = min(printer.resolution(), 300)
        area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        area.moveTo(0, 0)
        for image in pdf_pages.pages(pdf, dpi):
            if count:
                printer.newPage()
            size = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size.toSizeF()), image)
            count += 1
    finally:
        painter.end()
    return count


def print_pdf(
    parent: QWidget | None,
    operations: Operations,
    title: str,
    pdf: bytes,
    done: Callable[[str], None],
) -> bool:
    """Print ``pdf`` off the GUI thread; ``done`` gets one sentence (printed, or why not)."""
    printer = choose_printer(parent, title)
    if printer is None:
        return False
    operations.run_aside(lambda: draw_pdf(printer, pdf), _printed(done), _failed(done))
    return True


def print_rendered(
    parent: QWidget | None,
    operations: Operations,
    title: str,
    render: Callable[[], bytes],
    done: Callable[[str], None],
) -> bool:
    """The printer first, then ``render`` (a PDF) on the database thread, then the pages.

    The print dialog comes before the work, so a cancelled dialog makes nothing
    (and audits nothing: ``render`` audits what it makes).
    """
    printer = choose_printer(parent, title)
    if printer is None:
        return False

    def made(pdf: bytes) -> None:
        operations.run_aside(lambda: draw_pdf(printer, pdf), _printed(done), _failed(done))

    def not_made(error: BaseException) -> None:
        log.error("the document to print could not be made: %s", type(error).__name__)
        done(QCoreApplication.translate(
            "Printing", "The document could not be made; nothing was printed."))  # fmt: skip

    operations.run(render, made, not_made)
    return True


def draw_html(printer: QPrinter, html: str) -> None:
    """A short text document laid out by Qt on ``printer`` (safe off the GUI thread)."""
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)


def print_html(
    parent: QWidget | None,
    operations: Operations,
    title: str,
    html: str,
    done: Callable[[str], None],
) -> bool:
    """A list laid out by Qt (on landscape paper), printed off the GUI thread.

    ``done`` gets one sentence: sent, or why not.
    """
    printer = choose_printer(parent, title, True)
    if printer is None:
        return False

    def printed(_result: object) -> None:
        done(QCoreApplication.translate("Printing", "Sent the list to the printer."))

    operations.run_aside(lambda: draw_html(printer, html), printed, _failed(done))
    return True


def _printed(done: Callable[[str], None]) -> Callable[[int], None]:
    def printed(pages: int) -> None:
        done(
            plural(
                pages,
                QCoreApplication.translate("Printing", "Sent 1 page to the printer."),
                QCoreApplication.translate("Printing", "Sent %1 pages to the printer."),
            )
        )

    return printed


def _failed(done: Callable[[str], None]) -> Callable[[BaseException], None]:
    def failed(error: BaseException) -> None:
        log.error("printing failed: %s", type(error).__name__)
        done(QCoreApplication.translate("Printing", "The printer did not take the pages."))

    return failed
