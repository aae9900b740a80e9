"""The monthly report for people: the same content as the JSON, on A4 pages.

It shows exactly what the JSON holds (references, codes, figures) and the
JSON's SHA-256, so a reader can tell which data a printed copy stands for.
The PDF is built "invariant" (no creation time, no random id): the same data
give the same bytes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from hostdesk.reports.catalogue import label, text
from hostdesk.reports.formatting import Lang, format_date, format_month, format_percent
from hostdesk.reports.monthly_build import INDICATORS, Month
from hostdesk.reports.pdfkit import BODY_WIDTH, Grid, build_pdf, para, styles, table

_INDICATOR_KEYS = {
    "working_age_in_training_education_or_employment": "ind.working_age_active",
    "portuguese_classes_access": "ind.portuguese_access",
    "school_age_children_enrolled": "ind.school_age_enrolled",
    "members_with_sns_number": "ind.sns_number",
    "members_with_family_doctor": "ind.family_doctor",
    "families_ended_programme_autonomous": "ind.ended_autonomous",
}
# Health is reported per entity only (monthly_health), never per family or person.
_DIMENSIONS = ("housing", "education", "language", "employment")


def render_monthly_pdf(report: dict[str, Any], sha256: str, lang: Lang) -> bytes:
    s = styles()
    month = Month.parse(report["month"])
    month_label = format_month(month.year, month.month, lang)
    w = BODY_WIDTH
    story: list[Flowable] = [
        para(report["entity"]["name"], s["cell_bold"]),
        Spacer(1, 3 * mm),
        para(text(lang, "monthly.title"), s["title"]),
        para(
            f"{text(lang, 'monthly.month', month=month_label)} · "
            f"{text(lang, 'monthly.revision', revision=report['revision'])}",
            s["body"],
        ),
    ]
    if report["entity"]["nair_code"]:
        story.append(
            para(text(lang, "monthly.nair_code", code=report["entity"]["nair_code"]), s["muted"])
        )
    story += [
        para(text(lang, "monthly.sha", sha=sha256), s["muted"]),
        para(text(lang, "monthly.legend"), s["muted"]),
    ]

    totals = report["totals"]
    summary = [
        [text(lang, "monthly.families_followed"), str(totals["families_followed"])],
        [text(lang, "monthly.families_active_end"), str(totals["families_in_programme_at_end"])],
        [text(lang, "monthly.members_active_end"), str(totals["members_in_programme_at_end"])],
        [text(lang, "monthly.events"), str(totals["events"])],
        [text(lang, "monthly.alerts"), str(totals["open_alerts"])],
        [text(lang, "monthly.outside"), str(totals["families_outside_programme_figures"])],
    ]
    story += [
        para(text(lang, "monthly.summary"), s["h2"]),
        table(["", text(lang, "monthly.count")], summary, [w - 30 * mm, 30 * mm], s),
    ]

    indicator_rows = []
    for name in INDICATORS:
        share = report["indicators"][name]
        indicator_rows.append(
            [
                text(lang, _INDICATOR_KEYS[name]),
                str(share["numerator"]),
                str(share["denominator"]),
                format_percent(share["numerator"], share["denominator"], lang),
                str(share["uncertain"]),
            ]
        )
    story += [
        para(text(lang, "monthly.indicators"), s["h2"]),
        table(
            [text(lang, "monthly.indicator"), text(lang, "monthly.count"),
             text(lang, "monthly.of"), "%", text(lang, "ind.age_uncertain")],
            indicator_rows,
            [w - 88 * mm, 14 * mm, 14 * mm, 20 * mm, 40 * mm],
            s,
        ),
    ]  # fmt: skip

    story += _health(report, lang, s)
    story += _channels(report, lang, s)
    story += _events(report, lang, s)
    story += _families(report, lang, s)
    story += _alerts(report, lang, s)

    def footer(page: int, pages: int) -> tuple[str, str]:
        left = f"{report['entity']['name']} · {month_label} · {text(lang, 'confidential')}"
        return left, text(lang, "page_of", page=page, pages=pages)

    return build_pdf(
        story,
        title=f"{text(lang, 'monthly.title')} — {report['month']} ({report['revision']})",
        author=report["entity"]["name"],
        subject=month_label,
        footer=footer,
        lang=lang,
        invariant=True,
    )


def _health(report: dict[str, Any], lang: Lang, s: dict[str, Any]) -> list[Flowable]:
    health = report["health"]
    rows = [
        [text(lang, "monthly.health_sent"), str(health["referrals_sent"])],
        [text(lang, "monthly.health_answered"), str(health["referrals_answered"])],
        [text(lang, "monthly.health_open"), str(health["referrals_open_at_end"])],
    ]
    for status, count in health["families_by_status"].items():
        name = label(lang, "dimension_status", status)
        rows.append([text(lang, "monthly.health_status", kind=name), str(count)])
    w = BODY_WIDTH
    return [
        *_heading(text(lang, "monthly.health"), s),
        para(text(lang, "monthly.health_note"), s["muted"]),
        table(["", text(lang, "monthly.count")], rows, [w - 30 * mm, 30 * mm], s),
    ]


def _channels(report: dict[str, Any], lang: Lang, s: dict[str, Any]) -> list[Flowable]:
    """Each channel's rule and where it comes from: the entity's choice is shown as such."""
    rows = []
    for rule in report["channel_rules"]:
        months = rule["programme_months"]
        rows.append(
            [
                label(lang, "arrival_channel", rule["channel"]),
                label(lang, "rule_basis", rule["basis"]),
                str(months) if months else "—",
                text(lang, "yes" if rule["counts_in_programme_figures"] else "no"),
                str(rule["families_followed"]),
            ]
        )
    w = BODY_WIDTH
    return [
        *_heading(text(lang, "monthly.channels"), s),
        table(
            [text(lang, "monthly.channel"), text(lang, "monthly.basis"), "N",
             text(lang, "monthly.counts"), text(lang, "monthly.count")],
            rows,
            [w - 132 * mm, 50 * mm, 12 * mm, 42 * mm, 28 * mm],
            s,
        ),
    ]  # fmt: skip


def _heading(title: str, s: dict[str, Any]) -> list[Flowable]:
    return [CondPageBreak(30 * mm), para(title, s["h2"])]


def _events(report: dict[str, Any], lang: Lang, s: dict[str, Any]) -> list[Flowable]:
    rows = []
    for family in report["families"]:
        for e in family["events"]:
            rows.append(
                [
                    family["case_number"],
                    format_date(_date(e["date"]), lang),
                    text(lang, f"event.{e['type']}"),
                    e["member"] or "—",
                    _detail(e, lang),
                ]
            )
    if not rows:
        return [*_heading(text(lang, "monthly.events"), s),
                para(text(lang, "monthly.no_events"), s["muted"])]  # fmt: skip
    w = BODY_WIDTH
    return [
        *_heading(text(lang, "monthly.events"), s),
        Grid(
            [text(lang, "monthly.family"), text(lang, "date"), text(lang, "kind"),
             text(lang, "monthly.member"), text(lang, "monthly.detail")],
            rows,
            [30 * mm, 34 * mm, 44 * mm, 14 * mm, w - 122 * mm],
        ),
    ]  # fmt: skip


def _detail(event: dict[str, Any], lang: Lang) -> str:
    detail, kind = event["detail"], event["type"]
    if detail is None:
        return "—"
    group = {
        "arrival": "arrival_channel",
        "exit": "exit_reason",
        "job_started": "employment_kind",
        "job_ended": "employment_kind",
        "referral_sent": "service",
        "referral_answered": "service",
        "asylum_decided": "asylum_decision",
        "iss_meeting": "iss_outcome",
        "language_course_started": "course_type",
    }.get(kind)
    return label(lang, group, detail) if group else str(detail)


def _families(report: dict[str, Any], lang: Lang, s: dict[str, Any]) -> list[Flowable]:
    """One bold row per family (spanning the person columns), then a row per person."""
    rows: list[list[str]] = []
    family_rows: list[int] = []
    for family in report["families"]:
        programme = family["programme"]
        family_rows.append(len(rows))
        position = text(
            lang, "programme_month", month=programme["month_at_end"], months=programme["months"]
        )
        status = label(lang, "family_status", family["status_at_end"])
        reference = family["nair_reference"] or "—"
        rows.append(
            [f"{family['case_number']} · {reference}\n{position} · {status}", "", ""]
            + [label(lang, "dimension_status", family["dimensions"][d]) for d in _DIMENSIONS]
        )
        for m in family["members"]:
            rows.append(
                [m["ref"], label(lang, "relationship", m["relationship"]),
                 label(lang, "age_group", m["age_group"])]
                + [label(lang, "dimension_status", m["dimensions"][d]) for d in _DIMENSIONS]
            )  # fmt: skip
    w = BODY_WIDTH
    header = [
        text(lang, "monthly.member"), text(lang, "relationship"), text(lang, "monthly.age_group"),
        *[label(lang, "dimension", d) for d in _DIMENSIONS],
    ]  # fmt: skip
    fixed = [12 * mm, 26 * mm, 12 * mm]
    rest = (w - sum(fixed)) / len(_DIMENSIONS)
    grid = Grid(
        header,
        rows,
        [*fixed, *[rest] * len(_DIMENSIONS)],
        strong_rows=frozenset(family_rows),
        zebra=False,
    )
    return [*_heading(text(lang, "monthly.families"), s), grid]


def _alerts(report: dict[str, Any], lang: Lang, s: dict[str, Any]) -> list[Flowable]:
    rows = []
    for family in report["families"]:
        for a in family["open_alerts"]:
            rows.append(
                [
                    family["case_number"],
                    label(lang, "alert_kind", a["kind"]),
                    label(lang, "severity", a["severity"]),
                    a["member"] or "—",
                    format_date(_date(a["due"]), lang),
                ]
            )
    if not rows:
        return [*_heading(text(lang, "monthly.alerts"), s),
                para(text(lang, "no_alerts"), s["muted"])]  # fmt: skip
    w = BODY_WIDTH
    return [
        *_heading(text(lang, "monthly.alerts"), s),
        Grid(
            [text(lang, "monthly.family"), text(lang, "alert"), text(lang, "severity"),
             text(lang, "monthly.member"), text(lang, "due")],
            rows,
            [30 * mm, w - 120 * mm, 22 * mm, 16 * mm, 52 * mm],
        ),
    ]  # fmt: skip


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
