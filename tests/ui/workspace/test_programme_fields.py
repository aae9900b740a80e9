"""The case file's programme fields: the ISS meeting, no clock for spontaneous asylum, the
reason a length needs, a member's legal status and life before arrival."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hostdesk.domain.alerts import AlertKind
from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.family_form import FamilyForm
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace
from hostdesk.ui.workspace.member_form import MemberForm
from tests.ui.workspace.test_forms import show_active

TODAY = date.today()


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def _family(vault: Vault, channel: str, started_days_ago: int) -> int:
    head = casework.MemberDraft(
        "Selam Haile", sex="F", birth=PartialDate(1990), relationship="head", is_head=True,
        permit=casework.PermitDraft("ARP-1", TODAY - timedelta(30), TODAY + timedelta(150)),
    )  # fmt: skip
    draft = casework.FamilyDraft(channel, TODAY - timedelta(days=started_days_ago))
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, [head])
    assert family.id is not None
    return family.id


def _workspace(qtbot: QtBot, vault: Vault, operations: Operations, fid: int) -> FamilyWorkspace:
    workspace = FamilyWorkspace(vault, operations, fid)
    qtbot.add_widget(workspace)
    workspace.resize(1366, 700)
    show_active(qtbot, workspace)
    return workspace


def test_spontaneous_asylum_shows_no_programme_clock(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    workspace = _workspace(qtbot, vault, operations, _family(vault, "spontaneous_asylum", 600))
    header = workspace.header
    assert header.progress.isHidden()
    assert "No programme clock" in header.end.text()
    assert header.iss_button.isHidden()
    assert AlertKind.PROGRAMME_ENDING not in {a.kind for a in header.alerts}


def test_recording_the_iss_meeting_closes_its_alert(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    # Month 15 of 18: in the ISS transition, nothing recorded yet.
    workspace = _workspace(qtbot, vault, operations, _family(vault, "relocation", 430))
    header = workspace.header
    assert AlertKind.ISS_TRANSITION in {a.kind for a in header.alerts}
    assert header.iss_button.isVisible()
    workspace.record_iss()
    dialog = workspace.iss_dialog
    assert dialog is not None
    dialog.meeting.set_value(TODAY - timedelta(days=2))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("no_social_assistance_needed"))
    dialog.contact.setText("Serviço Local de Ação Social")
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        dialog.save()
    qtbot.waitUntil(lambda: workspace.context.file.iss_transition is not None, timeout=5_000)
    assert AlertKind.ISS_TRANSITION not in {a.kind for a in header.alerts}


def test_a_24_month_programme_asks_for_a_reason(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = FamilyForm(vault, operations)
    qtbot.add_widget(form)
    form.head.name_latin.setText("Yonas Tesfay")
    assert form._reason_problem() == ""
    form.months.setValue(24)  # no PAR membership, no children
    assert "reason" in form._reason_problem()
    form.reason.setText("Extended with the NAIR's agreement")
    assert form._reason_problem() == ""
    assert form.sizeHint().height() <= 698


def test_a_member_form_offers_six_months_and_records_legal_status_and_before_arrival(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = MemberForm(vault, operations)
    qtbot.add_widget(form)
    fields = form.fields
    fields.name_latin.setText("Tesfay")
    fields.arp_issued.set_value(date(2026, 3, 5))
    fields.arp_issued.editingFinished.emit()
    assert fields.arp_expires.value() == date(2026, 9, 4)  # a first ARP: six months
    fields.arp_expires.set_value(date(2027, 3, 4))
    assert not fields.arp_note.isHidden()  # not six months: worth a second look
    fields.occupation.setCurrentIndex(fields.occupation.findData("75"))
    fields.occupation_text.setText("alfaiate")
    fields.schooling.setCurrentIndex(fields.schooling.findData("2"))
    fields.asylum_applied.set_value(date(2026, 3, 1))
    fields.asylum_decision.setCurrentIndex(fields.asylum_decision.findData("refugee_status"))
    fields.asylum_decided.set_value(date(2026, 11, 2))
    draft = fields.draft()
    assert (draft.occupation_isco, draft.occupation_text, draft.schooling_isced) == (
        "75", "alfaiate", "2",
    )  # fmt: skip
    assert (draft.asylum_decision, draft.permit.permit_type) == ("refugee_status", "arp")
    assert form.sizeHint().height() <= 698
