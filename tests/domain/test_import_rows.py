"""Rows become households with one head; every problem is on its row, none repeats a value."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.importing.columns import ImportField, guess_mapping
from hostdesk.domain.importing.duplicates import KnownPeople, name_key, with_duplicates
from hostdesk.domain.importing.flow import ImportFlow, Step
from hostdesk.domain.importing.rows import ImportPlan, ProblemKind, check_rows
from hostdesk.domain.importing.table import TableError, build_table

TODAY = date(2026, 1, 15)
HEADER = ["Processo", "Titular", "Nome", "Nome original", "Sexo", "Data de nascimento",
          "NIF", "Via de chegada", "Início do programa"]  # fmt: skip


def plan_of(*rows: list[object], header: list[str] = HEADER) -> ImportPlan:
    table = build_table([(1, header), *((n, r) for n, r in enumerate(rows, start=2))])
    return check_rows(table, guess_mapping(table.headers), TODAY)


def row(
    household: str, head: str, name: str, birth: object = "", nif: str = "",
    channel: str = "", start: str = "", sex: str = "", original: str = "",
) -> list[object]:  # fmt: skip
    return [household, head, name, original, sex, birth, nif, channel, start]


def test_rows_with_one_household_key_form_one_family_with_its_head() -> None:
    plan = plan_of(
        row("A1", "sim", "Yousef Khatib", "1984", "271104619", "reinstalação", "15/03/2024"),
        row("A1", "não", "Maryam Khatib", "05/1989"),
        row("B7", "sim", "Olena Kovalenko", "1979", "", "proteção temporária", "11/04/2022"),
    )
    assert plan.problems == []
    first, second = plan.households
    assert [p.name_latin for p in first.people] == ["Yousef Khatib", "Maryam Khatib"]
    assert [p.is_head for p in first.people] == [True, False]
    assert first.people[0].relationship == "head"
    assert first.family.arrival_channel == "resettlement"
    assert first.family.programme_start == date(2024, 3, 15)
    assert first.family.programme_months == 18
    assert second.family.arrival_channel == "temporary_protection"
    assert plan.household_of_row == {2: 1, 3: 1, 4: 2}


def test_an_empty_or_merged_household_cell_continues_the_household_above() -> None:
    plan = plan_of(
        row("A1", "sim", "Yousef Khatib", "", "", "espontâneo", "15/03/2024"),
        row("", "não", "Maryam Khatib"),
        row("", "não", "Nour Khatib"),
    )
    assert plan.problems == []
    assert len(plan.households) == 1 and len(plan.households[0].people) == 3


def test_without_a_household_column_each_row_is_a_family_of_one() -> None:
    header = ["Nome", "Via de chegada", "Início do programa"]
    plan = plan_of(
        ["Ana", "espontâneo", "01/02/2025"],
        ["Rui", "espontâneo", "01/02/2025"],
        header=header,
    )
    assert plan.problems == []
    assert [len(h.people) for h in plan.households] == [1, 1]
    assert all(h.people[0].is_head for h in plan.households)


def test_without_head_or_relationship_columns_the_first_row_is_the_head() -> None:
    header = ["Família", "Nome", "Via", "Início"]
    plan = plan_of(
        ["F", "Ana", "espontâneo", "01/02/2025"], ["F", "Rui", "", ""], header=header
    )
    assert plan.problems == []
    assert [p.is_head for p in plan.households[0].people] == [True, False]


def test_a_household_needs_exactly_one_head() -> None:
    none = plan_of(
        row("A1", "não", "Yousef Khatib", "", "", "espontâneo", "15/03/2024"),
        row("A1", "não", "Maryam Khatib"),
    )
    assert [(p.row, p.column) for p in none.problems] == [(2, 1)]
    assert "rows 2 to 3" in none.problems[0].message
    two = plan_of(
        row("A1", "sim", "Yousef Khatib", "", "", "espontâneo", "15/03/2024"),
        row("A1", "sim", "Maryam Khatib"),
    )
    assert [(p.row, p.message) for p in two.problems] == [
        (3, "This household has its head on row 2.")
    ]


def test_family_values_must_agree_and_be_given_once_at_least() -> None:
    plan = plan_of(
        row("A1", "sim", "Yousef Khatib", "", "", "espontâneo", "15/03/2024"),
        row("A1", "não", "Maryam Khatib", "", "", "reinstalação", "15/03/2024"),
        row("B2", "sim", "Olena Kovalenko"),
    )
    by_row = {(p.row, p.column): p.message for p in plan.problems}
    assert by_row[(3, 7)].startswith("This differs from row 2 of the same household")
    assert by_row[(4, 7)] == "No row of this household gives the arrival channel."
    assert by_row[(4, 8)] == "No row of this household gives the programme start."


def test_each_bad_cell_is_reported_on_its_row_and_column_without_its_value() -> None:
    plan = plan_of(
        row("A1", "sim", "Yousef Khatib", "31/02/1990", "501964842", "avião", "15/03/2024", "Q"),
        row("A1", "não", "", "2030"),
    )
    problems = [(p.row, p.column) for p in plan.problems]
    assert problems == [(2, 4), (2, 5), (2, 6), (2, 7), (3, 2), (3, 5)]
    text = " ".join(p.message for p in plan.problems)
    for value in ("31/02/1990", "501964842", "avião", "Yousef"):
        assert value not in text
    assert all(p.kind is ProblemKind.ERROR for p in plan.problems)


def test_selection_is_all_or_nothing_unless_only_valid_families_are_asked_for() -> None:
    plan = plan_of(
        row("A1", "sim", "Yousef Khatib", "", "", "espontâneo", "15/03/2024"),
        row("B2", "sim", "Olena Kovalenko", "", "", "avião", "15/03/2024"),
    )
    strict = plan.select()
    assert strict.blocked and strict.households == [] and strict.left_out_with_errors == 1
    lenient = plan.select(only_valid=True)
    assert not lenient.blocked
    assert [h.people[0].name_latin for h in lenient.households] == ["Yousef Khatib"]


def test_duplicates_in_the_vault_and_in_the_file() -> None:
    plan = plan_of(
        row("A1", "sim", "Mohammed Hassan", "1985", "271104619", "espontâneo", "15/03/2024"),
        row("B2", "sim", "Olena Kovalenko", "1979", "271104619", "espontâneo", "15/03/2024"),
        row("C3", "sim", "Muhammad Hasan", "06/1985", "", "espontâneo", "15/03/2024"),
        row("D4", "sim", "Ana Silva", "1970", "250938170", "espontâneo", "15/03/2024"),
    )
    known = KnownPeople(
        identifiers={("nif", "250938170"): "HD-2023-00007"},
        people={(name_key("Kovalenko Olena"), 1979): "HD-2022-00002"},
    )
    checked = with_duplicates(plan, known)
    found = {(p.row, p.kind, p.message) for p in checked.problems}
    assert found == {
        (3, ProblemKind.ERROR, "The same NIF is also on row 2."),
        (3, ProblemKind.DUPLICATE,
         "Possibly already in case HD-2022-00002: same name and year of birth."),
        (4, ProblemKind.DUPLICATE,
         "Possibly the same person as row 2: same name and year of birth."),
        (5, ProblemKind.ERROR, "This NIF is already recorded, in case HD-2023-00007."),
    }  # fmt: skip
    chosen = checked.select(only_valid=True, skip_duplicates=True)
    assert [h.people[0].row for h in chosen.households] == [2]
    assert chosen.left_out_duplicates == 1 and chosen.left_out_with_errors == 2


def test_names_match_across_scripts_and_word_order() -> None:
    assert name_key("Mohammed Al-Hassan") == name_key("Hassan, Muhammad")
    assert name_key("محمد حسن") == name_key("Mohammed Hassan")
    assert name_key("Mahmoud Hassan") != name_key("Mohammed Hassan")


def test_the_header_row_is_found_under_a_title_and_merged_group_labels() -> None:
    table = build_table(
        [
            (1, ["Famílias acolhidas em 2025"]),
            (2, []),
            (3, ["Identificação", None, "Documentos", None]),
            (4, ["Nome", "Sexo", "NIF", "NISS"]),
            (5, ["Ana", "F", "", ""]),
            (6, [None, None, None, None, None]),
            (7, ["Rui", "M", None, None, None, "   "]),
            (8, [None] * 20),
        ]
    )
    assert table.header_row == 4
    assert table.headers == ("Identificação Nome", "Identificação Sexo", "Documentos NIF",
                             "Documentos NISS")  # fmt: skip
    assert [r.number for r in table.rows] == [5, 7]
    assert guess_mapping(table.headers) == {
        0: ImportField.NAME_LATIN, 1: ImportField.SEX, 2: ImportField.NIF, 3: ImportField.NISS
    }  # fmt: skip


def test_an_empty_or_too_wide_sheet_is_a_clear_error() -> None:
    with pytest.raises(TableError, match="empty"):
        build_table([(1, []), (2, ["", None])])
    with pytest.raises(TableError, match="at most 100 columns"):
        build_table([(1, ["Nome"]), (2, ["x"] * 150)])


def test_the_wizard_flow_only_moves_on_when_it_can() -> None:
    flow = ImportFlow()
    assert not flow.can_go_back()
    flow.file_read(3, {0: ImportField.NAME_LATIN})
    assert flow.step is Step.COLUMNS and not flow.can_check()
    flow.set_field(1, ImportField.ARRIVAL_CHANNEL)
    flow.set_field(2, ImportField.PROGRAMME_START)
    assert flow.can_check()
    flow.set_field(2, ImportField.NAME_LATIN)  # moves the field from column 0
    assert flow.mapping == {1: ImportField.ARRIVAL_CHANNEL, 2: ImportField.NAME_LATIN}
    assert not flow.can_check()
    flow.set_field(0, ImportField.PROGRAMME_START)
    plan = plan_of(
        row("A1", "sim", "Ana", "", "", "espontâneo", "15/03/2024"),
        row("B2", "sim", "Rui", "", "", "avião", "15/03/2024"),
    )
    flow.checked(plan)
    assert flow.step is Step.PREVIEW and not flow.can_import()
    with pytest.raises(ValueError):
        flow.started()
    flow.only_valid = True
    assert flow.can_import()
    flow.started()
    assert not flow.can_go_back()
    flow.failed()
    assert flow.step is Step.PREVIEW
    flow.back()
    assert flow.step is Step.COLUMNS


def test_a_sheet_without_a_header_row_is_refused_and_its_first_person_is_not_a_header() -> None:
    people = [
        (1, ["Maria Silva Exemplo", "F", "1987", "SY", "relocation", "01/03/2026"]),
        (2, ["Ahmad Exemplo", "M", "1980", "SY", "relocation", "01/03/2026"]),
    ]
    with pytest.raises(TableError, match=r"^No header row found: the first row must name the "
                       r"columns \(see docs/import.md\)\.$") as refused:  # fmt: skip
        build_table(people)
    assert "Maria" not in str(refused.value)
    # The same from a workbook, where the year and the date are numbers and dates.
    with pytest.raises(TableError, match="No header row found"):
        build_table([(1, ["Maria Silva Exemplo", "F", 1987, "SY", date(2026, 3, 1)])])


def test_a_header_row_of_names_hostdesk_does_not_know_is_still_the_header() -> None:
    table = build_table([(1, ["Prénom et nom", "Voie", "Début"]),
                         (2, ["Ana Silva", "espontâneo", "01/02/2025"])])  # fmt: skip
    assert table.header_row == 1 and [r.number for r in table.rows] == [2]
    assert not table.header_recognised and table.label(0) == "A"  # problems name no cell
    assert build_table([(1, HEADER), (2, ["P1"])]).header_recognised
