"""Consents as recorded in the vault, and whether a sharing of data is covered by one.

A consent is never deleted or edited once given: a withdrawal is a date on
it, so the record shows what was allowed when. ``lacking_consent`` reads the
household and its consents and asks the domain rule
(:mod:`hostdesk.domain.consent`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from hostdesk.domain import consent as rule
from hostdesk.domain.vocabulary import ConsentMethod, ConsentScope
from hostdesk.storage import audit, families
from hostdesk.storage.casework.common import RecordNotFound, row_for_change
from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import Attachment, Consent, Member
from hostdesk.storage.vault import CurrentUser


class ConsentRequired(VaultError):
    """Data would be shared without a consent covering it and without a stated reason."""


@dataclass
class ConsentDraft:
    """One consent form: the scopes it grants, when and how, where the paper is, and its
    scan in the vault (a document of the person or of the whole family)."""

    scopes: list[str]
    given_on: date
    method: str
    document_ref: str = ""
    attachment_id: int | None = None


def record_consents(
    session: Session, actor: CurrentUser, member_id: int, draft: ConsentDraft
) -> list[Consent]:
    """One consent row per scope, in the caller's transaction.

    Refused on a child whose parent or guardian lives with them: theirs is the consent.
    """
    member: Member = row_for_change(session, Member, member_id)
    if not draft.scopes:
        raise VaultError("Tick at least one purpose the person consented to.")
    people, _facts = household(session, member.family_id)
    person = next(p for p in people if p.member_id == member_id)
    if not rule.may_record_for(person, people, draft.given_on):
        raise VaultError(
            "A child's consent is given by a parent or guardian: record it on the head of "
            "family or their spouse; it covers the children."
        )
    ConsentMethod(draft.method)  # an unknown method is a programming error, not input
    if draft.attachment_id is not None:
        _check_attachment(session, member, draft.attachment_id)
    rows = []
    for scope in draft.scopes:
        row = Consent(
            member_id=member_id,
            scope=ConsentScope(scope).value,
            given_on=draft.given_on,
            method=draft.method,
            document_ref=draft.document_ref.strip(),
            attachment_id=draft.attachment_id,
        )
        session.add(row)
        session.flush()
        detail: dict[str, object] = {"member": member_id, "scope": row.scope,
                                     "method": row.method}  # fmt: skip
        if draft.attachment_id is not None:
            detail["attachment"] = draft.attachment_id
        audit.append(session, actor.username, "consent.record", "consent", row.id, detail)
        rows.append(row)
    return rows


def _check_attachment(session: Session, member: Member, attachment_id: int) -> None:
    """The linked document must be this person's or their family's as a whole."""
    owner = session.exec(
        select(Attachment.family_id, Attachment.member_id).where(Attachment.id == attachment_id)
    ).first()
    if owner is None:
        raise RecordNotFound("The chosen document no longer exists; choose it again.")
    family_id, member_id = owner
    if family_id != member.family_id or member_id not in (None, member.id):
        raise VaultError("The chosen document belongs to someone else; choose this person's.")


def withdraw_consent(
    session: Session, actor: CurrentUser, consent_id: int, withdrawn_on: date
) -> None:
    consent: Consent = row_for_change(session, Consent, consent_id)
    if consent.withdrawn_on is not None:
        raise VaultError("This consent was already withdrawn.")
    if withdrawn_on < consent.given_on:
        raise VaultError("A consent cannot be withdrawn before it was given.")
    consent.withdrawn_on = withdrawn_on
    session.add(consent)
    audit.append(session, actor.username, "consent.withdraw", "consent", consent_id,
                 {"member": consent.member_id, "scope": consent.scope})  # fmt: skip


def household(session: Session, family_id: int) -> tuple[list[rule.Person], list[rule.ConsentFact]]:
    """The family's members and every consent on them, as the domain rule reads them."""
    members = session.exec(
        select(Member)
        .where(Member.family_id == family_id)
        .order_by(col(Member.is_head).desc(), col(Member.id))
    ).all()
    people = [
        rule.Person(m.id, m.relationship, families.birth_of(m)) for m in members if m.id is not None
    ]
    ids = [p.member_id for p in people]
    rows = session.exec(select(Consent).where(col(Consent.member_id).in_(ids))).all() if ids else []
    facts = [rule.ConsentFact(c.member_id, c.scope, c.given_on, c.withdrawn_on) for c in rows]
    return people, facts


def lacking_consent(
    session: Session, family_id: int, member_id: int | None, sharing: rule.Sharing, day: date
) -> list[int]:
    """Members whose data the sharing would disclose without a consent covering it."""
    people, facts = household(session, family_id)
    return rule.lacking_consent(people, facts, member_id, sharing, day)
