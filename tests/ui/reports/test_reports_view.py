"""The Reports screen: progress reports for one or all families, the NAIR monthly report."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from hostdesk.domain.vocabulary import ArrivalChannel, Role
from hostdesk.storage import families
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.reports.reports_view import ReportsView
from tests.ui.boxes import Boxes

WORKER = "joao.tecnico"
WORKER_PASSPHRASE = "another long passphrase"


def _family(vault: Vault, latin: str, original: str) -> str:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date.today() - timedelta(days=90),
        )  # fmt: skip
        families.add_member(
            session, vault.user, family, name_latin=latin, name_original=original, is_head=True
        )
        return family.case_number


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def _view(qtbot: QtBot, vault: Vault, operations: Operations) -> ReportsView:
    view = ReportsView(vault, operations)
    qtbot.add_widget(view)
    view.resize(1166, 700)
    view.show()
    qtbot.waitUntil(lambda: not view.busy)
    return view


def test_saving_one_familys_report_writes_a_pdf(
    qtbot: QtBot, vault: Vault, operations: Operations, boxes: Boxes,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    case = _family(vault, "Abdulrahman Haddad", "عبد الرحمن حداد")
    target = tmp_path / "out" / "one.pdf"
    target.parent.mkdir()
    offered: list[str] = []

    def save_name(_parent: object, _caption: str, default: str, *_args: object) -> Any:
        offered.append(default)
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    view = _view(qtbot, vault, operations)
    view.case_number.setText(case)
    view.save_one.click()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=20_000)
    # The dialog opens in the home folder (no reports folder yet), never the working folder.
    assert offered == [str(Path.home() / f"progresso-{case}.pdf")]
    assert boxes.shown[-1][0] == "information"
    assert str(target) in boxes.shown[-1][1]
    assert target.read_bytes().startswith(b"%PDF")
    operations.wait_idle()


def test_an_unknown_case_is_said_before_any_file_dialog_in_portuguese(
    qtbot: QtBot, vault: Vault, operations: Operations, boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch, portuguese: None,
) -> None:  # fmt: skip
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append("save") or ("", ""))
    view = _view(qtbot, vault, operations)
    view.case_number.setText("00297")
    view.save_one.click()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    kind, text = boxes.shown[-1]
    assert kind == "warning" and text.startswith("Não há nenhum processo 00297 neste cofre.")
    assert asked == []  # no file dialog for a case that is not there
    operations.wait_idle()


def test_the_short_forms_of_the_main_search_find_the_case(
    qtbot: QtBot, vault: Vault, operations: Operations, boxes: Boxes,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    case = _family(vault, "Abdulrahman Haddad", "عبد الرحمن حداد")
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _c, default, *_a: offered.append(default) or ("", ""),
    )
    view = _view(qtbot, vault, operations)
    digits = case.rsplit("-", 1)[-1]
    for typed in (case.lower(), digits, str(int(digits))):
        view.case_number.setText(typed)
        view.save_one.click()
        qtbot.waitUntil(lambda: not view.busy and len(offered) > 0, timeout=10_000)
        assert offered.pop().endswith(f"progresso-{case}.pdf"), typed
    assert boxes.shown == []
    operations.wait_idle()


def test_the_batch_saves_one_file_per_active_family(
    qtbot: QtBot, vault: Vault, operations: Operations, boxes: Boxes,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    cases = [
        _family(vault, "Abdulrahman Haddad", "عبد الرحمن حداد"),
        _family(vault, "Fatima Al-Sayed", "فاطمة السيد"),
    ]
    folder = tmp_path / "batch"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    view = _view(qtbot, vault, operations)
    steps: list[tuple[int, int]] = []
    view._relay.advanced.connect(lambda done, total: steps.append((done, total)))
    view.save_all.click()
    assert view._progress_dialog is not None and view._progress_dialog.isVisible()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)
    assert steps == [(0, 2), (1, 2), (2, 2)]  # delivered on the GUI thread, in order
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2
    assert all(f.read_bytes().startswith(b"%PDF") for f in files)
    assert all(any(case in f.name for f in files) for case in cases)
    assert boxes.shown[-1][0] == "information"
    assert "2 report(s) saved." in view.last_summary
    assert "failed" not in view.last_summary
    assert view._progress_dialog is None
    operations.wait_idle()


def test_preparing_then_submitting_a_month(
    qtbot: QtBot, vault: Vault, operations: Operations, boxes: Boxes,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _family(vault, "Abdulrahman Haddad", "عبد الرحمن حداد")
    view = _view(qtbot, vault, operations)
    assert view.table.rowCount() == 0
    assert not view.submit.isEnabled()
    view.prepare.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and not view.busy, timeout=30_000)
    assert view.table.item(0, 0).text() == "1"
    assert view.table.item(0, 2).text() == "Prepared, not submitted"
    assert "not submitted: the NAIR does not have it" in view.state_line.text()
    assert len(view.table.item(0, 3).text()) == 12
    assert view.submit.isEnabled()

    folder = tmp_path / "nair"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    view.save_files.click()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    saved = sorted(p.suffix for p in folder.iterdir())
    assert saved == [".json", ".pdf"]

    view.submit.click()
    # Submitted is not delivered: with sending not set up, the month says it waits, and why.
    waiting = "Submitted, waiting: sending is not set up"
    qtbot.waitUntil(lambda: view.table.item(0, 2).text() == waiting, timeout=10_000)
    assert any(
        kind == "question" and "A submitted report is frozen" in text for kind, text in boxes.shown
    )
    assert not view.submit.isEnabled()
    assert "has not left this computer" in view.state_line.text()
    assert "not set up" in view.state_line.text()
    assert view.setup_button.isVisible()
    with qtbot.waitSignal(view.setupRequested, timeout=1000):
        view.setup_button.click()
    operations.wait_idle()


def test_a_cancelled_confirmation_does_not_submit(
    qtbot: QtBot, vault: Vault, operations: Operations, boxes: Boxes
) -> None:
    view = _view(qtbot, vault, operations)
    view.prepare.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and not view.busy, timeout=30_000)
    boxes.answer = QMessageBox.StandardButton.Cancel
    view.submit.click()
    operations.wait_idle()
    qtbot.wait(50)
    assert view.table.item(0, 2).text() == "Prepared, not submitted"
    assert not view.setup_button.isVisible()


def test_a_social_worker_cannot_submit(qtbot: QtBot, vault: Vault, boxes: Boxes) -> None:
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASSPHRASE)
    path = vault.path
    vault.close()
    operations = Operations()
    with Vault.open(path, WORKER, WORKER_PASSPHRASE) as worker:
        view = _view(qtbot, worker, operations)
        view.prepare.click()
        qtbot.waitUntil(lambda: view.table.rowCount() == 1 and not view.busy, timeout=30_000)
        assert not view.submit.isEnabled()
        assert "coordinator" in view.submit.toolTip()
        assert view.save_files.isEnabled()
        operations.wait_idle()
