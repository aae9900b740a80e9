"""Visits with a note per dimension, their follow-up tasks, and referrals with their outcome.

A visit is one ``Activity`` whose ``text`` holds a note per dimension touched,
each section opened by its dimension's stable value in brackets::

    General impression of the visit.
    [housing] The boiler is fixed.
    [health] Appointment at the health centre on Monday.

``compose_notes`` and ``split_notes`` are the two directions of that format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from hostdesk.domain.consent import Sharing, lacking_consent
from hostdesk.domain.vocabulary import ActivityKind, Dimension, SharingBasis
from hostdesk.storage import audit, families, search
from hostdesk.storage.casework import consents
from hostdesk.storage.casework.common import (
    RecordNotFound,
    family_for_change,
    now,
    row_for_change,
)
from hostdesk.storage.models import Activity, FollowUpTask, Referral
from hostdesk.storage.vault import CurrentUser

_SECTION = re.compile(r"^\[([a-z_]+)\] ?", re.MULTILINE)
# The same sections found by their opening bracket (a search for a literal, not a test at
# every position as "^" makes), kept where the bracket opens a line: a match holds no
# other "[", so none hides another, and those kept are ``_SECTION``'s (a test holds it).
_BRACKETED = re.compile(r"\[([a-z_]+)\] ?")
_DIMENSIONS = frozenset(d.value for d in Dimension)


def compose_notes(notes: dict[str, str]) -> str:
    """One text from a general note (key "") and a note per dimension."""
    parts = [notes[""].strip()] if notes.get("", "").strip() else []
    for dimension in Dimension:
        text = notes.get(dimension.value, "").strip()
        if text:
            parts.append(f"[{dimension.value}] {text}")
    return "\n".join(parts)


def split_notes(text: str) -> dict[str, str]:
    """The general note (key "") and the note per dimension, from ``compose_notes``' text."""
    notes: dict[str, str] = {}
    matches = [m for m in _BRACKETED.finditer(text) if m.group(1) in _DIMENSIONS
               and (m.start() == 0 or text[m.start() - 1] == "\n")]  # fmt: skip
    head = text[: matches[0].start()] if matches else text
    if head.strip():
        notes[""] = head.strip()
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        notes[m.group(1)] = text[m.end() : end].strip()
    return notes


@dataclass
class TaskDraft:
    description: str
    due_on: date | None = None


@dataclass
class ReferralDraft:
    service: str
    sent_on: date
    member_id: int | None = None
    dimension: str | None = None
    reason: str = ""
    # Only when no consent covers the referral: the lawful ground (a SharingBasis) and why.
    sharing_basis: str | None = None
    sharing_note: str = ""


@dataclass
class VisitDraft:
    occurred_on: date
    place: str = ""
    members_present: list[int] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    tasks: list[TaskDraft] = field(default_factory=list)
    referral: ReferralDraft | None = None
    kind: str = ActivityKind.VISIT.value


def record_visit(
    session: Session, actor: CurrentUser, family_id: int, draft: VisitDraft
) -> Activity:
    """The visit, its follow-up tasks and its referral, all or nothing."""
    family = family_for_change(session, family_id)
    dimensions = [d.value for d in Dimension if draft.notes.get(d.value, "").strip()]
    if draft.referral and draft.referral.dimension and draft.referral.dimension not in dimensions:
        dimensions.append(draft.referral.dimension)
    activity = families.add_activity(
        session,
        actor,
        family,
        kind=draft.kind,
        occurred_on=draft.occurred_on,
        place=draft.place,
        members_present=list(draft.members_present),
        dimensions=dimensions,
        text=compose_notes(draft.notes),
    )
    # The index holds the words of the notes, not the section markers.
    search.write_rows(
        session,
        [search.note_row(search.HitKind.ACTIVITY, activity.id, " ".join(draft.notes.values()))],
    )
    for task in draft.tasks:
        if task.description.strip():
            add_task(session, actor, family_id, task, activity_id=activity.id)
    if draft.referral is not None:
        create_referral(session, actor, family_id, draft.referral)
    return activity


def add_task(
    session: Session,
    actor: CurrentUser,
    family_id: int,
    draft: TaskDraft,
    activity_id: int | None = None,
) -> FollowUpTask:
    family_for_change(session, family_id)
    task = FollowUpTask(
        family_id=family_id,
        activity_id=activity_id,
        assigned_to_id=actor.id,
        description=draft.description.strip(),
        due_on=draft.due_on,
        created_at=now(),
    )
    session.add(task)
    session.flush()
    audit.append(session, actor.username, "task.create", "follow_up_task", task.id,
                 {"family": family_id})  # fmt: skip
    return task


def complete_task(session: Session, actor: CurrentUser, task_id: int, done_on: date) -> None:
    task: FollowUpTask = row_for_change(session, FollowUpTask, task_id)
    task.done_on = done_on
    task.done_by_id = actor.id
    session.add(task)
    audit.append(session, actor.username, "task.complete", "follow_up_task", task_id)


def reopen_task(session: Session, actor: CurrentUser, task_id: int) -> None:
    """Undo a completion: the task is open again, with its due date as it was."""
    task: FollowUpTask = row_for_change(session, FollowUpTask, task_id)
    if task.done_on is None:
        return
    done_on = task.done_on
    task.done_on = None
    task.done_by_id = None
    session.add(task)
    audit.append(session, actor.username, "task.reopen", "follow_up_task", task_id,
                 {"family": task.family_id, "was_done_on": done_on.isoformat()})  # fmt: skip


def create_referral(
    session: Session, actor: CurrentUser, family_id: int, draft: ReferralDraft
) -> Referral:
    """A referral; without a consent that covers it, only with a stated lawful ground.

    Raises ``ConsentRequired`` when someone it concerns has no valid consent to
    referrals and the draft gives no ``sharing_basis``.
    """
    family_for_change(session, family_id)
    people, facts = consents.household(session, family_id)
    if draft.member_id is not None and draft.member_id not in {p.member_id for p in people}:
        raise RecordNotFound(
            "This person is no longer in the family; close the form and open it again."
        )
    lacking = lacking_consent(people, facts, draft.member_id, Sharing.REFERRAL, draft.sent_on)
    if lacking and draft.sharing_basis is None:
        raise consents.ConsentRequired(
            "No consent to referrals is recorded for everyone this referral concerns; "
            "choose why it is made without one."
        )
    basis = SharingBasis(draft.sharing_basis).value if lacking and draft.sharing_basis else None
    fields = {**vars(draft), "sharing_basis": basis,
              "sharing_note": draft.sharing_note.strip() if basis else ""}  # fmt: skip
    referral = Referral(family_id=family_id, created_at=now(), **fields)
    session.add(referral)
    session.flush()
    _index_referral(session, referral)
    audit.append(session, actor.username, "referral.create", "referral", referral.id,
                 {"family": family_id})  # fmt: skip
    if basis is not None:
        # The category only: the explanation is free text and stays in the case file.
        audit.append(session, actor.username, "referral.without_consent", "referral",
                     referral.id, {"basis": basis, "members": lacking})  # fmt: skip
    return referral


def answer_referral(
    session: Session, actor: CurrentUser, referral_id: int, answered_on: date | None, outcome: str
) -> None:
    """Mark a referral answered (or not, with None) and record its outcome."""
    referral: Referral = row_for_change(session, Referral, referral_id)
    changed = [
        name
        for name, value in (("answered_on", answered_on), ("outcome", outcome.strip()))
        if getattr(referral, name) != value
    ]
    referral.answered_on = answered_on
    referral.outcome = outcome.strip()
    session.add(referral)
    session.flush()
    _index_referral(session, referral)
    audit.append(session, actor.username, "referral.answer", "referral", referral_id,
                 {"fields": changed})  # fmt: skip


def _index_referral(session: Session, referral: Referral) -> None:
    assert referral.id is not None
    words = f"{referral.reason} {referral.outcome}"
    search.write_rows(session, [search.note_row(search.HitKind.REFERRAL, referral.id, words)])
