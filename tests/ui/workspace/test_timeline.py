"""The Timeline holds everything dated: records too, completed tasks, and fresh answers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework
from hostdesk.storage.models import (
    Education,
    Employment,
    FollowUpTask,
    HealthRecord,
    Housing,
    LanguageCourse,
    Member,
)
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace
from hostdesk.ui.workspace.referral_dialog import ReferralDialog
from tests.ui.workspace.test_forms import show_active

TODAY = date.today()
START = TODAY - timedelta(days=60)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def family_id(vault: Vault) -> int:
    """A family created with housing, health, school, language and work records, no visit."""
    head = casework.MemberDraft("Samir Haddad", birth=PartialDate(1985), relationship="head",
                                is_head=True)  # fmt: skip
    child = casework.MemberDraft("Lina Haddad", birth=PartialDate(2016), relationship="child")
    draft = casework.FamilyDraft("resettlement", START, arrival_date=START - timedelta(days=3))
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, [head, child])
        assert family.id is not None
        members = {m.name_latin: m.id for m in session.exec(select(Member))}
        actor = vault.user
        casework.save_record(session, actor, Housing, None, {
            "family_id": family.id, "kind": "rented_by_entity", "start_date": START})  # fmt: skip
        casework.save_record(session, actor, HealthRecord, None, {
            "member_id": members["Samir Haddad"], "status": "in_progress"})  # fmt: skip
        casework.save_record(session, actor, Education, None, {
            "member_id": members["Lina Haddad"], "kind": "school_enrolment",
            "start_date": START + timedelta(days=5)})  # fmt: skip
        casework.save_record(session, actor, LanguageCourse, None, {
            "member_id": members["Samir Haddad"], "course_type": "pla",
            "start_date": START + timedelta(days=10)})  # fmt: skip
        casework.save_record(session, actor, Employment, None, {
            "member_id": members["Samir Haddad"], "kind": "iefp_registration",
            "start_date": START + timedelta(days=12)})  # fmt: skip
        task = casework.add_task(session, actor, family.id,
                                 casework.TaskDraft("Call the school", TODAY))  # fmt: skip
        casework.create_referral(session, actor, family.id, casework.ReferralDraft(
            "iefp", TODAY - timedelta(days=20), sharing_basis="vital_interest"))  # fmt: skip
        assert task.id is not None
        return family.id


def _workspace(qtbot: QtBot, vault: Vault, operations: Operations, fid: int) -> FamilyWorkspace:
    workspace = FamilyWorkspace(vault, operations, fid)
    qtbot.add_widget(workspace)
    workspace.resize(1366, 700)
    show_active(qtbot, workspace)
    workspace.show_tab("timeline")
    return workspace


def _whats(workspace: FamilyWorkspace) -> list[str]:
    table = workspace.timeline.table
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def test_a_family_created_with_its_records_has_a_history(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    whats = _whats(workspace)
    assert "Nothing recorded yet" not in workspace.timeline.detail.toPlainText()
    for expected in ("Arrival in Portugal", "Programme starts",
                     "Housing begins: Rented by the entity", "Health record opened",
                     "School enrolment begins", "Portuguese as a host language (PLA) begins",
                     "IEFP registration begins"):  # fmt: skip
        assert expected in whats, expected
    # Newest first, and the dimension filter keeps records of that dimension.
    timeline = workspace.timeline
    timeline.dimension_filter.setCurrentIndex(timeline.dimension_filter.findData("education"))
    assert _whats(workspace) == ["School enrolment begins"]


def test_a_completed_task_is_in_the_timeline_and_can_be_reopened(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    timeline = workspace.timeline
    assert timeline.tasks.count() == 1
    timeline.tasks.setCurrentRow(0)
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        timeline.task_done.click()
    assert timeline.tasks.count() == 0
    row = _whats(workspace).index("Task completed")
    assert timeline.table.item(row, 4).text() == "Call the school"
    timeline.table.selectRow(row)
    assert vault.user.username in timeline.detail.toPlainText()  # completed by whom
    assert timeline.reopen.isEnabled()
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        timeline.reopen.click()
    assert "Task completed" not in _whats(workspace)
    assert timeline.tasks.count() == 1
    with vault.session() as session:
        (task,) = session.exec(select(FollowUpTask)).all()
    assert task.done_on is None and task.due_on == TODAY


def test_the_referral_pane_shows_the_answer_as_soon_as_it_is_saved(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    timeline = workspace.timeline
    row = next(n for n, what in enumerate(_whats(workspace)) if what.startswith("Referral"))
    timeline.table.selectRow(row)
    assert "No answer yet" in timeline.detail.toPlainText()
    timeline.open_answer()
    dialog = timeline.open_dialog
    assert isinstance(dialog, ReferralDialog)
    show_active(qtbot, dialog)
    dialog.outcome.setPlainText("Interview on Monday")
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        dialog.save()
    # The same row stays selected, and its pane says the answer without another click.
    detail = timeline.detail.toPlainText()
    assert "Answered on" in detail and "Interview on Monday" in detail
    assert timeline.table.item(timeline.table.currentRow(), 1).text().endswith("(answered)")
