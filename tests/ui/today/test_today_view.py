"""The Today screen shows the caseload's alerts and opens a family at the right tab."""

from __future__ import annotations

import gc
import threading
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from hostdesk.domain.alerts import AlertKind, Severity
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import assignment
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.today.today_view import TASK, TodayData, TodayItem, TodayView, group_items
from tests.storage.test_alert_snapshots import SmallCaseload, build_small_caseload


def _wait(qtbot: QtBot, operations: Operations, view: TodayView) -> None:
    # Let the database thread finish before spinning the event loop: PySide6 6.12 loses
    # references to None when the GUI thread processes events while Python runs on
    # another thread (see the note in the issue), which can abort the interpreter.
    assert operations.wait_idle(10_000)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)


def _loaded_view(qtbot: QtBot, vault: Vault) -> tuple[TodayView, SmallCaseload]:
    caseload = build_small_caseload(vault, date.today())
    operations = Operations()
    view = TodayView(vault, operations)
    qtbot.add_widget(view)
    view.resize(1366, 768)
    view.show()
    view.refresh()
    _wait(qtbot, operations, view)
    return view, caseload


def _find(view: TodayView, kind: str) -> QModelIndex:
    model = view.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        item = model.item(index)
        if item is not None and item.kind == kind:
            return index
    raise AssertionError(f"no {kind} item")


def _heading(view: TodayView, index: QModelIndex) -> str:
    """The heading of the group ``index`` is in."""
    row = index.row()
    while view.model.item(view.model.index(row, 0)) is not None:
        row -= 1
    return view.model.index(row, 0).data()


def _texts(view: TodayView, index: QModelIndex) -> list[str]:
    model = view.model
    return [model.index(index.row(), c).data() for c in range(model.COLUMNS)]


def test_the_arp_alert_shows_and_enter_opens_the_members_tab(qtbot: QtBot, vault: Vault) -> None:
    view, caseload = _loaded_view(qtbot, vault)
    arp = _find(view, AlertKind.ARP_EXPIRING.value)
    urgency, due, case, head, person, what = _texts(view, arp)
    assert case == "HD-2026-00001"
    assert head == "Muhammad Al-Khatib · محمد الخطيب"
    assert person == "Muhammad Al-Khatib"
    assert what.startswith("ARP expires in 10 day")  # "days" once the English plurals load
    assert urgency == "Important"
    assert len(due) == 10 and due[2] == "/" and due[5] == "/"  # dd/MM/yyyy
    assert "ARP expiring — 1 item" in _heading(view, arp)

    view.table.setFocus()
    view.table.setCurrentIndex(arp)
    with qtbot.wait_signal(view.familyRequested, timeout=2_000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [caseload.recent, "members"]


def test_every_kind_of_item_opens_its_own_tab(qtbot: QtBot, vault: Vault) -> None:
    view, caseload = _loaded_view(qtbot, vault)
    expected = {
        AlertKind.CHILD_WITHOUT_SCHOOL.value: (caseload.recent, "education"),
        AlertKind.NO_LANGUAGE_COURSE.value: (caseload.recent, "language"),
        AlertKind.REFERRAL_UNANSWERED.value: (caseload.recent, "timeline"),
        AlertKind.ISS_TRANSITION.value: (caseload.ending, "plan"),
        AlertKind.NO_RECENT_VISIT.value: (caseload.ending, "timeline"),
        TASK: (caseload.recent, "timeline"),
    }
    for kind, (family_id, tab) in expected.items():
        index = _find(view, kind)
        with qtbot.wait_signal(view.familyRequested, timeout=2_000) as opened:
            view.table.activated.emit(index)
        assert opened.args == [family_id, tab], kind
    # The exited family and the answered referral are nowhere in the list.
    items = [i for g in view.model.groups for i in g.items]
    assert caseload.exited not in {i.family_id for i in items}
    assert len([i for i in items if i.kind == AlertKind.REFERRAL_UNANSWERED.value]) == 1


def test_urgent_groups_come_first_and_the_filter_narrows_the_list(
    qtbot: QtBot, vault: Vault
) -> None:
    view, _caseload = _loaded_view(qtbot, vault)
    groups = view.model.groups
    assert groups[0].severity is Severity.URGENT
    assert [g.severity for g in groups] == sorted((g.severity for g in groups), reverse=True)
    assert "to do this week" in view.summary.text()
    assert "coming up" in view.summary.text()

    qtbot.keyClicks(view.filter, "tesfamariam")
    qtbot.waitUntil(lambda: len(view.model.groups) == 3, timeout=2_000)
    assert {g.kind for g in view.model.groups} == {
        AlertKind.ISS_TRANSITION.value,
        AlertKind.NO_RECENT_VISIT.value,
        TASK,  # due in a month: it waits in "Coming up", but it is there
    }
    view.filter.clear()
    view.urgent_only.setChecked(True)
    assert all(i.severity is Severity.URGENT for g in view.model.groups for i in g.items)


def test_enter_on_a_group_folds_it_without_opening_anything(qtbot: QtBot, vault: Vault) -> None:
    view, _caseload = _loaded_view(qtbot, vault)
    rows = view.model.rowCount()
    first_group = len(view.model.groups[0].items)
    assert view.model.is_section(0)  # "This week", then the first group's heading
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, 0))
    with qtbot.assert_not_emitted(view.familyRequested):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.model.is_folded(1)
    assert view.model.rowCount() == rows - first_group
    assert view.model.index(1, 0).data().startswith("▸")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.model.rowCount() == rows


def test_only_my_families_keeps_the_families_assigned_to_me(qtbot: QtBot, vault: Vault) -> None:
    view, caseload = _loaded_view(qtbot, vault)
    worker = vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "joão's own long passphrase")
    assert worker.id is not None and vault.user.id is not None
    # Every family was its creator's, the coordinator's; all but one go to João.
    with vault.changing() as session:
        assignment.hand_over_caseload(session, vault.user, vault.user.id, worker.id)
        family = session.get(Family, caseload.ending)
        assert family is not None
        assignment.assign(session, vault.user, family, vault.user.id)
    view.mine_only.setChecked(True)  # reads the caseload again
    _wait(qtbot, view._operations, view)
    assert {i.family_id for g in view.model.groups for i in g.items} == {caseload.ending}


def test_the_list_is_read_off_the_ui_thread_with_a_busy_indicator(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    operations = Operations()
    view = TodayView(vault, operations)
    qtbot.add_widget(view)
    view.show()
    release = threading.Event()
    reader = threading.get_ident()
    seen: list[int] = []

    def slow_load(*args: object) -> TodayData:
        seen.append(threading.get_ident())
        release.wait(10)
        return TodayData(date.today(), [], [])

    monkeypatch.setattr("hostdesk.ui.today.today_view.load_today", slow_load)
    view.refresh()
    assert view.is_loading() and view.busy.isVisible()
    release.set()
    _wait(qtbot, operations, view)
    assert not view.busy.isVisible()
    assert seen and seen[0] != reader


def test_a_failed_read_says_so_in_one_sentence(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> TodayData:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("hostdesk.ui.today.today_view.load_today", broken)
    operations = Operations()
    view = TodayView(vault, operations)
    qtbot.add_widget(view)
    view.show()
    view.refresh()
    _wait(qtbot, operations, view)
    assert view.message.isVisible()
    assert "could not be read" in view.message.text()


def test_an_empty_caseload_says_so(qtbot: QtBot, vault: Vault) -> None:
    operations = Operations()
    view = TodayView(vault, operations)
    qtbot.add_widget(view)
    view.refresh()
    _wait(qtbot, operations, view)
    assert view.model.rowCount() == 0
    assert "Nothing needs attention today" in view.summary.text()


def test_grouping_sorts_items_by_urgency_then_due_date() -> None:
    def item(kind: str, severity: Severity, day: int, case: str) -> TodayItem:
        return TodayItem(kind, severity, date(2026, 1, day), 1, case, "", "", search_key=case)

    items = [
        item(AlertKind.ARP_EXPIRING.value, Severity.WARNING, 20, "a"),
        item(AlertKind.ARP_EXPIRING.value, Severity.URGENT, 9, "b"),
        item(AlertKind.ARP_EXPIRING.value, Severity.WARNING, 12, "c"),
        item(AlertKind.NO_LANGUAGE_COURSE.value, Severity.WARNING, 1, "d"),
        item(TASK, Severity.INFO, 2, "e"),
    ]
    groups = group_items(items)
    # This week: the urgent ARP. Coming up: the rest, each group soonest first.
    assert [(g.section, g.kind) for g in groups] == [
        ("week", AlertKind.ARP_EXPIRING.value),
        ("upcoming", AlertKind.ARP_EXPIRING.value),
        ("upcoming", AlertKind.NO_LANGUAGE_COURSE.value),
        ("upcoming", TASK),
    ]
    assert [i.case_number for i in groups[0].items] == ["b"]
    assert [i.case_number for i in groups[1].items] == ["c", "a"]
    assert [g.kind for g in group_items(items, "e")] == [TASK]


def test_a_view_dropped_by_python_goes_without_a_qt_warning(qtbot: QtBot, vault: Vault) -> None:
    # Lambdas holding the view on its children's signals made PySide delete it from the
    # garbage collector ("shared QObject was deleted directly"), corrupting the heap.
    view = TodayView(vault, Operations())
    view.show()
    del view
    gc.collect()
    qtbot.wait(10)


def _section_of(view: TodayView, index: QModelIndex) -> str:
    row = index.row()
    while not view.model.is_section(row):
        row -= 1
    return view.model.index(row, 0).data()


def test_a_task_due_in_eleven_days_waits_in_coming_up(qtbot: QtBot, vault: Vault) -> None:
    from datetime import timedelta

    from hostdesk.storage import casework

    caseload = build_small_caseload(vault, date.today())
    with vault.changing() as session:
        casework.add_task(session, vault.user, caseload.recent,
                          casework.TaskDraft("Follow up the IEFP interview",
                                             date.today() + timedelta(days=11)))  # fmt: skip
    operations = Operations()
    view = TodayView(vault, operations)
    qtbot.add_widget(view)
    view.resize(1366, 768)
    view.show()
    view.refresh()
    _wait(qtbot, operations, view)
    tasks = [i for g in view.model.groups for i in g.items if i.kind == TASK]
    eleven = next(i for i in tasks if i.task == "Follow up the IEFP interview")
    row = view.model.row_of(eleven.key)
    assert row >= 0
    index = view.model.index(row, 0)
    assert _section_of(view, index).startswith("Coming up")
    assert view.model.index(row, 5).data() == "Follow up the IEFP interview"
    late = next(i for i in tasks if i.task == "Bring the school forms")
    assert _section_of(view, view.model.index(view.model.row_of(late.key), 0)).startswith(
        "This week"
    )
    # "Urgent only" leaves the week's items alone.
    view.urgent_only.setChecked(True)
    assert view.model.row_of(eleven.key) == -1 and view.model.row_of(late.key) >= 0


def _answer(qtbot: QtBot, view: TodayView, button: object, reason: str) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    dialog = view.last_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.accept()  # no reason: refused, the dialog stays
    assert dialog.isVisible() and dialog.problem.isVisible()
    qtbot.keyClicks(dialog.reason, reason)
    dialog.accept()


def test_an_item_snoozed_with_a_reason_leaves_the_list_and_is_audited(
    qtbot: QtBot, vault: Vault
) -> None:
    import json

    from sqlalchemy import text

    view, caseload = _loaded_view(qtbot, vault)
    arp = view.model.item(_find(view, AlertKind.ARP_EXPIRING.value))
    assert arp is not None
    view.table.setCurrentIndex(view.model.index(view.model.row_of(arp.key), 0))
    assert view.snooze.isEnabled() and view.acknowledge.isEnabled()
    _answer(qtbot, view, view.snooze, "Renewal booked at AIMA for Monday")
    qtbot.waitUntil(lambda: view.model.row_of(arp.key) == -1, timeout=10_000)
    _wait(qtbot, view._operations, view)
    assert "1 acknowledged or snoozed (hidden)" in view.summary.text()
    with vault.session() as session:
        action, detail = session.execute(
            text("SELECT action, detail FROM audit_log WHERE action LIKE 'alert.%'")
        ).one()
        reason = session.execute(text("SELECT reason, until FROM alert_response")).one()
    assert action == "alert.snooze"
    found = json.loads(detail)
    assert found["family"] == caseload.recent and found["kind"] == "arp_expiring"
    assert "until" in found and "AIMA" not in detail  # the reason's words stay out of the log
    assert reason[0] == "Renewal booked at AIMA for Monday"

    # Shown again on request, greyed, with who and why; then taken back.
    view.show_answered.setChecked(True)
    row = view.model.row_of(arp.key)
    assert row >= 0
    what = view.model.index(row, 5).data()
    assert "snoozed until" in what and "Renewal booked at AIMA for Monday" in what
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert view.show_again.isVisible() and not view.snooze.isEnabled()
    view.show_again.click()
    qtbot.waitUntil(
        lambda: (
            view.model.item(view.model.index(max(view.model.row_of(arp.key), 0), 0)) is not None
            and view.model.item(view.model.index(view.model.row_of(arp.key), 0)).answer is None
        ),
        timeout=10_000,
    )
    _wait(qtbot, view._operations, view)


def test_an_acknowledged_item_comes_back_when_its_facts_change(qtbot: QtBot, vault: Vault) -> None:
    from datetime import timedelta

    from hostdesk.storage.models import ResidencePermit

    view, caseload = _loaded_view(qtbot, vault)
    arp = view.model.item(_find(view, AlertKind.ARP_EXPIRING.value))
    assert arp is not None
    view.table.setCurrentIndex(view.model.index(view.model.row_of(arp.key), 0))
    _answer(qtbot, view, view.acknowledge, "Appointment at AIMA confirmed")
    qtbot.waitUntil(lambda: view.model.row_of(arp.key) == -1, timeout=10_000)
    _wait(qtbot, view._operations, view)
    # A new permit that also runs out soon, on another day: a new alert, shown again.
    with vault.changing() as session:
        session.add(ResidencePermit(member_id=caseload.head, number="ARP-9",
                                    expires_on=date.today() + timedelta(days=20)))  # fmt: skip
    view.refresh()
    _wait(qtbot, view._operations, view)
    again = [i for g in view.model.groups for i in g.items
             if i.kind == AlertKind.ARP_EXPIRING.value]  # fmt: skip
    assert again and again[0].key != arp.key and again[0].answer is None
