"""The fonts the reports embed, and text shaped for them.

Noto Sans covers Latin (with every Portuguese diacritic) and Cyrillic; Arabic
(and Dari/Farsi) and Ge'ez (Tigrinya, Amharic) have fonts of their own. Arabic
letters change form with their neighbours and run right to left: HarfBuzz
(``uharfbuzz``, which ReportLab uses for shaping) joins them and returns the
glyphs in visual order, so the PDF shows them as a reader expects while a PDF
reader still extracts the text.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

from hostdesk import resources
from hostdesk.domain.names import script_of
from hostdesk.domain.vocabulary import Script

log = logging.getLogger(__name__)

FONTS = "fonts"  # the folder of shipped resources they are in (with their licence, OFL.txt)

SANS = "HDSans"
SANS_BOLD = "HDSans-Bold"
ARABIC = "HDSansArabic"
ETHIOPIC = "HDSansEthiopic"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
}
_SCRIPT_FONTS = {Script.ARABIC: ARABIC, Script.ETHIOPIC: ETHIOPIC}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Load the fonts once per process (batches call this from a worker thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            # A missing file raises resources.MissingResource: a packaging fault.
            with resources.as_path(FONTS, filename) as path:
                # Only Arabic needs shaping; Latin shaped by HarfBuzz would turn "fi" into a
                # ligature that text search in a PDF reader no longer finds.
                font = TTFont(name, str(path), shapable=(name == ARABIC))
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD)
        _registered = True


def font_for(text: str) -> str:
    """The font that has the letters of ``text``'s script."""
    return _SCRIPT_FONTS.get(script_of(text), SANS)


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@dataclass(frozen=True)
class Shaped:
    """Text ready to draw with ``font`` at ``size``, and its width in points."""

    text: str
    font: str
    size: float
    width: float


def shape(text: str, size: float, font: str | None = None) -> Shaped:
    """``text`` in its script's font; Arabic joined and laid out right to left.

    Names are NFC-normalised first so that a name typed with combining accents
    draws the same precomposed letters the font has.
    """
    register_fonts()
    text = unicodedata.normalize("NFC", text)
    font = font or font_for(text)
    if font == ARABIC and is_rtl(text):
        shaped = _shape_rtl(text, size)
        data = getattr(shaped, "__shapeData__", None)
        if data is not None:
            return Shaped(shaped, font, size, sum(d.x_advance for d in data) * size / 1000)
        # Without uharfbuzz the letters come out unjoined, but the report is still made.
        log.warning("uharfbuzz is not installed: Arabic names are drawn unshaped")
        text = str(shaped)
    return Shaped(text, font, size, pdfmetrics.stringWidth(text, font, size))


def _shape_rtl(text: str, size: float) -> ShapedStr:
    """Shape word by word and put the words right to left.

    HarfBuzz reverses a whole buffer when it guesses a right-to-left run, which
    would also reverse a Latin word inside an Arabic name; shaping each word
    alone and ordering the words ourselves keeps both readable. Consecutive
    left-to-right words keep their own order (the bidi rule for a short run).
    """
    words = text.split()
    runs: list[list[str]] = []
    for word in words:
        rtl = is_rtl(word)
        if runs and not rtl and not is_rtl(runs[-1][-1]):
            runs[-1].append(word)
        else:
            runs.append([word])
    ordered = [word for run in reversed(runs) for word in run]
    result: ShapedStr | None = None
    for word in ordered:
        piece = shapeStr(word, ARABIC, size, force=True)
        result = (
            piece if result is None else result + shapeStr(" ", ARABIC, size, force=True) + piece
        )
    return result if result is not None else shapeStr("", ARABIC, size, force=True)
