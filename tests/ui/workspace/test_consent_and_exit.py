"""In the workspace: consents per member, a referral without consent, a family's exit, an export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework
from hostdesk.storage.models import AuditEntry, Consent, Family, Referral
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.consent_dialog import ConsentDialog, WithdrawConsentDialog
from hostdesk.ui.workspace.exit_dialog import ExitDialog
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace
from hostdesk.ui.workspace.referral_dialog import ReferralDialog
from hostdesk.ui.workspace.visit_dialog import VisitDialog
from tests.ui.workspace.test_family_workspace import _workspace
from tests.ui.workspace.test_forms import show_active

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    return shown


@pytest.fixture
def family_id(vault: Vault) -> int:
    people = [
        casework.MemberDraft("Mohammed Al-Hassan", "محمد", "Arab", relationship="head",
                             is_head=True, birth=PartialDate(1987)),
        casework.MemberDraft("Fatima Al-Hassan", relationship="spouse", birth=PartialDate(1990)),
        casework.MemberDraft("Amina Al-Hassan", relationship="child", birth=PartialDate(2016, 3)),
    ]  # fmt: skip
    draft = casework.FamilyDraft("resettlement", TODAY - timedelta(days=100))
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, people)
    assert family.id is not None
    return family.id


def _save(qtbot: QtBot, workspace: FamilyWorkspace, dialog: object) -> None:
    with qtbot.waitSignal(workspace.changed, timeout=5_000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)  # type: ignore[arg-type]


def test_a_consent_is_recorded_then_withdrawn_and_a_child_points_to_the_parents(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    members, panel = workspace.members, workspace.members.consents
    members.table.selectRow(2)
    assert not panel.record_button.isEnabled()
    assert "parent or guardian" in panel.note.text()
    members.table.selectRow(0)
    assert panel.title() == "Consents of Mohammed Al-Hassan" and panel.table.rowCount() == 0
    panel.record()
    dialog = panel.open_dialog
    assert isinstance(dialog, ConsentDialog)
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible() and "at least one purpose" in dialog.status.text()
    dialog.scopes["referrals"].setChecked(True)
    dialog.scopes["reporting"].setChecked(True)
    qtbot.keyClicks(dialog.document_ref, "Pasta 7")
    _save(qtbot, workspace, dialog)
    cells = [[panel.table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert [row[0] for row in cells] == ["Referrals to other services", "Reports to ACM/AIMA"]
    assert cells[0][3] == "Pasta 7" and cells[0][4] == ""

    panel.table.selectRow(0)
    assert panel.withdraw_button.isEnabled()
    panel.withdraw()
    withdraw = panel.open_dialog
    assert isinstance(withdraw, WithdrawConsentDialog)
    show_active(qtbot, withdraw)
    _save(qtbot, workspace, withdraw)
    assert panel.table.item(0, 4).text() == TODAY.strftime("%d/%m/%Y")
    with vault.session() as session:
        assert [c.withdrawn_on for c in session.exec(select(Consent).order_by(Consent.id))] == [
            TODAY, None]  # fmt: skip


def test_a_referral_without_consent_asks_for_the_ground_and_keeps_it(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.timeline.open_referral()
    dialog = workspace.timeline.open_dialog
    assert isinstance(dialog, ReferralDialog) and dialog.fields is not None
    show_active(qtbot, dialog)
    fields = dialog.fields
    assert fields.basis.isVisible()
    assert "Mohammed Al-Hassan, Fatima Al-Hassan, Amina Al-Hassan" in fields.consent_warning.text()
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible() and "ground for referring without consent" in dialog.status.text()
    fields.basis.setCurrentIndex(fields.basis.findData("vital_interest"))
    qtbot.keyClicks(fields.basis_note, "Severe pain, seen today")
    _save(qtbot, workspace, dialog)
    with vault.session() as session:
        referral = session.exec(select(Referral)).one()
        entry = session.exec(
            select(AuditEntry).where(AuditEntry.action == "referral.without_consent")
        ).one()
    assert referral.sharing_basis == "vital_interest"
    assert referral.sharing_note == "Severe pain, seen today"
    assert "Severe" not in entry.detail


def test_with_a_parents_consent_a_childs_referral_asks_nothing(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    with vault.session() as session:
        file = casework.read_family(session, family_id)
    assert file is not None
    head, _spouse, child = (mf.member.id for mf in file.members)
    with vault.changing() as session:
        casework.record_consents(session, vault.user, head,  # type: ignore[arg-type]
                                 casework.ConsentDraft(["referrals"], TODAY, "oral"))  # fmt: skip
    dialog = ReferralDialog(vault, operations, family_id)
    qtbot.add_widget(dialog)
    show_active(qtbot, dialog)
    assert dialog.fields is not None
    dialog.fields.member.setCurrentIndex(dialog.fields.member.findData(child))
    assert not dialog.fields.basis.isVisible()
    dialog.fields.member.setCurrentIndex(0)  # the whole family: the spouse has not consented
    assert dialog.fields.basis.isVisible()
    assert dialog.fields.consent_warning.text().startswith(
        "No consent to referrals is recorded for Fatima Al-Hassan."
    )
    dialog.tracker.mark_clean()


def test_an_exit_is_recorded_from_the_header(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    workspace = _workspace(qtbot, vault, operations, family_id)
    header = workspace.header
    assert header.exit_button.text() == "Record e&xit…" and not header.exit_state.isVisible()
    qtbot.mouseClick(header.exit_button, Qt.MouseButton.LeftButton)
    dialog = workspace.exit_dialog
    assert isinstance(dialog, ExitDialog)
    show_active(qtbot, dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("left_portugal"))
    dialog.exit_date.setText((TODAY - timedelta(days=200)).strftime("%d/%m/%Y"))
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.isVisible() and "cannot be before" in dialog.validation.message_for(
        dialog.exit_date)  # fmt: skip
    dialog.exit_date.setText((TODAY - timedelta(days=3)).strftime("%d/%m/%Y"))
    _save(qtbot, workspace, dialog)
    assert header.exit_state.text().endswith("(Left Portugal)")
    assert header.exit_button.text() == "Change e&xit…"
    with vault.session() as session:
        family = session.get(Family, family_id)
    assert family is not None
    assert (family.status, family.exit_date) == ("exited", TODAY - timedelta(days=3))


def test_one_persons_data_are_exported_from_the_members_tab(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, no_real_message_boxes: list[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(
        "hostdesk.ui.workspace.subject_access_action.QFileDialog.getExistingDirectory",
        lambda *_a, **_k: str(tmp_path / "out"),
    )
    workspace = _workspace(qtbot, vault, operations, family_id)
    workspace.members.table.selectRow(1)
    qtbot.mouseClick(workspace.members.access_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(no_real_message_boxes), timeout=10_000)
    assert "Check them before handing them over" in no_real_message_boxes[0]
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".json", ".pdf"]
    assert workspace.members.access_button.isEnabled()


def test_a_visit_asks_for_the_ground_only_once_its_referral_is_switched_on(
    qtbot: QtBot, vault: Vault, operations: Operations, family_id: int
) -> None:
    dialog = VisitDialog(vault, operations, family_id)
    qtbot.add_widget(dialog)
    show_active(qtbot, dialog)
    assert not dialog.referral.basis.isVisible()
    assert dialog.extra_problem() == ""
    dialog.referral_box.setChecked(True)
    assert dialog.referral.basis.isVisible()
    assert "ground for referring without consent" in dialog.extra_problem()
    dialog.referral.basis.setCurrentIndex(dialog.referral.basis.findData("consent_pending"))
    assert dialog.extra_problem() == ""
    assert dialog.draft().referral.sharing_basis == "consent_pending"  # type: ignore[union-attr]
    dialog.tracker.mark_clean()
