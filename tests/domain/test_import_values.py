"""Cells are read as what their column holds; a wrong cell says why without repeating it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hostdesk.domain.importing.values import (
    CellProblem,
    read_channel,
    read_date,
    read_flag,
    read_identifier,
    read_months,
    read_nationality,
    read_partial_date,
    read_relationship,
    read_sex,
    text_of,
)
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import IdentifierKind


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1985", PartialDate(1985)),
        ("03/1985", PartialDate(1985, 3)),
        ("14/03/1985", PartialDate(1985, 3, 14)),
        ("1985-03-14", PartialDate(1985, 3, 14)),
        ("1985-03-14 00:00:00", PartialDate(1985, 3, 14)),
        (1985, PartialDate(1985)),
        (1985.0, PartialDate(1985)),
        (datetime(1985, 3, 14, 0, 0), PartialDate(1985, 3, 14)),
        (date(1985, 3, 14), PartialDate(1985, 3, 14)),
        (31120, PartialDate(1985, 3, 14)),  # an Excel date that lost its format
        ("31120", PartialDate(1985, 3, 14)),
        (None, None),
        ("  ", None),
    ],
)
def test_dates_of_birth_are_stored_as_precisely_as_known(cell: object, expected: object) -> None:
    assert read_partial_date(cell) == expected  # type: ignore[arg-type]


def test_a_year_alone_stays_a_year_never_an_invented_first_of_january() -> None:
    birth = read_partial_date("1985")
    assert birth is not None and birth.precision == "year" and birth.month is None


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("31/02/1990", "does not exist"),
        ("29/02/2023", "does not exist"),
        ("13/13/1990", "does not exist"),
        ("1850", "year is before 1900"),
        ("ontem", "is not a date"),
        (-5, "not a date Excel"),
        (float("nan"), "not a date Excel"),
        (60, "not a date Excel"),  # Excel's 29 February 1900
    ],
)
def test_impossible_dates_are_refused_without_echoing_the_cell(cell: object, fragment: str) -> None:
    with pytest.raises(CellProblem) as caught:
        read_partial_date(cell)  # type: ignore[arg-type]
    message = str(caught.value)
    assert fragment in message
    if isinstance(cell, str):
        assert cell not in message


def test_arrival_and_start_need_a_full_date() -> None:
    assert read_date("15/03/2024") == date(2024, 3, 15)
    assert read_date(45366) == date(2024, 3, 15)
    with pytest.raises(CellProblem, match="needs the day"):
        read_date("03/2024")


def test_identifier_messages_never_give_away_digits() -> None:
    assert read_identifier(IdentifierKind.NIF, "501 964 843") == "501964843"
    assert read_identifier(IdentifierKind.NIF, 501964843) == "501964843"
    assert read_identifier(IdentifierKind.NISS, 11234567892.0) == "11234567892"
    assert read_identifier(IdentifierKind.NIF, "") == ""
    with pytest.raises(CellProblem) as wrong_check:
        read_identifier(IdentifierKind.NIF, "501964842")
    assert str(wrong_check.value) == "The last digit of this NIF is wrong; check the number."
    with pytest.raises(CellProblem) as wrong_start:
        read_identifier(IdentifierKind.NIF, "401964843")
    assert "4" not in str(wrong_start.value)
    with pytest.raises(CellProblem, match="Citizen Card number is wrong"):
        read_identifier(IdentifierKind.CITIZEN_CARD, "000000000ZZ3")


@pytest.mark.parametrize(
    ("reader", "cell", "expected"),
    [
        (read_sex, "Feminino", "F"),
        (read_sex, "homem", "M"),
        (read_sex, "", "U"),
        (read_channel, "Reinstalação", "resettlement"),
        (read_channel, "PROTECÇÃO TEMPORÁRIA", "temporary_protection"),
        (read_channel, "asilo espontâneo", "spontaneous_asylum"),
        (read_channel, "relocation", "relocation"),
        (read_relationship, "Cônjuge", "spouse"),
        (read_relationship, "filho(a)", "child"),
        (read_relationship, "Mãe", "parent"),
        (read_flag, "Sim", True),
        (read_flag, "x", True),
        (read_flag, "não", False),
        (read_flag, True, True),
        (read_flag, None, False),
        (read_nationality, "sy", "SY"),
        (read_nationality, "Síria", "SY"),
        (read_nationality, "Afeganistão", "AF"),
        (read_months, "24", 24),
        (read_months, 18.0, 18),
    ],
)
def test_choices_in_portuguese_or_english(reader: object, cell: object, expected: object) -> None:
    assert reader(cell) == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("reader", "cell"),
    [(read_sex, "Q"), (read_channel, "avião"), (read_relationship, "vizinho"),
     (read_flag, "talvez"), (read_nationality, "Atlântida"), (read_months, "dezoito"),
     (read_months, "99")],
)  # fmt: skip
def test_unknown_values_are_problems_that_do_not_repeat_the_cell(reader: object, cell: str) -> None:
    with pytest.raises(CellProblem) as caught:
        reader(cell)  # type: ignore[operator]
    assert cell.casefold() not in str(caught.value).casefold()


def test_huge_cells_are_refused() -> None:
    with pytest.raises(CellProblem, match="more than 1,000 characters"):
        text_of("x" * 5000)
