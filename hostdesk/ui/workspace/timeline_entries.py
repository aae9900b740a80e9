"""Everything dated in a case file, as lines of the Timeline: contacts and records alike.

Visits, calls and notes; referrals; the arrival, the programme's start and
the exit; housing, schooling, courses and work beginning and ending; a level
reached; permits issued, expired or due for renewal; consents given and
withdrawn; goals achieved; tasks completed. A family created with its records
has a history from the first day, not "nothing recorded yet".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from hostdesk.domain import vocabulary as v
from hostdesk.storage import casework
from hostdesk.storage.models import Activity, FollowUpTask, Referral
from hostdesk.ui.common.labels import label
from hostdesk.ui.workspace.context import CaseContext

HOUSING, HEALTH, EDUCATION, LANGUAGE, EMPLOYMENT = (d.value for d in v.Dimension)


@dataclass(frozen=True)
class Entry:
    """One line of the timeline; ``key`` names it across redraws (to keep it selected)."""

    on: date
    key: str
    what: str = ""
    dimensions: tuple[str, ...] = ()
    members: tuple[int, ...] = ()
    summary: str = ""
    details: tuple[str, ...] = ()
    recorded: datetime | int = 0  # on the same day, what was recorded last comes first
    activity: Activity | None = None
    referral: Referral | None = None
    task: FollowUpTask | None = None

    def concerns(self, member_id: int) -> bool:
        return member_id in self.members


@dataclass
class _Collector:
    found: list[Entry] = field(default_factory=list)

    def add(self, on: date | None, key: str, what: str, **fields: Any) -> None:
        if on is not None:
            self.found.append(Entry(on, key, what, **fields))


def _sortable(moment: datetime | None, fallback: int) -> datetime | int:
    return moment if moment is not None else fallback


def entries(context: CaseContext, dimension: str | None, member_id: int | None) -> list[Entry]:
    """The timeline of the open file, newest first, filtered by dimension and member."""
    file, collect = context.file, _Collector()
    for a in file.activities:
        notes = casework.split_notes(a.text)
        first = next((text for text in notes.values() if text), "")
        summary = " — ".join(p for p in (a.place, first.splitlines()[0] if first else "") if p)
        collect.add(
            a.occurred_on,
            f"activity/{a.id}",
            label(v.ActivityKind, a.kind),
            dimensions=tuple(a.dimensions),
            members=tuple(a.members_present),
            summary=summary,
            recorded=a.created_at,
            activity=a,
        )
    for r in file.referrals:
        service = label(v.ReferralService, r.service)
        what = (
            QCoreApplication.translate("TimelineTab", "Referral to %1 (not answered)")
            if r.answered_on is None
            else QCoreApplication.translate("TimelineTab", "Referral to %1 (answered)")
        ).replace("%1", service)
        collect.add(
            r.sent_on,
            f"referral/{r.id}",
            what,
            dimensions=(r.dimension,) if r.dimension else (),
            members=(r.member_id,) if r.member_id else (),
            summary=r.outcome or r.reason,
            recorded=r.created_at,
            referral=r,
        )
    _family_dates(context, collect)
    _records(context, collect)
    _tasks(context, collect)
    found = collect.found
    if dimension:
        found = [e for e in found if dimension in e.dimensions]
    if member_id is not None:
        found = [e for e in found if e.concerns(member_id)]
    return sorted(found, key=lambda e: (e.on, _order(e.recorded)), reverse=True)


def _order(recorded: datetime | int) -> float:
    if isinstance(recorded, datetime):
        return recorded.timestamp()
    return float(recorded)


def _family_dates(context: CaseContext, collect: _Collector) -> None:
    family = context.file.family
    collect.add(
        family.arrival_date,
        "family/arrival",
        QCoreApplication.translate("TimelineTab", "Arrival in Portugal"),
    )
    collect.add(
        family.programme_start,
        "family/start",
        QCoreApplication.translate("TimelineTab", "Programme starts"),
    )
    if family.exit_date is not None and family.status == v.FamilyStatus.EXITED.value:
        collect.add(
            family.exit_date,
            "family/exit",
            QCoreApplication.translate("TimelineTab", "Exit from the programme"),
            summary=label(v.ExitReason, family.exit_reason),
        )


def _records(context: CaseContext, collect: _Collector) -> None:
    file = context.file
    for h in file.housing:
        kind = label(v.HousingKind, h.kind)
        common = {"dimensions": (HOUSING,), "summary": h.municipality or h.address}
        collect.add(
            h.start_date,
            f"housing/{h.id}/start",
            QCoreApplication.translate("TimelineTab", "Housing begins: %1").replace("%1", kind),
            **common,
        )
        collect.add(
            h.end_date,
            f"housing/{h.id}/end",
            QCoreApplication.translate("TimelineTab", "Housing ends: %1").replace("%1", kind),
            **common,
        )
    for g in file.goals:
        if g.achieved_on is not None:
            collect.add(
                g.achieved_on,
                f"goal/{g.id}",
                QCoreApplication.translate("TimelineTab", "Goal achieved"),
                dimensions=(g.dimension,),
                summary=g.description,
                members=(g.member_id,) if g.member_id else (),
            )
    for mf in file.members:
        member = mf.member
        assert member.id is not None
        who = {"members": (member.id,)}
        if mf.health is not None and mf.health.recorded_on is not None:
            collect.add(
                mf.health.recorded_on,
                f"health/{mf.health.id}",
                QCoreApplication.translate("TimelineTab", "Health record opened"),
                dimensions=(HEALTH,),
                summary=label(v.DimensionStatus, mf.health.status),
                **who,
            )
        for e in mf.education:
            kind = label(v.EducationKind, e.kind)
            common = {"dimensions": (EDUCATION,), "summary": e.institution, **who}
            collect.add(
                e.start_date,
                f"education/{e.id}/start",
                QCoreApplication.translate("TimelineTab", "%1 begins").replace("%1", kind),
                **common,
            )
            collect.add(
                e.end_date,
                f"education/{e.id}/end",
                QCoreApplication.translate("TimelineTab", "%1 ends").replace("%1", kind),
                **common,
            )
        for c in mf.language:
            kind = label(v.CourseType, c.course_type)
            common = {"dimensions": (LANGUAGE,), "summary": c.provider, **who}
            collect.add(
                c.start_date,
                f"language/{c.id}/start",
                QCoreApplication.translate("TimelineTab", "%1 begins").replace("%1", kind),
                **common,
            )
            collect.add(
                c.end_date,
                f"language/{c.id}/end",
                QCoreApplication.translate("TimelineTab", "%1 ends").replace("%1", kind),
                **common,
            )
            if c.cefr_level_reached:
                collect.add(
                    c.level_reached_on or c.end_date,
                    f"language/{c.id}/level",
                    QCoreApplication.translate(
                        "TimelineTab", "Portuguese level %1 reached"
                    ).replace("%1", c.cefr_level_reached),
                    dimensions=(LANGUAGE,),
                    **who,
                )
        for j in mf.employment:
            kind = label(v.EmploymentKind, j.kind)
            common = {"dimensions": (EMPLOYMENT,), "summary": j.employer, **who}
            collect.add(
                j.start_date,
                f"employment/{j.id}/start",
                QCoreApplication.translate("TimelineTab", "%1 begins").replace("%1", kind),
                **common,
            )
            collect.add(
                j.end_date,
                f"employment/{j.id}/end",
                QCoreApplication.translate("TimelineTab", "%1 ends").replace("%1", kind),
                **common,
            )
        for p in mf.permits:
            collect.add(
                p.issued_on,
                f"permit/{p.id}/issued",
                QCoreApplication.translate("TimelineTab", "ARP issued"),
                summary=p.number,
                **who,
            )
            collect.add(
                p.renewal_appointment,
                f"permit/{p.id}/renewal",
                QCoreApplication.translate("TimelineTab", "ARP renewal appointment"),
                **who,
            )
            # Lapsed: past its expiry with no later permit (a renewal is not a lapse).
            renewed = any(
                q.expires_on is not None
                and p.expires_on is not None
                and q.expires_on > p.expires_on
                for q in mf.permits
            )
            if p.expires_on is not None and p.expires_on < date.today() and not renewed:
                collect.add(
                    p.expires_on,
                    f"permit/{p.id}/expired",
                    QCoreApplication.translate("TimelineTab", "ARP lapsed"),
                    summary=p.number,
                    **who,
                )
        for consent in mf.consents:
            scope = label(v.ConsentScope, consent.scope)
            collect.add(
                consent.given_on,
                f"consent/{consent.id}/given",
                QCoreApplication.translate("TimelineTab", "Consent given: %1").replace("%1", scope),
                **who,
            )
            collect.add(
                consent.withdrawn_on,
                f"consent/{consent.id}/withdrawn",
                QCoreApplication.translate("TimelineTab", "Consent withdrawn: %1").replace(
                    "%1", scope
                ),
                **who,
            )


def _tasks(context: CaseContext, collect: _Collector) -> None:
    for task in context.extras.tasks:
        if task.done_on is None:
            continue
        by = context.extras.users.get(task.done_by_id or 0, "")
        details = (
            (QCoreApplication.translate("TimelineTab", "Completed by %1").replace("%1", by),)
            if by
            else ()
        )
        collect.add(
            task.done_on,
            f"task/{task.id}",
            QCoreApplication.translate("TimelineTab", "Task completed"),
            summary=task.description,
            details=details,
            task=task,
            recorded=task.id or 0,
        )
