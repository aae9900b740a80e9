"""Families and members as forms edit them: drafts in, rows, identifiers and permits out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import audit, families
from hostdesk.storage.casework.common import family_for_change, now, row_for_change
from hostdesk.storage.models import Family, Identifier, Member, ResidencePermit
from hostdesk.storage.vault import CurrentUser


@dataclass
class PermitDraft:
    """The ARP (provisional residence permit) as a form holds it."""

    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    renewal_appointment: date | None = None

    def is_empty(self) -> bool:
        return not self.number and not any(
            (self.issued_on, self.expires_on, self.renewal_appointment)
        )


@dataclass
class MemberDraft:
    """One person as a form holds them; ``identifiers`` maps a kind to a normalised value."""

    name_latin: str
    name_original: str = ""
    original_script: str = "Latn"
    sex: str = "U"
    birth: PartialDate | None = None
    relationship: str = "other"
    nationality: str = ""
    is_head: bool = False
    is_unaccompanied_minor: bool = False
    identifiers: dict[str, str] = field(default_factory=dict)
    permit: PermitDraft = field(default_factory=PermitDraft)


@dataclass
class FamilyDraft:
    arrival_channel: str
    programme_start: date
    programme_months: int = 18
    case_type: str = "family"
    arrival_date: date | None = None
    nair_reference: str = ""
    municipality: str = ""


_MEMBER_FIELDS = (
    "name_latin", "name_original", "original_script", "sex", "relationship",
    "nationality", "is_head", "is_unaccompanied_minor",
)  # fmt: skip


def create_family_with_members(
    session: Session,
    actor: CurrentUser,
    draft: FamilyDraft,
    members: Iterable[MemberDraft],
    worker_id: int | None = None,
) -> Family:
    """A new family and its members, in the caller's transaction.

    The family is ``worker_id``'s, or the creator's when no worker is chosen.
    """
    family = families.create_family(
        session,
        actor,
        assigned_worker_id=worker_id if worker_id is not None else actor.id,
        arrival_channel=draft.arrival_channel,
        programme_start=draft.programme_start,
        programme_months=draft.programme_months,
        case_type=draft.case_type,
        arrival_date=draft.arrival_date,
        nair_reference=draft.nair_reference,
        municipality=draft.municipality,
    )
    for member in members:
        add_member(session, actor, family.id, member)
    return family


def update_family(session: Session, actor: CurrentUser, family_id: int, draft: FamilyDraft) -> None:
    family = family_for_change(session, family_id)
    changes = {name: value for name, value in vars(draft).items() if getattr(family, name) != value}
    if changes:
        families.update_family(session, actor, family, **changes)


def add_member(session: Session, actor: CurrentUser, family_id: int, draft: MemberDraft) -> Member:
    family = family_for_change(session, family_id)
    if draft.is_head:
        _clear_head(session, actor, family_id, keep=None)
    member = families.add_member(
        session,
        actor,
        family,
        name_latin=draft.name_latin,
        birth=draft.birth,
        **{name: getattr(draft, name) for name in _MEMBER_FIELDS if name != "name_latin"},
    )
    _sync_identifiers(session, actor, member, draft.identifiers)
    _sync_permit(session, actor, member, draft.permit)
    return member


def update_member(session: Session, actor: CurrentUser, member_id: int, draft: MemberDraft) -> None:
    member: Member = row_for_change(session, Member, member_id)
    changed = [name for name in _MEMBER_FIELDS if getattr(member, name) != getattr(draft, name)]
    if draft.birth != families.birth_of(member):
        changed.append("birth")
    if draft.is_head and not member.is_head:
        _clear_head(session, actor, member.family_id, keep=member_id)
    for name in _MEMBER_FIELDS:
        setattr(member, name, getattr(draft, name))
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
    if permit is None:
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
        birth=families.birth_of(member),
        identifiers={row.kind: row.value for row in file.identifiers},
        permit=PermitDraft(
            permit.number, permit.issued_on, permit.expires_on, permit.renewal_appointment
        )
        if permit
        else PermitDraft(),
    )
