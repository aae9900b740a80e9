"""The family workspace on a real vault: header, tabs, a visit from the keyboard, referrals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.storage import casework
from hostdesk.storage.models import Activity, FollowUpTask, Referral
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.family_workspace import TAB_NAMES, FamilyWorkspace
from hostdesk.ui.workspace.referral_dialog import ReferralDialog
from hostdesk.ui.workspace.visit_dialog import VisitDialog
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.ui.workspace.test_forms import show_active, type_text

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def _workspace(qtbot: QtBot, vault: Vault, operations: Operations, fid: int) -> FamilyWorkspace:
    workspace = FamilyWorkspace(vault, operations, fid)
    qtbot.add_widget(workspace)
    workspace.resize(1366, 700)
    show_active(qtbot, workspace)
    return workspace


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER, times: int = 1
) -> None:
    for _ in range(times):
        qtbot.keyClick(_focus(), key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    type_text(qtbot, _focus(), text)


def _cells(workspace: FamilyWorkspace, table_name: str) -> list[list[str]]:
    table = getattr(workspace, table_name).table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_header_and_the_members_tab_show_both_scripts(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    header = workspace.header
    assert header.name_latin.text() == "Mohammed Al-Hassan"
    assert header.name_original.text() == "محمد"
    assert "NAIR/2026/17" in header.case.text()
    assert header.progress.text() == "month 4 of 18"
    assert header.end.text().startswith("ends on ")
    assert "ARP" in header.arp.text()
    rows = _cells(workspace, "members")
    assert [r[0] for r in rows] == ["Mohammed Al-Hassan", "Fatima Al-Hassan", "Amina Al-Hassan"]
    assert rows[0][1] == "محمد" and rows[0][4] == "1987" and rows[2][4] == "03/2016"
    # The ARP expires in ten days: an alert that opens the Members tab.
    assert any("ARP of" in header.describe(a) for a in header.alerts)
    workspace.show_tab("timeline")
    header.alert_label.linkActivated.emit("members")
    assert workspace.current_tab() == "members"
    for name in TAB_NAMES:
        workspace.show_tab(name)
        assert workspace.current_tab() == name
    workspace.show_tab("members")
    workspace.members.table.setFocus()
    _press(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    assert workspace.current_tab() == "timeline"


def test_a_visit_typed_from_the_keyboard_is_in_the_timeline_after_a_restart(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.show_tab("timeline")
    workspace.timeline.new_visit.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    dialog = workspace.timeline.open_dialog
    assert isinstance(dialog, VisitDialog)
    show_active(qtbot, dialog)

    visited = TODAY - timedelta(days=2)
    assert _focus() is dialog.occurred_on
    assert not workspace.has_unsaved_changes()
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, visited.strftime("%d/%m/%Y"))
    _press(qtbot, Qt.Key.Key_Tab)  # kind: a visit already
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.place
    _type(qtbot, "Home")
    assert workspace.has_unsaved_changes()  # the open visit counts
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.present
    _press(qtbot, Qt.Key.Key_Space)  # the head
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Space)  # the spouse
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.notes[""]
    _type(qtbot, "Family settling in well.")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.notes["housing"]
    _type(qtbot, "Humidity in the bedroom.")
    _press(qtbot, Qt.Key.Key_Tab, times=2)
    assert _focus() is dialog.notes["education"]
    type_text(qtbot, _focus(), "المدرسة: enrolment papers handed in.")
    _press(qtbot, Qt.Key.Key_Tab, times=3)
    assert _focus() is dialog.tasks[0][0]
    _type(qtbot, "Call the landlord")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, (TODAY + timedelta(days=3)).strftime("%d/%m/%Y"))
    assert dialog.members_present() == [m.member.id for m in workspace.context.file.members[:2]]
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        _press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: workspace.timeline.open_dialog is None)
    rows = _cells(workspace, "timeline")
    assert rows[0][:2] == [visited.strftime("%d/%m/%Y"), "Visit"]
    assert workspace.timeline.tasks.count() == 1

    # A restart: the vault is closed and opened again, and a new workspace reads it.
    operations.wait_idle()
    path = vault.path
    vault.close()
    reopened = Vault.open(path, COORDINATOR, PASSPHRASE)
    try:
        again = _workspace(qtbot, reopened, operations, family_id)
        again.show_tab("timeline")
        rows = _cells(again, "timeline")
        assert rows[0][0] == visited.strftime("%d/%m/%Y")
        assert rows[0][2] == "Housing, Education"
        assert rows[0][3] == "\u2068Mohammed Al-Hassan\u2069, \u2068Fatima Al-Hassan\u2069"
        detail = again.timeline.detail.toPlainText()
        assert "Humidity in the bedroom." in detail and "المدرسة" in detail
        assert "Family settling in well." in detail
        with reopened.session() as session:
            (activity,) = session.exec(select(Activity)).all()
            (task,) = session.exec(select(FollowUpTask)).all()
        assert activity.place == "Home" and task.activity_id == activity.id
        # Filters: by dimension and by member.
        timeline = again.timeline
        timeline.dimension_filter.setCurrentIndex(timeline.dimension_filter.findData("health"))
        assert timeline.table.rowCount() == 0
        timeline.dimension_filter.setCurrentIndex(0)
        amina = again.context.file.members[2].member.id
        timeline.member_filter.setCurrentIndex(timeline.member_filter.findData(amina))
        assert timeline.table.rowCount() == 0
        timeline.member_filter.setCurrentIndex(0)
        # One visit; the rest of the timeline is the file's records (start, consents, ARP).
        whats = [row[1] for row in _cells(again, "timeline")]
        assert whats.count("Visit") == 1
        assert "Programme starts" in whats and "ARP issued" in whats
    finally:
        operations.wait_idle()
        reopened.close()


def test_a_referral_is_sent_then_answered_with_its_outcome(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    timeline = workspace.timeline
    workspace.show_tab("timeline")
    timeline.open_referral()
    dialog = timeline.open_dialog
    assert isinstance(dialog, ReferralDialog) and dialog.fields is not None
    show_active(qtbot, dialog)
    dialog.fields.service.setCurrentIndex(dialog.fields.service.findData("iefp"))
    dialog.fields.reason.setFocus()
    _type(qtbot, "Registration and a tailoring course")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.sent_on
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, (TODAY - timedelta(days=20)).strftime("%d/%m/%Y"))
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        _press(qtbot, Qt.Key.Key_S, CTRL)
    assert (
        _cells(workspace, "timeline")[0][1]
        == "Referral to Employment institute (IEFP) (not answered)"
    )
    assert any(a.kind == "referral_unanswered" for a in workspace.header.alerts)

    timeline.table.selectRow(0)
    assert timeline.answer.isEnabled()
    qtbot.mouseClick(timeline.answer, Qt.MouseButton.LeftButton)
    answer = timeline.open_dialog
    assert isinstance(answer, ReferralDialog) and answer is not dialog
    show_active(qtbot, answer)
    assert _focus() is answer.answered_on
    assert answer.answered_on.value() == TODAY
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Enrolled in the course starting next month")
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        _press(qtbot, Qt.Key.Key_S, CTRL)
    row = _cells(workspace, "timeline")[0]
    assert row[1] == "Referral to Employment institute (IEFP) (answered)"
    assert row[4] == "Enrolled in the course starting next month"
    assert not any(a.kind == "referral_unanswered" for a in workspace.header.alerts)
    with vault.session() as session:
        (referral,) = session.exec(select(Referral)).all()
    assert referral.answered_on == TODAY
    assert referral.outcome == "Enrolled in the course starting next month"


def test_an_answer_before_the_referral_was_sent_is_refused(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    with vault.changing() as session:
        referral = casework.create_referral(
            session, vault.user, family_id, casework.ReferralDraft("sns", TODAY)
        )
    dialog = ReferralDialog(vault, operations, family_id, None, referral.id)
    qtbot.add_widget(dialog)
    show_active(qtbot, dialog)
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, (TODAY - timedelta(days=1)).strftime("%d/%m/%Y"))
    assert "before the referral was sent" in dialog.validation.message_for(dialog.answered_on)
    _press(qtbot, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible()


def test_a_record_tab_saves_and_keeps_typing_through_other_saves(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.show_tab("housing")
    housing = workspace.panels["housing"]
    assert not workspace.has_unsaved_changes()
    housing.widgets["address"].setFocus()
    _type(qtbot, "Rua da Misericórdia 12")
    housing.widgets["start_date"].setFocus()
    _type(qtbot, "01/02/2026")
    housing.widgets["end_date"].setFocus()
    _type(qtbot, "01/01/2026")
    assert "end date cannot be before" in housing.validation.message_for(
        housing.widgets["end_date"]
    )
    _press(qtbot, Qt.Key.Key_Backspace, times=10)
    assert workspace.has_unsaved_changes()

    # A save elsewhere in the workspace redraws every tab, and keeps this typing.
    workspace.show_tab("allowance")
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        workspace.allowance.record_payment()
    assert workspace.allowance.payments.rowCount() == 1
    assert housing.widgets["address"].text() == "Rua da Misericórdia 12"

    workspace.show_tab("housing")
    housing.widgets["address"].setFocus()
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        _press(qtbot, Qt.Key.Key_S, CTRL)
    assert not workspace.has_unsaved_changes()
    table = housing.table
    assert table.rowCount() == 1 and table.item(0, 1).text() == "Rua da Misericórdia 12"
    assert "Rua da Misericórdia 12" in housing.summary.text()


def test_the_allowance_of_this_month_follows_the_household(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.show_tab("allowance")
    tab = workspace.allowance
    breakdown = tab.owed.breakdown
    assert breakdown is not None
    assert (breakdown.heads, breakdown.adults, breakdown.children) == (1, 1, 1)
    assert tab.line_labels[3][2].text() == "<b>332,50\u00a0€</b>"
    assert tab.amount.text() == "332,50"
    tab.amount.setFocus()
    _press(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "1 234,5")
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        _press(qtbot, Qt.Key.Key_S, CTRL)
    row = [tab.payments.item(0, c).text() for c in range(3)]
    assert row == [TODAY.strftime("%m/%Y"), "1\u00a0234,50\u00a0€", TODAY.strftime("%d/%m/%Y")]


def test_a_plan_goal_per_dimension(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.show_tab("plan")
    plan = workspace.panels["plan"]
    plan.widgets["dimension"].setCurrentIndex(plan.widgets["dimension"].findData("employment"))
    plan.widgets["description"].setFocus()
    _type(qtbot, "Certified as a tailor at a Centro Qualifica")
    plan.widgets["target_date"].setFocus()
    _type(qtbot, "30/06/2027")
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        _press(qtbot, Qt.Key.Key_S, CTRL)
    assert [plan.table.item(0, c).text() for c in (0, 1, 3, 4)] == [
        "Employment", "Whole family", "Planned", "30/06/2027",
    ]  # fmt: skip


def test_the_allowance_follows_the_month_asked_and_refuses_one_outside_the_programme(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.show_tab("allowance")
    tab = workspace.allowance
    start = workspace.context.file.family.programme_start
    before = date(start.year - (start.month == 1), (start.month - 2) % 12 + 1, 1)
    tab.period.setText(before.strftime("%m/%Y"))
    assert "before the programme starts" in tab.warning.text()
    assert tab.owed.due is False
    assert "before the programme starts" in tab._period_problem()
    tab.period.setText(start.strftime("%m/%Y"))
    assert tab.owed.due and tab.owed.period == start.strftime("%Y-%m")
