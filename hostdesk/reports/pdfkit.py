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
from reportlab.pdfbase.pdfmetrics import stringWidth
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


CELL_PAD = 3.0

# Tables name a font for every cell, even one holding a paragraph; this one is embedded.
QUIET_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), fonts.SANS)]


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    style_map: dict[str, ParagraphStyle],
    *,
    zebra: bool = True,
) -> Table:
    """A table with a repeated header row; text that needs it wraps as a paragraph.

    Text that fits its column on one line is left a plain string: a paragraph
    per cell costs a markup parse and line breaking, most of a report's time.
    """
    cell, bold = style_map["cell"], style_map["cell_bold"]

    def fit(value: Any, width: float, style: ParagraphStyle) -> Any:
        if not isinstance(value, str):
            return value
        one_line = "\n" not in value and (
            stringWidth(value, style.fontName, style.fontSize) <= width - 2 * CELL_PAD
        )
        return value if one_line else para(value, style)

    data: list[list[Any]] = [[fit(h, w, bold) for h, w in zip(header, widths, strict=True)]]
    for row in rows:
        data.append([fit(v, w, cell) for v, w in zip(row, widths, strict=True)])
    commands: list[tuple[Any, ...]] = [
        *QUIET_FONT,
        ("FONTNAME", (0, 0), (-1, 0), bold.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND]))
    result = Table(data, colWidths=list(widths), repeatRows=1)
    result.setStyle(TableStyle(commands))
    return result


class Grid(Flowable):
    """A plain table for thousands of short cells, drawn with one text object per page.

    ReportLab's ``Table`` recomputes the whole remainder each time it splits
    across a page, which grows with the square of the rows; a monthly report
    of a thousand families has tens of thousands of cells. Cells here are
    single short lines (or a few with ``\\n``), cut with "…" if too wide; the
    header row repeats on every page.
    """

    FONT_SIZE = 7.0
    LINE = 8.6
    PAD = 3.0

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        strong_rows: frozenset[int] = frozenset(),
        zebra: bool = True,
        heights: Sequence[float] | None = None,
    ) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = rows
        self.widths = list(widths)
        self.strong_rows = strong_rows  # indexes into ``rows``: bold, on a band
        self.zebra = zebra
        # Measured once: the parts a split makes reuse them.
        self._heights = (
            list(heights) if heights is not None else [self._row_height(r) for r in rows]
        )
        self._header_height = self._row_height(self.header)

    def _row_height(self, row: Sequence[str]) -> float:
        lines = max((cell.count("\n") + 1 for cell in row if "\n" in cell), default=1)
        return lines * self.LINE + 2 * self.PAD - (self.LINE - self.FONT_SIZE)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self._header_height + sum(self._heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._header_height
        taken, used = 0, 0.0
        while taken < len(self.rows) and used + self._heights[taken] <= room:
            used += self._heights[taken]
            taken += 1
        if taken == 0:
            return []  # not even one row fits: the frame moves on to the next page
        return [self._part(0, taken), self._part(taken, len(self.rows))]

    def _part(self, start: int, stop: int) -> Grid:
        strong = frozenset(i - start for i in self.strong_rows if start <= i < stop)
        return Grid(
            self.header,
            self.rows[start:stop],
            self.widths,
            strong_rows=strong,
            zebra=self.zebra,
            heights=self._heights[start:stop],
        )

    def _fit(self, value: str, font: str, width: float) -> str:
        room = width - 2 * self.PAD
        # No glyph is wider than the font size: a short text cannot overflow.
        if len(value) * self.FONT_SIZE <= room or stringWidth(value, font, self.FONT_SIZE) <= room:
            return value
        while value and stringWidth(value + "…", font, self.FONT_SIZE) > room:
            value = value[:-1]
        return value + "…"

    def draw(self) -> None:
        c = self.canv
        top = self.height
        xs = [sum(self.widths[:i]) for i in range(len(self.widths))]
        # Backgrounds and rules first, then every cell's text in one text object.
        y = top - self._header_height
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.6)
        c.line(0, y, self.width, y)
        bands, rules = [], []
        for index, height in enumerate(self._heights):
            y -= height
            if index in self.strong_rows or (self.zebra and index % 2 == 1):
                bands.append((y, height))
            rules.append((0, y, self.width, y))
        c.setFillColor(BAND)
        for y0, height in bands:
            c.rect(0, y0, self.width, height, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.25)
        c.lines(rules)
        text = c.beginText()
        text.setFillColor(INK)
        self._text_row(text, self.header, top, fonts.SANS_BOLD, xs)
        y = top - self._header_height
        for index, (row, height) in enumerate(zip(self.rows, self._heights, strict=True)):
            font = fonts.SANS_BOLD if index in self.strong_rows else fonts.SANS
            self._text_row(text, row, y, font, xs)
            y -= height
        c.drawText(text)

    def _text_row(
        self, text: Any, row: Sequence[str], top: float, font: str, xs: Sequence[float]
    ) -> None:
        text.setFont(font, self.FONT_SIZE, self.LINE)
        for i, (x, cell) in enumerate(zip(xs, row, strict=False)):
            if not cell:
                continue
            # Like a spreadsheet, text runs on over the empty cells to its right.
            end = i + 1
            while end < len(row) and not row[end]:
                end += 1
            width = sum(self.widths[i:end])
            baseline = top - self.PAD - self.FONT_SIZE * 0.85
            for line in cell.split("\n"):
                text.setTextOrigin(x + self.PAD, baseline)
                text.textOut(self._fit(line, font, width))
                baseline -= self.LINE


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
