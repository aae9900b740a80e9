"""The wizard asks what it will not guess, offers the workbook's sheets, and shows both readings.

A lone "M" and "Guineense" are asked with a choice of answers; the import
stays disabled until they are answered, and what is saved is what was
answered. A CSV whose letters read as names two ways shows both readings and
is read again the way chosen. A workbook's other sheet is one choice away.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.domain.importing.flow import Step
from hostdesk.domain.importing.questions import Topic
from hostdesk.storage.models import Member
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.importing.import_wizard import ImportWizard
from tests.storage.import_support import csv_bytes
from tests.ui.importing.test_import_wizard import to_columns, to_preview

HEADER = ["Processo", "Nome", "Apelido", "Sexo", "Nacionalidade", "Via de chegada",
          "Início do programa"]  # fmt: skip
ROWS = [
    ["P1", "Yousef", "Khatib", "M", "Sírio", "Reinstalação", "15/03/2024"],
    ["P1", "Maryam", "Khatib", "F", "Síria", "", ""],
    ["P2", "Aissatou", "Baldé", "F", "Guineense", "Recolocação", "01/02/2025"],
]  # fmt: skip


@pytest.fixture
def wizard(qtbot: QtBot, vault: Vault, operations: Operations) -> ImportWizard:
    dialog = ImportWizard(vault, operations)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def names(vault: Vault) -> list[tuple[str, str, str]]:
    with vault.session() as session:
        people = session.exec(select(Member).order_by(Member.id)).all()
        return [(m.name_latin, m.sex, m.nationality) for m in people]


def test_questions_are_answered_in_the_preview_and_the_answers_are_saved(
    qtbot: QtBot,
    wizard: ImportWizard,
    vault: Vault,
    tmp_path: Path,
) -> None:
    path = tmp_path / "familias.csv"
    path.write_bytes(csv_bytes([HEADER, *ROWS]))
    to_preview(qtbot, wizard, path)
    panel = wizard.preview_page.questions
    assert panel.isVisible()
    assert set(panel.combos) == {(Topic.SEX_M, "m"), (Topic.NATIONALITY, "guineense")}
    assert not wizard.next_button.isEnabled()
    assert "Answer the questions above" in wizard.preview_page.outcome.text()
    sex = panel.combos[(Topic.SEX_M, "m")]
    assert [sex.itemText(i) for i in range(sex.count())] == [
        "Choose…", "Male (M is Masculino)", "Female (M is Mulher)"
    ]  # fmt: skip
    sex.setCurrentIndex(1)
    qtbot.waitUntil(lambda: wizard.flow.step is Step.PREVIEW and not wizard.flow.busy)
    country = wizard.preview_page.questions.combos[(Topic.NATIONALITY, "guineense")]
    choices = [country.itemText(i) for i in range(country.count())]
    assert choices == ["Choose…", "Guinea-Bissau (GW)", "Guinea (GN)"]
    country.setCurrentIndex(1)
    qtbot.waitUntil(lambda: wizard.flow.step is Step.PREVIEW and not wizard.flow.busy)
    assert not wizard.preview_page.questions.combos
    assert wizard.next_button.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert names(vault) == [
        ("Yousef Khatib", "M", "SY"), ("Maryam Khatib", "F", "SY"), ("Aissatou Baldé", "F", "GW")
    ]  # fmt: skip


def test_an_unsure_encoding_shows_both_readings_and_reads_the_file_again(
    qtbot: QtBot,
    wizard: ImportWizard,
    vault: Vault,
    tmp_path: Path,
) -> None:
    path = tmp_path / "nomes.csv"
    rows = [["Nome", "Via de chegada", "Inicio do programa"],
            ["Božena Novak", "Protecao temporaria", "01/03/2022"]]  # fmt: skip
    path.write_bytes(csv_bytes(rows, encoding="cp1252"))
    to_preview(qtbot, wizard, path)
    panel = wizard.preview_page.questions
    shown = [label.text() for label in panel.widget().findChildren(type(wizard.message))]
    assert "Božena Novak" in shown and "Boûena Novak" in shown
    assert not wizard.next_button.isEnabled()
    panel.encoding_buttons["mac-roman"].click()
    qtbot.waitUntil(lambda: wizard.flow.step is Step.PREVIEW and not wizard.flow.busy)
    assert wizard.spreadsheet is not None and wizard.spreadsheet.encoding == "mac-roman"
    assert wizard.next_button.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert names(vault) == [("Boûena Novak", "U", "")]


def test_a_workbook_is_read_from_its_sheet_of_people_and_another_is_one_choice_away(
    qtbot: QtBot,
    wizard: ImportWizard,
    tmp_path: Path,
) -> None:
    import xlsxwriter

    path = tmp_path / "livro.xlsx"
    book = xlsxwriter.Workbook(path)
    book.add_worksheet("Resumo").write_row(0, 0, ["Resumo do acolhimento", 3])
    for name, who in (("Lisboa", "Ana Costa"), ("Porto", "Rui Costa")):
        page = book.add_worksheet(name)
        page.write_row(0, 0, ["Nome", "Via de chegada", "Início do programa"])
        page.write_row(1, 0, [who, "Recolocação", "01/02/2025"])
    book.close()
    to_columns(qtbot, wizard, path)
    combo = wizard.columns_page.sheet
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Resumo", "Lisboa", "Porto"]
    assert combo.currentText() == "Lisboa"
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    qtbot.waitUntil(lambda: not wizard.flow.busy and wizard.spreadsheet is not None
                    and wizard.spreadsheet.sheet == "Porto")  # fmt: skip
    assert wizard.table is not None and wizard.table.rows[0].cells[0] == "Rui Costa"
