"""Alerts across the caseload: domain snapshots read from the vault in a few queries.

The rules live in :mod:`hostdesk.domain.alerts`; this module only reads what
they need. Whatever the number of families, a snapshot load is three queries
(families, members, unanswered referrals), never one per family, so the
caseload's page of 100 rows gets its alert column in milliseconds and the
Today screen reads the whole caseload in one go.

Everything returned carries ids; :func:`describe` looks up what a screen
shows beside them (case numbers, names, referral services, task texts).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import text
from sqlalchemy.orm import Session

from hostdesk.domain.alerts import (
    Alert,
    AlertKind,
    AlertThresholds,
    FamilySnapshot,
    MemberSnapshot,
    ReferralSnapshot,
    Severity,
    alerts_for,
    due_this_week,
)
from hostdesk.domain.minors import LEARNING_KINDS, Span
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import (
    ActivityKind,
    Dimension,
    DimensionStatus,
    EducationKind,
    FamilyStatus,
)
from hostdesk.storage.programme_rules import rule_book

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DueTask:
    """An open follow-up task (ids only); ``due`` None: no date was given."""

    task_id: int
    family_id: int
    due: date | None
    severity: Severity
    assigned_to_id: int | None = None


def _family_filter(column: str, family_ids: Sequence[int] | None) -> str:
    """An SQL condition on ``column``: the given families, or all active ones.

    The ids travel as one JSON parameter, so the statement text is the same
    for every page and SQLite prepares it once (see :func:`_family_params`).
    """
    if family_ids is None:
        return f"{column} IN (SELECT id FROM family WHERE status = '{FamilyStatus.ACTIVE.value}')"
    return f"{column} IN (SELECT value FROM json_each(:family_ids))"


def _family_params(family_ids: Sequence[int] | None, **params: object) -> dict[str, object]:
    if family_ids is not None:
        params["family_ids"] = json.dumps([int(i) for i in family_ids])
    return params


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@lru_cache(maxsize=8192)  # births repeat (often a year alone); PartialDate is immutable
def _birth(year: int | None, month: int | None, day: int | None) -> PartialDate | None:
    if year is None:
        return None
    try:
        return PartialDate(year, month, day)
    except (TypeError, ValueError):
        return None  # an impossible stored date is treated as unknown


def _dimension(value: str | None) -> Dimension | None:
    try:
        return Dimension(value) if value else None
    except ValueError:
        return None


def _status(value: str) -> FamilyStatus:
    try:
        return FamilyStatus(value)
    except ValueError:
        return FamilyStatus.ACTIVE  # unknown: an alert too many beats a silent one


def load_snapshots(
    session: Session, today: date, family_ids: Sequence[int] | None = None
) -> list[FamilySnapshot]:
    """Snapshots of ``family_ids`` (all active families when None), in id order.

    A member's ARP expiry is the latest expiry among their permits; a child is
    in school with a current school enrolment that has started; any language
    course counts. Only unanswered referrals are read: answered ones never alert.
    """
    params = _family_params(family_ids, today=today.isoformat())
    book = rule_book(session)
    families = session.execute(
        text(f"""
            SELECT f.id, f.status, f.programme_start, f.programme_months, f.arrival_date,
                   (SELECT a.occurred_on FROM activity a
                     WHERE a.family_id = f.id AND a.kind = '{ActivityKind.VISIT.value}'
                     ORDER BY a.occurred_on DESC LIMIT 1),
                   f.arrival_channel,
                   EXISTS (SELECT 1 FROM iss_transition i WHERE i.family_id = f.id
                            AND i.meeting_on IS NOT NULL AND i.outcome IS NOT NULL)
            FROM family f WHERE {_family_filter("f.id", family_ids)} ORDER BY f.id
        """),
        params,
    ).all()
    members: dict[int, list[MemberSnapshot]] = {}
    for row in session.execute(
        text(f"""
            SELECT m.id, m.family_id, m.birth_year, m.birth_month, m.birth_day,
                   m.is_unaccompanied_minor,
                   (SELECT max(p.expires_on) FROM residence_permit p WHERE p.member_id = m.id),
                   EXISTS (SELECT 1 FROM education e
                            WHERE e.member_id = m.id
                              AND e.kind = '{EducationKind.SCHOOL_ENROLMENT.value}'
                              AND e.status <> '{DimensionStatus.NOT_STARTED.value}'
                              AND (e.end_date IS NULL OR e.end_date >= :today)),
                   EXISTS (SELECT 1 FROM language_course l WHERE l.member_id = m.id),
                   EXISTS (SELECT 1 FROM residence_permit p WHERE p.member_id = m.id),
                   (SELECT p.renewal_appointment FROM residence_permit p
                     WHERE p.member_id = m.id
                     ORDER BY coalesce(p.expires_on, '') DESC, p.id DESC LIMIT 1),
                   m.in_education_or_training,
                   {_LEARNING_RECORDS}
            FROM member m WHERE {_family_filter("m.family_id", family_ids)} ORDER BY m.id
        """),
        params,
    ):
        members.setdefault(row[1], []).append(
            MemberSnapshot(
                member_id=row[0],
                birth=_birth(row[2], row[3], row[4]),
                arp_expiry=_date(row[6]),
                in_school=bool(row[7]),
                has_language_course=bool(row[8]),
                is_unaccompanied_minor=bool(row[5]),
                has_permit=bool(row[9]),
                renewal_appointment=_date(row[10]),
                education_answer=None if row[11] is None else bool(row[11]),
                learning_records=_learning(row[12]),
            )
        )
    # For a few families, walk each one's referrals; for the whole caseload, the open ones.
    # (A unary plus keeps SQLite off the index on open referrals, which has many.)
    unanswered = "+r.answered_on IS NULL" if family_ids is not None else "r.answered_on IS NULL"
    referrals: dict[int, list[ReferralSnapshot]] = {}
    for row in session.execute(
        text(f"""
            SELECT r.id, r.family_id, r.sent_on, r.member_id, r.dimension FROM referral r
            WHERE {unanswered} AND {_family_filter("r.family_id", family_ids)}
            ORDER BY r.id
        """),
        params,
    ):
        sent_on = _date(row[2])
        assert sent_on is not None
        referrals.setdefault(row[1], []).append(
            ReferralSnapshot(row[0], sent_on, None, row[3], _dimension(row[4]))
        )
    snapshots = []
    for r in families:
        rule = book.rule_on(r[6], today)
        snapshots.append(
            FamilySnapshot(
                family_id=r[0],
                status=_status(r[1]),
                programme_start=_date(r[2]),  # type: ignore[arg-type]  # NOT NULL column
                programme_months=r[3],
                arrival_date=_date(r[4]),
                last_visit=_date(r[5]),
                members=members.get(r[0], []),
                referrals=referrals.get(r[0], []),
                has_clock=rule.has_clock,
                iss_transition=rule.iss_transition,
                iss_recorded=bool(r[7]),
            )
        )
    return snapshots


# The education and training records of someone who came as an unaccompanied minor, as a
# JSON list of [kind, start, end]: what decides between protection to 21 or to 25 when the
# worker has not answered. Read as ``casework.members.learning_spans`` reads a case file (an
# education record marked not started does not count); in the members' query, so a page
# of alerts stays at the same few queries, and only for those who came alone.
_LEARNING_KINDS = ",".join(f"'{kind}'" for kind in sorted(LEARNING_KINDS))
_LEARNING_RECORDS = f"""
    CASE WHEN m.is_unaccompanied_minor THEN (
        SELECT json_group_array(json_array(r.kind, r.start_date, r.end_date)) FROM (
            SELECT e.kind, e.start_date, e.end_date FROM education e
             WHERE e.member_id = m.id AND e.kind IN ({_LEARNING_KINDS})
               AND e.status <> '{DimensionStatus.NOT_STARTED.value}'
            UNION ALL
            SELECT j.kind, j.start_date, j.end_date FROM employment j
             WHERE j.member_id = m.id AND j.kind IN ({_LEARNING_KINDS})
        ) r
    ) END
"""


def _learning(value: str | None) -> tuple[Span, ...]:
    if not value:
        return ()
    return tuple((kind, _date(start), _date(end)) for kind, start, end in json.loads(value))


def _alerts_by_family(
    session: Session, today: date, thresholds: AlertThresholds, family_ids: Sequence[int] | None
) -> dict[int, list[Alert]]:
    result: dict[int, list[Alert]] = {}
    for snapshot in load_snapshots(session, today, family_ids):
        try:
            result[snapshot.family_id] = alerts_for(snapshot, today, thresholds)
        except (TypeError, ValueError):
            # A family whose stored programme makes no sense (e.g. 0 months) must not
            # take the whole screen down; the id alone goes to the log.
            log.warning("alerts skipped for family %s: inconsistent programme", snapshot.family_id)
            result[snapshot.family_id] = []
    return result


_KIND_ORDER = {kind: n for n, kind in enumerate(AlertKind)}


def _urgency(alert: Alert) -> tuple[int, date, int, int, int]:
    due = alert.due or date.max
    return (-alert.severity, due, _KIND_ORDER[alert.kind], alert.family_id, alert.member_id or 0)


def open_alerts(
    session: Session,
    today: date,
    thresholds: AlertThresholds,
    family_ids: Sequence[int] | None = None,
) -> list[Alert]:
    """Every alert of ``family_ids`` (all active families when None), most urgent first."""
    alerts = [a for found in _alerts_by_family(session, today, thresholds, family_ids).values()
              for a in found]  # fmt: skip
    return sorted(alerts, key=_urgency)


def alert_counts(
    session: Session, today: date, thresholds: AlertThresholds, family_ids: Sequence[int]
) -> dict[int, list[AlertKind]]:
    """The kinds of each family's alerts (one entry per alert, most urgent first).

    Meant for a caseload page: every existing family of ``family_ids`` is a key,
    with an empty list when nothing needs attention; unknown ids are absent.
    """
    found = _alerts_by_family(session, today, thresholds, family_ids)
    return {family_id: [a.kind for a in alerts] for family_id, alerts in found.items()}


def open_tasks(
    session: Session,
    today: date,
    family_ids: Sequence[int] | None = None,
) -> list[DueTask]:
    """Every open follow-up task, most urgent first (the policy of docs/alerts.md).

    Due this week or late: URGENT (the worker's own deadline). Due later:
    WARNING, waiting in "Próximos" however far ahead. No date: INFO, at the end.
    """
    rows = session.execute(
        text(f"""
            SELECT t.id, t.family_id, t.due_on, t.assigned_to_id FROM follow_up_task t
            WHERE t.done_on IS NULL AND {_family_filter("t.family_id", family_ids)}
        """),
        _family_params(family_ids),
    )
    tasks = []
    for task_id, family_id, due_value, assigned in rows:
        due = _date(due_value)
        if due is None:
            severity = Severity.INFO
        elif due_this_week(due, today):
            severity = Severity.URGENT
        else:
            severity = Severity.WARNING
        tasks.append(DueTask(task_id, family_id, due, severity, assigned))
    return sorted(tasks, key=lambda t: (-t.severity, t.due or date.max, t.family_id, t.task_id))


@dataclass
class Descriptions:
    """What a screen shows beside the ids of alerts and tasks."""

    # family id -> (case number, head of family in Latin script, as written in its own script)
    families: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    members: dict[int, tuple[str, str]] = field(default_factory=dict)
    # referral id -> (service, sent on)
    referrals: dict[int, tuple[str, date]] = field(default_factory=dict)
    tasks: dict[int, str] = field(default_factory=dict)


def _in(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in sorted(set(ids))) or "NULL"


def describe(session: Session, alerts: Sequence[Alert], tasks: Sequence[DueTask]) -> Descriptions:
    """Case numbers, names, services and task texts for ``alerts`` and ``tasks``."""
    found = Descriptions()
    family_ids = {a.family_id for a in alerts} | {t.family_id for t in tasks}
    for fid, case, latin, original in session.execute(
        text(f"""
            SELECT f.id, f.case_number, coalesce(m.name_latin, ''), coalesce(m.name_original, '')
            FROM family f LEFT JOIN member m ON m.family_id = f.id AND m.is_head = 1
            WHERE f.id IN ({_in(family_ids)}) ORDER BY m.id DESC
        """)
    ):
        found.families[fid] = (case, latin, original)  # the first head wins if there are two
    member_ids = {a.member_id for a in alerts if a.member_id is not None}
    for mid, latin, original in session.execute(
        text(f"SELECT id, name_latin, name_original FROM member WHERE id IN ({_in(member_ids)})")
    ):
        found.members[mid] = (latin, original)
    referral_ids = {a.referral_id for a in alerts if a.referral_id is not None}
    for rid, service, sent_on in session.execute(
        text(f"SELECT id, service, sent_on FROM referral WHERE id IN ({_in(referral_ids)})")
    ):
        found.referrals[rid] = (service, _date(sent_on))  # type: ignore[assignment]
    task_ids = _in(t.task_id for t in tasks)
    for tid, description in session.execute(
        text(f"SELECT id, description FROM follow_up_task WHERE id IN ({task_ids})")
    ):
        found.tasks[tid] = description
    return found
