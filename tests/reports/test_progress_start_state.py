"""The progress report's "at the start of the period": never a state reached later.

The walkthrough's case: a period from 1 November to 4 December, a family that
arrived on 15 November and whose housing began on 20 November. Every
dimension is checked, before and after the arrival.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlmodel import Session

from hostdesk.reports.family import render_family_report
from hostdesk.reports.progress import Period, build_progress
from hostdesk.storage import casework, families
from hostdesk.storage.models import (
    Education,
    Employment,
    HealthRecord,
    Housing,
    LanguageCourse,
)
from hostdesk.storage.vault import Vault

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
DIMENSIONS = ("Habitação", "Saúde", "Educação", "Língua", "Emprego")


def _family(vault: Vault, arrival: date, records_from: date) -> int:
    """A family with a record in every dimension, all begun on ``records_from``."""
    with vault.changing() as s:
        actor = vault.user
        family = families.create_family(
            s, actor, arrival_channel="resettlement", programme_start=arrival,
            arrival_date=arrival, case_number="HD-2026-00297",
        )  # fmt: skip
        head = families.add_member(s, actor, family, name_latin="Samir Haddad", is_head=True,
                                   relationship="head", sex="M")  # fmt: skip
        child = families.add_member(s, actor, family, name_latin="Lina Haddad",
                                    relationship="child", sex="F")  # fmt: skip
        assert family.id and head.id and child.id
        s.add(Housing(family_id=family.id, kind="rented_by_entity", start_date=records_from,
                      status="in_progress"))  # fmt: skip
        s.add(HealthRecord(member_id=head.id, status="in_progress", recorded_on=records_from))
        s.add(Education(member_id=child.id, kind="school_enrolment", start_date=records_from,
                        status="in_progress"))  # fmt: skip
        s.add(LanguageCourse(member_id=head.id, course_type="pla", start_date=records_from))
        s.add(Employment(member_id=head.id, kind="job_search", start_date=records_from))
        return family.id


def _rows(vault: Vault, family_id: int, start: date, end: date) -> dict[str, tuple[str, str]]:
    with vault.session() as session:
        assert isinstance(session, Session)
        case = casework.read_family(session, family_id)
    assert case is not None
    report = build_progress(case, Period(start, end), "pt", entity_name="E")
    return {row.dimension: (row.at_start, row.at_end) for row in report.dimensions}


def test_before_the_arrival_every_dimension_says_so(vault: Vault) -> None:
    family_id = _family(vault, arrival=date(2026, 11, 15), records_from=date(2026, 11, 20))
    rows = _rows(vault, family_id, date(2026, 11, 1), date(2026, 12, 4))
    assert {d: rows[d][0] for d in DIMENSIONS} == dict.fromkeys(
        DIMENSIONS, "Por iniciar (antes da chegada)"
    )
    assert {d: rows[d][1] for d in DIMENSIONS} == dict.fromkeys(DIMENSIONS, "Em curso")


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_after_the_arrival_a_record_begun_later_is_not_started(
    vault: Vault, dimension: str
) -> None:
    family_id = _family(vault, arrival=date(2026, 10, 1), records_from=date(2026, 11, 20))
    at_start, at_end = _rows(vault, family_id, date(2026, 11, 1), date(2026, 12, 4))[dimension]
    assert (at_start, at_end) == ("Por iniciar", "Em curso")


def test_a_record_begun_before_the_period_shows_at_its_start(vault: Vault) -> None:
    family_id = _family(vault, arrival=date(2026, 9, 1), records_from=date(2026, 9, 10))
    rows = _rows(vault, family_id, date(2026, 11, 1), date(2026, 12, 4))
    assert {d: rows[d] for d in DIMENSIONS} == dict.fromkeys(DIMENSIONS, ("Em curso", "Em curso"))


def test_the_pdf_says_before_arrival_and_never_in_progress_at_the_start(vault: Vault) -> None:
    family_id = _family(vault, arrival=date(2026, 11, 15), records_from=date(2026, 11, 20))
    pdf = render_family_report(vault, family_id, date(2026, 11, 1), date(2026, 12, 4))
    reader = PdfReader(io.BytesIO(pdf))
    content = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))
    flowing = " ".join(content.split())  # a table cell may wrap its words
    assert flowing.count("Por iniciar (antes da chegada)") == len(DIMENSIONS)
    assert "Habitação Por iniciar (antes da chegada) Em curso" in flowing


def test_a_health_record_written_today_gets_todays_date(vault: Vault) -> None:
    family_id = _family(vault, arrival=date(2026, 10, 1), records_from=date(2026, 11, 20))
    with vault.changing() as s:
        member = families.add_member(s, vault.user, s.get(families.Family, family_id),
                                     name_latin="Omar Haddad", relationship="child")  # fmt: skip
        row = casework.save_record(s, vault.user, HealthRecord, None,
                                   {"member_id": member.id, "status": "achieved"})  # fmt: skip
        assert row.recorded_on == date.today()
