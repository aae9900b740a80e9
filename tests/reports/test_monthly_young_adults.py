"""The monthly report's young adults: protection to 21, or to 25 in education or training.

Someone who came as an unaccompanied minor and is 23 at the month's end is a
young adult when in education or training (the worker's answer, or else a
course running in the records) and an adult otherwise (issue 12, item 4).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import col, select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.nair.validation import validate_report
from hostdesk.reports.monthly import build_monthly_report
from hostdesk.reports.monthly_build import SCHEMA_VERSION
from hostdesk.storage import casework, families
from hostdesk.storage.models import AuditEntry, Education, Employment, Family
from hostdesk.storage.vault import Vault

MONTH = "2026-11"
TWENTY_THREE = PartialDate(2003, 5, 10)  # 23 on 30 November 2026
TWENTY = PartialDate(2006, 5, 10)
PAST_25 = PartialDate(2001, 5, 10)


def _person(vault: Vault, case: str, birth: PartialDate, *, answer: bool | None,
            course: str | None = None) -> None:  # fmt: skip
    with vault.changing() as s:
        family = families.create_family(
            s, vault.user, arrival_channel="relocation", programme_start=date(2026, 6, 1),
            case_number=case, nair_reference=f"NAIR-{case[-3:]}", case_type="unaccompanied_minor",
        )  # fmt: skip
        member = families.add_member(
            s, vault.user, family, name_latin=f"Pessoa {case[-2:]}", birth=birth, is_head=True,
            relationship="head", is_unaccompanied_minor=True, in_education_or_training=answer,
        )  # fmt: skip
        if course == "training":  # an IEFP course, recorded as employment
            s.add(Employment(member_id=member.id, kind="training", start_date=date(2026, 9, 1)))
        elif course is not None:
            s.add(Education(member_id=member.id, kind=course, start_date=date(2026, 9, 1)))


@pytest.fixture
def young(vault: Vault) -> Vault:
    _person(vault, "HD-2026-00001", TWENTY_THREE, answer=True)
    _person(vault, "HD-2026-00002", TWENTY_THREE, answer=None, course="vocational_training")
    _person(vault, "HD-2026-00003", TWENTY_THREE, answer=None, course="training")
    _person(vault, "HD-2026-00004", TWENTY_THREE, answer=None)
    _person(vault, "HD-2026-00005", TWENTY_THREE, answer=False, course="higher_education")
    _person(vault, "HD-2026-00006", TWENTY_THREE, answer=None, course="qualification_recognition")
    _person(vault, "HD-2026-00007", TWENTY, answer=None)
    _person(vault, "HD-2026-00008", PAST_25, answer=True)
    return vault


def test_a_young_adult_in_education_or_training_stays_one_past_21(young: Vault) -> None:
    report = build_monthly_report(young, MONTH).data
    families_ = report["families"]
    status = {f["case_number"][-1]: f["members"][0]["unaccompanied_minor"] for f in families_}
    assert status == {
        "1": "young_adult",  # 23, the worker said in education or training
        "2": "young_adult",  # 23, vocational training running in the records
        "3": "young_adult",  # 23, an IEFP training course
        "4": "adult",  # 23, neither: protection ended at 21
        "5": "adult",  # 23, the worker said no, whatever the open enrolment says
        "6": "adult",  # recognising a diploma is not education or training
        "7": "young_adult",  # 20: a young adult either way
        "8": "adult",  # 25 and over: an adult even in education
    }


def test_the_answer_given_later_changes_the_next_report_and_is_audited(young: Vault) -> None:
    with young.changing() as s:
        fid = s.exec(select(Family.id).where(Family.case_number == "HD-2026-00004")).one()
        file = casework.read_family(s, fid)
        assert file is not None
        person = file.members[0]
        draft = casework.member_draft(person)
        assert draft.in_education_or_training is None
        draft.in_education_or_training = True
        casework.update_member(s, young.user, person.member.id, draft)  # type: ignore[arg-type]
        detail = s.exec(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "member.update")
            .order_by(col(AuditEntry.seq).desc())
        ).first()
    assert detail is not None and json.loads(detail)["fields"] == ["in_education_or_training"]
    report = build_monthly_report(young, MONTH).data
    four = next(f for f in report["families"] if f["case_number"] == "HD-2026-00004")
    assert four["members"][0]["unaccompanied_minor"] == "young_adult"


def test_the_end_of_protection_stays_off_the_v2_report_which_the_nair_takes(
    young: Vault,
) -> None:
    # Person 7 is 20: 21 on 10 May 2027, so protection ends on the 9th, within six months
    # of the month's end: an open alert on Today. The published v2 schema has no such
    # kind, and a NAIR validating against it would refuse the whole report.
    report = build_monthly_report(young, MONTH)
    seven = next(f for f in report.data["families"] if f["case_number"] == "HD-2026-00007")
    assert "young_adult_protection_ending" not in [a["kind"] for a in seven["open_alerts"]]
    validate_report(SCHEMA_VERSION, report.json_bytes)  # as the NAIR's intake does
