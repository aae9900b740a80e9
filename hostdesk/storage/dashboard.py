"""The dashboard's figures: where the active caseload stands, in a handful of queries.

Families and people are counted by programme month ("month X of N" today),
and by status on each of the five dimensions. A family's status on a
dimension comes from its records on that dimension:

- housing: its current housing (no end date, or one still to come);
- health: its members' health records;
- education: its members' education records (enrolments, recognitions, training);
- language: its members' courses: a course with a CEFR level reached is achieved,
  any other course is in progress;
- employment: achieved while someone in the household has a current contract or
  is self-employed, in progress with any other employment record.

No record: not started. Otherwise (housing, health, education, language) any
record at risk puts the family at risk; all records achieved, achieved; all
not started, not started; anything else, in progress. Status values this
version does not know count as in progress.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import text
from sqlalchemy.orm import Session

from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import Dimension, DimensionStatus, EmploymentKind, FamilyStatus
from hostdesk.storage.programme_rules import rule_book

_ACTIVE = f"f.status = '{FamilyStatus.ACTIVE.value}'"
_CURRENT_WORK = (
    f"e.kind IN ('{EmploymentKind.CONTRACT.value}', '{EmploymentKind.SELF_EMPLOYED.value}')"
    " AND (e.end_date IS NULL OR e.end_date >= :today)"
)

# One row per record: (family id, status of the record), for each dimension.
_RECORDS = {
    Dimension.HOUSING: (
        "SELECT h.family_id AS family_id, h.status AS status FROM housing h"
        " WHERE h.end_date IS NULL OR h.end_date >= :today"
    ),
    Dimension.HEALTH: (
        "SELECT m.family_id AS family_id, r.status AS status"
        " FROM health_record r JOIN member m ON m.id = r.member_id"
    ),
    Dimension.EDUCATION: (
        "SELECT m.family_id AS family_id, e.status AS status"
        " FROM education e JOIN member m ON m.id = e.member_id"
    ),
    Dimension.LANGUAGE: (
        "SELECT m.family_id AS family_id, CASE WHEN l.cefr_level_reached IS NOT NULL"
        f" THEN '{DimensionStatus.ACHIEVED.value}' ELSE '{DimensionStatus.IN_PROGRESS.value}'"
        " END AS status"
        " FROM language_course l JOIN member m ON m.id = l.member_id"
    ),
    Dimension.EMPLOYMENT: (
        "SELECT m.family_id AS family_id,"
        f" CASE WHEN {_CURRENT_WORK} THEN '{DimensionStatus.ACHIEVED.value}'"
        f" ELSE '{DimensionStatus.IN_PROGRESS.value}' END AS status"
        " FROM employment e JOIN member m ON m.id = e.member_id"
    ),
}

# Achieved when all records are (most dimensions), or when any is (employment).
_ACHIEVED_WHEN = {d: "r.achieved = r.n" for d in Dimension} | {
    Dimension.EMPLOYMENT: "r.achieved > 0"
}


@dataclass(frozen=True)
class MonthFigure:
    """Active families in programme month ``month`` of their programme, and their people."""

    month: int
    families: int
    members: int


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    active_families: int
    active_members: int
    exited_families: int
    in_transition: int  # active families within the last months of their programme
    # Months 1 to the longest current programme; month 0 gathers families not started
    # yet, ``ended`` those still active past their end.
    by_month: list[MonthFigure]
    not_started: MonthFigure
    ended: MonthFigure
    by_status: dict[Dimension, dict[DimensionStatus, int]] = field(default_factory=dict)
    # Active families of a channel with no programme clock (spontaneous asylum by default):
    # counted in the caseload, never in a month of the programme.
    without_clock: int = 0


def _family_states(dimension: Dimension) -> str:
    """SQL giving (id, state) for every active family on one dimension."""
    s = DimensionStatus
    return f"""
        SELECT f.id AS id,
               CASE
                 WHEN r.n IS NULL THEN '{s.NOT_STARTED.value}'
                 WHEN r.at_risk > 0 THEN '{s.AT_RISK.value}'
                 WHEN {_ACHIEVED_WHEN[dimension]} THEN '{s.ACHIEVED.value}'
                 WHEN r.not_started = r.n THEN '{s.NOT_STARTED.value}'
                 ELSE '{s.IN_PROGRESS.value}'
               END AS state
        FROM family f
        LEFT JOIN (
            SELECT family_id, count(*) AS n,
                   sum(status = '{s.AT_RISK.value}') AS at_risk,
                   sum(status = '{s.ACHIEVED.value}') AS achieved,
                   sum(status = '{s.NOT_STARTED.value}') AS not_started
            FROM ({_RECORDS[dimension]})
            GROUP BY family_id
        ) r ON r.family_id = f.id
        WHERE {_ACTIVE}
    """


def _status_counts(
    session: Session, dimension: Dimension, today: date
) -> dict[DimensionStatus, int]:
    sql = f"SELECT state, count(*) FROM ({_family_states(dimension)}) GROUP BY state"
    counts = dict.fromkeys(DimensionStatus, 0)
    for state, count in session.execute(text(sql), {"today": today.isoformat()}):
        counts[DimensionStatus(state)] = count
    return counts


def figures(session: Session, today: date, transition_months: int = 6) -> DashboardFigures:
    """Everything the dashboard shows, as of ``today``."""
    families: Counter[int] = Counter()
    members: Counter[int] = Counter()
    in_transition = 0
    # Families sharing a start and a length share their month: group them in SQL.
    rows = session.execute(
        text(f"""
            SELECT f.arrival_channel, f.programme_start, f.programme_months, count(*), sum(c.n)
            FROM family f
            LEFT JOIN (SELECT family_id, count(*) AS n FROM member GROUP BY family_id) c
                   ON c.family_id = f.id
            WHERE {_ACTIVE}
            GROUP BY f.arrival_channel, f.programme_start, f.programme_months
        """)
    )
    book = rule_book(session)
    ended_families = ended_members = without_clock = without_clock_members = 0
    longest = 0  # the chart runs to the longest programme in the caseload
    for channel, start, months, family_count, member_count in rows:
        start_date = start if isinstance(start, date) else date.fromisoformat(str(start))
        member_count = member_count or 0
        if not book.rule_on(channel, start_date).has_clock:
            without_clock += family_count
            without_clock_members += member_count
            continue
        try:
            clock = ProgrammeClock(start_date, months)
        except (TypeError, ValueError):
            continue  # a programme of no months cannot have a month X
        if clock.has_ended_on(today):
            ended_families += family_count
            ended_members += member_count
            continue
        longest = max(longest, months)
        month = clock.month_on(today)
        families[month] += family_count
        members[month] += member_count
        if month and transition_months and clock.in_transition_on(today, transition_months):
            in_transition += family_count
    last = max([longest, *families])
    exited = session.execute(
        text("SELECT count(*) FROM family WHERE status = :exited"),
        {"exited": FamilyStatus.EXITED.value},
    ).scalar_one()
    return DashboardFigures(
        today=today,
        active_families=sum(families.values()) + ended_families + without_clock,
        active_members=sum(members.values()) + ended_members + without_clock_members,
        exited_families=exited,
        in_transition=in_transition,
        by_month=[MonthFigure(m, families[m], members[m]) for m in range(1, last + 1)],
        not_started=MonthFigure(0, families[0], members[0]),
        ended=MonthFigure(-1, ended_families, ended_members),
        by_status={d: _status_counts(session, d, today) for d in Dimension},
        without_clock=without_clock,
    )


class Behind(StrEnum):
    """What a figure or a bar of the dashboard counts."""

    ACTIVE = "active"
    EXITED = "exited"
    TRANSITION = "transition"
    ENDED = "ended"
    NOT_STARTED = "not_started"
    WITHOUT_CLOCK = "without_clock"
    MONTH = "month"
    STATUS = "status"


@dataclass(frozen=True)
class Selection:
    """One figure or bar: ``month`` for MONTH, ``dimension`` and ``status`` for STATUS."""

    behind: Behind
    month: int | None = None
    dimension: Dimension | None = None
    status: DimensionStatus | None = None


def families_behind(
    session: Session, today: date, selection: Selection, transition_months: int = 6
) -> list[int]:
    """The families a figure or a bar counts, by the same rules as :func:`figures`."""
    if selection.behind is Behind.EXITED:
        sql = "SELECT id FROM family WHERE status = :exited ORDER BY id"
        return list(session.execute(text(sql), {"exited": FamilyStatus.EXITED.value}).scalars())
    if selection.behind is Behind.STATUS:
        assert selection.dimension is not None and selection.status is not None
        sql = f"SELECT id FROM ({_family_states(selection.dimension)}) WHERE state = :state"
        params = {"today": today.isoformat(), "state": selection.status.value}
        return sorted(session.execute(text(sql), params).scalars())
    rows = session.execute(
        text(
            "SELECT f.id, f.arrival_channel, f.programme_start, f.programme_months"
            f" FROM family f WHERE {_ACTIVE}"
        )
    )
    book = rule_book(session)
    chosen: list[int] = []
    for family_id, channel, start, months in rows:
        if selection.behind is Behind.ACTIVE:
            chosen.append(family_id)
            continue
        start_date = start if isinstance(start, date) else date.fromisoformat(str(start))
        if not book.rule_on(channel, start_date).has_clock:
            if selection.behind is Behind.WITHOUT_CLOCK:
                chosen.append(family_id)
            continue
        try:
            clock = ProgrammeClock(start_date, months)
        except (TypeError, ValueError):
            continue
        ended = clock.has_ended_on(today)
        month = clock.month_on(today)
        if (
            (selection.behind is Behind.ENDED and ended)
            or (selection.behind is Behind.NOT_STARTED and not ended and month == 0)
            or (selection.behind is Behind.MONTH and not ended and month == selection.month)
            or (
                selection.behind is Behind.TRANSITION
                and not ended
                and month
                and transition_months
                and clock.in_transition_on(today, transition_months)
            )
        ):
            chosen.append(family_id)
    return sorted(chosen)
