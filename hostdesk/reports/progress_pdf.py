"""The family progress report laid out on A4 pages."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from hostdesk.reports import fonts
from hostdesk.reports.catalogue import text
from hostdesk.reports.pdfkit import (
    ACCENT,
    BAND,
    BODY_WIDTH,
    INK,
    MUTED,
    QUIET_FONT,
    RULE,
    WARN,
    ScriptLine,
    build_pdf,
    para,
    styles,
    table,
)
from hostdesk.reports.progress import ClockBar, ProgressReport

LOGO_HEIGHT = 16 * mm
OVERRUN = HexColor("#c0392b")


class TimelineBar(Flowable):
    """The programme from start to end: elapsed part, the period, the ISS transition."""

    def __init__(self, bar: ClockBar, width: float) -> None:
        super().__init__()
        self.bar = bar
        self.width = width
        self.height = 11 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c, bar = self.canv, self.bar
        y, h, w = 5 * mm, 3.2 * mm, self.width
        c.setLineWidth(0.5)
        c.setStrokeColor(RULE)
        c.setFillColor(BAND)
        c.rect(0, y, w, h, stroke=1, fill=1)
        # The transition months, when ISS prepares what comes after the programme.
        c.setFillColor(WARN)
        c.setFillAlpha(0.25)
        c.rect(w * bar.transition_from, y, w * (1 - bar.transition_from), h, stroke=0, fill=1)
        c.setFillAlpha(1)
        # Past its end the whole programme is spent: the bar says so in the warning colour.
        c.setFillColor(OVERRUN if bar.overrun else ACCENT)
        c.rect(0, y, w * bar.period_to, h, stroke=0, fill=1)
        # The report's period, outlined on top of the elapsed part.
        c.setStrokeColor(INK)
        c.setLineWidth(1)
        left = w * bar.period_from
        c.rect(left, y - 0.8 * mm, max(w * (bar.period_to - bar.period_from), 0.8), h + 1.6 * mm)
        c.setFont(fonts.SANS, 7)
        c.setFillColor(MUTED)
        c.drawString(0, 1 * mm, bar.start_label)
        c.drawRightString(w, 1 * mm, bar.end_label)
        c.setFont(fonts.SANS_BOLD, 7.5)
        c.setFillColor(INK)
        # The position is written over the period it describes, kept inside the bar.
        label_width = c.stringWidth(bar.position_label, fonts.SANS_BOLD, 7.5)
        middle = w * (bar.period_from + bar.period_to) / 2
        x = min(max(middle - label_width / 2, 0), w - label_width)
        c.drawString(x, y + h + 1.3 * mm, bar.position_label)


def _logo(data: bytes | None) -> Flowable | None:
    if not data:
        return None
    reader = ImageReader(io.BytesIO(data))
    iw, ih = reader.getSize()
    return Image(io.BytesIO(data), width=LOGO_HEIGHT * iw / ih, height=LOGO_HEIGHT)


def _header(report: ProgressReport, s: dict[str, Any]) -> list[Flowable]:
    lang = report.lang
    left = [para(report.entity_name, s["cell_bold"])]
    if report.recipient:
        left.append(para(text(lang, "family.recipient", name=report.recipient), s["muted"]))
    logo = _logo(report.logo)
    head = Table(
        [[left, logo or ""]],
        colWidths=[BODY_WIDTH - 45 * mm, 45 * mm],
        style=TableStyle(
            [
                *QUIET_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [
        head,
        Spacer(1, 4 * mm),
        para(text(lang, "family.title"), s["title"]),
        para(
            f"{text(lang, 'family.case')} {report.case_number} · {report.period_label}", s["body"]
        ),
        Spacer(1, 3 * mm),
    ]


def _facts(report: ProgressReport, s: dict[str, Any]) -> Flowable:
    pairs = report.facts
    half = (len(pairs) + 1) // 2
    rows = []
    for i in range(half):
        right = pairs[half + i] if half + i < len(pairs) else ("", "")
        rows.append(
            [
                para(pairs[i][0], s["muted"]),
                para(pairs[i][1], s["cell"]),
                para(right[0], s["muted"]),
                para(right[1], s["cell"]),
            ]
        )
    facts = Table(rows, colWidths=[34 * mm, 53 * mm, 34 * mm, BODY_WIDTH - 121 * mm])
    facts.setStyle(
        TableStyle(
            [
                *QUIET_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return facts


def _section(title: str, body: Flowable, s: dict[str, Any]) -> list[Flowable]:
    """A heading that never sits alone at the foot of a page.

    Not KeepTogether: that would push a whole table to the next page and leave
    half a page blank; a heading needs only room for a few rows under it.
    """
    return [CondPageBreak(28 * mm), para(title, s["h2"]), body]


def render_progress_pdf(report: ProgressReport) -> bytes:
    s = styles()
    lang = report.lang
    w = BODY_WIDTH
    story: list[Flowable] = [*_header(report, s), _facts(report, s), Spacer(1, 3 * mm)]
    story.append(TimelineBar(report.clock, w))

    household = table(
        [
            text(lang, k)
            for k in (
                "name_latin",
                "name_original",
                "relationship",
                "sex",
                "birth",
                "arp_valid_until",
            )
        ],
        [
            [
                h.name_latin,
                ScriptLine(h.name_original) if h.name_original else "—",
                h.relationship,
                h.sex,
                h.birth,
                h.arp_until,
            ]
            for h in report.household
        ],
        [48 * mm, 46 * mm, 22 * mm, 12 * mm, 20 * mm, w - 148 * mm],
        s,
    )
    # A right-to-left name ends at its cell's right edge, beside the next column's
    # left-aligned text: a wider gap keeps the two from reading as one line.
    household.setStyle(TableStyle([("RIGHTPADDING", (1, 1), (1, -1), 3 * mm)]))
    story += _section(text(lang, "household"), household, s)
    if report.minor_statuses:
        # Protection as a young adult, as the member form states it (reports/minor_status_lines).
        statuses = table(
            [text(lang, "name_latin"), text(lang, "minor_status.status")],
            [list(row) for row in report.minor_statuses],
            [48 * mm, w - 48 * mm],
            s,
        )
        story += _section(report.minor_status_title, statuses, s)

    dims = table(
        [text(lang, k) for k in ("dimension", "status_start", "status_end", "changes")],
        [
            [
                d.dimension,
                d.at_start,
                d.at_end,
                "\n".join(f"• {c}" for c in d.changes) or text(lang, "no_changes"),
            ]
            for d in report.dimensions
        ],
        [22 * mm, 31 * mm, 31 * mm, w - 84 * mm],
        s,
    )
    story += _section(text(lang, "dimensions"), dims, s)

    if report.allowance:
        story.append(Spacer(1, 2 * mm))
        story.append(para(f"{text(lang, 'allowance')}: {report.allowance}", s["body"]))

    goals: Flowable = (
        table(
            [
                text(lang, k)
                for k in ("dimension", "goal", "person", "status", "target_date", "achieved_on")
            ],
            report.goals,
            [22 * mm, w - 114 * mm, 32 * mm, 20 * mm, 20 * mm, 20 * mm],
            s,
        )
        if report.goals
        else para(text(lang, "no_goals"), s["muted"])
    )
    story += _section(text(lang, "goals"), goals, s)

    activities: Flowable = (
        table(
            [text(lang, k) for k in ("date", "kind", "place", "dimension", "summary")],
            report.activities,
            [18 * mm, 20 * mm, 26 * mm, 26 * mm, w - 90 * mm],
            s,
        )
        if report.activities
        else para(text(lang, "no_activities"), s["muted"])
    )
    story += _section(text(lang, "activities"), activities, s)

    referrals: Flowable = (
        table(
            [
                text(lang, k)
                for k in ("service", "dimension", "person", "sent_on", "answered_on", "outcome")
            ],
            report.referrals,
            [26 * mm, 22 * mm, 34 * mm, 18 * mm, 20 * mm, w - 120 * mm],
            s,
        )
        if report.referrals
        else para(text(lang, "no_referrals"), s["muted"])
    )
    story += _section(text(lang, "referrals"), referrals, s)

    alerts: Flowable = (
        table(
            [text(lang, "severity"), text(lang, "alert")], report.alerts, [22 * mm, w - 22 * mm], s
        )
        if report.alerts
        else para(text(lang, "no_alerts"), s["muted"])
    )
    story += _section(text(lang, "alerts"), alerts, s)

    steps: Flowable = (
        table([text(lang, "due"), text(lang, "step")], report.next_steps, [22 * mm, w - 22 * mm], s)
        if report.next_steps
        else para(text(lang, "no_next_steps"), s["muted"])
    )
    story += _section(text(lang, "next_steps"), steps, s)

    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([para(text(lang, "signatures"), s["h2"]), _signatures(report, s)]))

    def footer(page: int, pages: int) -> tuple[str, str]:
        left = f"{report.entity_name} · {report.case_number} · {text(lang, 'confidential')}"
        return left, text(lang, "page_of", page=page, pages=pages)

    return build_pdf(
        story,
        title=f"{text(lang, 'family.title')} — {report.case_number}",
        author=report.entity_name,
        subject=report.period_label,
        footer=footer,
        lang=lang,
    )


def _signatures(report: ProgressReport, s: dict[str, Any]) -> Flowable:
    lang = report.lang
    half = BODY_WIDTH / 2
    line = "_" * 38

    def block(role: str, name: str) -> list[Flowable]:
        return [
            Spacer(1, 10 * mm),
            para(line, s["body"]),
            para(text(lang, role), s["cell_bold"]),
            para(name or " ", s["cell"]),
            para(text(lang, "sign_date"), s["muted"]),
        ]

    signatures = Table(
        [[block("sign_worker", report.worker_name), block("sign_coordinator", "")]],
        colWidths=[half, half],
    )
    signatures.setStyle(
        TableStyle(
            [*QUIET_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
        )
    )
    return signatures
