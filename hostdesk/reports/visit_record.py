"""One visit, call or note as recorded in a family's timeline, as a short PDF to print.

For the paper file or to show the family: what and when, where, who recorded
it and who was present, the notes (general and per dimension), the follow-up
tasks made with it, and the referrals sent that day (a referral made from the
visit form is sent on the visit's date; the vault does not link the two
otherwise, so the heading says "sent that day", not "made in this visit").
Made on the database thread; printing it is audited (``activity.print``: the
family and the record, never the content). Notes in any script are laid out
by ``script_text`` (Arabic right to left, Tigrinya in Ge'ez).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlmodel import Session, col, select

from hostdesk.reports.catalogue import label, text
from hostdesk.reports.family import entity_name
from hostdesk.reports.formatting import Lang, check_lang, format_short_date
from hostdesk.reports.pdfkit import BODY_WIDTH, INK, build_pdf, para, styles, table
from hostdesk.reports.script_text import ScriptParagraph
from hostdesk.storage import audit
from hostdesk.storage.casework import split_notes
from hostdesk.storage.models import Activity, AppUser, Family, FollowUpTask, Member, Referral
from hostdesk.storage.vault import Vault


class VisitNotFound(LookupError):
    """The record is gone (deleted with its case, or never was)."""


@dataclass(frozen=True)
class VisitRecord:
    lang: Lang
    family_id: int
    entity_name: str
    case_number: str
    kind: str
    occurred_on: date
    place: str
    recorded_by: str
    present: list[str]
    notes: list[tuple[str, str]]  # (heading, text): the general note first
    tasks: list[tuple[str, date | None, date | None]] = field(default_factory=list)
    referrals: list[tuple[str, str, str, date | None, str]] = field(default_factory=list)
    printed_on: date = field(default_factory=date.today)


def load_visit(session: Session, activity_id: int, lang: Lang) -> VisitRecord:
    """The record and what hangs on it, with labels in ``lang``; no audit entry."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise VisitNotFound(f"There is no activity with id {activity_id} in this vault.")
    family = session.get(Family, activity.family_id)
    if family is None:
        raise VisitNotFound(f"The activity {activity_id} belongs to no family.")
    members = {
        m.id: m.name_latin
        for m in session.exec(select(Member).where(Member.family_id == family.id))
    }
    author = session.get(AppUser, activity.author_id) if activity.author_id else None
    notes = [
        (text(lang, "visit.general") if key == "" else label(lang, "dimension", key), body)
        for key, body in split_notes(activity.text).items()
        if body
    ]
    tasks = session.exec(
        select(FollowUpTask)
        .where(FollowUpTask.activity_id == activity_id)
        .order_by(col(FollowUpTask.id))
    ).all()
    referrals = session.exec(
        select(Referral)
        .where(Referral.family_id == family.id, Referral.sent_on == activity.occurred_on)
        .order_by(col(Referral.id))
    ).all()
    return VisitRecord(
        lang=lang,
        family_id=activity.family_id,
        entity_name=entity_name(session),
        case_number=family.case_number,
        kind=label(lang, "activity_kind", activity.kind),
        occurred_on=activity.occurred_on,
        place=activity.place,
        recorded_by=(author.display_name or author.username) if author else "",
        present=[members[i] for i in activity.members_present if i in members],
        notes=notes,
        tasks=[(t.description, t.due_on, t.done_on) for t in tasks],
        referrals=[_referral(r, members, lang) for r in referrals],
    )


def _referral(
    r: Referral, members: dict[int | None, str], lang: Lang
) -> tuple[str, str, str, date | None, str]:
    person = members.get(r.member_id, "") if r.member_id is not None else ""
    return label(lang, "service", r.service), person, r.reason, r.answered_on, r.outcome


def _lines(value: str, size: float = 9.5) -> list[Flowable]:
    """Free text in any script, a paragraph per line (each takes its own direction)."""
    return [
        ScriptParagraph(line, size=size, color=INK, space_after=2)
        for line in value.splitlines()
        if line.strip()
    ]


def render_visit_pdf(record: VisitRecord) -> bytes:
    lang, s = record.lang, styles()
    when = format_short_date(record.occurred_on)
    title = text(lang, "visit.title", kind=record.kind, date=when)
    story: list[Flowable] = [
        para(record.entity_name, s["cell_bold"]),
        Spacer(1, 3 * mm),
        para(title, s["title"]),
        para(f"{text(lang, 'family.case')} {record.case_number}", s["body"]),
        Spacer(1, 3 * mm),
    ]
    facts = [
        (text(lang, "place"), record.place or "—"),
        (text(lang, "visit.recorded_by"), record.recorded_by or "—"),
        (text(lang, "visit.present"), ", ".join(record.present) or text(lang, "visit.nobody")),
    ]
    for name, value in facts:
        story.append(para(f"{name}: {value}", s["body"]))
    story.append(para(text(lang, "visit.notes"), s["h2"]))
    if not record.notes:
        story.append(para(text(lang, "visit.no_notes"), s["muted"]))
    for heading, body in record.notes:
        story.append(para(heading, s["cell_bold"]))
        story += _lines(body)
    story.append(para(text(lang, "visit.tasks"), s["h2"]))
    if record.tasks:
        rows = [
            [task, format_short_date(due), format_short_date(done, text(lang, "visit.open"))]
            for task, due, done in record.tasks
        ]
        header = [text(lang, "visit.task"), text(lang, "due"), text(lang, "visit.done_on")]
        story.append(table(header, rows, [BODY_WIDTH - 50 * mm, 25 * mm, 25 * mm], s))
    else:
        story.append(para(text(lang, "visit.no_tasks"), s["muted"]))
    story.append(para(text(lang, "visit.referrals"), s["h2"]))
    if record.referrals:
        rows = [
            [service, person or "—", reason or "—",
             format_short_date(answered, text(lang, "unanswered")), outcome or "—"]
            for service, person, reason, answered, outcome in record.referrals
        ]  # fmt: skip
        header = [
            text(lang, "service"), text(lang, "person"), text(lang, "visit.reason"),
            text(lang, "answered_on"), text(lang, "outcome"),
        ]  # fmt: skip
        widths = [30 * mm, 30 * mm, BODY_WIDTH - 120 * mm, 22 * mm, 38 * mm]
        story.append(table(header, rows, widths, s))
    else:
        story.append(para(text(lang, "visit.no_referrals"), s["muted"]))
    printed = text(lang, "visit.printed_on", date=format_short_date(record.printed_on))

    def footer(page: int, pages: int) -> tuple[str, str]:
        left = f"{record.entity_name} · {record.case_number} · {text(lang, 'confidential')}"
        return f"{left} · {printed}", text(lang, "page_of", page=page, pages=pages)

    return build_pdf(story, title=f"{title} — {record.case_number}", author=record.entity_name,
                     subject=title, footer=footer, lang=lang)  # fmt: skip


def render_visit_record(vault: Vault, activity_id: int, lang: str = "pt") -> bytes:
    """The record as PDF bytes, made to be printed; the printing is audited."""
    checked = check_lang(lang)
    with vault.session() as session:
        record = load_visit(session, activity_id, checked)
    pdf = render_visit_pdf(record)
    with vault.changing() as session:
        audit.append(session, vault.user.username, "activity.print", "activity", activity_id,
                     {"family": record.family_id, "lang": checked,
                      "sha256": hashlib.sha256(pdf).hexdigest()})  # fmt: skip
    return pdf
