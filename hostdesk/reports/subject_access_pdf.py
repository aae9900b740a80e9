"""The subject-access export as a readable PDF: every section, every field held.

Each record is a small table of field and value (empty fields left out);
names in Arabic or Ge'ez script are drawn in their own font. The audit log
is one table of who did what, and when.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from hostdesk.domain.partial_date import PartialDate
from hostdesk.reports import fonts
from hostdesk.reports import subject_access_words as words
from hostdesk.reports.formatting import (
    Lang,
    format_date,
    format_euros,
    format_partial_date,
    format_short_date,
    format_size,
)
from hostdesk.reports.pdfkit import BODY_WIDTH, ScriptLine, build_pdf, para, styles, table

LABEL_WIDTH = 52 * mm
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})")
_MONEY = frozenset({"amount_cents", "monthly_rent_cents"})
# Said better by the name itself, drawn in its own script.
_HIDDEN = frozenset({"original_script"})
_LIST_SECTIONS = (
    "identifiers", "residence_permits", "health", "education", "language_courses",
    "employment", "consents", "documents", "housing", "plan_goals", "referrals", "activities",
    "follow_up_tasks", "allowance_payments",
)  # fmt: skip


def shown(lang: Lang, section: str, key: str, value: Any) -> str:
    """A stored value as the reader should see it ("" when there is nothing)."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return words.text(lang, "yes" if value else "no")
    if key in _MONEY and isinstance(value, int):
        return format_euros(value, lang)
    if key == "size_bytes" and isinstance(value, int):
        return format_size(value, lang)
    if key == "sha256" and isinstance(value, str):
        return " ".join(value[i : i + 8] for i in range(0, len(value), 8))  # wraps in its cell
    if isinstance(value, list):
        return ", ".join(shown(lang, section, key, v) for v in value)
    if isinstance(value, str):
        if key == "birth":
            return format_partial_date(PartialDate.parse(value), lang)
        if (label := words.value_label(lang, section, key, value)) is not None:
            return label
        if _DATE.match(value):
            return format_short_date(date.fromisoformat(value))
        if m := _DATETIME.match(value):
            return f"{format_short_date(date.fromisoformat(m.group(1)))} {m.group(2)}"
    return str(value)


def _cell(value: str) -> Any:
    """Text in a script the body font lacks is drawn, one line each, in its own font."""
    if fonts.font_for(value) == fonts.SANS:
        return value
    lines = value.splitlines() or [value]
    # Left-aligned like every other value, beside its label.
    return [ScriptLine(line, align="LEFT") for line in lines]


def _record(
    lang: Lang, section: str, data: dict[str, Any], header: list[str], s: dict[str, Any]
) -> Flowable:
    rows = [
        [words.field(lang, key), _cell(text)]
        for key, value in data.items()
        if key not in _HIDDEN and (text := shown(lang, section, key, value))
    ]
    return table(header, rows, [LABEL_WIDTH, BODY_WIDTH - LABEL_WIDTH], s, zebra=False)


def render_subject_access_pdf(
    data: dict[str, Any], lang: Lang, *, entity: str, user: str, made_on: Any
) -> bytes:
    s = styles()
    case_number = data["case"]["case_number"]
    story: list[Flowable] = [
        para(words.text(lang, "title"), s["title"]),
        para(
            words.text(lang, "made", date=format_date(made_on, lang), user=user, entity=entity),
            s["muted"],
        ),
        Spacer(1, 3 * mm),
        para(words.text(lang, "intro"), s["body"]),
    ]
    for key in ("person", "case"):
        story += _heading(lang, key, s)
        header = [words.text(lang, "field"), words.text(lang, "value")]
        story.append(_record(lang, key, data[key], header, s))
    for key in _LIST_SECTIONS:
        story += _heading(lang, key, s)
        records = data[key]
        if not records:
            story.append(para(words.text(lang, "nothing"), s["muted"]))
        for number, item in enumerate(records, start=1):
            title = f"{words.section(lang, key)} · {number}"
            story += [_record(lang, key, item, [title, ""], s), Spacer(1, 2 * mm)]
    story += _heading(lang, "audit", s)
    entries = [
        [shown(lang, "audit", "at", e["at"]), e["actor"], e["action"],
         f"{e['object_type']} {e['object_id']}".strip()]
        for e in data["audit"]
    ]  # fmt: skip
    story.append(
        table(
            [words.text(lang, k) for k in ("at", "actor", "action", "object")],
            entries,
            [34 * mm, 40 * mm, 52 * mm, BODY_WIDTH - 126 * mm],
            s,
        )
        if entries
        else para(words.text(lang, "nothing"), s["muted"])
    )

    def footer(page: int, pages: int) -> tuple[str, str]:
        return words.text(lang, "footer", case=case_number), f"{page} / {pages}"

    return build_pdf(story, title=words.text(lang, "title"), author=entity,
                     subject=case_number, footer=footer, lang=lang)  # fmt: skip


def _heading(lang: Lang, key: str, s: dict[str, Any]) -> list[Flowable]:
    # A heading never ends a page alone.
    return [CondPageBreak(30 * mm), KeepTogether([para(words.section(lang, key), s["h2"])])]
