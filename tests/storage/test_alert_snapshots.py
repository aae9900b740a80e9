"""Alerts across the caseload, read from a small hand-built vault whose alerts are known."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from sqlalchemy import event

from hostdesk.domain.alerts import DEFAULT_THRESHOLDS, AlertKind, Severity, alerts_for
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import add_months
from hostdesk.domain.vocabulary import (
    ActivityKind,
    ArrivalChannel,
    CefrLevel,
    CourseType,
    DimensionStatus,
    EducationKind,
    EmploymentKind,
    ExitReason,
    FamilyStatus,
    HousingKind,
    ReferralService,
)
from hostdesk.storage import alert_snapshots, families
from hostdesk.storage.models import (
    Education,
    Employment,
    FollowUpTask,
    HealthRecord,
    Housing,
    LanguageCourse,
    Referral,
    ResidencePermit,
)
from hostdesk.storage.vault import Vault

TODAY = date(2026, 3, 15)


@dataclass(frozen=True)
class SmallCaseload:
    """Ids of what :func:`build_small_caseload` made, to check alerts against."""

    recent: int  # month 4 of 18, four members
    ending: int  # month 15 of 18: in the ISS transition
    exited: int
    head: int
    spouse: int
    child_out_of_school: int
    child_in_school: int
    open_referral: int
    answered_referral: int
    late_task: int


def build_small_caseload(vault: Vault, today: date) -> SmallCaseload:
    """Three families whose alerts, tasks and dimension statuses on ``today`` are known."""
    now = datetime.now(UTC)
    actor = vault.user
    with vault.changing() as s:
        recent = families.create_family(
            s, actor, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=add_months(today, -3), case_number="HD-2026-00001",
        )  # fmt: skip
        head = families.add_member(
            s, actor, recent, name_latin="Muhammad Al-Khatib", name_original="محمد الخطيب",
            original_script="Arab", is_head=True, relationship="head", birth=PartialDate(1985),
        )  # fmt: skip
        families.add_identifier(s, actor, head, "nif", "501964843")
        spouse = families.add_member(
            s, actor, recent, name_latin="Fatima Al-Khatib", birth=PartialDate(1988, 4),
            relationship="spouse",
        )  # fmt: skip
        out_of_school = families.add_member(
            s, actor, recent, name_latin="Omar Al-Khatib", relationship="child",
            birth=PartialDate.from_date(add_months(today, -120)),
        )  # fmt: skip
        in_school = families.add_member(
            s, actor, recent, name_latin="Layla Al-Khatib", relationship="child",
            birth=PartialDate.from_date(add_months(today, -96)),
        )  # fmt: skip
        ending = families.create_family(
            s, actor, arrival_channel=ArrivalChannel.RELOCATION,
            programme_start=add_months(today, -14), case_number="HD-2025-00007",
        )  # fmt: skip
        selam = families.add_member(
            s, actor, ending, name_latin="Selam Tesfamariam", name_original="ሰላም ተስፋማርያም",
            original_script="Ethi", is_head=True, relationship="head", birth=PartialDate(1990),
        )  # fmt: skip
        exited = families.create_family(
            s, actor, arrival_channel=ArrivalChannel.SPONTANEOUS_ASYLUM,
            programme_start=add_months(today, -8), case_number="HD-2025-00003",
            status=FamilyStatus.EXITED.value, exit_reason=ExitReason.LEFT_PORTUGAL.value,
            exit_date=today - timedelta(days=20),
        )  # fmt: skip
        gone = families.add_member(
            s, actor, exited, name_latin="Oksana Kovalenko", is_head=True, birth=PartialDate(1979)
        )
        for member, expires in (
            (head, today + timedelta(days=10)),
            (spouse, today + timedelta(days=200)),
            (gone, today - timedelta(days=5)),
            # Everyone holds a permit: a member without one raises its own alert (issue 12).
            (out_of_school, today + timedelta(days=300)),
            (in_school, today + timedelta(days=300)),
            (selam, today + timedelta(days=300)),
        ):
            s.add(ResidencePermit(member_id=member.id, number="ARP-1", expires_on=expires))
        # An older permit of the head's that has long expired: the newest one counts.
        s.add(ResidencePermit(member_id=head.id, expires_on=today - timedelta(days=170)))
        s.add(Education(member_id=in_school.id, kind=EducationKind.SCHOOL_ENROLMENT.value))
        s.add(LanguageCourse(member_id=spouse.id, course_type=CourseType.PLA.value))
        s.add(
            LanguageCourse(
                member_id=selam.id,
                course_type=CourseType.PLA.value,
                cefr_level_reached=CefrLevel.A1.value,
            )
        )
        families.add_activity(
            s, actor, recent, kind=ActivityKind.VISIT.value,
            occurred_on=today - timedelta(days=5), text="Home visit",
        )  # fmt: skip
        # A call is not a visit: the ending family has never been visited.
        families.add_activity(
            s, actor, ending, kind=ActivityKind.CALL.value, occurred_on=today, text="Call"
        )
        open_referral = Referral(
            family_id=recent.id, member_id=head.id, service=ReferralService.IEFP.value,
            dimension="employment", sent_on=today - timedelta(days=30), created_at=now,
        )  # fmt: skip
        answered = Referral(
            family_id=recent.id, service=ReferralService.SNS.value,
            sent_on=today - timedelta(days=40), answered_on=today - timedelta(days=2),
            created_at=now,
        )  # fmt: skip
        late_task = FollowUpTask(
            family_id=recent.id, description="Bring the school forms",
            due_on=today - timedelta(days=2), created_at=now,
        )  # fmt: skip
        s.add_all([open_referral, answered, late_task])
        s.add_all(
            [
                FollowUpTask(family_id=recent.id, description="Done already",
                             due_on=today - timedelta(days=9), done_on=today, created_at=now),
                FollowUpTask(family_id=ending.id, description="Not yet due",
                             due_on=today + timedelta(days=30), created_at=now),
                FollowUpTask(family_id=exited.id, description="Exited family",
                             due_on=today - timedelta(days=9), created_at=now),
            ]
        )  # fmt: skip
        # Dimension records, for the dashboard.
        s.add(Housing(family_id=recent.id, kind=HousingKind.RENTED_BY_ENTITY.value))
        s.add(
            Housing(
                family_id=ending.id,
                kind=HousingKind.RECEPTION_CENTRE.value,
                end_date=today - timedelta(days=100),
            )
        )
        achieved, at_risk = DimensionStatus.ACHIEVED.value, DimensionStatus.AT_RISK.value
        s.add(HealthRecord(member_id=head.id, status=achieved))
        s.add(HealthRecord(member_id=spouse.id, status=achieved))
        s.add(HealthRecord(member_id=selam.id, status=at_risk))
        s.add(Employment(member_id=head.id, kind=EmploymentKind.CONTRACT.value))
        s.add(Employment(member_id=selam.id, kind=EmploymentKind.JOB_SEARCH.value))
        s.flush()
        ids = SmallCaseload(
            recent=recent.id, ending=ending.id, exited=exited.id, head=head.id,
            spouse=spouse.id, child_out_of_school=out_of_school.id,
            child_in_school=in_school.id, open_referral=open_referral.id,
            answered_referral=answered.id, late_task=late_task.id,
        )  # fmt: skip
    return ids


@contextmanager
def counted_queries(vault: Vault) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(vault.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(vault.engine, "before_cursor_execute", count)


def _keys(alerts: list) -> set[tuple]:  # type: ignore[type-arg]
    return {(a.kind, a.family_id, a.member_id, a.referral_id) for a in alerts}


def test_open_alerts_across_the_caseload_are_the_known_ones(vault: Vault) -> None:
    c = build_small_caseload(vault, TODAY)
    with vault.session() as session:
        alerts = alert_snapshots.open_alerts(session, TODAY, DEFAULT_THRESHOLDS)
    assert _keys(alerts) == {
        (AlertKind.ARP_EXPIRING, c.recent, c.head, None),
        (AlertKind.CHILD_WITHOUT_SCHOOL, c.recent, c.child_out_of_school, None),
        (AlertKind.NO_LANGUAGE_COURSE, c.recent, c.head, None),
        (AlertKind.REFERRAL_UNANSWERED, c.recent, c.head, c.open_referral),
        # Relocation: the ISS transition applies, and no ISS meeting is recorded yet.
        (AlertKind.ISS_TRANSITION, c.ending, None, None),
        (AlertKind.NO_RECENT_VISIT, c.ending, None, None),
    }
    arp = next(a for a in alerts if a.kind is AlertKind.ARP_EXPIRING)
    assert arp.due == TODAY + timedelta(days=10)
    assert arp.severity is Severity.WARNING
    # Most urgent first: the two URGENT ones (never visited, a child out of school) lead;
    # a referral unanswered for a month waits in Próximos (docs/alerts.md).
    assert {a.kind for a in alerts[:2]} == {
        AlertKind.NO_RECENT_VISIT,
        AlertKind.CHILD_WITHOUT_SCHOOL,
    }
    assert all(a.severity >= b.severity for a, b in pairwise(alerts))


def test_an_answered_referral_and_an_exited_family_raise_nothing(vault: Vault) -> None:
    c = build_small_caseload(vault, TODAY)
    with vault.session() as session:
        alerts = alert_snapshots.open_alerts(session, TODAY, DEFAULT_THRESHOLDS)
        exited = alert_snapshots.open_alerts(session, TODAY, DEFAULT_THRESHOLDS, [c.exited])
    assert c.answered_referral not in {a.referral_id for a in alerts}
    assert c.exited not in {a.family_id for a in alerts}
    assert exited == []


def test_snapshots_match_what_the_domain_rules_expect(vault: Vault) -> None:
    c = build_small_caseload(vault, TODAY)
    with vault.session() as session:
        snapshots = {s.family_id: s for s in alert_snapshots.load_snapshots(session, TODAY)}
        chosen = alert_snapshots.load_snapshots(session, TODAY, [c.exited, c.recent])
    assert set(snapshots) == {c.recent, c.ending}  # all active families, the exited one left out
    assert [s.family_id for s in chosen] == [c.recent, c.exited]
    recent = snapshots[c.recent]
    assert recent.last_visit == TODAY - timedelta(days=5)
    members = {m.member_id: m for m in recent.members}
    assert members[c.head].arp_expiry == TODAY + timedelta(days=10)  # the newest permit
    assert members[c.head].birth == PartialDate(1985)
    assert members[c.child_in_school].in_school
    assert not members[c.child_out_of_school].in_school
    assert members[c.spouse].has_language_course
    assert [r.referral_id for r in recent.referrals] == [c.open_referral]
    assert snapshots[c.ending].last_visit is None
    assert recent == chosen[0]
    # Alerts across the caseload are the domain's alerts of each snapshot.
    with vault.session() as session:
        everything = alert_snapshots.open_alerts(session, TODAY, DEFAULT_THRESHOLDS)
    assert _keys(everything) == _keys([a for s in snapshots.values() for a in alerts_for(s, TODAY)])


def test_a_page_of_alert_counts_takes_four_queries_whatever_its_size(vault: Vault) -> None:
    c = build_small_caseload(vault, TODAY)
    with vault.session() as session, counted_queries(vault) as statements:
        counts = alert_snapshots.alert_counts(
            session, TODAY, DEFAULT_THRESHOLDS, [c.recent, c.ending, c.exited, 999_999]
        )
    # Families, members, unanswered referrals, and the entity's channel rules (a small table).
    assert len(statements) == 4
    assert sorted(counts[c.recent]) == sorted(
        [
            AlertKind.ARP_EXPIRING,
            AlertKind.CHILD_WITHOUT_SCHOOL,
            AlertKind.NO_LANGUAGE_COURSE,
            AlertKind.REFERRAL_UNANSWERED,
        ]
    )
    assert counts[c.ending] == [
        AlertKind.NO_RECENT_VISIT,
        AlertKind.ISS_TRANSITION,
    ]  # urgent first
    assert counts[c.exited] == []
    assert 999_999 not in counts
    with vault.session() as session:
        assert alert_snapshots.alert_counts(session, TODAY, DEFAULT_THRESHOLDS, []) == {}


def test_thresholds_from_the_setting_change_what_fires(vault: Vault) -> None:
    c = build_small_caseload(vault, TODAY)
    relaxed = DEFAULT_THRESHOLDS.__class__(arp_warning_days=5, referral_answer_days=60)
    with vault.session() as session:
        counts = alert_snapshots.alert_counts(session, TODAY, relaxed, [c.recent])
    assert AlertKind.ARP_EXPIRING not in counts[c.recent]
    assert AlertKind.REFERRAL_UNANSWERED not in counts[c.recent]


def test_open_tasks_this_week_are_urgent_and_later_ones_wait(vault: Vault) -> None:
    c = build_small_caseload(vault, TODAY)
    with vault.session() as session:
        tasks = alert_snapshots.open_tasks(session, TODAY)
        later = alert_snapshots.open_tasks(session, TODAY + timedelta(days=25))
    # Late: urgent. Due in a month: not urgent, but there (it used to be left out).
    assert [(t.task_id, t.family_id, t.severity) for t in tasks] == [
        (c.late_task, c.recent, Severity.URGENT),
        (tasks[1].task_id, c.ending, Severity.WARNING),
    ]
    assert tasks[1].due == TODAY + timedelta(days=30)
    # 25 days on, the ending family's task falls due within the week: urgent too.
    assert [(t.family_id, t.severity) for t in later] == [
        (c.recent, Severity.URGENT),
        (c.ending, Severity.URGENT),
    ]


def test_describe_names_what_the_alerts_and_tasks_point_at(vault: Vault) -> None:
    c = build_small_caseload(vault, TODAY)
    with vault.session() as session:
        alerts = alert_snapshots.open_alerts(session, TODAY, DEFAULT_THRESHOLDS)
        tasks = alert_snapshots.open_tasks(session, TODAY)
        found = alert_snapshots.describe(session, alerts, tasks)
    assert found.families[c.recent] == ("HD-2026-00001", "Muhammad Al-Khatib", "محمد الخطيب")
    assert found.families[c.ending] == ("HD-2025-00007", "Selam Tesfamariam", "ሰላም ተስፋማርያም")
    assert found.members[c.child_out_of_school] == ("Omar Al-Khatib", "")
    assert found.referrals[c.open_referral] == ("iefp", TODAY - timedelta(days=30))
    assert found.tasks[c.late_task] == "Bring the school forms"
    assert sorted(found.tasks.values()) == ["Bring the school forms", "Not yet due"]


def test_a_family_with_an_impossible_programme_does_not_break_the_rest(vault: Vault) -> None:
    c = build_small_caseload(vault, TODAY)
    with vault.changing() as session:
        session.connection().exec_driver_sql(
            f"UPDATE family SET programme_months = 0 WHERE id = {c.ending}"
        )
    with vault.session() as session:
        counts = alert_snapshots.alert_counts(
            session, TODAY, DEFAULT_THRESHOLDS, [c.recent, c.ending]
        )
    assert counts[c.ending] == []
    assert AlertKind.ARP_EXPIRING in counts[c.recent]
