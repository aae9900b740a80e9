"""Today handed on: both sections in a spreadsheet read back by another library, and on paper."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from hostdesk.storage import audit_query
from hostdesk.storage.vault import Vault
from hostdesk.ui.settings.audit_words import action_text, detail_text, record_text
from hostdesk.ui.today.today_view import TodayView
from tests.ui.common.printer_double import print_to_file
from tests.ui.today.test_today_view import _loaded_view as _view_of


@pytest.fixture
def loaded(qtbot: QtBot, vault: Vault) -> Iterator[TodayView]:
    """Today on the small caseload; its work finished and delivered at the end."""
    view, _caseload = _view_of(qtbot, vault)
    yield view
    assert view._operations.wait_idle(10_000)
    qtbot.wait(20)  # results delivered on the GUI thread, not left for a later test


def _shown(view: TodayView) -> list[tuple[str, str]]:
    """(case, what) of every item the screen lists, folded groups included."""
    return [(i.case_number, i.kind) for g in view.model.groups for i in g.items]


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_every_item_of_both_sections_is_exported_and_read_back_by_another_library(
    qtbot: QtBot, vault: Vault, loaded: TodayView, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, suffix: str,
) -> None:  # fmt: skip
    view = loaded
    shown = _shown(view)
    sections = {g.section for g in view.model.groups}
    assert sections == {"week", "upcoming"}  # the caseload has something in both
    families = {i.family_id for g in view.model.groups for i in g.items}
    warned: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_rest: object) -> object:
        warned.append(text)
        return QMessageBox.StandardButton.Yes

    target = tmp_path / f"hoje.{suffix}"
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), f"(*.{suffix})"))  # fmt: skip
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "written" in view.list_message.text(), timeout=10_000)
    # The warning counts families, not lines (a family can have several items).
    assert warned and f"names of {len(families)} families" in warned[0]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    header, *rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert header[:5] == ["Section", "Urgency", "Due", "Case", "Head of family"]
    assert len(rows) == len(shown)
    assert sorted(r[3] for r in rows) == sorted(case for case, _kind in shown)
    # "This week" first, then "Coming up", as on the screen.
    in_order = [r[0] for r in rows]
    assert in_order == sorted(in_order, key=["This week", "Coming up"].index)
    assert {"This week", "Coming up"} == set(in_order)
    assert all(r[8] for r in rows)  # what needs doing, never empty

    entry = audit_query.page(vault, audit_query.AuditFilter(action="list.export"))[0]
    assert entry.object_id == "today"
    assert entry.detail == {"rows": len(shown), "format": suffix}
    # In the audit log viewer, in words.
    assert action_text(entry.action) == "Exported a list to a spreadsheet (not encrypted)"
    assert record_text(entry) == "List: Today"
    assert detail_text(entry) == f"Format: {suffix}; Records: {len(shown)}"


def test_the_filtered_list_is_what_is_exported(
    qtbot: QtBot, vault: Vault, loaded: TodayView, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    view = loaded
    view.urgent_only.setChecked(True)
    urgent = _shown(view)
    assert 0 < len(urgent) < sum(len(g.items) for g in view.model.groups) + 1
    target = tmp_path / "urgente.xlsx"
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "(*.xlsx)"))  # fmt: skip
    view._export_list()
    qtbot.waitUntil(lambda: "written" in view.list_message.text(), timeout=10_000)
    _header, *rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert len(rows) == len(urgent)
    assert {r[1] for r in rows} == {"Urgent"}


def test_the_list_is_printed_on_pages_off_the_gui_thread_and_audited(
    qtbot: QtBot, vault: Vault, loaded: TodayView, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    view = loaded
    printed = tmp_path / "printed.pdf"
    chosen = print_to_file(monkeypatch, printed)
    assert "print queue" in view.print_button.toolTip()  # the spooler, said where it matters
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printer" in view.list_message.text(), timeout=10_000)
    assert view.list_message.text() == "Sent the list to the printer."
    pages = PdfReader(printed).pages
    assert len(pages) >= 1 and chosen[0] == "Today"
    words = " ".join(page.extract_text() for page in pages)
    assert pages[0].mediabox.width > pages[0].mediabox.height  # landscape: nine columns
    assert all(case in words for case, _kind in _shown(view))
    entry = audit_query.page(vault, audit_query.AuditFilter(action="list.print"))[0]
    assert entry.object_id == "today" and entry.detail == {"rows": len(_shown(view))}
