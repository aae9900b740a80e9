"""Qt's own file dialog speaks European Portuguese: its labels, buttons and tooltips."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView, QWidget
from pytestqt.qtbot import QtBot


def _open(qtbot: QtBot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.add_widget(dialog)
    dialog.show()
    QCoreApplication.processEvents()
    return dialog


def _texts(dialog: QFileDialog) -> Iterator[tuple[str, str]]:
    """Every text a person reads or hears in the dialog, with where it is."""
    for widget in dialog.findChildren(QWidget):
        where = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            yield where, widget.text()
        for kind, text in (("tip", widget.toolTip()), ("name", widget.accessibleName()),
                           ("description", widget.accessibleDescription())):  # fmt: skip
            if text:
                yield f"{where} {kind}", text
        if isinstance(widget, QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield f"{where} column", model.headerData(column, Qt.Orientation.Horizontal)
    yield "filter", dialog.findChild(QWidget, "fileTypeCombo").currentText()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave],
    ids=["open", "save"],
)  # fmt: skip
def test_no_text_of_the_file_dialog_is_left_in_english(
    qtbot: QtBot, tmp_path: Path, mode: QFileDialog.AcceptMode, request: pytest.FixtureRequest
) -> None:
    english = dict(_texts(_open(qtbot, tmp_path, mode)))
    request.getfixturevalue("portuguese")
    portuguese = dict(_texts(_open(qtbot, tmp_path, mode)))
    assert portuguese.keys() == english.keys()
    left = {where: text for where, text in portuguese.items()
            if text == english[where] and text != "CSV (*.csv)"}  # fmt: skip
    assert left == {}
    # Qt's Brazilian catalogue fills gaps: none of its words may show through.
    words = re.compile(r"Arquivo|Salvar|Excluir|Exibição|Renomear|Diretório")
    brazilian = [text for text in portuguese.values() if words.search(text)]
    assert brazilian == []


def test_the_labels_a_user_reads_first(qtbot: QtBot, tmp_path: Path, portuguese: None) -> None:
    dialog = _open(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptOpen)
    label = {name: dialog.findChild(QLabel, name).text()  # type: ignore[union-attr]
             for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}  # fmt: skip
    assert label == {
        "lookInLabel": "&Procurar em:",
        "fileNameLabel": "&Nome do ficheiro:",
        "fileTypeLabel": "Ficheiros do &tipo:",
    }
    assert dialog.findChild(QWidget, "listView").accessibleName() == "Ficheiros"  # type: ignore[union-attr]
    save = _open(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptSave)
    buttons = [b.text() for b in save.findChildren(QAbstractButton) if b.text()]
    assert "&Guardar" in buttons and "Cancelar" in buttons
