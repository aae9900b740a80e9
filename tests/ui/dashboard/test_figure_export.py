"""A figure's families handed on: exactly the families behind it, named by the figure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook
from sqlmodel import select

from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from tests.storage.test_alert_snapshots import build_small_caseload
from tests.ui.common.printer_double import print_to_file
from tests.ui.dashboard.test_dashboard_view import _main_window


def test_the_families_of_a_figure_are_exported_and_printed_under_its_name(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    caseload = build_small_caseload(vault, date.today())
    window, operations = _main_window(qtbot, vault)
    view = window.dashboard
    caption = view.cards["exited"].caption.text()
    view.cards["exited"].setFocus()
    qtbot.keyClick(view.cards["exited"], Qt.Key.Key_Return)
    assert operations.wait_idle(10_000)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload, timeout=5_000)
    with vault.session() as session:
        exited = session.get(Family, caseload.exited)
        assert exited is not None
        others = {f.case_number for f in session.exec(select(Family))} - {exited.case_number}

    asked: list[str] = []
    target = tmp_path / "figura.ods"

    def save_as(_parent: object, _caption: str, name: str, *_a: object) -> tuple[str, str]:
        asked.append(name)
        return str(target), "(*.ods)"

    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(window.caseload.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "written" in window.caseload.list_message.text(), timeout=10_000)
    book = CalamineWorkbook.from_path(str(target))
    _header, *rows = book.get_sheet_by_index(0).to_python()
    assert [r[0] for r in rows] == [exited.case_number]  # that family, and none of the others
    assert not others & {r[0] for r in rows}
    # The file and the sheet are named by the figure, in words a file system takes.
    assert asked[0].startswith(f"Families {caption}") and ":" not in asked[0]
    assert book.sheet_names[0] == f"Families: {caption}"[:31]

    printed = tmp_path / "figura.pdf"
    chosen = print_to_file(monkeypatch, printed)
    qtbot.mouseClick(window.caseload.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printer" in window.caseload.list_message.text(), timeout=10_000)
    assert chosen[0] == f"Families: {caption}"
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(printed).pages).split())
    assert f"Families: {caption}" in words and exited.case_number in words
    assert not any(case in words for case in others)
    window.idle.pause()
    operations.wait_idle()
