"""The caseload: which families, in which order, and one screen's worth of rows.

The UI keeps only family ids (cheap even for tens of thousands) and asks for
rows a page at a time, so scrolling never loads the whole caseload.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import text
from sqlalchemy.orm import Session

from hostdesk.domain.programme import TRANSITION_MONTHS, add_months
from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage.programme_rules import rule_book


class CaseloadSort(StrEnum):
    CASE_NUMBER = "case_number"
    HEAD_NAME = "head_name"
    PROGRAMME_END = "programme_end"
    STATUS = "status"
    WORKER = "worker"


_ORDER = {
    CaseloadSort.CASE_NUMBER: "f.case_number {dir}",
    CaseloadSort.HEAD_NAME: "m.name_latin {dir}, f.id",
    CaseloadSort.PROGRAMME_END: "f.programme_end {dir}, f.id",
    CaseloadSort.STATUS: "f.status {dir}, f.programme_end, f.id",
    CaseloadSort.WORKER: "f.assigned_worker_id {dir}, m.name_latin, f.id",
}


class ProgrammePhase(StrEnum):
    """Where a family is in its programme, for filtering the caseload."""

    FIRST_MONTHS = "first_months"  # the first six months
    MIDWAY = "midway"
    TRANSITION = "transition"  # the last six months: the move to ISS support
    ENDED = "ended"


@dataclass(frozen=True)
class CaseloadFilter:
    status: str | None = None
    worker_id: int | None = None
    family_ids: Sequence[int] | None = None  # e.g. the hits of a search or of an alert filter
    phase: ProgrammePhase | None = None
    today: date | None = None  # the day the phase is judged on (default: today)


@dataclass(frozen=True)
class CaseloadRow:
    family_id: int
    case_number: str
    head_latin: str
    head_original: str
    members: int
    programme_start: date
    programme_months: int
    programme_end: date
    status: str
    worker: str
    # False for a channel whose rule has no programme clock (spontaneous asylum by default).
    has_clock: bool = True


def _where(filters: CaseloadFilter) -> tuple[list[str], dict[str, object]]:
    clauses: list[str] = []
    params: dict[str, object] = {}
    if filters.status:
        clauses.append("f.status = :status")
        params["status"] = filters.status
    if filters.worker_id is not None:
        clauses.append(
            "(f.assigned_worker_id = :worker OR f.id IN"
            " (SELECT family_id FROM family_share WHERE user_id = :worker))"
        )
        params["worker"] = filters.worker_id
    if filters.family_ids is not None:
        ids = ",".join(str(int(i)) for i in filters.family_ids) or "NULL"
        clauses.append(f"f.id IN ({ids})")
    if filters.phase is not None:
        clause, bounds = _phase_clause(filters.phase, filters.today or date.today())
        clauses.append(clause)
        params.update(bounds)
    return clauses, params


def _phase_clause(phase: ProgrammePhase, today: date) -> tuple[str, dict[str, object]]:
    # Bounds are computed here so that SQLite compares plain ISO dates on an index.
    six_months_on = add_months(today, TRANSITION_MONTHS)
    six_months_ago = add_months(today, -TRANSITION_MONTHS)
    bounds: dict[str, object] = {
        "today": today.isoformat(),
        "soon": six_months_on.isoformat(),
        "ago": six_months_ago.isoformat(),
    }
    clause = {
        # programme_end is the last day in the programme (ProgrammeClock.end_date).
        ProgrammePhase.ENDED: "f.programme_end < :today",
        ProgrammePhase.TRANSITION: "f.programme_end >= :today AND f.programme_end < :soon",
        ProgrammePhase.FIRST_MONTHS: "f.programme_start > :ago AND f.programme_end >= :soon",
        ProgrammePhase.MIDWAY: "f.programme_start <= :ago AND f.programme_end >= :soon",
    }[phase]
    return clause, bounds


def family_ids(
    session: Session,
    sort: CaseloadSort = CaseloadSort.HEAD_NAME,
    descending: bool = False,
    filters: CaseloadFilter | None = None,
    limit: int | None = None,
) -> list[int]:
    """Family ids in display order."""
    filters = filters or CaseloadFilter()
    clauses, params = _where(filters)
    if filters.phase is not None:
        # A phase of the programme means nothing for a channel with no programme clock.
        clockless = _clockless_channels(session, filters.today or date.today())
        if clockless:
            clauses.append(f"f.arrival_channel NOT IN ({', '.join(repr(c) for c in clockless)})")
    direction = "DESC" if descending else "ASC"
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    # A few hundred search hits are best looked up by id; the whole caseload by index.
    if sort is CaseloadSort.HEAD_NAME and filters.family_ids is None:
        return _by_head_name(session, clauses, params, direction, limit)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT f.id FROM family f LEFT JOIN member m ON m.family_id = f.id AND m.is_head = 1"
        f"{where} ORDER BY {_ORDER[sort].format(dir=direction)}{tail}"
    )
    return [r[0] for r in session.execute(text(sql), params)]


def _by_head_name(
    session: Session,
    clauses: list[str],
    params: dict[str, object],
    direction: str,
    limit: int | None,
) -> list[int]:
    # Walking the (is_head, name_latin) index gives the order without sorting the
    # whole caseload; families without a head yet come first, as an empty name would.
    extra = "".join(f" AND {c}" for c in clauses)
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    heads = (
        "SELECT m.family_id FROM member m JOIN family f ON f.id = m.family_id "
        f"WHERE m.is_head = 1{extra} ORDER BY m.name_latin {direction}, m.family_id {direction}"
        f"{tail}"
    )
    headless = (
        "SELECT f.id FROM family f WHERE NOT EXISTS (SELECT 1 FROM member h "
        f"WHERE h.family_id = f.id AND h.is_head = 1){extra} ORDER BY f.id {direction}{tail}"
    )
    named = [r[0] for r in session.execute(text(heads), params)]
    unnamed = [r[0] for r in session.execute(text(headless), params)]
    ordered = unnamed + named if direction == "ASC" else named + unnamed
    return ordered if limit is None else ordered[:limit]


def _clockless_channels(session: Session, today: date) -> list[str]:
    """Arrival channels whose rule, as of ``today``, has no programme clock."""
    book = rule_book(session)
    return [c.value for c in ArrivalChannel if not book.rule_on(c, today).has_clock]


def rows_for(session: Session, ids: Sequence[int]) -> dict[int, CaseloadRow]:
    """The display rows of some families, by id (missing ids are simply absent)."""
    if not ids:
        return {}
    placeholders = ",".join(str(int(i)) for i in ids)
    sql = f"""
        SELECT f.id, f.case_number, coalesce(m.name_latin, ''), coalesce(m.name_original, ''),
               (SELECT count(*) FROM member c WHERE c.family_id = f.id),
               f.programme_start, f.programme_months, f.programme_end, f.status,
               coalesce(u.display_name, ''), f.arrival_channel
        FROM family f
        LEFT JOIN member m ON m.family_id = f.id AND m.is_head = 1
        LEFT JOIN app_user u ON u.id = f.assigned_worker_id
        WHERE f.id IN ({placeholders})
    """
    result = {}
    book = rule_book(session)
    for r in session.execute(text(sql)):
        start = _as_date(r[5])
        result[r[0]] = CaseloadRow(
            r[0], r[1], r[2], r[3], r[4],
            start, r[6], _as_date(r[7]), r[8], r[9], book.rule_on(r[10], start).has_clock,
        )  # fmt: skip
    return result


def first_page(
    session: Session,
    sort: CaseloadSort = CaseloadSort.HEAD_NAME,
    limit: int = 100,
    filters: CaseloadFilter | None = None,
) -> list[CaseloadRow]:
    ids = family_ids(session, sort, filters=filters, limit=limit)
    rows = rows_for(session, ids)
    return [rows[i] for i in ids if i in rows]


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
