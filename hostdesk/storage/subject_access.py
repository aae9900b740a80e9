"""Everything the vault holds on one person, for a subject-access request (GDPR art. 15).

The answer is plain data (JSON-ready: strings, numbers, lists, dicts), in
sections: the person and their family's case, identifiers, permits, the five
dimensions' records, consents, their documents and the whole family's (listed
here; the files themselves are read by ``documents``), the referrals and notes
that concern them (present, named, or about the whole family), the
household's allowance payments, and every audit entry about them or their
records.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, SQLModel, col, select

from hostdesk.domain.mentions import distinctive_words, mentions
from hostdesk.storage import attachments, families
from hostdesk.storage.casework.common import get_or_fail
from hostdesk.storage.models import (
    Activity,
    AllowancePayment,
    AppUser,
    AuditEntry,
    Consent,
    Education,
    Employment,
    Family,
    FollowUpTask,
    HealthRecord,
    Housing,
    Identifier,
    LanguageCourse,
    Member,
    PlanGoal,
    Referral,
    ResidencePermit,
)

FORMAT = "hostdesk-subject-access-v1"
# Owners' keys say nothing the section does not: they are left out of each record.
_OWNER_KEYS = ("member_id", "family_id")
_FAMILY_FIELDS = (
    "case_number", "nair_reference", "case_type", "arrival_channel", "arrival_date",
    "programme_start", "programme_months", "programme_end", "status", "exit_reason",
    "exit_date", "municipality", "anonymised_on", "programme_reason",
)  # fmt: skip
_PERSON_FIELDS = (
    "name_latin", "name_original", "original_script", "sex", "relationship", "is_head",
    "nationality", "phone", "languages", "vulnerabilities", "is_unaccompanied_minor", "created_at",
    "updated_at", "asylum_applied_on", "asylum_decision", "asylum_decision_on",
    "occupation_isco", "occupation_text", "schooling_isced", "in_education_or_training",
)  # fmt: skip


def plain(value: Any) -> Any:
    """Dates as ISO text; everything else as JSON has it."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def record(row: SQLModel, drop: tuple[str, ...] = _OWNER_KEYS) -> dict[str, Any]:
    """The row's fields in the order the model declares them."""
    return {k: plain(getattr(row, k)) for k in type(row).model_fields if k not in drop}


def collect(session: Session, member_id: int) -> dict[str, Any]:
    """The person's data, section by section (raises RecordNotFound if there is no such person)."""
    member: Member = get_or_fail(session, Member, member_id)
    family: Family = get_or_fail(session, Family, member.family_id)
    fid = member.family_id

    def rows(model: Any, where: Any, *order: Any) -> list[Any]:
        return list(session.exec(select(model).where(where).order_by(*order)))

    others = rows(Member, and_(Member.family_id == fid, Member.id != member_id), Member.id)
    words = distinctive_words(
        (member.name_latin, member.name_original),
        [(o.name_latin, o.name_original) for o in others],
    )

    def own(model: Any) -> list[Any]:
        return rows(model, model.member_id == member_id, model.id)

    activities = [
        a
        for a in rows(Activity, Activity.family_id == fid, Activity.occurred_on, Activity.id)
        if member_id in a.members_present or mentions(a.text, words)
    ]
    referrals = [
        r
        for r in rows(Referral, Referral.family_id == fid, Referral.sent_on, Referral.id)
        if r.member_id in (member_id, None) or mentions(f"{r.reason} {r.outcome}", words)
    ]
    activity_ids = {a.id for a in activities}
    tasks = [
        t
        for t in rows(FollowUpTask, FollowUpTask.family_id == fid, FollowUpTask.id)
        if t.activity_id in activity_ids or mentions(t.description, words)
    ]
    goals = [
        g
        for g in rows(PlanGoal, PlanGoal.family_id == fid, PlanGoal.id)
        if g.member_id in (member_id, None)
    ]
    payments = rows(AllowancePayment, AllowancePayment.family_id == fid,
                    AllowancePayment.period, AllowancePayment.id)  # fmt: skip
    authors = dict(session.exec(select(AppUser.id, AppUser.username)).all())
    documents = attachments.linkable(session, fid, member_id)
    sections: dict[str, Any] = {
        "identifiers": [record(r) for r in own(Identifier)],
        "residence_permits": [record(r) for r in own(ResidencePermit)],
        "health": [record(r) for r in own(HealthRecord)],
        "education": [record(r) for r in own(Education)],
        "language_courses": [record(r) for r in own(LanguageCourse)],
        "employment": [record(r) for r in own(Employment)],
        "consents": [record(r) for r in own(Consent)],
        "documents": [_document(d, member_id) for d in documents],
        "housing": [record(r) for r in rows(Housing, Housing.family_id == fid, Housing.id)],
        "plan_goals": [_goal(g, member_id) for g in goals],
        "referrals": [_referral(r, member_id) for r in referrals],
        "activities": [_activity(a, member_id, authors) for a in activities],
        "follow_up_tasks": [record(t, ("family_id", "assigned_to_id")) for t in tasks],
        "allowance_payments": [record(p) for p in payments],
    }
    refs = {
        "member": [member_id],
        "family": [fid],
        "activity": sorted(activity_ids),
        "referral": [r.id for r in referrals],
        "follow_up_task": [t.id for t in tasks],
        "plan_goal": [g.id for g in goals],
        "attachment": [d.id for d in documents],
    }
    for section, table in (
        ("identifiers", "identifier"), ("residence_permits", "residence_permit"),
        ("health", "health_record"), ("education", "education"),
        ("language_courses", "language_course"), ("employment", "employment"),
        ("consents", "consent"), ("housing", "housing"),
        ("allowance_payments", "allowance_payment"),
    ):  # fmt: skip
        refs[table] = [item["id"] for item in sections[section]]
    return {
        "format": FORMAT,
        "person": {
            "member_id": member_id,
            **{name: plain(getattr(member, name)) for name in _PERSON_FIELDS},
            "birth": str(birth) if (birth := families.birth_of(member)) else None,
        },
        "case": {name: plain(getattr(family, name)) for name in _FAMILY_FIELDS},
        **sections,
        "audit": audit_entries(session, refs),
    }


def _document(document: attachments.AttachmentInfo, member_id: int) -> dict[str, Any]:
    """A document's facts (its bytes go beside the JSON, as a file of their own)."""
    return {
        "id": document.id, "kind": document.kind, "title": document.title,
        "document_date": plain(document.document_date), "mime_type": document.mime_type,
        "size_bytes": document.size_bytes, "sha256": document.sha256,
        "added_by": document.added_by, "added_at": plain(document.added_at),
        "concerns": "person" if document.member_id == member_id else "family",
    }  # fmt: skip


def documents(session: Session, member_id: int) -> list[tuple[int, bytes]]:
    """The bytes of the documents ``collect`` lists, checked against their hashes."""
    return [(found.id, content) for found, content in attachments.for_person(session, member_id)]


def _goal(goal: PlanGoal, member_id: int) -> dict[str, Any]:
    return {**record(goal), "concerns": "person" if goal.member_id == member_id else "family"}


def _referral(referral: Referral, member_id: int) -> dict[str, Any]:
    concerns = {member_id: "person", None: "family"}.get(referral.member_id, "mentioned")
    return {**record(referral), "concerns": concerns}


def _activity(activity: Activity, member_id: int, authors: dict[Any, str]) -> dict[str, Any]:
    data = record(activity, ("family_id", "members_present", "author_id"))
    return {
        **data,
        "author": authors.get(activity.author_id, ""),
        "present": member_id in activity.members_present,
    }


def audit_entries(session: Session, refs: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """The audit log's entries about the given objects, oldest first."""
    about = [
        and_(AuditEntry.object_type == kind, col(AuditEntry.object_id).in_([str(i) for i in ids]))
        for kind, ids in refs.items()
        if ids
    ]
    if not about:
        return []
    entries = session.exec(select(AuditEntry).where(or_(*about)).order_by(col(AuditEntry.seq)))
    return [
        {
            "seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
            "object_type": e.object_type, "object_id": e.object_id,
            "detail": json.loads(e.detail) if e.detail else {},
        }
        for e in entries
    ]  # fmt: skip


def members_of_case(session: Session, case_number: str) -> list[Member]:
    """The members of a case, head first (to choose whose data to export)."""
    family_id = session.exec(
        select(Family.id).where(Family.case_number == case_number.strip())
    ).first()
    if family_id is None:
        return []
    return list(
        session.exec(
            select(Member)
            .where(Member.family_id == family_id)
            .order_by(col(Member.is_head).desc(), col(Member.id))
        )
    )
