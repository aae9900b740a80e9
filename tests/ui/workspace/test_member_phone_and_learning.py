"""The member form's phone, and the question a young adult who came alone is asked: in
education or training (protection to 25), or not (to 21)?"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from hostdesk.domain.minors import birthday
from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework, creating
from hostdesk.storage.models import AuditEntry, Education, Member
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.family_workspace import FamilyWorkspace
from hostdesk.ui.workspace.member_form import MemberForm
from tests.ui.workspace.test_forms import show_active

TODAY = date.today()


def _born(years: int, days: int = 0) -> PartialDate:
    day = birthday(TODAY, -years) - timedelta(days=days)
    return PartialDate(day.year, day.month, day.day)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def _young_adult(vault: Vault, *, training: bool) -> int:
    """A young man of 22 who came alone, with a phone as a spreadsheet had it."""
    head = casework.MemberDraft(
        "Dawit Tesfaye", birth=_born(22), relationship="head", is_head=True,
        is_unaccompanied_minor=True, phone="912 345 678 / irmão",
    )  # fmt: skip
    draft = casework.FamilyDraft("relocation", TODAY - timedelta(days=60), case_type="family")
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, [head])
        member_id = session.exec(select(Member.id)).one()
        if training:
            session.add(Education(member_id=member_id, kind="vocational_training",
                                  start_date=TODAY - timedelta(days=30)))  # fmt: skip
    assert family.id is not None
    return family.id


def _open_member_form(
    qtbot: QtBot, vault: Vault, operations: Operations, fid: int
) -> tuple[FamilyWorkspace, MemberForm]:
    workspace = FamilyWorkspace(vault, operations, fid)
    qtbot.add_widget(workspace)
    workspace.resize(1366, 700)
    show_active(qtbot, workspace)
    workspace.show_tab("members")
    workspace.members.table.selectRow(0)
    workspace.members.change_member()
    form = workspace.members.open_form
    assert form is not None
    show_active(qtbot, form)
    return workspace, form


def _last_member_change(vault: Vault) -> list[str]:
    with vault.session() as session:
        detail = session.exec(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "member.update")
            .order_by(col(AuditEntry.seq).desc())
        ).first()
    assert detail is not None
    return list(json.loads(detail)["fields"])


def _save(qtbot: QtBot, form: MemberForm) -> None:
    with qtbot.waitSignal(form.accepted, timeout=5_000):
        qtbot.keyClick(form.fields.name_latin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_phone_is_corrected_in_the_member_form_and_shown_in_the_members_tab(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    fid = _young_adult(vault, training=False)
    workspace, form = _open_member_form(qtbot, vault, operations, fid)
    phone = form.fields.phone
    # As the spreadsheet wrote it: shown, and not refused although the form would not take it.
    assert phone.text() == "912 345 678 / irmão"
    assert form.fields._phone_problem() == ""
    phone.selectAll()
    qtbot.keyClicks(phone, "+351 912 345 678")
    _save(qtbot, form)
    with vault.session() as session:
        assert session.exec(select(Member.phone)).one() == "+351 912 345 678"
    assert _last_member_change(vault) == ["phone"]  # the audit names the field, not the number
    table = workspace.members.table
    qtbot.waitUntil(lambda: table.item(0, table.columnCount() - 1).text() == "+351 912 345 678")


@pytest.mark.parametrize(
    ("typed", "refused"),
    [
        ("+351 912 345 678", False),
        ("00351 912 345 678", False),
        ("912345678", False),
        ("912-345-ABC", True),  # letters
        ("912 + 345", True),  # a + that is not at the start
        ("9" * 21, True),  # longer than any phone number
    ],
)
def test_a_typed_phone_is_checked_with_a_clear_sentence(
    qtbot: QtBot, vault: Vault, operations: Operations, typed: str, refused: bool
) -> None:
    form = MemberForm(vault, operations)
    qtbot.add_widget(form)
    show_active(qtbot, form)
    form.fields.name_latin.setText("Selam Haile")
    form.fields.phone.setFocus()
    qtbot.keyClicks(form.fields.phone, typed)
    message = form.validation.message_for(form.fields.phone)
    assert bool(message) is refused
    if refused:
        assert "+351 912 345 678" in message  # says what a good one looks like
    assert form.validation.recheck() is not refused


def _shown(form: MemberForm) -> bool:
    return form.fields.learning.isVisibleTo(form)


def test_the_education_question_is_asked_only_of_someone_who_came_alone_and_is_near_18_to_25(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = MemberForm(vault, operations)
    qtbot.add_widget(form)
    show_active(qtbot, form)
    fields = form.fields
    fields.birth.set_value(_born(22))
    assert not _shown(form)  # did not come as an unaccompanied minor
    fields.unaccompanied.setChecked(True)
    assert _shown(form)
    # 22, nothing in the records, no answer: protection ended at 21.
    assert fields.learning.choice.currentText() == "As the records show: no"
    assert fields.learning.note.text().startswith("An adult since ")
    fields.learning.choice.setCurrentIndex(fields.learning.choice.findData(True))
    until = birthday(TODAY, 3) - timedelta(days=1)  # the day before the 25th birthday
    assert fields.learning.note.text() == (
        f"A young adult: protection may continue until {format_date(until)}."
    )
    assert fields.draft().in_education_or_training is True
    fields.birth.set_value(_born(10))
    assert not _shown(form)  # a child: nothing to ask yet
    fields.birth.set_value(_born(17, days=30))
    assert _shown(form)  # 18 within the year: the worker can prepare
    assert fields.learning.note.text().startswith("Comes of age on ")
    fields.birth.set_value(_born(26))
    assert not _shown(form)  # past 25: an adult whatever the answer
    fields.birth.set_value(None)
    assert not _shown(form)  # no birth date: a minor until it is completed


def test_the_records_answer_by_default_and_the_worker_can_say_otherwise(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    fid = _young_adult(vault, training=True)
    _workspace, form = _open_member_form(qtbot, vault, operations, fid)
    learning = form.fields.learning
    assert _shown(form)
    assert learning.choice.currentText() == "As the records show: yes"  # the training
    assert learning.note.text().startswith("A young adult: protection may continue until ")
    assert not form.tracker.dirty
    # The course ended early, but its record was left open: the worker says no.
    learning.choice.setCurrentIndex(learning.choice.findData(False))
    assert learning.note.text().startswith("An adult since ")
    _save(qtbot, form)
    with vault.session() as session:
        assert session.exec(select(Member.in_education_or_training)).one() is False
    assert _last_member_change(vault) == ["in_education_or_training"]


def test_what_a_spreadsheet_gave_is_seen_and_can_be_changed(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    """Issue 11: the phone, address and notes columns each have a place a worker sees."""
    new = creating.NewFamily(
        casework.FamilyDraft("relocation", TODAY - timedelta(days=60)),
        [casework.MemberDraft("Selam Haile", is_head=True, relationship="head",
                              phone="+351 912 345 678")],
        address="Rua da Misericórdia 12, Évora",
        note="Prefere contacto à tarde.",
    )  # fmt: skip
    with vault.changing() as session:
        [created] = creating.write_new_families(session, vault.user, [new])
    workspace, form = _open_member_form(qtbot, vault, operations, created.id)
    assert workspace.members.table.item(0, 8).text() == "+351 912 345 678"  # the Phone column
    assert form.fields.phone.text() == "+351 912 345 678"  # and in the form, to correct
    form.reject()
    workspace.show_tab("housing")
    housing = workspace.panels["housing"]
    assert housing.table.rowCount() == 1
    assert housing.table.item(0, 1).text() == "Rua da Misericórdia 12, Évora"
    housing.table.selectRow(0)  # opens the record in its editor, to change
    assert housing.widgets["address"].text() == "Rua da Misericórdia 12, Évora"
    workspace.show_tab("timeline")
    timeline = workspace.timeline
    notes = [r for r in range(timeline.table.rowCount())
             if "Prefere contacto" in timeline.table.item(r, 4).text()]  # fmt: skip
    assert notes, "the sheet's notes are a note in the timeline"
