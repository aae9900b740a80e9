"""Paragraphs in any of the programme's scripts, laid out left to right or right to left.

ReportLab's own paragraphs draw one direction with one font. A family document
in Arabic, Dari, Farsi or Pashto runs right to left and quotes Latin words
(the entity's name, "RGPD", an e-mail address, a telephone number); one in
Tigrinya mixes Ge'ez letters with Latin digits, which the Ge'ez font lacks.
This module breaks a paragraph into lines, and each line into pieces of one
direction and one font, in the order they are seen:

* characters are strong right-to-left (Arabic letters), strong left-to-right
  (Latin, Cyrillic, Ge'ez letters) or neutral (spaces, punctuation); numbers
  count as left-to-right, so "808 24 24 24" or "05/12/2026" read the same in
  every language (a full Unicode bidi algorithm would turn the groups of a
  telephone number around in an Arabic sentence);
* neutrals between two runs of the same direction take it, others take the
  paragraph's direction (so a full stop after a Latin word at the end of an
  Arabic sentence goes to the far left, where an Arabic reader expects it);
* runs are put in visual order: reversed in a right-to-left paragraph;
* Arabic letters are joined by HarfBuzz (``uharfbuzz``), which also returns
  them in visual order and mirrors brackets; a bracket drawn from Noto Sans
  (Noto Sans Arabic has none) is mirrored here.

Two embedding levels are all these documents need (the Unicode algorithm's
deeper nesting only arises with explicit embedding marks, which a text file of
ours has no use for).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.platypus import Flowable

from hostdesk.reports import fonts

_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))  # fmt: skip
_ETHIOPIC_RANGES = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))
_JOINERS = "\u200c\u200d"  # zero-width non-joiner (Persian) and joiner stay in their word

R, L, N = "R", "L", "N"
_NEUTRAL_KINDS = frozenset({"WS", "CS", "ON", "ES", "ET", "S", "B"})


@dataclass(frozen=True)
class Piece:
    """Text ready to draw left to right in one font (a shaped Arabic run or plain text)."""

    text: Any  # str, or reportlab's ShapedStr (a str subclass carrying glyph positions)
    font: str
    size: float
    width: float
    rtl: bool  # drawn from an Arabic right-to-left run (tests read the glyph order)


def _in(ranges: Sequence[tuple[int, int]], ch: str) -> bool:
    cp = ord(ch)
    return any(low <= cp <= high for low, high in ranges)


def _direction(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return R
    if kind in ("L", "EN", "AN"):  # numbers read left to right (see the module's note)
        return L
    return N


def _font_of(ch: str, bold: bool) -> str:
    if _in(_ARABIC_RANGES, ch) or ch in _JOINERS:
        return fonts.ARABIC
    if _in(_ETHIOPIC_RANGES, ch):
        return fonts.ETHIOPIC
    return fonts.SANS_BOLD if bold else fonts.SANS


@cache
def _has_glyph(font: str, ch: str) -> bool:
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    return ord(ch) in face.charToGlyph


def base_is_rtl(text: str) -> bool:
    """The direction of a text by its first strong letter (Unicode's rule P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _resolved(text: str, rtl: bool) -> list[str]:
    """Each character's direction once neutrals are settled."""
    dirs: list[str] = []
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("NSM", "BN") and dirs:  # marks and joiners belong to the letter before
            dirs.append(dirs[-1])
        else:
            dirs.append(_direction(ch))
    base = R if rtl else L
    _numbers(text, dirs)
    _brackets(text, dirs, base)
    i = 0
    while i < len(dirs):
        if dirs[i] != N:
            i += 1
            continue
        j = i
        while j < len(dirs) and dirs[j] == N:
            j += 1
        before = dirs[i - 1] if i > 0 else base
        after = dirs[j] if j < len(dirs) else base
        for k in range(i, j):
            dirs[k] = before if before == after else base
        i = j
    return dirs


def _numbers(text: str, dirs: list[str]) -> None:
    """A sign or separator touching a digit belongs to the number: "+351", "9h-17h", "50%"."""
    for i, ch in enumerate(text):
        if unicodedata.bidirectional(ch) not in ("ES", "ET", "CS") or dirs[i] != N:
            continue
        before = i > 0 and text[i - 1].isdigit()
        after = i + 1 < len(text) and text[i + 1].isdigit()
        # A separator needs digits on both sides (05/12/2026); a sign, one (+351, 50%).
        if (before and after) or (unicodedata.bidirectional(ch) != "CS" and (before or after)):
            dirs[i] = L


def _brackets(text: str, dirs: list[str], base: str) -> None:
    """Both brackets of a pair take one direction (Unicode's rule N0, simplified).

    A pair holding a letter of the paragraph's direction takes it; one holding
    only the other direction takes that direction when the text before the
    opening bracket runs that way too; otherwise the paragraph's direction.
    "(SNS 24)" in an Arabic sentence keeps both its brackets on the Arabic side.
    """
    opening = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}
    stack: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch in opening:
            stack.append((i, opening[ch]))
            continue
        if not stack or ch != stack[-1][1]:
            continue
        start, _ = stack.pop()
        inside = {d for d in dirs[start + 1 : i] if d != N}
        before = next((d for d in reversed(dirs[:start]) if d != N), base)
        dirs[start] = dirs[i] = base if base in inside or not inside else before


def _runs(text: str, rtl: bool, bold: bool) -> list[tuple[str, str, str]]:
    """(direction, font, text) runs in logical order."""
    dirs = _resolved(text, rtl)
    runs: list[tuple[str, str, str]] = []
    previous_font = fonts.SANS_BOLD if bold else fonts.SANS
    for ch, direction in zip(text, dirs, strict=True):
        font = _font_of(ch, bold)
        # A space or a punctuation mark stays in the font around it when that font has it.
        if unicodedata.bidirectional(ch) in _NEUTRAL_KINDS and _has_glyph(previous_font, ch):
            font = previous_font
        if not _has_glyph(font, ch):
            font = fonts.SANS_BOLD if bold else fonts.SANS
        if runs and runs[-1][0] == direction and runs[-1][1] == font:
            runs[-1] = (direction, font, runs[-1][2] + ch)
        else:
            runs.append((direction, font, ch))
        previous_font = font
    return runs


def _piece(direction: str, font: str, text: str, size: float) -> Piece:
    if direction == R and font == fonts.ARABIC and any(
        unicodedata.bidirectional(ch) in ("R", "AL") for ch in text
    ):
        shaped = shapeStr(text, fonts.ARABIC, size, force=True)
        data = getattr(shaped, "__shapeData__", None)
        if data is not None:
            return Piece(shaped, font, size, sum(d.x_advance for d in data) * size / 1000, True)
        text = text[::-1]  # without uharfbuzz: unjoined, but in the right order
        return Piece(text, font, size, pdfmetrics.stringWidth(text, font, size), True)
    if direction == R:
        text = text[::-1].translate(_MIRROR)
    return Piece(text, font, size, pdfmetrics.stringWidth(text, font, size), direction == R)


def line_pieces(text: str, size: float, rtl: bool, bold: bool = False) -> list[Piece]:
    """One line of ``text`` as pieces in visual order, left to right."""
    fonts.register_fonts()
    text = unicodedata.normalize("NFC", text)
    runs = _runs(text, rtl, bold)
    # Group consecutive runs of one direction; a group of the paragraph's other direction
    # reads its own way inside it.
    groups: list[list[tuple[str, str, str]]] = []
    for run in runs:
        if groups and groups[-1][0][0] == run[0]:
            groups[-1].append(run)
        else:
            groups.append([run])
    if rtl:
        groups.reverse()
    pieces: list[Piece] = []
    for group in groups:
        ordered = reversed(group) if group[0][0] == R else group
        pieces.extend(_piece(d, f, t, size) for d, f, t in ordered)
    return pieces


def width_of(pieces: Sequence[Piece]) -> float:
    return sum(p.width for p in pieces)


def wrap_lines(text: str, size: float, width: float, rtl: bool, bold: bool = False) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``width`` (a longer word stays whole)."""
    words = text.split()
    lines: list[str] = []
    current: list[str] = []
    for word in words:
        trial = " ".join([*current, word])
        if current and width_of(line_pieces(trial, size, rtl, bold)) > width:
            lines.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


class ScriptParagraph(Flowable):
    """A paragraph in any script, aligned to its starting side; splits across pages.

    ``marker`` puts a bullet ("bullet") or a box to tick ("box") at the start
    side, the text indented beside it ("indent": the indent alone).
    """

    MARKER_WIDTH = 14.0

    def __init__(
        self,
        text: str,
        *,
        size: float = 10,
        leading: float | None = None,
        rtl: bool | None = None,
        bold: bool = False,
        color: Color | None = None,
        space_before: float = 0,
        space_after: float = 4,
        marker: str = "",
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.leading = leading or size * 1.4
        self.rtl = base_is_rtl(text) if rtl is None else rtl
        self.bold = bold
        self.color = color
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.marker = marker
        self._lines = lines
        self._pieces: list[list[Piece]] = []

    def _text_width(self, avail_width: float) -> float:
        return avail_width - (self.MARKER_WIDTH if self.marker else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None:
            self._lines = wrap_lines(
                self.text, self.size, self._text_width(avail_width), self.rtl, self.bold
            )
        self._pieces = [line_pieces(line, self.size, self.rtl, self.bold) for line in self._lines]
        self.width = avail_width
        self.height = max(len(self._lines), 1) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // self.leading)
        assert self._lines is not None
        if fit < 1 or fit >= len(self._lines):
            return []
        first = self._copy(self._lines[:fit], self.marker, space_after=0)
        rest = self._copy(self._lines[fit:], "", space_after=self.spaceAfter)
        rest.indent_for_marker = bool(self.marker)
        return [first, rest]

    def _copy(self, lines: list[str], marker: str, space_after: float) -> ScriptParagraph:
        part = ScriptParagraph(
            " ".join(lines), size=self.size, leading=self.leading, rtl=self.rtl, bold=self.bold,
            color=self.color, space_after=space_after, marker=marker, lines=lines,
        )  # fmt: skip
        return part

    indent_for_marker = False  # the continuation of a list item keeps the item's indent

    def draw(self) -> None:
        c = self.canv
        if self.color is not None:
            c.setFillColor(self.color)
            c.setStrokeColor(self.color)
        indent = self.MARKER_WIDTH if (self.marker or self.indent_for_marker) else 0
        baseline = self.height - self.size * 1.05
        for number, pieces in enumerate(self._pieces):
            line_width = width_of(pieces)
            x = self.width - indent - line_width if self.rtl else indent
            if number == 0 and self.marker:
                self._draw_marker(baseline)
            for piece in pieces:
                c.setFont(piece.font, piece.size)
                c.drawString(x, baseline, piece.text)
                x += piece.width
            baseline -= self.leading

    def _draw_marker(self, baseline: float) -> None:
        c, size = self.canv, self.size
        start = self.width - self.MARKER_WIDTH if self.rtl else 0
        if self.marker == "box":
            side = size * 0.8
            c.setLineWidth(0.7)
            c.rect(self.width - 1 - side if self.rtl else 1, baseline - 0.5, side, side)
        elif self.marker == "bullet":
            c.setFont(fonts.SANS, size)
            c.drawString(start + 2 if not self.rtl else start + self.MARKER_WIDTH - 8, baseline,
                         "•")  # fmt: skip
