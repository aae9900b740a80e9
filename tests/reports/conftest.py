"""Synthetic case files for the report tests: invented names in four scripts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import families
from hostdesk.storage.models import (
    Education,
    Employment,
    Family,
    FollowUpTask,
    HealthRecord,
    Housing,
    Identifier,
    LanguageCourse,
    PlanGoal,
    Referral,
    ResidencePermit,
)
from hostdesk.storage.vault import Vault

NOW = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)

ARABIC_HEAD = "محمد الأحمد"
ARABIC_SPOUSE = "فاطمة الزهراء"
GEEZ_NAME = "ተስፋይ ገብረመድህን"
CYRILLIC_NAME = "Олена Шевченко"


@dataclass
class SampleIds:
    family_id: int
    case_number: str
    head_id: int
    spouse_id: int
    child_id: int


def add_sample_family(
    vault: Vault, *, case_number: str = "HD-2026-00042", activities: int = 3
) -> SampleIds:
    """A family of three from Syria, month 9 of 18 in November 2026, with a full file."""
    with vault.changing() as s:
        actor = vault.user
        family = families.create_family(
            s, actor, arrival_channel="resettlement", programme_start=date(2026, 3, 1),
            case_number=case_number, nair_reference="NAIR-LX-0042", arrival_date=date(2026, 2, 26),
            municipality="Évora", assigned_worker_id=actor.id,
        )  # fmt: skip
        head = families.add_member(
            s, actor, family, name_latin="Mohammed Al-Ahmad", name_original=ARABIC_HEAD,
            original_script="Arab", is_head=True, relationship="head", sex="M",
            birth=PartialDate(1985),
        )  # fmt: skip
        spouse = families.add_member(
            s, actor, family, name_latin="Fátima Al-Zahra", name_original=ARABIC_SPOUSE,
            original_script="Arab", relationship="spouse", sex="F", birth=PartialDate(1990, 5),
        )  # fmt: skip
        child = families.add_member(
            s, actor, family, name_latin="Yusuf Al-Ahmad", relationship="child", sex="M",
            birth=PartialDate(2016, 9, 12),
        )  # fmt: skip
        assert family.id and head.id and spouse.id and child.id
        families.add_identifier(s, actor, head, "sns", "123456789")
        s.add(ResidencePermit(member_id=head.id, number="ARP-1", issued_on=date(2026, 3, 5),
                              expires_on=date(2026, 9, 4)))  # fmt: skip
        s.add(ResidencePermit(member_id=head.id, number="ARP-2", issued_on=date(2026, 9, 1),
                              expires_on=date(2027, 3, 1),
                              renewal_appointment=date(2027, 2, 10)))  # fmt: skip
        s.add(ResidencePermit(member_id=spouse.id, number="ARP-3", issued_on=date(2026, 3, 5),
                              expires_on=date(2026, 12, 5)))  # fmt: skip
        s.add(HealthRecord(member_id=head.id, sns_registered=True, has_family_doctor=True,
                           status="in_progress"))  # fmt: skip
        s.add(HealthRecord(member_id=spouse.id, sns_registered=True, status="in_progress"))
        s.add(Housing(family_id=family.id, kind="rented_by_entity", start_date=date(2026, 3, 1),
                      monthly_rent_cents=55000, status="achieved"))  # fmt: skip
        s.add(Education(member_id=child.id, kind="school_enrolment", institution="EB Évora",
                        start_date=date(2026, 11, 3), status="in_progress"))  # fmt: skip
        s.add(LanguageCourse(member_id=head.id, course_type="pla", start_date=date(2026, 4, 1),
                             end_date=date(2026, 11, 20), hours=150, cefr_level_reached="A2",
                             level_reached_on=date(2026, 11, 20)))  # fmt: skip
        s.add(Employment(member_id=head.id, kind="contract", employer="Oficina", sector="mechanic",
                         start_date=date(2026, 11, 16)))  # fmt: skip
        s.add(PlanGoal(family_id=family.id, member_id=child.id, dimension="education",
                       description="Matricular o Yusuf na escola", status="achieved",
                       target_date=date(2026, 11, 30), achieved_on=date(2026, 11, 3)))  # fmt: skip
        s.add(PlanGoal(family_id=family.id, dimension="employment",
                       description="Certificar a profissão de mecânico", status="in_progress",
                       target_date=date(2027, 3, 31)))  # fmt: skip
        s.add(Referral(family_id=family.id, member_id=spouse.id, service="sns",
                       dimension="health", reason="médico de família", sent_on=date(2026, 10, 1),
                       created_at=NOW))  # fmt: skip
        s.add(Referral(family_id=family.id, member_id=head.id, service="iefp",
                       dimension="employment", sent_on=date(2026, 11, 2),
                       answered_on=date(2026, 11, 10), outcome="Entrevista marcada",
                       created_at=NOW))  # fmt: skip
        s.add(FollowUpTask(family_id=family.id, description="Levar a Fátima ao centro de saúde",
                           due_on=date(2026, 12, 4), created_at=NOW))  # fmt: skip
        for i in range(activities):
            day = date(2026, 11, 1 + (i % 28))
            families.add_activity(
                s, actor, family, kind="visit" if i % 2 == 0 else "call", occurred_on=day,
                place="Casa da família", dimensions=["housing", "health"][: 1 + i % 2],
                text=f"Visita {i + 1}: a família está bem; tratámos da escola & do IEFP <ok>.",
            )  # fmt: skip
        ids = SampleIds(family.id, family.case_number, head.id, spouse.id, child.id)
    return ids


def add_person_with_ethiopic_and_cyrillic(vault: Vault, family_id: int) -> None:
    with vault.changing() as s:
        family = s.get(Family, family_id)
        assert family is not None
        families.add_member(
            s, vault.user, family, name_latin="Tesfay Gebremedhin", name_original=GEEZ_NAME,
            original_script="Ethi", relationship="other_relative", sex="M", birth=PartialDate(1979),
        )  # fmt: skip
        families.add_member(
            s, vault.user, family, name_latin="Olena Shevchenko", name_original=CYRILLIC_NAME,
            original_script="Cyrl", relationship="other", sex="F", birth=PartialDate(2001, 2, 3),
        )  # fmt: skip


@pytest.fixture
def sample(vault: Vault) -> SampleIds:
    ids = add_sample_family(vault)
    add_person_with_ethiopic_and_cyrillic(vault, ids.family_id)
    return ids


__all__ = ["Identifier", "SampleIds", "add_sample_family"]
