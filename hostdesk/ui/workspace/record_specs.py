"""What the Housing, Health, Education, Language, Employment and Plan tabs show and edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hostdesk.domain import vocabulary as v
from hostdesk.storage.models import (
    Education,
    Employment,
    HealthRecord,
    Housing,
    LanguageCourse,
    PlanGoal,
)
from hostdesk.ui.common.formatting import format_date, format_euros
from hostdesk.ui.common.labels import choices, dimension_label, label
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.record_panel import FieldSpec, PanelRow, PanelSpec

Column = tuple[str, Callable[[CaseContext, PanelRow], str]]


def _attr(header: str, name: str, show: Callable[[Any], str] = lambda value: value or "") -> Column:
    return header, lambda _c, row: show(getattr(row.record, name, None)) if row.record else ""


def _enum(header: str, name: str, enum: type[StrEnum]) -> Column:
    return header, lambda _c, row: label(enum, getattr(row.record, name)) if row.record else ""


def _date(header: str, name: str) -> Column:
    return header, lambda _c, row: format_date(getattr(row.record, name)) if row.record else ""


def _yes_no(header: str, name: str) -> Column:
    def show(_c: CaseContext, row: PanelRow) -> str:
        value = getattr(row.record, name) if row.record else None
        if value is None:
            return ""
        if value:
            return QCoreApplication.translate("RecordPanel", "Yes")
        return QCoreApplication.translate("RecordPanel", "No")

    return header, show


MEMBER_COLUMN: Column = (
    QT_TRANSLATE_NOOP("Records", "Member"),
    lambda context, row: context.member_name(
        row.record.member_id if row.record else row.owner.get("member_id")
    ),
)


def _member_rows(attribute: str) -> Callable[[CaseContext], list[PanelRow]]:
    def rows(context: CaseContext) -> list[PanelRow]:
        found = []
        for mf in context.file.members:
            for record in getattr(mf, attribute):
                found.append(PanelRow(record.id, {"member_id": mf.member.id}, record))
        return sorted(found, key=lambda r: r.record.start_date or date.min, reverse=True)

    return rows


def _choice(enum: type[StrEnum]) -> Callable[[], list[tuple[str, str]]]:
    return lambda: choices(enum)


def _choice_or_unknown(enum: type[StrEnum]) -> Callable[[], list[tuple[str, str]]]:
    """The choices after "—": a housing imported from a spreadsheet has no kind yet."""
    return lambda: [("", "—"), *choices(enum)]


MEMBER = FieldSpec("member_id", QT_TRANSLATE_NOOP("Records", "Member"), "member")
START = FieldSpec("start_date", QT_TRANSLATE_NOOP("Records", "Start date"), "date")
END = FieldSpec("end_date", QT_TRANSLATE_NOOP("Records", "End date"), "date")
NOTES = FieldSpec("notes", QT_TRANSLATE_NOOP("Records", "Notes"), "multiline")
STATUS = FieldSpec(
    "status", QT_TRANSLATE_NOOP("Records", "Status"), "choice", _choice(v.DimensionStatus)
)
START_COLUMN = _date(QT_TRANSLATE_NOOP("Records", "Start"), "start_date")
END_COLUMN = _date(QT_TRANSLATE_NOOP("Records", "End"), "end_date")
STATUS_COLUMN = _enum(QT_TRANSLATE_NOOP("Records", "Status"), "status", v.DimensionStatus)


def _housing_rows(context: CaseContext) -> list[PanelRow]:
    rows = [PanelRow(h.id, {"family_id": context.family_id}, h) for h in context.file.housing]
    return sorted(rows, key=lambda r: r.record.start_date or date.min, reverse=True)


def _housing_summary(context: CaseContext) -> str:
    current = [h for h in context.file.housing if h.end_date is None or h.end_date >= date.today()]
    if not current:
        return QCoreApplication.translate("Records", "No current housing recorded.")
    home = max(current, key=lambda h: h.start_date or date.min)
    text = QCoreApplication.translate("Records", "Current housing: %1, %2")
    kind = label(v.HousingKind, home.kind) or "—"
    return text.replace("%1", kind).replace("%2", home.address or "—")


HOUSING = PanelSpec(
    model=Housing,
    fields=(
        FieldSpec(
            "kind",
            QT_TRANSLATE_NOOP("Records", "Kind"),
            "choice",
            _choice_or_unknown(v.HousingKind),
        ),
        FieldSpec("address", QT_TRANSLATE_NOOP("Records", "Address")),
        FieldSpec("municipality", QT_TRANSLATE_NOOP("Records", "Municipality")),
        START,
        END,
        FieldSpec("monthly_rent_cents", QT_TRANSLATE_NOOP("Records", "Monthly rent"), "money"),
        STATUS,
        NOTES,
    ),
    columns=(
        _enum(QT_TRANSLATE_NOOP("Records", "Kind"), "kind", v.HousingKind),
        _attr(QT_TRANSLATE_NOOP("Records", "Address"), "address"),
        START_COLUMN,
        END_COLUMN,
        _attr(
            QT_TRANSLATE_NOOP("Records", "Rent"),
            "monthly_rent_cents",
            lambda c: format_euros(c) if c is not None else "",
        ),
        STATUS_COLUMN,
    ),
    rows=_housing_rows,
    summary=_housing_summary,
)


def _health_rows(context: CaseContext) -> list[PanelRow]:
    # One record per person: a member without one yet gets an empty row to fill.
    return [
        PanelRow(mf.health.id if mf.health else None, {"member_id": mf.member.id}, mf.health)
        for mf in context.file.members
    ]


HEALTH = PanelSpec(
    model=HealthRecord,
    fields=(
        MEMBER,
        FieldSpec(
            "sns_registered", QT_TRANSLATE_NOOP("Records", "Registered with the SNS"), "bool"
        ),
        FieldSpec("health_centre", QT_TRANSLATE_NOOP("Records", "Health centre")),
        FieldSpec("has_family_doctor", QT_TRANSLATE_NOOP("Records", "Has a family doctor"), "bool"),
        FieldSpec(
            "vaccinations_up_to_date",
            QT_TRANSLATE_NOOP("Records", "Vaccinations up to date"),
            "optbool",
        ),
        FieldSpec(
            "mental_health_followup",
            QT_TRANSLATE_NOOP("Records", "Mental health follow-up"),
            "bool",
        ),
        FieldSpec(
            "interpreter_needed", QT_TRANSLATE_NOOP("Records", "Needs an interpreter (TTS)"), "bool"
        ),
        STATUS,
        NOTES,
    ),
    columns=(
        MEMBER_COLUMN,
        _yes_no(QT_TRANSLATE_NOOP("Records", "SNS"), "sns_registered"),
        _attr(QT_TRANSLATE_NOOP("Records", "Health centre"), "health_centre"),
        _yes_no(QT_TRANSLATE_NOOP("Records", "Family doctor"), "has_family_doctor"),
        _yes_no(QT_TRANSLATE_NOOP("Records", "Vaccinations"), "vaccinations_up_to_date"),
        STATUS_COLUMN,
    ),
    rows=_health_rows,
    allow_new=False,
    date_order=(),
)

EDUCATION = PanelSpec(
    model=Education,
    fields=(
        MEMBER,
        FieldSpec("kind", QT_TRANSLATE_NOOP("Records", "Kind"), "choice", _choice(v.EducationKind)),
        FieldSpec("institution", QT_TRANSLATE_NOOP("Records", "School or institution")),
        FieldSpec("level", QT_TRANSLATE_NOOP("Records", "Year, level or qualification")),
        START,
        END,
        STATUS,
        NOTES,
    ),
    columns=(
        MEMBER_COLUMN,
        _enum(QT_TRANSLATE_NOOP("Records", "Kind"), "kind", v.EducationKind),
        _attr(QT_TRANSLATE_NOOP("Records", "Institution"), "institution"),
        _attr(QT_TRANSLATE_NOOP("Records", "Level"), "level"),
        START_COLUMN,
        END_COLUMN,
        STATUS_COLUMN,
    ),
    rows=_member_rows("education"),
)

LANGUAGE = PanelSpec(
    model=LanguageCourse,
    fields=(
        MEMBER,
        FieldSpec(
            "course_type", QT_TRANSLATE_NOOP("Records", "Course"), "choice", _choice(v.CourseType)
        ),
        FieldSpec("provider", QT_TRANSLATE_NOOP("Records", "Provider")),
        START,
        END,
        FieldSpec("hours", QT_TRANSLATE_NOOP("Records", "Hours attended"), "int"),
        FieldSpec(
            "cefr_level_reached",
            QT_TRANSLATE_NOOP("Records", "Level reached (CEFR)"),
            "choice",
            _choice(v.CefrLevel),
            optional=True,
        ),
        FieldSpec("level_reached_on", QT_TRANSLATE_NOOP("Records", "Level reached on"), "date"),
        NOTES,
    ),
    columns=(
        MEMBER_COLUMN,
        _enum(QT_TRANSLATE_NOOP("Records", "Course"), "course_type", v.CourseType),
        _attr(QT_TRANSLATE_NOOP("Records", "Provider"), "provider"),
        START_COLUMN,
        END_COLUMN,
        _attr(QT_TRANSLATE_NOOP("Records", "Hours"), "hours", str),
        _enum(QT_TRANSLATE_NOOP("Records", "Level"), "cefr_level_reached", v.CefrLevel),
    ),
    rows=_member_rows("language"),
)

EMPLOYMENT = PanelSpec(
    model=Employment,
    fields=(
        MEMBER,
        FieldSpec(
            "kind", QT_TRANSLATE_NOOP("Records", "Kind"), "choice", _choice(v.EmploymentKind)
        ),
        FieldSpec("employer", QT_TRANSLATE_NOOP("Records", "Employer or organisation")),
        FieldSpec("sector", QT_TRANSLATE_NOOP("Records", "Sector or trade")),
        START,
        END,
        NOTES,
    ),
    columns=(
        MEMBER_COLUMN,
        _enum(QT_TRANSLATE_NOOP("Records", "Kind"), "kind", v.EmploymentKind),
        _attr(QT_TRANSLATE_NOOP("Records", "Employer"), "employer"),
        _attr(QT_TRANSLATE_NOOP("Records", "Sector"), "sector"),
        START_COLUMN,
        END_COLUMN,
    ),
    rows=_member_rows("employment"),
)

_DIMENSION_ORDER = [d.value for d in v.Dimension]


def _goal_rows(context: CaseContext) -> list[PanelRow]:
    rows = [PanelRow(g.id, {"family_id": context.family_id}, g) for g in context.file.goals]

    def key(row: PanelRow) -> tuple[int, date]:
        goal = row.record
        order = _DIMENSION_ORDER.index(goal.dimension) if goal.dimension in _DIMENSION_ORDER else 9
        return order, goal.target_date or date.max

    return sorted(rows, key=key)


PLAN = PanelSpec(
    model=PlanGoal,
    fields=(
        FieldSpec(
            "dimension", QT_TRANSLATE_NOOP("Records", "Dimension"), "choice", _choice(v.Dimension)
        ),
        FieldSpec("member_id", QT_TRANSLATE_NOOP("Records", "For"), "member", optional=True),
        FieldSpec("description", QT_TRANSLATE_NOOP("Records", "Goal"), required=True),
        FieldSpec(
            "status", QT_TRANSLATE_NOOP("Records", "Status"), "choice", _choice(v.GoalStatus)
        ),
        FieldSpec("target_date", QT_TRANSLATE_NOOP("Records", "Target date"), "date"),
        FieldSpec("achieved_on", QT_TRANSLATE_NOOP("Records", "Achieved on"), "date"),
    ),
    columns=(
        (
            QT_TRANSLATE_NOOP("Records", "Dimension"),
            lambda _c, row: dimension_label(row.record.dimension) if row.record else "",
        ),
        (
            QT_TRANSLATE_NOOP("Records", "For"),
            lambda c, row: (
                c.member_name(row.record.member_id)
                or QCoreApplication.translate("RecordPanel", "Whole family")
            ),
        ),
        _attr(QT_TRANSLATE_NOOP("Records", "Goal"), "description"),
        _enum(QT_TRANSLATE_NOOP("Records", "Status"), "status", v.GoalStatus),
        _date(QT_TRANSLATE_NOOP("Records", "Target date"), "target_date"),
        _date(QT_TRANSLATE_NOOP("Records", "Achieved on"), "achieved_on"),
    ),
    rows=_goal_rows,
    date_order=(),
)
