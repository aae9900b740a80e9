"""The import wizard as a coordinator meets it: choose, match, check, import, or change nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from hostdesk.domain.importing.columns import ImportField
from hostdesk.domain.importing.flow import Step
from hostdesk.storage.importing import SpreadsheetError, parse_sheet
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.field_validation import _NUMBER
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.importing import import_labels
from hostdesk.ui.importing.import_preview import ProblemRole
from hostdesk.ui.importing.import_wizard import ImportWizard
from hostdesk.ui.main_window import MainWindow
from tests.storage.import_support import GOOD_ROWS, HEADER, csv_bytes

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "import-example.csv"
OLD_XLS = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64
BAD_ROW = ["P3", "sim", "Ahmed Noor", "", "Q", "31/02/1990", "501964842", "asilo", "", ""]


@pytest.fixture
def wizard(qtbot: QtBot, vault: Vault, operations: Operations) -> ImportWizard:
    dialog = ImportWizard(vault, operations)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def family_count(vault: Vault) -> int:
    with vault.session() as session:
        return session.exec(select(func.count()).select_from(Family)).one()


def to_columns(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.flow.step is Step.COLUMNS)


def to_preview(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    to_columns(qtbot, wizard, path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.flow.step is Step.PREVIEW)


def test_the_example_file_is_matched_checked_and_imported(
    qtbot: QtBot, wizard: ImportWizard, vault: Vault
) -> None:
    to_preview(qtbot, wizard, EXAMPLE)
    model = wizard.preview_page.model
    assert model.rowCount() == 10
    assert all(model.index(r, 0).data(ProblemRole) == "" for r in range(10))
    assert wizard.next_button.isEnabled()
    assert wizard.next_button.text().replace("&", "") == "Import 4 family(ies)"
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert wizard.flow.step is Step.DONE
    assert "HD-2024-00001" in wizard.done_page.text.text()
    assert family_count(vault) == 4
    wizard.next()  # Close
    assert not wizard.isVisible()


def test_errors_are_highlighted_and_block_the_import_until_only_valid_is_chosen(
    qtbot: QtBot, wizard: ImportWizard, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "familias.csv"
    path.write_bytes(csv_bytes([HEADER, *GOOD_ROWS, BAD_ROW]))
    to_preview(qtbot, wizard, path)
    page = wizard.preview_page
    model = page.model
    assert [model.index(r, 0).data(ProblemRole) for r in range(4)] == ["", "", "", "error"]
    assert model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "This date does not exist" in model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not wizard.next_button.isEnabled()
    page.show_filter.setCurrentIndex(1)  # rows with a problem
    assert page.proxy.rowCount() == 1
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    assert page.detail.text().startswith("Row 5:")
    page.only_valid.setChecked(True)
    assert wizard.next_button.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert family_count(vault) == 2


def test_a_needed_column_left_out_stops_at_the_columns(qtbot: QtBot, wizard: ImportWizard) -> None:
    to_columns(qtbot, wizard, EXAMPLE)
    name_combo = wizard.columns_page.combos[3]  # "Nome"
    name_combo.setCurrentIndex(0)  # Not imported
    assert not wizard.next_button.isEnabled()
    assert "in Latin letters" in wizard.columns_page.problems.text()
    combos = wizard.columns_page.combos
    combos[4].setCurrentIndex(combos[4].findData(ImportField.NAME_LATIN.value))
    assert wizard.next_button.isEnabled()
    # Setting the name on a column takes it away from the column that had it.
    name_combo.setCurrentIndex(name_combo.findData(ImportField.NAME_LATIN.value))
    assert combos[4].currentData() is None
    assert wizard.flow.mapping[3] is ImportField.NAME_LATIN and 4 not in wizard.flow.mapping


def _choose_old_xls(qtbot: QtBot, wizard: ImportWizard, tmp_path: Path) -> str:
    """What the wizard says about an old .xls file."""
    path = tmp_path / "old.xls"
    path.write_bytes(OLD_XLS)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.message.isVisible())
    return wizard.message.text()


def test_an_unreadable_file_is_said_and_the_wizard_stays(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    assert "This workbook could not be read" in _choose_old_xls(qtbot, wizard, tmp_path)
    assert wizard.flow.step is Step.FILE and wizard.next_button.isEnabled()


def test_an_unreadable_file_is_said_in_portuguese(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path, portuguese: None
) -> None:
    said = _choose_old_xls(qtbot, wizard, tmp_path)
    assert said.startswith("Não foi possível ler este livro")


@pytest.mark.parametrize(
    "data",
    [
        OLD_XLS,
        b"PK\x03\x04" + b"\x00" * 64,  # a damaged workbook
        b"\x00\x01binary\x02" * 8,
        b"",
        csv_bytes([[f"c{i}" for i in range(101)]]),
    ],
)
def test_every_unreadable_file_message_is_in_the_translation_catalogue(data: bytes) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        parse_sheet(data)
    numbers = iter(range(1, 10))
    template = _NUMBER.sub(lambda _m: f"%{next(numbers)}", str(caught.value))
    assert template in import_labels._FILE_PROBLEMS


def test_cancel_during_the_import_saves_nothing(
    qtbot: QtBot, wizard: ImportWizard, vault: Vault, operations: Operations
) -> None:
    to_preview(qtbot, wizard, EXAMPLE)
    gate = threading.Event()
    operations.run(gate.wait, lambda _r: None, lambda _e: None)  # holds the database thread
    wizard.next()
    assert wizard.flow.step is Step.IMPORTING
    wizard.reject()  # Cancel: asked while the import waits its turn
    assert wizard.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: wizard.flow.step is Step.PREVIEW, timeout=10_000)
    assert "cancelled; nothing was saved" in wizard.message.text()
    assert family_count(vault) == 0


def test_the_file_menu_opens_the_wizard(qtbot: QtBot, vault: Vault, operations: Operations) -> None:
    window = MainWindow(vault, operations)
    qtbot.add_widget(window)
    window.show()
    action = next(a for a in window.actions() if a.text() == "&Import from spreadsheet…")
    action.trigger()
    # Wizards of earlier tests may linger hidden until Qt deletes them: look for this window's.
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ImportWizard) and w.parent() is window and w.isVisible()
    ]
    assert len(opened) == 1
    opened[0].reject()
    window.idle.pause()


def test_the_columns_set_by_hand_are_offered_again_for_the_same_headers(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    first, again = ImportWizard(vault, operations), ImportWizard(vault, operations)
    qtbot.add_widget(first)
    qtbot.add_widget(again)
    to_columns(qtbot, first, EXAMPLE)
    assert first.columns_page.intro.text().startswith("Guessed from the header names")
    first.columns_page.combos[14].setCurrentIndex(0)  # "Concelho" left out this time
    first.next()
    qtbot.waitUntil(lambda: first.flow.step is Step.PREVIEW)
    # "Concelho" holds data: leaving it out is confirmed before the import can start.
    assert not first.next_button.isEnabled()
    assert "Confirm above" in first.preview_page.outcome.text()
    first.preview_page.questions.confirm.setChecked(True)
    assert first.next_button.isEnabled()
    with qtbot.waitSignal(first.imported, timeout=10_000):
        first.next()
    to_columns(qtbot, again, EXAMPLE)
    assert again.columns_page.intro.text().startswith("As you set them the last time")
    assert again.columns_page.combos[14].currentData() is None
    assert 14 not in again.flow.mapping and again.flow.mapping[3] is ImportField.NAME_LATIN
