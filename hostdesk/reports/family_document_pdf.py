"""A family document laid out on A4: its text, the family's members, goals and signatures.

Every line goes through ``script_text`` so that a text in Arabic script runs
right to left, aligned to the right margin, with lists and boxes to tick on the
right, and the page footer follows the same direction. The fonts are the
reports' own (Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic), embedded.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)

from hostdesk.domain import family_text_format as fmt
from hostdesk.domain.family_text_format import Block, BlockKind, FamilyText
from hostdesk.domain.family_texts import BY_CODE, DIMENSION_LABELS
from hostdesk.reports import fonts
from hostdesk.reports.pdfkit import ACCENT, INK, MARGIN, MUTED, PAGE, RULE
from hostdesk.reports.script_text import ScriptParagraph, line_pieces, width_of

BODY_WIDTH = PAGE[0] - 2 * MARGIN
BODY, LEADING = 10.0, 13.6
DIMENSIONS = tuple(label.split(".", 1)[1] for label in DIMENSION_LABELS)


@dataclass(frozen=True)
class MemberLine:
    name_latin: str
    name_original: str
    is_head: bool
    adult: bool  # signs for themselves (an unknown age counts as adult)


@dataclass(frozen=True)
class GoalLine:
    dimension: str
    description: str  # as the team recorded it, usually in Portuguese
    status: str
    target: date | None
    member_name: str  # "" for the whole family


@dataclass(frozen=True)
class DocumentData:
    """What the vault gives a document: placeholder values, members, goals."""

    values: dict[str, str]
    members: list[MemberLine] = field(default_factory=list)
    goals: list[GoalLine] = field(default_factory=list)
    worker_name: str = ""
    entity_name: str = ""


@dataclass(frozen=True)
class Part:
    """One language's version of the document, and the staff's note on its text."""

    text: FamilyText
    note: str = ""  # which text, which version, reviewed by whom (for the entity's file)


def short_date(day: date) -> str:
    """Day first with slashes: read the same way in every language of the documents."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _rtl(text: FamilyText) -> bool:
    return BY_CODE[text.language].rtl


def _blocks(text: FamilyText, data: DocumentData) -> list[Flowable]:
    rtl = _rtl(text)
    story: list[Flowable] = []
    for block in fmt.resolved(text, data.values):
        story.extend(_block(block, text, data, rtl))
    return story


def _block(block: Block, text: FamilyText, data: DocumentData, rtl: bool) -> list[Flowable]:
    kind = block.kind
    if kind is BlockKind.TITLE:
        return [ScriptParagraph(block.text, size=16, rtl=rtl, bold=True, color=INK,
                                space_after=8)]  # fmt: skip
    if kind is BlockKind.HEADING:
        return [CondPageBreak(18 * mm),
                ScriptParagraph(block.text, size=12, rtl=rtl, bold=True, color=ACCENT,
                                space_before=7, space_after=2.5)]  # fmt: skip
    if kind is BlockKind.PARAGRAPH:
        return [ScriptParagraph(block.text, size=BODY, leading=LEADING, rtl=rtl, space_after=4)]
    if kind is BlockKind.ITEM:
        return [ScriptParagraph(block.text, size=BODY, leading=LEADING, rtl=rtl, marker="bullet",
                                space_after=1.5)]  # fmt: skip
    if kind is BlockKind.CHOICE:
        return [ScriptParagraph(block.text, size=BODY, leading=LEADING, rtl=rtl, marker="box",
                                space_after=4)]  # fmt: skip
    if block.text == "members":
        return _members(data, rtl)
    if block.text == "goals":
        return _goals(text, data, rtl)
    if block.text == "signatures":
        return _signatures(text, data, rtl)
    return []


def _member_name(member: MemberLine, rtl: bool) -> str:
    names = [member.name_latin, member.name_original]
    if rtl:
        names.reverse()  # the name in Arabic script first, at the right
    return " · ".join(n for n in names if n)


def _members(data: DocumentData, rtl: bool) -> list[Flowable]:
    return [ScriptParagraph(_member_name(m, rtl), size=10.5, rtl=rtl, marker="bullet",
                            space_after=2) for m in data.members]  # fmt: skip


def _goals(text: FamilyText, data: DocumentData, rtl: bool) -> list[Flowable]:
    story: list[Flowable] = []
    for dimension in DIMENSIONS:
        goals = [g for g in data.goals if g.dimension == dimension]
        heading = ScriptParagraph(fmt.label(text, f"dimension.{dimension}"), size=11, rtl=rtl,
                                  bold=True, space_before=6, space_after=2)  # fmt: skip
        if not goals:
            none = ScriptParagraph(fmt.label(text, "goal.none"), size=9.5, rtl=rtl, color=MUTED)
            story.append(KeepTogether([heading, none]))
            continue
        items: list[Flowable] = [heading]
        for goal in goals:
            facts = [goal.member_name or fmt.label(text, "goal.whole_family"),
                     fmt.label(text, f"status.{goal.status}")]  # fmt: skip
            if goal.target is not None:
                facts.append(fmt.label(text, "goal.target", date=short_date(goal.target)))
            # Aligned like the document; a Portuguese description still reads left to right.
            items.append(ScriptParagraph(goal.description, size=BODY, leading=LEADING, rtl=rtl,
                                         marker="bullet", space_after=0))  # fmt: skip
            items.append(ScriptParagraph(" · ".join(f for f in facts if f), size=9, rtl=rtl,
                                         color=MUTED, marker="indent", space_after=4))  # fmt: skip
        story.append(KeepTogether(items[:3]))
        story.extend(items[3:])
    return story


class SignatureLine(Flowable):
    """A printed name, then a line to sign on and a line for the date, labelled below."""

    def __init__(self, caption: str, name: str, sign: str, day: str, rtl: bool) -> None:
        super().__init__()
        self.caption, self.name, self.sign, self.day, self.rtl = caption, name, sign, day, rtl
        self.spaceBefore = 6

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = 24 * mm
        return self.width, self.height

    def _text(self, text: str, x: float, y: float, size: float, *, at_right: bool) -> None:
        pieces = line_pieces(text, size, self.rtl)
        x = x - width_of(pieces) if at_right else x
        for piece in pieces:
            self.canv.setFont(piece.font, piece.size)
            self.canv.drawString(x, y, piece.text)
            x += piece.width

    def draw(self) -> None:
        c, w, h = self.canv, self.width, self.height
        c.setFillColor(INK)
        line = f"{self.caption}: {self.name}" if self.name else self.caption
        self._text(line, w if self.rtl else 0, h - 10, 10, at_right=self.rtl)
        sign_w, gap = w * 0.6, w * 0.08
        day_w = w - sign_w - gap
        # The signature on the reading side's start, the date after it.
        sign_x = w - sign_w if self.rtl else 0
        day_x = 0 if self.rtl else sign_w + gap
        y = 9 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.line(sign_x, y, sign_x + sign_w, y)
        c.line(day_x, y, day_x + day_w, y)
        c.setFillColor(MUTED)
        self._text(self.sign, sign_x + (sign_w if self.rtl else 0), y - 11, 8.5, at_right=self.rtl)
        self._text(self.day, day_x + (day_w if self.rtl else 0), y - 11, 8.5, at_right=self.rtl)


def _signatures(text: FamilyText, data: DocumentData, rtl: bool) -> list[Flowable]:
    sign, day = fmt.label(text, "sign.signature"), fmt.label(text, "sign.date")
    signers = [m for m in data.members if m.adult][:6] or data.members[:1]
    lines: list[Flowable] = [
        SignatureLine(fmt.label(text, "sign.name"), _member_name(m, rtl), sign, day, rtl)
        for m in signers
    ]
    lines.append(SignatureLine(fmt.label(text, "sign.entity"),
                               " · ".join(n for n in (data.entity_name, data.worker_name) if n),
                               sign, day, rtl))  # fmt: skip
    return [Spacer(1, 4 * mm), *lines]


def _footer_canvas(parts: Sequence[tuple[int, FamilyText, str]]) -> type[Canvas]:
    """Pages held back to write "page X of Y" in each part's language and direction.

    ``parts`` gives, for each language's version, its first page, text and the
    footer's left words (the entity and the document's title).
    """

    class _FooterCanvas(Canvas):
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
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            number = self._pageNumber
            _, text, caption = max((p for p in parts if p[0] <= number), key=lambda p: p[0])
            rtl = _rtl(text)
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, 12 * mm, PAGE[0] - MARGIN, 12 * mm)
            self.setFillColor(MUTED)
            page = fmt.label(text, "page", page=number, pages=total)
            start, end = (PAGE[0] - MARGIN, MARGIN) if rtl else (MARGIN, PAGE[0] - MARGIN)
            for words, x, at_right in ((caption, start, rtl), (page, end, not rtl)):
                pieces = line_pieces(words, 7.5, rtl)
                x = x - width_of(pieces) if at_right else x
                for piece in pieces:
                    self.setFont(piece.font, piece.size)
                    self.drawString(x, 8 * mm, piece.text)
                    x += piece.width
            self.restoreState()

    return _FooterCanvas


class _PartStart(Flowable):
    """Marks the page where a language's version starts (for the footer)."""

    def __init__(self, starts: list[int]) -> None:
        super().__init__()
        self.starts = starts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.starts.append(self.canv.getPageNumber())


def render_document(parts: Sequence[Part], data: DocumentData) -> bytes:
    """The document in each of ``parts``' languages, one after the other, as PDF bytes."""
    fonts.register_fonts()
    # Laid out twice: the first pass finds the page where each part starts (a part's
    # footer speaks its language); the pages are the same the second time.
    starts: list[int] = []
    _build(_fresh(parts, data, starts), parts, data, [1] * len(parts))
    first_pages = list(starts)
    starts.clear()
    return _build(_fresh(parts, data, starts), parts, data, first_pages)


def _fresh(parts: Sequence[Part], data: DocumentData, starts: list[int]) -> list[Flowable]:
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if index:
            story.append(PageBreak())
        story.append(_PartStart(starts))
        story.extend(_blocks(part.text, data))
        if part.note:
            story.append(Spacer(1, 5 * mm))
            story.append(ScriptParagraph(part.note, size=7.5, rtl=False, color=MUTED))
    return story


def _build(
    story: list[Flowable], parts: Sequence[Part], data: DocumentData, first_pages: list[int]
) -> bytes:
    buffer = io.BytesIO()
    main = parts[0].text
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=main.title, author=data.entity_name, subject=main.title,
        creator="HostDesk", producer="HostDesk (ReportLab)", keywords="",
        initialFontName=fonts.SANS, initialFontSize=10, lang=main.language,
    )  # fmt: skip
    frame = Frame(MARGIN, MARGIN, BODY_WIDTH, PAGE[1] - 2 * MARGIN, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    captions = [
        (first, part.text, " · ".join(n for n in (data.entity_name, part.text.title) if n))
        for first, part in zip(first_pages, parts, strict=True)
    ]
    doc.build(story, canvasmaker=_footer_canvas(captions))
    return buffer.getvalue()
