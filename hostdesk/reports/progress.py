"""What the family progress report says, worked out from a case file (no I/O, no PDF).

The builder turns a ``FamilyFile`` and a period into rows of text in the
report's language; ``progress_pdf`` only lays them out. Everything is as of
the last day of the period, so a report for a past period reads as it would
have then, as far as dated records allow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from hostdesk.domain.alerts import Alert, AlertKind, AlertThresholds, alerts_for
from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import Dimension, FamilyStatus, GoalStatus
from hostdesk.reports import status as st
from hostdesk.reports.catalogue import label, text
from hostdesk.reports.formatting import (
    Lang,
    format_date,
    format_euros,
    format_partial_short,
    format_short_date,
)
from hostdesk.reports.minor_status_lines import minor_status_text
from hostdesk.reports.progress_steps import next_steps
from hostdesk.storage.casework.visits import split_notes
from hostdesk.storage.families import FamilyFile, MemberFile
from hostdesk.storage.models import AllowancePayment, FollowUpTask

ACTIVITY_TEXT_LIMIT = 600  # characters of a note shown; the case file keeps the rest


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("The period ends before it starts; swap the dates.")

    def holds(self, d: date | None) -> bool:
        return d is not None and self.start <= d <= self.end


@dataclass(frozen=True)
class HouseholdRow:
    name_latin: str
    name_original: str
    relationship: str
    sex: str
    birth: str
    arp_until: str


@dataclass(frozen=True)
class DimensionRow:
    dimension: str
    at_start: str
    at_end: str
    changes: list[str]


@dataclass(frozen=True)
class ClockBar:
    """The programme as a bar: fractions of its length for the period and the transition."""

    start_label: str
    end_label: str
    period_from: float
    period_to: float
    transition_from: float
    position_label: str
    overrun: bool = False  # the period reaches past the programme's end


@dataclass
class ProgressReport:
    lang: Lang
    entity_name: str
    recipient: str
    case_number: str
    period_label: str
    facts: list[tuple[str, str]]
    clock: ClockBar
    household: list[HouseholdRow]
    dimensions: list[DimensionRow]
    goals: list[tuple[str, str, str, str, str, str]]
    activities: list[tuple[str, str, str, str, str]]
    referrals: list[tuple[str, str, str, str, str, str]]
    alerts: list[tuple[str, str]]
    next_steps: list[tuple[str, str]]
    worker_name: str
    allowance: str = ""
    logo: bytes | None = field(default=None, repr=False)
    # (name, status) of those who came as unaccompanied minors, on the period's last day.
    minor_statuses: list[tuple[str, str]] = field(default_factory=list)
    minor_status_title: str = ""


def _member_rows(file: MemberFile) -> st.MemberRows:
    m = file.member
    return st.MemberRows(
        member_id=m.id or 0,
        birth=st.birth_of(m.birth_year, m.birth_month, m.birth_day),
        minor_alone=m.is_unaccompanied_minor,
        health=file.health,
        education=file.education,
        language=file.language,
        employment=file.employment,
        arp_expiry=st.latest_arp_expiry(p.expires_on for p in file.permits),
        has_permit=bool(file.permits),
        education_answer=m.in_education_or_training,
    )


BEFORE_ARRIVAL = "before_arrival"


def statuses_on(case: FamilyFile, d: date) -> dict[str, str]:
    """The family's five dimensions on ``d``, as far as the records existed by then.

    Before the family arrived every dimension is "not started, before arrival";
    after it, a record that had not begun by ``d`` does not count (housing
    arranged for later included), so a state is never one the family reached later.
    """
    arrival = case.family.arrival_date
    if arrival is not None and d < arrival:
        return {dimension.value: BEFORE_ARRIVAL for dimension in Dimension}
    members = [_member_rows(m) for m in case.members]
    return st.family_statuses(case.housing, members, d, started_only=True)


def build_progress(
    case: FamilyFile,
    period: Period,
    lang: Lang,
    *,
    entity_name: str,
    recipient: str = "",
    worker_name: str = "",
    tasks: Sequence[FollowUpTask] = (),
    payments: Sequence[AllowancePayment] = (),
    thresholds: AlertThresholds | None = None,
    logo: bytes | None = None,
) -> ProgressReport:
    """The report's contents for ``case`` over ``period``, in ``lang``."""
    family = case.family
    names = {m.member.id: m.member.name_latin for m in case.members}
    clock = ProgrammeClock(family.programme_start, family.programme_months)
    return ProgressReport(
        lang=lang,
        entity_name=entity_name,
        recipient=recipient,
        case_number=family.case_number,
        period_label=text(
            lang,
            "family.period",
            start=format_date(period.start, lang),
            end=format_date(period.end, lang),
        ),
        facts=_facts(case, clock, period, lang, worker_name),
        clock=_clock_bar(clock, period, lang),
        household=[_household_row(m, period.end, lang) for m in case.members],
        dimensions=_dimensions(case, period, lang, names),
        goals=_goals(case, lang, names),
        activities=_activities(case, period, lang),
        referrals=_referrals(case, period, lang, names),
        alerts=_alerts(case, period.end, lang, names, thresholds),
        next_steps=next_steps(case, tasks, period.end, lang),
        worker_name=worker_name,
        allowance=_allowance(payments, period, lang),
        logo=logo,
        minor_statuses=[
            (m.member.name_latin, found)
            for m in case.members
            if (found := minor_status_text(_member_rows(m), period.end, lang)) is not None
        ],
        minor_status_title=text(lang, "minor_status.title", date=format_date(period.end, lang)),
    )


def days_text(count: int, lang: Lang) -> str:
    """ "1 dia", "12 dias" (or in English)."""
    return text(lang, "days.one") if count == 1 else text(lang, "days.many", count=count)


def position_label(clock: ProgrammeClock, d: date, lang: Lang) -> str:
    """ "mês 7 de 18", or where the family stands before or after the programme."""
    month = clock.month_on(d)
    if month == 0:
        return text(lang, "programme_before")
    if month > clock.length_months:
        return text(lang, "programme_after_days", days=days_text(clock.days_past_end(d), lang))
    position = text(lang, "programme_month", month=month, months=clock.length_months)
    if clock.in_transition_on(d):
        position += f" ({text(lang, 'transition')})"
    return position


def _facts(
    case: FamilyFile, clock: ProgrammeClock, period: Period, lang: Lang, worker: str
) -> list[tuple[str, str]]:
    family = case.family
    facts = [
        (text(lang, "case_number"), family.case_number),
        (text(lang, "nair_reference"), family.nair_reference or "—"),
        (text(lang, "case_type"), label(lang, "case_type", family.case_type)),
        (text(lang, "arrival_channel"), label(lang, "arrival_channel", family.arrival_channel)),
        (text(lang, "arrival_date"), format_date(family.arrival_date, lang)),
        (text(lang, "programme_start"), format_date(clock.start, lang)),
        (text(lang, "programme_end"), format_date(clock.end_date, lang)),
        (text(lang, "programme_position"), position_label(clock, period.end, lang)),
    ]
    if worker:
        facts.append((text(lang, "worker"), worker))
    exited = family.status == FamilyStatus.EXITED.value and (
        family.exit_date is None or family.exit_date <= period.end
    )
    if exited:
        reason = label(lang, "exit_reason", family.exit_reason)
        facts.append((text(lang, "exit"), f"{format_date(family.exit_date, lang)} · {reason}"))
    return facts


def _clock_bar(clock: ProgrammeClock, period: Period, lang: Lang) -> ClockBar:
    return ClockBar(
        start_label=format_short_date(clock.start),
        end_label=format_short_date(clock.end_date),
        period_from=clock.progress_on(period.start),
        period_to=clock.progress_on(period.end),
        transition_from=clock.progress_on(clock.transition_start()),
        position_label=position_label(clock, period.end, lang),
        overrun=clock.has_ended_on(period.end),
    )


def _household_row(file: MemberFile, on: date, lang: Lang) -> HouseholdRow:
    m = file.member
    birth = st.birth_of(m.birth_year, m.birth_month, m.birth_day)
    # The permit valid on the day, else the latest one: a lapsed ARP must show.
    expiry = st.latest_arp_expiry(
        p.expires_on for p in file.permits if p.issued_on is None or p.issued_on <= on
    )
    return HouseholdRow(
        name_latin=m.name_latin,
        name_original=m.name_original,
        relationship=label(lang, "relationship", "head" if m.is_head else m.relationship),
        sex=label(lang, "sex", m.sex),
        birth=format_partial_short(birth),
        arp_until=format_short_date(expiry),
    )


def _dimensions(
    case: FamilyFile, period: Period, lang: Lang, names: dict[int | None, str]
) -> list[DimensionRow]:
    before = statuses_on(case, period.start)
    after = statuses_on(case, period.end)
    changes = _changes(case, period, lang, names)
    return [
        DimensionRow(
            dimension=label(lang, "dimension", d.value),
            at_start=label(lang, "dimension_status", before[d.value]),
            at_end=label(lang, "dimension_status", after[d.value]),
            changes=changes[d.value],
        )
        for d in Dimension
    ]


def _changes(
    case: FamilyFile, period: Period, lang: Lang, names: dict[int | None, str]
) -> dict[str, list[str]]:
    """Dated facts of the period, by dimension, in date order."""
    found: dict[str, list[tuple[date, str]]] = {d.value: [] for d in Dimension}

    def add(dimension: str | None, d: date | None, key: str, **values: object) -> None:
        if dimension in found and period.holds(d):
            assert d is not None
            found[dimension].append((d, text(lang, key, **values)))

    def when(d: date | None) -> str:
        return format_date(d, lang)

    housing = Dimension.HOUSING.value
    for h in case.housing:
        kind = label(lang, "housing_kind", h.kind)
        add(housing, h.start_date, "change.housing_started", kind=kind, date=when(h.start_date))
        add(housing, h.end_date, "change.housing_ended", kind=kind, date=when(h.end_date))
    for file in case.members:
        person = file.member.name_latin
        for e in file.education:
            kind = label(lang, "education_kind", e.kind)
            args = {"person": person, "kind": kind}
            add(
                "education",
                e.start_date,
                "change.education_started",
                **args,
                date=when(e.start_date),
            )
            add("education", e.end_date, "change.education_ended", **args, date=when(e.end_date))
        for c in file.language:
            args = {"person": person, "kind": label(lang, "course_type", c.course_type)}
            add("language", c.start_date, "change.course_started", **args, date=when(c.start_date))
            add("language", c.end_date, "change.course_ended", **args, date=when(c.end_date))
            if c.cefr_level_reached:
                reached = c.level_reached_on or c.end_date
                add(
                    "language",
                    reached,
                    "change.level_reached",
                    person=person,
                    level=c.cefr_level_reached,
                    date=when(reached),
                )
        for j in file.employment:
            args = {"person": person, "kind": label(lang, "employment_kind", j.kind)}
            add("employment", j.start_date, "change.job_started", **args, date=when(j.start_date))
            add("employment", j.end_date, "change.job_ended", **args, date=when(j.end_date))
        for p in file.permits:
            # A renewal is a permit issued after an earlier one; it keeps health and work open.
            earlier = [
                q
                for q in file.permits
                if q is not p and q.issued_on and p.issued_on and q.issued_on < p.issued_on
            ]
            if earlier and p.expires_on:
                add(
                    "health",
                    p.issued_on,
                    "change.arp_renewed",
                    person=person,
                    date=when(p.expires_on),
                )
    for g in case.goals:
        if g.status == GoalStatus.ACHIEVED.value:
            add(g.dimension, g.achieved_on, "change.goal_achieved", goal=g.description)
    for r in case.referrals:
        service = label(lang, "service", r.service)
        add(r.dimension, r.sent_on, "change.referral_sent", service=service, date=when(r.sent_on))
        add(
            r.dimension,
            r.answered_on,
            "change.referral_answered",
            service=service,
            date=when(r.answered_on),
        )
    contacts: dict[str, int] = {d.value: 0 for d in Dimension}
    for a in case.activities:
        if period.holds(a.occurred_on):
            for dimension in a.dimensions:
                if dimension in contacts:
                    contacts[dimension] += 1
    result = {}
    for dimension, items in found.items():
        lines = [line for _, line in sorted(items, key=lambda item: item[0])]
        if contacts[dimension]:
            lines.append(text(lang, "change.contacts", count=contacts[dimension]))
        result[dimension] = lines
    return result


def _goals(
    case: FamilyFile, lang: Lang, names: dict[int | None, str]
) -> list[tuple[str, str, str, str, str, str]]:
    order = {d.value: i for i, d in enumerate(Dimension)}
    goals = sorted(
        case.goals, key=lambda g: (order.get(g.dimension, 99), g.target_date or date.max, g.id or 0)
    )
    return [
        (
            label(lang, "dimension", g.dimension),
            g.description,
            names.get(g.member_id, text(lang, "family_wide"))
            if g.member_id
            else text(lang, "family_wide"),
            label(lang, "goal_status", g.status),
            format_short_date(g.target_date),
            format_short_date(g.achieved_on),
        )
        for g in goals
    ]


def _note(raw: str, lang: Lang) -> str:
    """A visit's note: the general part, then each dimension's part under its name."""
    notes = split_notes(raw)
    lines = [" ".join(notes[""].split())] if notes.get("") else []
    for dimension in Dimension:
        if notes.get(dimension.value):
            body = " ".join(notes[dimension.value].split())
            lines.append(f"{label(lang, 'dimension', dimension.value)}: {body}")
    note = "\n".join(lines)
    return note if len(note) <= ACTIVITY_TEXT_LIMIT else note[: ACTIVITY_TEXT_LIMIT - 1] + "…"


def _activities(
    case: FamilyFile, period: Period, lang: Lang
) -> list[tuple[str, str, str, str, str]]:
    rows = [a for a in case.activities if period.holds(a.occurred_on)]
    rows.sort(key=lambda a: (a.occurred_on, a.id or 0))
    return [
        (
            format_short_date(a.occurred_on),
            label(lang, "activity_kind", a.kind),
            a.place or "—",
            ", ".join(label(lang, "dimension", d) for d in a.dimensions) or "—",
            _note(a.text, lang),
        )
        for a in rows
    ]


def _referrals(
    case: FamilyFile, period: Period, lang: Lang, names: dict[int | None, str]
) -> list[tuple[str, str, str, str, str, str]]:
    """Referrals sent or answered in the period, and older ones still unanswered."""
    rows = [
        r
        for r in case.referrals
        if r.sent_on <= period.end
        and (
            period.holds(r.sent_on)
            or period.holds(r.answered_on)
            or r.answered_on is None
            or r.answered_on > period.end
        )
    ]
    rows.sort(key=lambda r: (r.sent_on, r.id or 0))
    result = []
    for r in rows:
        answered = r.answered_on if r.answered_on and r.answered_on <= period.end else None
        result.append(
            (
                label(lang, "service", r.service),
                label(lang, "dimension", r.dimension) if r.dimension else "—",
                names.get(r.member_id, "—") if r.member_id else text(lang, "family_wide"),
                format_short_date(r.sent_on),
                format_short_date(answered, empty=text(lang, "unanswered")),
                (r.outcome or "—") if answered else "—",
            )
        )
    return result


def family_alerts(
    case: FamilyFile, on: date, thresholds: AlertThresholds | None = None
) -> list[Alert]:
    members = [_member_rows(m) for m in case.members]
    snapshot = st.alert_snapshot(
        case.family, members, st.last_visit_by(case.activities, on), case.referrals, on
    )
    return alerts_for(snapshot, on, thresholds or AlertThresholds())


def _alerts(
    case: FamilyFile,
    on: date,
    lang: Lang,
    names: dict[int | None, str],
    thresholds: AlertThresholds | None,
) -> list[tuple[str, str]]:
    services = {r.id: r.service for r in case.referrals}
    rows = []
    for alert in family_alerts(case, on, thresholds):
        key = f"alert.{alert.kind.value}"
        if alert.kind is AlertKind.PROGRAMME_ENDING and alert.due and alert.due < on:
            key = "alert.programme_ended"  # still active after the end: say so
        past = (on - alert.due).days if alert.due else 0
        sentence = text(
            lang,
            key,
            person=names.get(alert.member_id, "—"),
            date=format_date(alert.due, lang),
            days=days_text(past, lang),
            service=label(lang, "service", services.get(alert.referral_id, "other")),
        )
        rows.append((label(lang, "severity", int(alert.severity)), sentence))
    return rows


def _allowance(payments: Sequence[AllowancePayment], period: Period, lang: Lang) -> str:
    paid = [p for p in payments if period.holds(p.paid_on)]
    if not paid:
        return ""
    return format_euros(sum(p.amount_cents for p in paid), lang)
