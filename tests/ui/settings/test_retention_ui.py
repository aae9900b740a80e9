"""Settings ▸ Data protection: the period, the families due, the confirmation before anonymising."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import casework, retention, settings
from hostdesk.storage.models import Family, Member
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import preferences
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.settings.settings_view import SettingsView
from hostdesk.ui.workspace.anonymisation_dialog import AnonymisationDialog
from tests.ui.workspace.test_family_workspace import _workspace


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(preferences, "set_language", lambda value: None)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    return shown


def _exited(vault: Vault, name: str, exit_date: date) -> int:
    head = casework.MemberDraft(name, relationship="head", is_head=True)
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user, casework.FamilyDraft("relocation", date(2018, 1, 1)), [head]
        )
        assert family.id is not None
        retention.record_exit(session, vault.user, family.id, "left_portugal", exit_date)
        return family.id


def test_the_period_is_saved_and_the_count_follows_it(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    _exited(vault, "Selam Tesfay", date(2019, 6, 1))
    _exited(vault, "Natalia Kovalenko", date.today().replace(year=date.today().year - 3))
    view = SettingsView(vault, operations=operations)
    qtbot.add_widget(view)
    box = view.retention
    qtbot.waitUntil(lambda: box.due.text() == "1 family", timeout=10_000)
    assert box.years.value() == 5 and box.review.isEnabled()
    box.years.setValue(2)
    view.save()
    qtbot.waitUntil(lambda: box.due.text() == "2 families", timeout=10_000)
    with vault.session() as session:
        assert settings.get(session, settings.RETENTION_YEARS) == 2


def test_nothing_is_anonymised_until_the_warning_is_confirmed(
    qtbot: QtBot, vault: Vault, operations: Operations, quiet: list[str]
) -> None:
    family_id = _exited(vault, "Selam Tesfay", date(2019, 6, 1))
    dialog = AnonymisationDialog(vault, operations)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1 and dialog.selected_ids() == [family_id]
    seen: list[str] = []

    def answer(button: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        try:
            seen.append(box.text())
            assert box.defaultButton().text() == "Cancel"  # Enter does not destroy data
            next(b for b in box.buttons() if b.text() == button).click()
        finally:
            if box.isVisible():  # a failed check must not hang the run on an open box
                box.done(0)

    QTimer.singleShot(50, lambda: answer("Cancel"))
    dialog.confirm_and_anonymise()
    assert seen == ["Anonymise this family? This cannot be undone."]
    with vault.session() as session:
        assert session.get(Family, family_id).anonymised_on is None  # type: ignore[union-attr]

    QTimer.singleShot(50, lambda: answer("Anonymise"))
    with qtbot.waitSignal(dialog.anonymised, timeout=10_000) as signal:
        dialog.confirm_and_anonymise()
    assert signal.args == [1] and quiet == ["Families anonymised: 1."]
    assert dialog.model.rowCount() == 0 and not dialog.anonymise_button.isEnabled()
    with vault.session() as session:
        assert session.get(Family, family_id).anonymised_on == date.today()  # type: ignore[union-attr]
        assert session.exec(select(Member.name_latin)).all() == [""]


def test_a_social_worker_sees_the_period_but_cannot_change_it_or_anonymise(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    _exited(vault, "Selam Tesfay", date(2019, 6, 1))
    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "another long passphrase")
    path = vault.path
    vault.close()
    with Vault.open(path, "joao.tecnico", "another long passphrase") as worker:
        view = SettingsView(worker, operations=operations)
        qtbot.add_widget(view)
        qtbot.waitUntil(lambda: view.retention.due.text() == "1 family", timeout=10_000)
        assert not view.retention.years.isEnabled()
        assert not view.retention.review.isEnabled()
        view.retention.years.setValue(9)
        view.save()
        qtbot.waitUntil(lambda: view.saved.text() == "Saved.", timeout=10_000)
        with worker.session() as session:
            assert settings.get(session, settings.RETENTION_YEARS) == 5
        operations.wait_idle()


def test_an_anonymised_familys_workspace_is_read_only(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    family_id = _exited(vault, "Selam Tesfay", date(2019, 6, 1))
    with vault.changing() as session:
        head = session.exec(select(Member.id)).one()
        casework.record_consents(session, vault.user, head, casework.ConsentDraft(
            ["referrals"], date(2018, 1, 2), "written"))  # fmt: skip
        casework.record_payment(session, vault.user, family_id, period="2018-01",
                                amount_cents=15000, paid_on=date(2018, 1, 5))  # fmt: skip
        casework.record_visit(session, vault.user, family_id, casework.VisitDraft(
            date(2018, 2, 1), notes={"": "Seen"}, tasks=[casework.TaskDraft("Call")],
            referral=casework.ReferralDraft("sns", date(2018, 2, 1), head)))  # fmt: skip
    assert retention.anonymise(vault, [family_id], date.today()) == 1

    workspace = _workspace(qtbot, vault, operations, family_id)
    banner = workspace.read_only_banner
    assert banner.isVisible() and banner.text() == (
        f"This file was anonymised on {format_date(date.today())}; it can no longer be changed."
    )
    members = workspace.members
    members.table.selectRow(0)
    members.consents.table.selectRow(0)
    timeline = workspace.timeline
    timeline.table.selectRow(next(i for i, e in enumerate(timeline._entries) if e.referral))
    assert timeline.tasks.count() == 1
    editing = [
        workspace.header.exit_button, members.add_button, members.change_button,
        members.consents.record_button, members.consents.withdraw_button,
        timeline.new_visit, timeline.new_referral, timeline.answer, timeline.task_done,
        workspace.allowance.record_button,
        *(p.new_button for p in workspace.panels.values()),
        *(p.editor for p in workspace.panels.values()),
    ]  # fmt: skip
    assert [w for w in editing if w.isEnabled()] == []
    assert members.access_button.isEnabled()  # an access request is still answered
    workspace.new_visit()  # the menu's File ▸ New visit
    members.change_member()  # a double-click on a member
    assert timeline.open_dialog is None and members.open_form is None
