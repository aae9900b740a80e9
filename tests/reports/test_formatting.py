"""Dates, months and euros as a Portuguese (or English) reader writes them."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.alerts import AlertKind
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import (
    ActivityKind,
    ArrivalChannel,
    CaseType,
    CourseType,
    Dimension,
    DimensionStatus,
    EducationKind,
    EmploymentKind,
    ExitReason,
    GoalStatus,
    HousingKind,
    ReferralService,
    Relationship,
    Sex,
)
from hostdesk.reports import catalogue
from hostdesk.reports.formatting import (
    NBSP,
    check_lang,
    format_date,
    format_euros,
    format_month,
    format_partial_date,
    format_percent,
)


def test_dates_in_european_portuguese_and_english() -> None:
    assert format_date(date(2026, 11, 24), "pt") == "24 de novembro de 2026"
    assert format_date(date(2026, 3, 1), "pt") == "1 de março de 2026"
    assert format_date(date(2026, 11, 24), "en") == "24 November 2026"
    assert format_date(None, "pt") == "—"
    assert format_month(2026, 11, "pt") == "novembro de 2026"


def test_partial_dates_are_never_padded_with_an_invented_day() -> None:
    assert format_partial_date(PartialDate(1987), "pt") == "1987"
    assert format_partial_date(PartialDate(1987, 5), "pt") == "maio de 1987"
    assert format_partial_date(PartialDate(1987, 5, 14), "en") == "14 May 1987"


@pytest.mark.parametrize(
    ("cents", "pt", "en"),
    [
        (123450, f"1{NBSP}234,50{NBSP}€", "€1,234.50"),
        (15000, f"150,00{NBSP}€", "€150.00"),
        (10750, f"107,50{NBSP}€", "€107.50"),
        (5, f"0,05{NBSP}€", "€0.05"),
        (123456789, f"1{NBSP}234{NBSP}567,89{NBSP}€", "€1,234,567.89"),
        (-7500, f"-75,00{NBSP}€", "-€75.00"),
    ],
)
def test_euros(cents: int, pt: str, en: str) -> None:
    assert format_euros(cents, "pt") == pt
    assert format_euros(cents, "en") == en


def test_percent_and_nothing_to_divide_by() -> None:
    assert format_percent(1, 4, "pt") == f"25,0{NBSP}%"
    assert format_percent(1, 3, "en") == "33.3%"
    assert format_percent(0, 0, "pt") == "—"


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match='"pt" or "en"'):
        check_lang("fr")


@pytest.mark.parametrize(
    ("group", "vocabulary"),
    [
        ("dimension", Dimension),
        ("dimension_status", DimensionStatus),
        ("case_type", CaseType),
        ("arrival_channel", ArrivalChannel),
        ("exit_reason", ExitReason),
        ("relationship", Relationship),
        ("sex", Sex),
        ("activity_kind", ActivityKind),
        ("service", ReferralService),
        ("goal_status", GoalStatus),
        ("course_type", CourseType),
        ("education_kind", EducationKind),
        ("employment_kind", EmploymentKind),
        ("housing_kind", HousingKind),
        ("alert_kind", AlertKind),
    ],
)
def test_every_stored_value_has_a_label_in_the_catalogue(group: str, vocabulary: type) -> None:
    assert {v.value for v in vocabulary} <= catalogue.label_groups()[group]


def test_every_sentence_formats_in_both_languages() -> None:
    values = {
        "start": "a", "end": "b", "name": "n", "month": 1, "months": 18, "page": 1, "pages": 2,
        "kind": "k", "date": "d", "person": "p", "level": "A1", "goal": "g", "service": "s",
        "count": 2, "text": "t", "revision": 1, "sha": "0" * 64, "code": "c", "days": "2 dias",
        "adult_on": "a", "until": "u", "since": "s",  # an unaccompanied minor's status
    }  # fmt: skip
    for key in catalogue.sentence_keys():
        for lang in ("pt", "en"):
            assert catalogue.text(lang, key, **values).strip()


def test_a_partial_birth_date_fits_a_narrow_cell() -> None:
    from hostdesk.domain.partial_date import PartialDate
    from hostdesk.reports.formatting import format_partial_short

    assert format_partial_short(PartialDate(1985, 11, 23)) == "23/11/1985"
    assert format_partial_short(PartialDate(1990, 9)) == "09/1990"  # never an invented day
    assert format_partial_short(PartialDate(1985)) == "1985"
    assert format_partial_short(None) == "—"


def test_one_word_for_one_thing_in_the_reports() -> None:
    from hostdesk.reports.catalogue import label

    assert label("pt", "service", "tts") == "Tradução telefónica (STT)"
    assert label("en", "service", "tts") == "Telephone translation (TTS)"
    assert label("pt", "relationship", "head") == "Titular"
    assert label("pt", "alert_kind", "arp_expired") == "ARP caducada"
