"""Printing from a family: its progress report (Ctrl+Shift+P) and one visit from the timeline.

The print dialog is answered by a PDF file (tests/ui/common/printer_double.py);
the report and the record are made on the database thread, drawn beside it,
and every printing is in the audit log.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hostdesk.reports import family as family_reports
from hostdesk.storage import audit_query
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.main_window import MainWindow
from hostdesk.ui.reports.family_report_action import default_period
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace
from tests.reports.test_visit_record import ON, record_a_visit
from tests.ui.common.printer_double import print_to_file
from tests.ui.workspace.test_forms import show_active


@pytest.fixture
def window(qtbot: QtBot, vault: Vault) -> Iterator[tuple[MainWindow, Operations]]:
    operations = Operations()
    main = MainWindow(vault, operations)
    qtbot.add_widget(main)
    main.resize(1366, 768)
    show_active(qtbot, main)
    yield main, operations
    main.idle.pause()
    operations.wait_idle()


def test_ctrl_shift_p_prints_the_progress_report_and_stays_on_the_family(
    qtbot: QtBot, vault: Vault, window: tuple[MainWindow, Operations], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    main, _operations = window
    family_id, _activity = record_a_visit(vault)
    printed = tmp_path / "printed.pdf"
    chosen = print_to_file(monkeypatch, printed)
    main.open_family(family_id)
    said: list[str] = []
    main.family_report.printed.connect(said.append)
    qtbot.keyClick(main, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert chosen[0] == "Progress report HD-2026-00001"
    assert main.statusBar().currentMessage() == said[0]
    assert main.pages.currentWidget() is main.family_page  # still on the family
    entry = audit_query.page(vault, audit_query.AuditFilter(action="report.family.print"))[0]
    assert entry.object_id == str(family_id) and "sha256" in entry.detail
    assert audit_query.page(vault, audit_query.AuditFilter(action="report.family.export")) == []
    # Every page of the report reached the printer (made again here to count them).
    start, end = default_period(date.today())
    made = family_reports.render_family_report(vault, family_id, start, end, entry.detail["lang"])
    pages = len(PdfReader(io.BytesIO(made)).pages)
    assert len(PdfReader(printed).pages) == pages
    assert said == [f"Sent {pages} page{'s' if pages > 1 else ''} to the printer."]
    assert not main.family_report.busy


def test_a_cancelled_print_dialog_makes_no_report(
    qtbot: QtBot, vault: Vault, window: tuple[MainWindow, Operations],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from hostdesk.ui.common import printing

    main, operations = window
    family_id, _activity = record_a_visit(vault)
    monkeypatch.setattr(printing, "choose_printer", lambda *_a: None)
    main.open_family(family_id)
    main._print_family_report()
    assert operations.wait_idle(10_000)
    assert audit_query.page(vault, audit_query.AuditFilter(action="report.family.print")) == []
    assert not main.family_report.busy


def test_a_visit_is_printed_from_the_timeline_details(
    qtbot: QtBot, vault: Vault, operations: Operations, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    family_id, activity_id = record_a_visit(vault)
    printed = tmp_path / "visita.pdf"
    chosen = print_to_file(monkeypatch, printed)
    workspace = FamilyWorkspace(vault, operations, family_id)
    qtbot.add_widget(workspace)
    workspace.resize(1366, 700)
    show_active(qtbot, workspace)
    workspace.show_tab("timeline")
    timeline = workspace.timeline
    assert "print queue" in timeline.print_visit_button.toolTip()
    # Something that is not a visit (the programme's start): nothing to print.
    start_row = next(r for r in range(timeline.table.rowCount())
                     if timeline.table.item(r, 1).text() == "Programme starts")  # fmt: skip
    timeline.table.selectRow(start_row)
    assert not timeline.print_visit_button.isEnabled()
    visit_row = next(r for r, e in enumerate(timeline._entries)
                     if e.activity is not None and e.activity.id == activity_id)  # fmt: skip
    timeline.table.selectRow(visit_row)
    assert timeline.print_visit_button.isEnabled()
    # From the keyboard: the button's mnemonic (Alt+I) while the timeline is shown.
    qtbot.keyClick(workspace, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "printer" in timeline.print_state.text(), timeout=30_000)
    assert timeline.print_state.text() == "Sent 1 page to the printer."
    assert chosen[0].startswith("Visit ") and str(ON.year) in chosen[0]
    assert len(PdfReader(printed).pages) == 1
    entry = audit_query.page(vault, audit_query.AuditFilter(action="activity.print"))[0]
    assert entry.object_id == str(activity_id) and entry.detail["family"] == family_id
