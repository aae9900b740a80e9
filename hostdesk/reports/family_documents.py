"""Family documents from an open vault: the information sheet, the consent text, the plan.

``render`` refuses a language whose text is missing or not reviewed
(``TextNotPrintable``): the check is here, below the window and the command
line, so no way of asking can print an unchecked text. Handing a document out
(saving it as a PDF, printing it) is audited by ``record_output``: which
document, which language, for which family, and the PDF's hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from hostdesk.domain.consent import Person
from hostdesk.domain.family_texts import BY_CODE, FamilyDocument, preferred_languages
from hostdesk.reports.family_document_pdf import (
    DocumentData,
    GoalLine,
    MemberLine,
    Part,
    render_document,
    short_date,
)
from hostdesk.storage import audit, family_texts, settings
from hostdesk.storage.families import birth_of
from hostdesk.storage.family_texts import TextEntry, TextNotPrintable
from hostdesk.storage.models import AppUser, Family, HostingEntity, Member, PlanGoal
from hostdesk.storage.vault import Vault

__all__ = ["DocumentError", "TextNotPrintable", "record_output", "render", "suggested_languages"]

PORTUGUESE = "pt"


class DocumentError(Exception):
    """The document cannot be made for this family; the message says why."""


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    document: FamilyDocument
    language: str
    with_portuguese: bool


def _family(session: Session, family_id: int) -> Family:
    family = session.get(Family, family_id)
    if family is None:
        raise DocumentError(f"There is no family with id {family_id} in this vault.")
    return family


def _members(session: Session, family_id: int) -> list[Member]:
    return list(session.exec(
        select(Member).where(Member.family_id == family_id)
        .order_by(col(Member.is_head).desc(), col(Member.id))
    ).all())  # fmt: skip


def suggested_languages(session: Session, family_id: int) -> list[str]:
    """The documents' languages for the family head's recorded languages, in their order."""
    members = _members(session, family_id)
    head = next((m for m in members if m.is_head), members[0] if members else None)
    if head is None:
        return []
    return preferred_languages(head.languages or [], head.nationality or "")


def _data(session: Session, family: Family, today: date) -> DocumentData:
    assert family.id is not None
    entity = session.exec(select(HostingEntity).order_by(col(HostingEntity.id))).first()
    contact = family_texts.contacts(session)
    worker = session.get(AppUser, family.assigned_worker_id) if family.assigned_worker_id else None
    worker_name = (worker.display_name or worker.username) if worker else ""
    members = _members(session, family.id)
    names = {m.id: m.name_latin for m in members}
    head = next((m for m in members if m.is_head), members[0] if members else None)
    entity_name = entity.name if entity else ""
    address = contact["address"] or (
        ", ".join(p for p in ((entity.address, entity.municipality) if entity else ()) if p)
    )
    values = {
        "entity_name": entity_name,
        "entity_address": address,
        "entity_phone": contact["phone"],
        "entity_email": contact["email"],
        "entity_hours": contact["hours"],
        # Whom to write to about data protection: the officer if named, else the entity.
        "dpo_contact": contact["dpo"] or contact["email"] or address or entity_name,
        "worker_name": worker_name,
        "family_name": head.name_latin if head else "",
        "case_number": family.case_number,
        "programme_months": str(family.programme_months),
        "programme_start": short_date(family.programme_start),
        "programme_end": short_date(family.programme_end),
        "retention_years": str(settings.get(session, settings.RETENTION_YEARS)),
        "today": short_date(today),
    }
    goals = session.exec(
        select(PlanGoal).where(PlanGoal.family_id == family.id).order_by(
            col(PlanGoal.target_date).is_(None), col(PlanGoal.target_date), col(PlanGoal.id)
        )
    ).all()
    return DocumentData(
        values=values,
        members=[
            MemberLine(
                m.name_latin, m.name_original, m.is_head,
                adult=not Person(m.id or 0, m.relationship, birth_of(m)).is_minor_on(today),
            )
            for m in members
        ],
        goals=[
            GoalLine(g.dimension, g.description, g.status, g.target_date,
                     names.get(g.member_id, "") if g.member_id else "")
            for g in goals
        ],
        worker_name=worker_name,
        entity_name=entity_name,
    )


def _note(entry: TextEntry) -> str:
    """Which text was printed and who vouched for it, for the entity's copy (in Portuguese)."""
    assert entry.text is not None
    language = BY_CODE[entry.language].name_pt
    source = "corrigido pela entidade" if entry.corrected else "do HostDesk"
    if entry.review is not None and entry.review.sha256 == entry.text.sha256:
        day = short_date(date.fromisoformat(entry.review.at[:10]))
        who = f"revisto por {entry.review.by_name} em {day}"
    else:
        who = "revisto pelo projeto HostDesk"
    return f"Texto em {language} ({source}), versão {entry.text.version}, {who}."


def render(
    vault: Vault,
    family_id: int,
    document: FamilyDocument,
    language: str,
    *,
    with_portuguese: bool = False,
    today: date | None = None,
) -> Rendered:
    """The document for the family in ``language`` (then in Portuguese if asked), as PDF."""
    if language not in BY_CODE:
        raise DocumentError(f'There are no family documents in "{language}".')
    today = today or date.today()
    with vault.session() as session:
        entries = [family_texts.printable_text(session, document, language)]
        if with_portuguese and language != PORTUGUESE:
            entries.append(family_texts.printable_text(session, document, PORTUGUESE))
        data = _data(session, _family(session, family_id), today)
    parts = [Part(e.text, _note(e)) for e in entries if e.text is not None]
    pdf = render_document(parts, data)
    return Rendered(pdf, document, language, with_portuguese and language != PORTUGUESE)


def record_output(vault: Vault, family_id: int, rendered: Rendered, target: str) -> None:
    """Audit a document handed out: ``target`` is "pdf" (saved to a file) or "print"."""
    with vault.changing() as session:
        audit.append(
            session, vault.user.username, "family_document.output", "family", family_id,
            {"document": rendered.document.value, "language": rendered.language,
             "with_portuguese": rendered.with_portuguese, "target": target,
             "sha256": hashlib.sha256(rendered.pdf).hexdigest()},
        )  # fmt: skip
