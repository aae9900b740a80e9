"""The end of a young adult's protection, read from a real vault the way the member form reads it.

Three readers build the alert rules' snapshot: the caseload query (Today, the caseload's
alert column), an open case file (the family header) and the progress report. Each must
take the worker's answer to "in education or training?" first, else the records on the
day, so they all date the end of protection alike.
"""

from __future__ import annotations

from datetime import date, timedelta

from hostdesk.domain.alerts import DEFAULT_THRESHOLDS, AlertKind, Severity, alerts_for
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import DimensionStatus, EducationKind, EmploymentKind
from hostdesk.reports.progress import family_alerts
from hostdesk.storage import alert_snapshots, casework, families
from hostdesk.storage.models import Education, Employment, ResidencePermit
from hostdesk.storage.vault import Vault

TODAY = date(2029, 3, 1)
ENDING = AlertKind.YOUNG_ADULT_PROTECTION_ENDING


def _born(turns: int, on: date) -> PartialDate:
    """Someone whose birthday of ``turns`` years falls on ``on``."""
    return PartialDate(on.year - turns, on.month, on.day)


def test_every_reader_dates_the_end_of_protection_as_the_member_form_does(vault: Vault) -> None:
    soon, in_a_week = TODAY + timedelta(days=20), TODAY + timedelta(days=4)
    people = {
        # name: (birth, answer, record) -> the last day of protection expected, or None
        "No records": (_born(21, soon), None, None),
        "Training running": (_born(21, soon), None, "iefp"),
        "School ended": (_born(21, soon), None, "ended"),
        "Not started": (_born(21, soon), None, "not_started"),
        "Said no": (_born(21, in_a_week), False, "vocational"),
        "Said yes": (_born(25, in_a_week), True, None),
        "Year only": (PartialDate(2008), None, None),  # 21 on 31/12/2029: too far ahead
    }
    ids: dict[str, int] = {}
    with vault.changing() as s:
        family = families.create_family(
            s, vault.user, arrival_channel="relocation", programme_start=date(2028, 6, 1),
            case_number="HD-2028-00001", case_type="unaccompanied_minor",
        )  # fmt: skip
        for n, (name, (birth, answer, record)) in enumerate(people.items()):
            member = families.add_member(
                s, vault.user, family, name_latin=name, birth=birth, is_head=n == 0,
                relationship="head" if n == 0 else "other", is_unaccompanied_minor=True,
                in_education_or_training=answer,
            )  # fmt: skip
            ids[name] = member.id
            s.add(ResidencePermit(member_id=member.id, expires_on=date(2031, 1, 1)))
            since, not_started = date(2028, 9, 1), DimensionStatus.NOT_STARTED.value
            if record == "iefp":
                s.add(Employment(member_id=member.id, kind=EmploymentKind.TRAINING.value,
                                 start_date=since))  # fmt: skip
            elif record == "vocational":
                s.add(Education(member_id=member.id, kind=EducationKind.VOCATIONAL_TRAINING.value,
                                start_date=since))  # fmt: skip
            elif record == "ended":
                s.add(Education(member_id=member.id, kind=EducationKind.SCHOOL_ENROLMENT.value,
                                start_date=since, end_date=date(2029, 2, 28)))  # fmt: skip
            elif record == "not_started":
                s.add(Education(member_id=member.id, kind=EducationKind.VOCATIONAL_TRAINING.value,
                                start_date=since, status=not_started))  # fmt: skip
        family_id = family.id
    expected = {
        ids["No records"]: (Severity.WARNING, soon - timedelta(days=1)),
        ids["School ended"]: (Severity.WARNING, soon - timedelta(days=1)),
        ids["Not started"]: (Severity.WARNING, soon - timedelta(days=1)),
        ids["Said no"]: (Severity.URGENT, in_a_week - timedelta(days=1)),
        ids["Said yes"]: (Severity.URGENT, in_a_week - timedelta(days=1)),
    }

    def ending(alerts: list) -> dict[int | None, tuple[Severity, date | None]]:  # type: ignore[type-arg]
        return {a.member_id: (a.severity, a.due) for a in alerts if a.kind is ENDING}

    with vault.session() as session:
        caseload = alert_snapshots.open_alerts(session, TODAY, DEFAULT_THRESHOLDS)
        one = alert_snapshots.open_alerts(session, TODAY, DEFAULT_THRESHOLDS, [family_id])
        file = casework.read_family(session, family_id)
        assert file is not None
        header = alerts_for(casework.alert_snapshot(file, on=TODAY), TODAY)
        report = family_alerts(file, TODAY)
    assert ending(caseload) == expected
    assert ending(one) == expected
    assert ending(header) == expected
    assert ending(report) == expected
