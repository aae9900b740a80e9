"""The new-family and new-member forms check for duplicates as the import does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import ArrivalChannel, IdentifierKind
from hostdesk.storage import casework
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.family_form import FamilyForm
from hostdesk.ui.workspace.member_form import MemberForm
from tests.ui.workspace.test_forms import show_active


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def recorded(vault: Vault) -> tuple[int, str]:
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user,
            casework.FamilyDraft(ArrivalChannel.RESETTLEMENT, date(2026, 1, 5)),
            [casework.MemberDraft("Mohammed Al-Hassan", birth=PartialDate(1987), is_head=True,
                                  identifiers={"nif": "501964843"})],
        )  # fmt: skip
        assert family.id is not None
        return family.id, family.case_number


def _families(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.execute(text("SELECT count(*) FROM family")).scalar_one())


def _new_family(qtbot: QtBot, vault: Vault, operations: Operations, name: str) -> FamilyForm:
    form = FamilyForm(vault, operations)
    qtbot.add_widget(form)
    show_active(qtbot, form)
    qtbot.keyClicks(form.head.name_latin, name)
    qtbot.keyClicks(form.head.birth, "14/05/1987")
    return form


def test_a_known_nif_is_refused_with_the_other_case_number(
    qtbot: QtBot, vault: Vault, operations: Operations, recorded: tuple[int, str]
) -> None:
    family_id, case = recorded
    form = _new_family(qtbot, vault, operations, "Ahmad Karimi")
    qtbot.keyClicks(form.head.documents[IdentifierKind.NIF], "501 964 843")
    form.save()
    qtbot.waitUntil(form.duplicates.isVisible)
    assert case in form.duplicates.text.text()
    assert not form.duplicates.save_button.isVisible()  # refused: no way past it
    assert form.isVisible() and _families(vault) == 1
    with qtbot.waitSignal(form.open_case_requested) as opened:
        qtbot.mouseClick(form.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [family_id]


def test_the_same_name_and_birth_date_is_a_warning_the_user_may_save_past(
    qtbot: QtBot, vault: Vault, operations: Operations, recorded: tuple[int, str]
) -> None:
    _family_id, case = recorded
    # Another spelling, and a full date against the year on file.
    form = _new_family(qtbot, vault, operations, "Muhammad Al-Hasan")
    form.save()
    qtbot.waitUntil(form.duplicates.isVisible)
    shown = form.duplicates.text.text()
    assert case in shown and "year" in shown  # how a year-only date matches is said
    assert _families(vault) == 1
    with qtbot.waitSignal(form.accepted, timeout=5_000):
        qtbot.mouseClick(form.duplicates.save_button, Qt.MouseButton.LeftButton)
    assert _families(vault) == 2


def test_a_new_member_with_a_known_nif_is_refused(
    qtbot: QtBot, vault: Vault, operations: Operations, recorded: tuple[int, str]
) -> None:
    family_id, case = recorded
    with vault.changing() as session:
        other = casework.create_family_with_members(
            session, vault.user,
            casework.FamilyDraft(ArrivalChannel.RESETTLEMENT, date(2026, 2, 1)),
            [casework.MemberDraft("Olena Koval", is_head=True)],
        )  # fmt: skip
    form = MemberForm(vault, operations, family_id=other.id)
    qtbot.add_widget(form)
    show_active(qtbot, form)
    qtbot.keyClicks(form.fields.name_latin, "Andrii Koval")
    qtbot.keyClicks(form.fields.documents[IdentifierKind.NIF], "501964843")
    form.save()
    qtbot.waitUntil(form.duplicates.isVisible)
    assert case in form.duplicates.text.text()
    with vault.session() as session:
        assert session.execute(text("SELECT count(*) FROM member")).scalar_one() == 2
    assert family_id != other.id
