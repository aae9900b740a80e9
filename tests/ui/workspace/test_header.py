"""The workspace header: where the family stands in the programme, said truthfully."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from hostdesk.domain.alerts import AlertKind
from hostdesk.domain.programme import ProgrammeClock, add_months
from hostdesk.storage import casework
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace

TODAY = date.today()


def _family(vault: Vault, start: date, nair_reference: str = "NAIR/2026/2498") -> int:
    head = casework.MemberDraft("Samir Haddad", relationship="head", is_head=True)
    draft = casework.FamilyDraft("resettlement", start, nair_reference=nair_reference)
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, [head])
    assert family.id is not None
    return family.id


def _header(qtbot: QtBot, vault: Vault, operations: Operations, family_id: int) -> FamilyWorkspace:
    workspace = FamilyWorkspace(vault, operations, family_id)
    qtbot.add_widget(workspace)
    workspace.resize(1366, 700)
    workspace.show()
    return workspace


def test_past_its_end_the_clock_says_the_programme_ended_and_when(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    # 18 months that ended a couple of days ago (month lengths may move it by a day or two).
    start = add_months(TODAY - timedelta(days=1), -18)
    past = ProgrammeClock(start, 18).days_past_end(TODAY)
    assert 1 <= past <= 4
    workspace = _header(qtbot, vault, operations, _family(vault, start))
    header = workspace.header
    assert "of 18" not in header.progress.text()  # never "month 19 of 18"
    assert header.progress.text() == f"ended {past} day(s) ago"
    assert header.overrun and header.progress.value() == header.progress.maximum()
    assert "#b00020" in header.progress.styleSheet()
    assert header.end.text().startswith("ended on ")
    (ended,) = [a for a in header.alerts if a.kind is AlertKind.PROGRAMME_ENDING]
    sentence = header.describe(ended)
    assert "ended on" in sentence and f"{past} day(s) ago" in sentence
    assert "record the exit" in sentence


def test_a_running_programme_reads_month_x_of_n(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    workspace = _header(qtbot, vault, operations, _family(vault, TODAY - timedelta(days=40)))
    header = workspace.header
    assert header.progress.text() == "month 2 of 18"
    assert not header.overrun and header.progress.styleSheet() == ""
    assert header.end.text().startswith("ends on ")


def test_the_nair_reference_is_not_prefixed_twice(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    workspace = _header(qtbot, vault, operations, _family(vault, TODAY))
    assert "NAIR/2026/2498" in workspace.header.case.text()
    assert "NAIR NAIR" not in workspace.header.case.text()
    other = _header(qtbot, vault, operations, _family(vault, TODAY, "LX-0042"))
    assert "NAIR LX-0042" in other.header.case.text()


def test_overdue_tasks_are_named_beside_the_alerts_and_open_the_timeline(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    # "No open alerts." alone read as "nothing to do" while Today listed this
    # family's overdue follow-up tasks as urgent.
    family_id = _family(vault, TODAY - timedelta(days=40))
    with vault.changing() as session:
        for due in (
            TODAY - timedelta(days=3),
            TODAY - timedelta(days=1),
            TODAY + timedelta(days=5),
        ):
            casework.add_task(session, vault.user, family_id, casework.TaskDraft("Ligar", due))
    header = _header(qtbot, vault, operations, family_id).header
    shown = header.alert_label.text()
    assert "2 follow-up tasks overdue" in shown
    with qtbot.waitSignal(header.tab_requested) as asked:
        header.alert_label.linkActivated.emit("timeline")
    assert asked.args == ["timeline"]
