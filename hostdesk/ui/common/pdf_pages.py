"""PDF pages as images, for printing and for looking at a document inside the app.

PDFium (pypdfium2) rasterises the pages in memory: nothing is written to disk
and no outside viewer is involved. Safe to call off the GUI thread (QImage is).
"""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def pages(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page as an opaque white-backed image at ``dpi``, one at a time."""
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            yield _render(document, index, dpi)
    finally:
        document.close()


def render_page(pdf: bytes, index: int, dpi: float) -> QImage:
    """Page ``index`` (from 0) alone, for a viewer that shows one page at a time."""
    document = pdfium.PdfDocument(pdf)
    try:
        return _render(document, index, dpi)
    finally:
        document.close()


def _render(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, fill_color=(255, 255, 255, 255))
        # An opaque fill gives BGR, three bytes a pixel; bytes() copies them out of
        # PDFium's buffer before the bitmap is freed.
        kind = QImage.Format.Format_BGR888 if bitmap.n_channels == 3 else QImage.Format.Format_RGB32
        data = bytes(bitmap.buffer)
        image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, kind).copy()
        bitmap.close()
    finally:
        page.close()
    return image
