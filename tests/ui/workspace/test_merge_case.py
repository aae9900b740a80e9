"""A coordinator merges two cases of one family from the workspace, choosing the other by search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from hostdesk.storage import casework
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.merge_dialog import MergeDialog
from tests.ui.workspace.test_family_workspace import _workspace
from tests.ui.workspace.test_forms import show_active


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)


def _family(vault: Vault, name: str, started: date) -> int:
    draft = casework.FamilyDraft("resettlement", started)
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user, draft, [casework.MemberDraft(name, is_head=True)]
        )
    assert family.id is not None
    return family.id


def test_the_other_case_is_found_chosen_and_merged_into_the_older(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    older = _family(vault, "Xasan Cali Warsame", date.today() - timedelta(days=90))
    newer = _family(vault, "Hassan Ali Warsame", date.today() - timedelta(days=10))
    workspace = _workspace(qtbot, vault, operations, newer)
    qtbot.mouseClick(workspace.header.merge_button, Qt.MouseButton.LeftButton)
    dialog = workspace.merge_dialog
    assert isinstance(dialog, MergeDialog)
    show_active(qtbot, dialog)
    dialog.save()
    assert dialog.isVisible()  # no case chosen, nothing confirmed
    qtbot.keyClicks(dialog.query, "Hassan Ali")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert dialog.results.item(0).text().startswith("HD-")
    dialog.results.setCurrentRow(0)
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(workspace.case_requested, timeout=5_000) as opened:
        dialog.save()
    assert opened.args == [older]
    with vault.session() as session:
        assert session.get(Family, newer) is None
        members = session.execute(
            text("SELECT count(*) FROM member WHERE family_id = :f"), {"f": older}
        ).scalar_one()
    assert members == 2
