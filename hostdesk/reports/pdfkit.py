"""ReportLab pieces both reports share: styles, a "page X of Y" canvas, script-aware text."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from hostdesk.reports import fonts

PAGE = A4
MARGIN = 18 * mm
BODY_WIDTH = PAGE[0] - 2 * MARGIN

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
BAND = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#2b6cb0")
WARN = colors.HexColor("#d69e2e")


def styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=fonts.SANS_BOLD, fontSize=8, leading=10
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.SANS_BOLD, fontSize=16, leading=20, spaceAfter=2
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
        ),
    }


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (never markup: a note may hold "<" or "&")."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


class ScriptLine(Flowable):
    """One line in its own script's font; Arabic shaped and right-aligned.

    A name too wide for its cell is drawn smaller rather than cut or wrapped,
    since wrapping a right-to-left line would reorder its words.
    """

    def __init__(self, value: str, size: float = 8.5, align: str | None = None) -> None:
        super().__init__()
        self.value = value
        self.size = size
        self.align = align
        self._shaped: fonts.Shaped | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        shaped = fonts.shape(self.value, self.size)
        if shaped.width > avail_width > 0:
            shaped = fonts.shape(self.value, self.size * avail_width / shaped.width)
        self._shaped = shaped
        self.width = avail_width
        self.height = self.size * 1.45
        return self.width, self.height

    def draw(self) -> None:
        shaped = self._shaped or fonts.shape(self.value, self.size)
        right = self.align == "RIGHT" or (self.align is None and fonts.is_rtl(self.value))
        x = self.width - shaped.width if right else 0
        self.canv.setFillColor(INK)
        self.canv.setFont(shaped.font, shaped.size)
        self.canv.drawString(x, self.size * 0.35, shaped.text)


# Tables name a font for every cell, even one holding a paragraph; this one is embedded.
QUIET_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), fonts.SANS)]


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    style_map: dict[str, ParagraphStyle],
    *,
    zebra: bool = True,
    plain: bool = False,
) -> Table:
    """A table with a repeated header row; strings become wrapping paragraphs.

    ``plain`` keeps strings as single lines in a small font: many times faster
    for the thousands of rows of a monthly report, whose cells are short codes.
    """
    cell, bold = style_map["cell"], style_map["cell_bold"]
    data: list[list[Any]] = [[para(h, bold) for h in header]]
    if plain:
        data.extend(list(row) for row in rows)
    else:
        for row in rows:
            data.append([para(v, cell) if isinstance(v, str) else v for v in row])
    commands: list[tuple[Any, ...]] = [
        *QUIET_FONT,
        ("FONTNAME", (0, 1), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 1), (-1, -1), 7),
        ("LEADING", (0, 1), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND]))
    result = Table(data, colWidths=list(widths), repeatRows=1)
    result.setStyle(TableStyle(commands))
    return result


FooterText = Callable[[int, int], tuple[str, str]]


def numbered_canvas(footer: FooterText) -> type[Canvas]:
    """A canvas class that holds pages back until the end, to write "page X of Y"."""

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            left, right = footer(self._pageNumber, total)
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, 12 * mm, PAGE[0] - MARGIN, 12 * mm)
            self.setFont(fonts.SANS, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 8 * mm, left)
            self.drawRightString(PAGE[0] - MARGIN, 8 * mm, right)
            self.restoreState()

    return _NumberedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    footer: FooterText,
    lang: str = "pt",
    invariant: bool = False,
) -> bytes:
    """Lay out ``story`` on A4 and return the PDF; fonts are embedded (subset).

    ``invariant`` leaves out the creation time and random file id, so the same
    content gives the same bytes (the monthly report is stored by its hash).
    """
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="HostDesk",
        producer="HostDesk (ReportLab)",
        keywords="",
        invariant=1 if invariant else 0,
        # Helvetica, ReportLab's default, is not embedded: nothing may even name it.
        initialFontName=fonts.SANS,
        initialFontSize=9,
        lang="pt-PT" if lang == "pt" else "en",
    )
    # No frame padding: tables as wide as the text column line up with the paragraphs.
    frame = Frame(MARGIN, MARGIN, BODY_WIDTH, PAGE[1] - 2 * MARGIN, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()
