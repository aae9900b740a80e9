"""What Portuguese offices write is read as they meant it, and what is unsure is asked.

Surnames in their own column are joined to the name; H/M is Homem/Mulher; a
lone M on a Portuguese sheet is asked; nationalities and channels in
Portuguese words are read; a value that is not a channel is asked, never
mapped; two-digit years never put a birth in the future.
"""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.importing.columns import ImportField, guess_mapping, sheet_language
from hostdesk.domain.importing.questions import OPEN_QUESTION, Topic
from hostdesk.domain.importing.rows import CheckRules, ImportPlan, check_rows, full_name
from hostdesk.domain.importing.table import build_table
from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage.importing.nationality_words import nationality_table

TODAY = date(2026, 1, 15)
F = ImportField


def plan_of(header: list[str], *rows: list[object], answers: dict | None = None) -> ImportPlan:
    table = build_table([(1, header), *((n, r) for n, r in enumerate(rows, start=2))])
    rules = CheckRules(TODAY, nationality_table(), answers or {})
    return check_rows(table, guess_mapping(table.headers), rules)


def people(plan: ImportPlan) -> list[tuple[object, ...]]:
    return [
        (p.name_latin, p.sex, p.nationality, p.birth) for h in plan.households for p in h.people
    ]


@pytest.mark.parametrize(
    ("given", "surname"),
    [("Nome", "Apelido"), ("Nome próprio", "Apelidos"), ("Primeiro nome", "Último nome"),
     ("Nomes próprios", "Sobrenome"), ("First name", "Last name"), ("Given names", "Surname")],
)  # fmt: skip
def test_a_name_split_over_two_columns_is_joined(given: str, surname: str) -> None:
    header = [given, surname, "Via de chegada", "Início do programa"]
    plan = plan_of(
        header,
        ["Maryam", "Al-Khatib", "Reinstalação", "15/03/2024"],
        ["Ana Maria", "da Silva Costa", "Recolocação", "15/03/2024"],
    )
    assert plan.problems == []
    assert [p.name_latin for h in plan.households for p in h.people] == [
        "Maryam Al-Khatib",
        "Ana Maria da Silva Costa",
    ]


def test_a_surname_already_in_the_full_name_is_not_written_twice() -> None:
    assert full_name("Yousef Al-Khatib", "Al-Khatib") == "Yousef Al-Khatib"
    assert full_name("Yousef", "") == "Yousef"
    assert full_name("Ana", "Costa") == "Ana Costa"


def test_h_and_m_are_homem_and_mulher() -> None:
    header = ["Nome", "Sexo", "Via", "Início"]
    plan = plan_of(
        header,
        ["Yousef", "H", "Reinstalação", "15/03/2024"],
        ["Maryam", "M", "Reinstalação", "15/03/2024"],
        ["Nour", "m", "Reinstalação", "15/03/2024"],
    )
    assert plan.problems == [] and plan.questions == []
    assert [p[1] for p in people(plan)] == ["M", "F", "F"]


def test_m_beside_f_on_a_portuguese_sheet_is_asked_then_read_as_answered() -> None:
    header = ["Nome", "Sexo", "Via", "Início"]
    rows = (["Yousef", "M", "Reinstalação", "15/03/2024"],
            ["Maryam", "F", "Reinstalação", "15/03/2024"],
            ["Omar", "M", "Reinstalação", "15/03/2024"])  # fmt: skip
    asked = plan_of(header, *rows)
    [question] = asked.questions
    assert (question.topic, question.column, question.rows) == (Topic.SEX_M, 1, (2, 4))
    assert [(p.row, p.message) for p in asked.problems] == [(2, OPEN_QUESTION), (4, OPEN_QUESTION)]
    # Nothing is guessed: the rows asked about are not imported until answered.
    assert asked.select().blocked
    as_male = plan_of(header, *rows, answers={(Topic.SEX_M, "m"): "M"})
    assert as_male.problems == [] and [p[1] for p in people(as_male)] == ["M", "F", "M"]
    as_female = plan_of(header, *rows, answers={(Topic.SEX_M, "m"): "F"})
    assert [p[1] for p in people(as_female)] == ["F", "F", "F"]


def test_a_column_of_m_only_is_asked_on_a_portuguese_sheet_and_male_on_an_english_one() -> None:
    only_m = plan_of(["Nome", "Sexo", "Via", "Início"], ["Rui", "M", "Reinstalação", "15/03/2024"])
    assert [q.topic for q in only_m.questions] == [Topic.SEX_M]
    english = plan_of(
        ["Name", "Sex", "Channel", "Start date"],
        ["Rui", "M", "resettlement", "15/03/2024"],
        ["Ana", "F", "resettlement", "15/03/2024"],
    )
    assert english.questions == [] and [p[1] for p in people(english)] == ["M", "F"]


def test_the_sheet_language_comes_from_the_header_names() -> None:
    assert sheet_language(["Nome", "Sexo", "NIF"]) == "pt"
    assert sheet_language(["Name", "Sex", "NIF"]) == "en"
    assert sheet_language(["NIF", "NISS"]) == ""


@pytest.mark.parametrize(
    ("written", "code"),
    [("Palestiniana", "PS"), ("palestiniano", "PS"), ("Marrocos", "MA"), ("Colombiana", "CO"),
     ("Síria", "SY"), ("sírio", "SY"), ("Syrian", "SY"), ("Afegã", "AF"), ("Eritreia", "ER"),
     ("Ucraniana", "UA"), ("Irão", "IR"), ("RD Congo", "CD"), ("Guiné-Bissau", "GW"),
     ("Morocco", "MA"), ("Ukraine", "UA"), ("Somali", "SO"), ("Iemenita", "YE"), ("SY", "SY")],
)  # fmt: skip
def test_nationalities_as_countries_or_adjectives_in_portuguese_and_english(
    written: str, code: str
) -> None:
    plan = plan_of(["Nome", "Nacionalidade", "Via", "Início"],
                   ["Ana", written, "Reinstalação", "15/03/2024"])  # fmt: skip
    assert plan.problems == []
    assert people(plan)[0][2] == code


def test_guineense_is_asked_guinea_bissau_or_guinea_never_chosen() -> None:
    header = ["Nome", "Nacionalidade", "Via", "Início"]
    rows = (["Ana", "Guineense", "Reinstalação", "15/03/2024"],
            ["Rui", "guineense", "Reinstalação", "15/03/2024"])  # fmt: skip
    asked = plan_of(header, *rows)
    [question] = asked.questions
    assert (question.topic, question.key, question.value) == (Topic.NATIONALITY, "guineense",
                                                              "Guineense")  # fmt: skip
    assert question.choices == ("GW", "GN") and question.rows == (2, 3)
    answered = plan_of(header, *rows, answers={(Topic.NATIONALITY, "guineense"): "GN"})
    assert answered.problems == [] and [p[2] for p in people(answered)] == ["GN", "GN"]
    # An answer that is not one of the choices is no answer.
    wrong = plan_of(header, *rows, answers={(Topic.NATIONALITY, "guineense"): "PT"})
    assert wrong.questions == asked.questions


@pytest.mark.parametrize(
    ("written", "channel"),
    [("Reinstalação (ACNUR)", "resettlement"), ("Reinstalação ACNUR", "resettlement"),
     ("Programa de Reinstalação", "resettlement"), ("Recolocação", "relocation"),
     ("Recolocação (Grécia)", "relocation"), ("Recolocação UE", "relocation"),
     ("Proteção temporária", "temporary_protection"),
     ("Proteção Temporária (Ucrânia)", "temporary_protection"),
     ("Asilo espontâneo", "spontaneous_asylum"), ("UNHCR resettlement", "resettlement")],
)  # fmt: skip
def test_arrival_channels_in_portuguese_wording(written: str, channel: str) -> None:
    plan = plan_of(["Nome", "Via de chegada", "Início"], ["Ana", written, "15/03/2024"])
    assert plan.problems == []
    assert plan.households[0].family.arrival_channel == channel


@pytest.mark.parametrize(
    "written",
    [
        "Pedido de Proteção Internacional",
        "PPI",
        "Asilo",
        "Refugiado",
        "Pedido de proteção internacional (PPI)",
    ],
)
def test_a_value_that_is_not_a_channel_is_asked_never_mapped(written: str) -> None:
    header = ["Nome", "Via de chegada", "Início"]
    plan = plan_of(header, ["Ana", written, "15/03/2024"])
    [question] = plan.questions
    assert question.topic is Topic.CHANNEL and question.value == written
    assert set(question.choices) == {"relocation", "resettlement", "spontaneous_asylum",
                                     "temporary_protection"}  # fmt: skip
    assert plan.select().blocked
    answered = plan_of(header, ["Ana", written, "15/03/2024"],
                       answers={(Topic.CHANNEL, question.key): "relocation"})  # fmt: skip
    assert answered.problems == []
    assert answered.households[0].family.arrival_channel == "relocation"


def test_the_channel_hint_speaks_the_sheets_language() -> None:
    portuguese = plan_of(["Nome", "Via de chegada", "Início"], ["Ana", "avião", "15/03/2024"])
    [problem] = portuguese.problems
    assert "Recolocação, Reinstalação, Asilo espontâneo or Proteção temporária" in problem.message
    for english_word in ("relocation", "resettlement", "asylum", "temporary protection"):
        assert english_word not in problem.message
    english = plan_of(["Name", "Channel", "Start date"], ["Ana", "plane", "15/03/2024"])
    assert "relocation, resettlement" in english.problems[0].message


def test_two_digit_years_never_put_a_birth_in_the_future() -> None:
    header = ["Nome", "Data de nascimento", "Via", "Início do programa"]
    plan = plan_of(
        header,
        ["Ana", "14/03/87", "Reinstalação", "15/03/24"],
        ["Rui", "14/03/15", "Reinstalação", "15/03/24"],
        ["Eva", "02/02/26", "Reinstalação", "15/03/24"],  # a month after TODAY: 1926
        ["Avó", "14/03/30", "Reinstalação", "15/03/24"],
        ["Bebé", "10/01/26", "Reinstalação", "15/03/24"],  # five days before TODAY
    )
    assert plan.problems == []
    assert [p[3] for p in people(plan)] == [
        PartialDate(1987, 3, 14), PartialDate(2015, 3, 14), PartialDate(1926, 2, 2),
        PartialDate(1930, 3, 14), PartialDate(2026, 1, 10),
    ]  # fmt: skip
    assert all(h.family.programme_start == date(2024, 3, 15) for h in plan.households)
    assert plan.two_digit_years
    four_digits = plan_of(header, ["Ana", "14/03/1987", "Reinstalação", "15/03/2024"])
    assert not four_digits.two_digit_years


def test_columns_not_imported_that_hold_data_are_counted() -> None:
    plan = plan_of(
        ["Nome", "Profissão", "Vazia", "Via", "Início", "Religião"],
        ["Ana", "Costureira", "", "Reinstalação", "15/03/2024", ""],
        ["Rui", "", "", "Reinstalação", "15/03/2024", ""],
        ["Eva", "Mecânica", None, "Reinstalação", "15/03/2024", "x"],
    )
    assert [(c.column, c.values) for c in plan.left_out] == [(1, 2), (5, 1)]


def test_phone_and_notes_belong_to_the_person_and_the_address_to_the_family() -> None:
    plan = plan_of(
        ["Processo", "Nome", "Telefone", "Morada", "Observações", "Via", "Início"],
        ["P1", "Ana", "912 345 678", "Rua das Flores 12, Fundão", "Diabética", "Recolocação",
         "15/03/2024"],
        ["P1", "Rui", "", "Rua das Flores 12, Fundão", "", "", ""],
    )  # fmt: skip
    assert plan.problems == [] and plan.left_out == []
    ana, rui = plan.households[0].people
    assert (ana.phone, ana.notes, rui.phone) == ("912 345 678", "Diabética", "")
    assert plan.households[0].family.address == "Rua das Flores 12, Fundão"


def test_the_wizard_flow_waits_for_answers_confirmation_and_encoding() -> None:
    from hostdesk.domain.importing.flow import ImportFlow, Step

    header = ["Nome", "Sexo", "Profissão", "Via", "Início"]
    rows = (["Rui", "M", "Alfaiate", "Reinstalação", "15/03/2024"],)
    flow = ImportFlow()
    flow.file_read(5, guess_mapping(header), encoding_unsure=True)
    flow.checked(plan_of(header, *rows))
    assert flow.step is Step.PREVIEW and not flow.can_import()  # M is asked
    flow.answer(Topic.SEX_M, "m", "M")
    flow.checked(plan_of(header, *rows, answers=flow.answers))
    assert flow.needs_confirmation() and not flow.can_import()  # Profissão has data
    flow.left_out_confirmed = True
    assert not flow.can_import()  # the encoding is still to be chosen
    flow.encoding_chosen()
    assert flow.can_import()
    # Reading the same file again keeps the answers; another file starts afresh.
    flow.file_read(5, guess_mapping(header), same_file=True)
    assert flow.answers == {(Topic.SEX_M, "m"): "M"} and not flow.left_out_confirmed
    flow.file_read(5, guess_mapping(header))
    assert flow.answers == {}
