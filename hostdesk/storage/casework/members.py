"""Families and members as forms edit them: drafts in, rows, identifiers and permits out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, col, select

from hostdesk.domain import programme
from hostdesk.domain.minors import Span, in_education_or_training
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.permits import is_new_permit
from hostdesk.domain.vocabulary import DimensionStatus
from hostdesk.storage import audit, creating, families
from hostdesk.storage.casework.common import family_for_change, now, row_for_change
from hostdesk.storage.creating import BEFORE_ARRIVAL, FamilyDraft, MemberDraft, PermitDraft
from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import (
    Education,
    Employment,
    Family,
    Identifier,
    Member,
    ResidencePermit,
)
from hostdesk.storage.programme_rules import entity_rules
from hostdesk.storage.vault import CurrentUser

_MEMBER_FIELDS = creating.MEMBER_COLUMNS


class ReasonRequired(VaultError):
    """The programme's length needs a reason and none was given."""


def length_needs_reason(
    session: Session, draft: FamilyDraft, people: Iterable[tuple[str, PartialDate | None]]
) -> bool:
    """Does ``draft``'s length ask for a reason, given the entity's rules and the household?"""
    rules = entity_rules(session)
    rule = rules.book.rule_on(draft.arrival_channel, draft.programme_start)
    if not rule.has_clock:
        return False  # no programme clock for this channel: its length means nothing
    return programme.length_needs_reason(
        draft.programme_months, rule.programme_months, par_member=rules.par_member,
        with_children=programme.has_children(list(people), draft.programme_start),
    )  # fmt: skip


def _check_reason(
    session: Session, draft: FamilyDraft, people: Iterable[tuple[str, PartialDate | None]]
) -> None:
    if not draft.programme_reason.strip() and length_needs_reason(session, draft, people):
        raise ReasonRequired(
            "Give the reason for this programme length: it is not the standard one for the "
            "arrival channel, or 24 months outside PAR-Famílias or for a family without children."
        )


def create_family_with_members(
    session: Session,
    actor: CurrentUser,
    draft: FamilyDraft,
    members: Iterable[MemberDraft],
    worker_id: int | None = None,
) -> Family:
    """A new family and its members, in the caller's transaction (the head first).

    The family is ``worker_id``'s, or the creator's when no worker is chosen.
    """
    ordered = sorted(members, key=lambda m: not m.is_head)
    _check_reason(session, draft, [(m.relationship, m.birth) for m in ordered])
    draft.programme_reason = draft.programme_reason.strip()
    [created] = creating.write_new_families(
        session, actor, [creating.NewFamily(draft, ordered, worker_id=worker_id)]
    )
    family = session.get(Family, created.id)
    assert family is not None
    return family


def update_family(session: Session, actor: CurrentUser, family_id: int, draft: FamilyDraft) -> None:
    family = family_for_change(session, family_id)
    people = session.exec(select(Member).where(Member.family_id == family_id)).all()
    _check_reason(session, draft, [(m.relationship, families.birth_of(m)) for m in people])
    changes = {name: value for name, value in vars(draft).items() if getattr(family, name) != value}
    if changes:
        families.update_family(session, actor, family, **changes)


def add_member(session: Session, actor: CurrentUser, family_id: int, draft: MemberDraft) -> Member:
    family_for_change(session, family_id)
    if draft.is_head:
        _clear_head(session, actor, family_id, keep=None)
    member = session.get(Member, creating.write_new_member(session, actor, family_id, draft))
    assert member is not None
    return member


def update_member(session: Session, actor: CurrentUser, member_id: int, draft: MemberDraft) -> None:
    member: Member = row_for_change(session, Member, member_id)
    changed = [name for name in _MEMBER_FIELDS if getattr(member, name) != getattr(draft, name)]
    if draft.phone is not None and draft.phone != member.phone:
        changed.append("phone")
        member.phone = draft.phone
    if draft.birth != families.birth_of(member):
        changed.append("birth")
    if draft.is_head and not member.is_head:
        _clear_head(session, actor, member.family_id, keep=member_id)
    for name in _MEMBER_FIELDS:
        setattr(member, name, getattr(draft, name))
    if any(name in changed for name in BEFORE_ARRIVAL):
        member.before_arrival_changed_on = date.today()  # the NAIR gets the new codes
    families.set_birth(member, draft.birth)
    member.updated_at = now()
    session.add(member)
    session.flush()
    if changed:
        audit.append(
            session, actor.username, "member.update", "member", member_id, {"fields": changed}
        )
    _sync_identifiers(session, actor, member, draft.identifiers)
    _sync_permit(session, actor, member, draft.permit)
    families.reindex_member(session, member)


def _clear_head(session: Session, actor: CurrentUser, family_id: int, keep: int | None) -> None:
    """A household has one head: the previous one becomes an ordinary member."""
    for other in session.exec(
        select(Member).where(Member.family_id == family_id, col(Member.is_head).is_(True))
    ).all():
        if other.id != keep:
            fields = ["is_head"]
            other.is_head = False
            if other.relationship == "head":
                other.relationship = "other"
                fields.append("relationship")
            session.add(other)
            audit.append(
                session, actor.username, "member.update", "member", other.id, {"fields": fields}
            )
    session.flush()


def _sync_identifiers(
    session: Session, actor: CurrentUser, member: Member, values: dict[str, str]
) -> None:
    existing = {
        row.kind: row
        for row in session.exec(select(Identifier).where(Identifier.member_id == member.id))
    }
    added = False
    for kind, value in values.items():
        row = existing.get(kind)
        if row is None and value:
            # One re-index after the loop rather than one per identifier (imports add thousands).
            families.add_identifier(session, actor, member, kind, value, reindex=False)
            added = True
        elif row is not None and not value:
            session.delete(row)
            audit.append(
                session, actor.username, "identifier.delete", "identifier", row.id, {"kind": kind}
            )
        elif row is not None and row.value != value:
            row.value = value
            session.add(row)
            audit.append(
                session, actor.username, "identifier.update", "identifier", row.id, {"kind": kind}
            )
    session.flush()
    if added:
        families.reindex_member(session, member)


def current_permit(permits: Iterable[ResidencePermit]) -> ResidencePermit | None:
    """The permit that counts now: the one expiring last (an unknown expiry counts first)."""
    ordered = sorted(permits, key=lambda p: (p.expires_on or date.min, p.id or 0))
    return ordered[-1] if ordered else None


def _sync_permit(session: Session, actor: CurrentUser, member: Member, draft: PermitDraft) -> None:
    permits = session.exec(
        select(ResidencePermit).where(ResidencePermit.member_id == member.id)
    ).all()
    permit = current_permit(permits)
    if permit is None and draft.is_empty():
        return
    action = "permit.update"
    if permit is None or is_new_permit(permit.issued_on, draft.issued_on):
        # A later issue date is a new permit: the old one stays in the history.
        permit = ResidencePermit(member_id=member.id)
        action = "permit.create"
    changed = [name for name, value in vars(draft).items() if getattr(permit, name) != value]
    if not changed:
        return
    for name in changed:
        setattr(permit, name, getattr(draft, name))
    session.add(permit)
    session.flush()
    audit.append(
        session, actor.username, action, "residence_permit", permit.id, {"fields": changed}
    )


def member_draft(file: families.MemberFile) -> MemberDraft:
    """What a form shows to edit an existing member."""
    member = file.member
    permit = current_permit(file.permits)
    return MemberDraft(
        **{name: getattr(member, name) for name in _MEMBER_FIELDS},
        phone=member.phone,
        birth=families.birth_of(member),
        identifiers={row.kind: row.value for row in file.identifiers},
        permit=PermitDraft(
            permit.number, permit.issued_on, permit.expires_on, permit.renewal_appointment,
            permit.permit_type,
        )
        if permit
        else PermitDraft(),
    )


def learning_spans(education: Iterable[Education], employment: Iterable[Employment]) -> list[Span]:
    """The dated education and training records, as ``domain.minors`` reads them (a record
    marked not started does not count)."""
    not_started = DimensionStatus.NOT_STARTED.value
    spans: list[Span] = [
        (e.kind, e.start_date, e.end_date) for e in education if e.status != not_started
    ]
    return spans + [(j.kind, j.start_date, j.end_date) for j in employment]


def records_show_learning(file: families.MemberFile, on: date) -> bool:
    """Do the person's records show education or training on ``on`` (the answer aside)?"""
    return in_education_or_training(None, learning_spans(file.education, file.employment), on)
