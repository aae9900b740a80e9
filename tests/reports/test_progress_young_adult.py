"""The progress PDF states where each person who came as an unaccompanied minor stands.

On the report's day, as the member form says it: a minor (coming of age on a day,
protection then possibly to a later one), a young adult until the last day of
protection (21, or 25 in education or training: the worker's answer, else the
records), or an adult. A birth date known only to the year takes its latest day.
Read back with poppler's pdftotext, as a reader of the PDF would see it.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from hostdesk.domain.partial_date import PartialDate
from hostdesk.reports.family import render_family_report
from hostdesk.storage import families
from hostdesk.storage.models import Education, Employment
from hostdesk.storage.vault import Vault

START, END = date(2026, 11, 1), date(2026, 11, 30)

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler's pdftotext not installed"
)


@pytest.fixture
def family_id(vault: Vault) -> int:
    people = [
        # name, birth, came alone, the worker's answer, a record running on the day
        ("Yonas Tesfaye", PartialDate(2010, 5, 1), True, None, None),  # 16
        ("Hamid Sultani", PartialDate(2007), True, None, None),  # 18 on 31/12/2025 at the latest
        ("Dawit Haile", PartialDate(2004, 3, 10), True, None, "training"),  # 22, IEFP training
        ("Amina Warsame", PartialDate(2004, 3, 10), True, False, "vocational"),  # 22, said no
        ("Samira Haddad", PartialDate(1998, 1, 15), True, None, None),  # 28: an adult
        ("Rami Haddad", PartialDate(2009, 2, 2), False, None, None),  # came with family
        ("Bilal Noori", None, True, None, None),  # birth date unknown
    ]
    with vault.changing() as s:
        family = families.create_family(
            s, vault.user, arrival_channel="relocation", programme_start=date(2026, 6, 1),
            case_number="HD-2026-00321", case_type="unaccompanied_minor",
        )  # fmt: skip
        for n, (name, birth, alone, answer, record) in enumerate(people):
            member = families.add_member(
                s, vault.user, family, name_latin=name, birth=birth, is_head=n == 0,
                relationship="head" if n == 0 else "other", is_unaccompanied_minor=alone,
                in_education_or_training=answer,
            )  # fmt: skip
            if record == "training":
                s.add(Employment(member_id=member.id, kind="training", start_date=date(2026, 9, 1)))
            elif record == "vocational":
                s.add(Education(member_id=member.id, kind="vocational_training",
                                start_date=date(2026, 9, 1)))  # fmt: skip
        assert family.id is not None
        return family.id


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "progresso.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    return " ".join(unicodedata.normalize("NFKC", out).split())  # a line may wrap


def test_the_pdf_states_each_unaccompanied_minors_status_in_portuguese(
    vault: Vault, family_id: int, tmp_path: Path
) -> None:
    flowing = _text(render_family_report(vault, family_id, START, END, "pt"), tmp_path)
    assert (
        "Chegaram como menores não acompanhados: situação a 30 de novembro de 2026 Nome Situação"
    ) in flowing
    assert (
        "Yonas Tesfaye Menor; atinge a maioridade a 1 de maio de 2028, e a proteção pode "
        "depois continuar até 30 de abril de 2031"
    ) in flowing
    # Year only: a minor until the latest possible 18th birthday; 21 at the end of 2028.
    assert "Hamid Sultani Jovem adulto até 30 de dezembro de 2028" in flowing
    # Training in the records keeps protection to 25; the worker's "no" stops it at 21.
    assert "Dawit Haile Jovem adulto até 9 de março de 2029 (em educação ou formação)" in flowing
    assert "Amina Warsame Adulto desde 10 de março de 2025" in flowing
    assert "Samira Haddad Adulto desde 15 de janeiro de 2019" in flowing
    assert "Bilal Noori Menor (data de nascimento por completar)" in flowing
    # Came with the family: not in the list.
    section = flowing.split("Chegaram como menores não acompanhados")[1].split("As cinco")[0]
    assert "Rami Haddad" not in section


def test_the_english_pdf_says_the_same(vault: Vault, family_id: int, tmp_path: Path) -> None:
    flowing = _text(render_family_report(vault, family_id, START, END, "en"), tmp_path)
    assert "Came as unaccompanied minors: status on 30 November 2026" in flowing
    assert "Dawit Haile Young adult until 9 March 2029 (in education or training)" in flowing
    assert "Hamid Sultani Young adult until 30 December 2028" in flowing
    assert "Samira Haddad Adult since 15 January 2019" in flowing


def test_a_family_with_no_one_who_came_alone_has_no_such_section(
    vault: Vault, tmp_path: Path
) -> None:
    with vault.changing() as s:
        family = families.create_family(
            s, vault.user, arrival_channel="relocation", programme_start=date(2026, 6, 1),
            case_number="HD-2026-00322",
        )  # fmt: skip
        families.add_member(s, vault.user, family, name_latin="Omar Haddad", is_head=True,
                            relationship="head", birth=PartialDate(2008, 1, 1))  # fmt: skip
        assert family.id is not None
        fid = family.id
    flowing = _text(render_family_report(vault, fid, START, END, "pt"), tmp_path)
    assert "menores não acompanhados" not in flowing
