"""Columns are recognised from the header names people write, in Portuguese or English."""

from __future__ import annotations

from hostdesk.domain.importing.columns import (
    ImportField,
    column_letter,
    guess_mapping,
    header_signature,
    mapping_problems,
)

F = ImportField


def test_portuguese_headers_are_recognised() -> None:
    headers = ["Nº Processo", "Nome", "Nome em árabe", "Data de nascimento", "NIF", "Sexo",
               "Via de chegada", "Início do programa", "Concelho", "N.º Utente"]  # fmt: skip
    assert guess_mapping(headers) == {
        0: F.HOUSEHOLD, 1: F.NAME_LATIN, 2: F.NAME_ORIGINAL, 3: F.BIRTH, 4: F.NIF, 5: F.SEX,
        6: F.ARRIVAL_CHANNEL, 7: F.PROGRAMME_START, 8: F.MUNICIPALITY, 9: F.SNS,
    }  # fmt: skip


def test_english_headers_case_and_accents_ignored() -> None:
    headers = ["HOUSEHOLD ID", "full name", "Date of Birth", "Gender", "NISS", "Arrival date"]
    assert guess_mapping(headers) == {
        0: F.HOUSEHOLD,
        1: F.NAME_LATIN,
        2: F.BIRTH,
        3: F.SEX,
        4: F.NISS,
        5: F.ARRIVAL_DATE,
    }


def test_a_header_that_contains_a_known_name_is_recognised_when_nothing_better_is() -> None:
    assert guess_mapping(["NIF do titular", "Data de nascimento (dd/mm/aaaa)"]) == {
        0: F.NIF,
        1: F.BIRTH,
    }


def test_each_field_goes_to_one_column_the_exact_header_first() -> None:
    mapping = guess_mapping(["NIF (antigo)", "NIF", "Profissão"])
    assert mapping == {1: F.NIF}


def test_unknown_headers_are_left_unmapped() -> None:
    assert guess_mapping(["Profissão", "", "Religião"]) == {}


def test_mapping_problems_name_missing_and_doubled_fields() -> None:
    problems = mapping_problems({0: F.NAME_LATIN, 1: F.NAME_LATIN, 2: F.PROGRAMME_START})
    assert [(p.field, p.twice) for p in problems] == [
        (F.NAME_LATIN, True),
        (F.ARRIVAL_CHANNEL, False),
    ]
    ok = {0: F.NAME_LATIN, 1: F.ARRIVAL_CHANNEL, 2: F.PROGRAMME_START}
    assert mapping_problems(ok) == []


def test_header_signature_ignores_case_and_spacing_but_not_order() -> None:
    assert header_signature(["Nome", "NIF"]) == header_signature([" nome ", "nif"])
    assert header_signature(["Nome", "NIF"]) != header_signature(["NIF", "Nome"])


def test_column_letters_as_spreadsheets_show_them() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"
    ]  # fmt: skip
