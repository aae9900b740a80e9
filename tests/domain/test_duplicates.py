"""One rule for people who may already be recorded, wherever they are typed or imported."""

from __future__ import annotations

import pytest

from hostdesk.domain.duplicates import (
    Person,
    Recorded,
    Severity,
    births_match,
    compare,
    same_name,
)
from hostdesk.domain.partial_date import PartialDate as D


@pytest.mark.parametrize(
    ("one", "other", "match"),
    [
        (D(1985, 3, 12), D(1985, 3, 12), True),
        (D(1985), D(1985, 3, 12), True),  # a year alone matches any date of that year
        (D(1985, 3), D(1985, 3, 12), True),
        (D(1985, 3), D(1985), True),
        (D(1985, 3, 12), D(1985, 4, 2), False),
        (D(1985, 3), D(1985, 4, 2), False),
        (D(1985), D(1986), False),
        (None, D(1985), False),  # an unknown birth date matches nothing
    ],
)
def test_birth_dates_match_on_every_part_both_know(
    one: D | None, other: D | None, match: bool
) -> None:
    assert births_match(one, other) is match
    assert births_match(other, one) is match


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("Mohammed Hassan", ""), ("Muhammad Hasan", "")),
        (("Hassan Mohammed", ""), ("Muhammad Hasan", "")),  # any order
        (("Maxamed Xasan", ""), ("Mohamed Hassan", "")),  # Somali
        (("", "محمد حسن"), ("Mohammed Hassan", "محمد حسن")),  # any script
        (("Bogdan Shevchenko", ""), ("Bohdan Szewczenko", "")),
        (("Fatima Al-Khatib", ""), ("Fatima Alkhatib", "")),
    ],
)
def test_the_same_name_in_any_spelling_or_script(
    one: tuple[str, str], other: tuple[str, str]
) -> None:
    assert same_name(one, other)


def test_different_names_are_not_the_same() -> None:
    assert not same_name(("Olena Koval", ""), ("Lina Koval", ""))
    assert not same_name(("Mohammed Hassan", ""), ("Mahmoud Hassan", ""))


def _recorded(**person: object) -> Recorded:
    return Recorded(7, "HD-2026-00007", 70, Person(**person))  # type: ignore[arg-type]


def test_a_tax_number_is_refused_and_a_passport_only_warned() -> None:
    other = _recorded(
        name_latin="Ali Omar", identifiers={"nif": "501964843", "passport": "N1234567"}
    )
    same_nif = compare(Person("Someone Else", identifiers={"nif": "501964843"}), other)
    assert [(d.severity, d.identifier_kind, d.case_number) for d in same_nif] == [
        (Severity.REFUSED, "nif", "HD-2026-00007")
    ]
    same_passport = compare(Person("Amina Omar", identifiers={"passport": "N1234567"}), other)
    assert [(d.severity, d.identifier_kind) for d in same_passport] == [
        (Severity.WARNING, "passport")
    ]


def test_same_name_and_birth_date_is_a_warning_and_namesakes_born_otherwise_are_not() -> None:
    other = _recorded(name_latin="Xasan Cali", birth=D(1990))
    found = compare(Person("Hassan Ali", birth=D(1990, 6, 1)), other)
    assert [(d.severity, d.by_name) for d in found] == [(Severity.WARNING, True)]
    assert compare(Person("Hassan Ali", birth=D(1991, 6, 1)), other) == []
