"""The caseload shown, handed on: a spreadsheet read back by another library, and paper."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from hostdesk.domain.vocabulary import ArrivalChannel, FamilyStatus
from hostdesk.storage import audit_query, families
from hostdesk.storage.vault import Vault
from hostdesk.ui.caseload.caseload_view import CaseloadView
from hostdesk.ui.common.operations import Operations
from tests.ui.common.printer_double import print_to_file

HEADS = ("Zainab Haidari", "Amanuel Tesfay", "=HYPERLINK(\"x\") Kovalenko")


@pytest.fixture
def view(qtbot: QtBot, vault: Vault) -> CaseloadView:
    with vault.changing() as session:
        for number, head in enumerate(HEADS):
            family = families.create_family(
                session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
                programme_start=date(2026, 1 + number, 1),
            )  # fmt: skip
            families.add_member(session, vault.user, family, name_latin=head, is_head=True)
        exited = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2024, 1, 1), status=FamilyStatus.EXITED.value,
        )  # fmt: skip
        families.add_member(session, vault.user, exited, name_latin="Olena Exited", is_head=True)
    caseload = CaseloadView(vault, Operations())
    qtbot.add_widget(caseload)
    caseload.show()
    return caseload


def _answer(monkeypatch: pytest.MonkeyPatch, target: Path, chosen_filter: str) -> list[str]:
    warned: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_rest: object) -> object:
        warned.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), chosen_filter)
    )
    return warned


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_the_list_shown_is_exported_after_a_warning_and_read_back_by_another_library(
    qtbot: QtBot, view: CaseloadView, vault: Vault, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, suffix: str,
) -> None:  # fmt: skip
    target = tmp_path / f"lista.{suffix}"
    warned = _answer(monkeypatch, target, f"(*.{suffix})")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "written" in view.list_message.text(), timeout=10_000)
    assert warned and "not encrypted" in warned[0]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    header, *rows = sheet
    assert header[:2] == ["Case", "Head of family"]
    # The active families shown (the status filter's default), each once; the exited one not.
    assert sorted(r[1] for r in rows) == sorted(f"'{h}" if h.startswith("=") else h for h in HEADS)
    assert all(r[0].startswith("HD-2026-") for r in rows)

    entry = audit_query.page(vault, audit_query.AuditFilter(action="list.export"))[0]
    assert entry.detail == {"rows": 3, "format": suffix}
    assert "Zainab" not in str(entry.detail)


def test_a_cancelled_warning_writes_nothing(
    qtbot: QtBot, view: CaseloadView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Cancel)
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **_k: asked.append(a))
    view._export_list()
    assert view._operations.wait_idle(10_000)
    qtbot.wait(50)
    assert asked == []
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]  # nothing beside the vault


def test_the_list_is_printed_with_every_family_shown(
    qtbot: QtBot, view: CaseloadView, vault: Vault, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    printed = tmp_path / "printed.pdf"
    print_to_file(monkeypatch, printed)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printer" in view.list_message.text(), timeout=10_000)
    words = " ".join(p.extract_text() for p in PdfReader(printed).pages).split()
    assert {"Zainab", "Amanuel", "Kovalenko"} <= set(words)
    assert "Olena" not in words
    entry = audit_query.page(vault, audit_query.AuditFilter(action="list.print"))[0]
    assert entry.object_id == "caseload" and entry.detail == {"rows": 3}
