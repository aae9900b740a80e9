"""The forms: validate as you type, keep what was typed, ask before dropping it, save it all."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hostdesk.domain.identifiers import validate_identifier
from hostdesk.domain.vocabulary import IdentifierKind
from hostdesk.storage import casework
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import field_validation
from hostdesk.ui.common.formatting import format_euros, parse_euros, parse_period
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.family_form import FamilyForm
from hostdesk.ui.workspace.member_form import MemberForm


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real box would block the run; a form left with changes at teardown discards them."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def _form(qtbot: QtBot, vault: Vault, operations: Operations) -> FamilyForm:
    form = FamilyForm(vault, operations)
    qtbot.add_widget(form)
    show_active(qtbot, form)
    return form


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Shown and active, so that shortcuts and focus behave as on a desktop."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def type_text(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Type any script: QTest's keyClicks only knows Latin-1, so Arabic goes as key events."""
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(field, event)


def _answer_next_modal(qtbot: QtBot, fill: object) -> None:
    """Fill the modal dialog a button is about to open (it runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MemberForm) and dialog.isVisible():
            timer.stop()
            # Its shortcuts (Ctrl+S) need it active; on a loaded machine that can lag.
            dialog.activateWindow()
            try:
                qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
                fill(dialog)  # type: ignore[operator]
            finally:
                if dialog.isVisible():  # a fill that failed ends the test, not hangs it
                    dialog.reject()

    timer.timeout.connect(act)
    timer.start()
    _timers.append(timer)


_timers: list[QTimer] = []  # alive until the modal has been answered


def test_a_family_with_an_arabic_named_head_and_a_child_is_saved(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = _form(qtbot, vault, operations)
    qtbot.keyClicks(form.nair_reference, "NAIR/2026/17")
    qtbot.keyClicks(form.head.name_latin, "Mohammed Al-Hassan")
    type_text(qtbot, form.head.name_original, "محمد")
    qtbot.keyClicks(form.head.birth, "1987")
    qtbot.keyClicks(form.head.documents[IdentifierKind.NIF], "501 964 843")

    def fill_child(member_form: MemberForm) -> None:
        qtbot.keyClicks(member_form.fields.name_latin, "Amina Al-Hassan")
        qtbot.keyClicks(member_form.fields.birth, "03/2016")
        qtbot.keyClick(member_form.fields.birth, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    _answer_next_modal(qtbot, fill_child)
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    # Offscreen has no window manager to give the focus back after the modal.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    assert [d.name_latin for d in form.others] == ["Amina Al-Hassan"]
    assert form.other_list.item(0).text().startswith("Amina Al-Hassan")

    with qtbot.waitSignal(form.accepted, timeout=5_000):
        qtbot.keyClick(form.head.name_latin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.family_id is not None
    with vault.session() as session:
        file = casework.read_family(session, form.family_id)
    assert file is not None
    assert file.family.nair_reference == "NAIR/2026/17"
    head, child = file.members
    assert (head.member.name_original, head.member.original_script) == ("محمد", "Arab")
    assert head.member.is_head and head.member.birth_year == 1987
    assert head.member.birth_month is None  # a year stays a year
    assert [i.value for i in head.identifiers] == ["501964843"]
    assert (child.member.birth_year, child.member.birth_month) == (2016, 3)


def test_a_wrong_nif_check_digit_is_shown_and_cleared_when_fixed(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = _form(qtbot, vault, operations)
    nif = form.head.documents[IdentifierKind.NIF]
    qtbot.keyClicks(nif, "501964842")
    message = form.validation.message_for(nif)
    assert "last digit of this NIF should be 3" in message
    assert nif.accessibleDescription() == message
    _retype(qtbot, nif, "501964843")
    assert form.validation.message_for(nif) == ""
    assert nif.accessibleDescription() == ""


def test_an_arp_expiry_before_its_issue_is_shown_whichever_date_changes(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = _form(qtbot, vault, operations)
    fields = form.head
    qtbot.keyClicks(fields.arp_issued, "10/01/2026")
    qtbot.keyClicks(fields.arp_expires, "09/01/2026")
    assert "expire before it was issued" in form.validation.message_for(fields.arp_expires)
    _retype(qtbot, fields.arp_issued, "01/01/2026")  # fixing the other date clears it too
    assert form.validation.message_for(fields.arp_expires) == ""
    _retype(qtbot, fields.arp_expires, "31/12/2025")
    assert form.validation.message_for(fields.arp_expires)
    _retype(qtbot, fields.arp_expires, "09/07/2026")
    assert form.validation.message_for(fields.arp_expires) == ""


def test_a_birth_date_in_the_future_is_refused_and_a_year_alone_accepted(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = _form(qtbot, vault, operations)
    birth = form.head.birth
    qtbot.keyClicks(birth, (date.today() + timedelta(days=400)).strftime("%d/%m/%Y"))
    assert "cannot be in the future" in form.validation.message_for(birth)
    for text in ("1987", "03/1987", "12/03/1987"):
        _retype(qtbot, birth, text)
        assert form.validation.message_for(birth) == "", text
    assert birth.value() is not None and birth.value().precision == "day"  # type: ignore[union-attr]
    _retype(qtbot, birth, "31/02/1987")
    assert form.validation.message_for(birth)


def test_saving_with_a_problem_keeps_every_typed_character(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = _form(qtbot, vault, operations)
    type_text(qtbot, form.head.name_original, "محمد الحسن")
    qtbot.keyClicks(form.head.documents[IdentifierKind.NIF], "501964842")
    qtbot.keyClick(form.head.name_original, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    assert form.status.isVisible() and "nothing you typed was lost" in form.status.text()
    # The head's Latin name is needed: its message shows now, and the focus goes there.
    assert form.validation.message_for(form.head.name_latin)
    assert form.head.name_original.text() == "محمد الحسن"
    assert form.head.documents[IdentifierKind.NIF].text() == "501964842"


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    vault: Vault,
    operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    closed: bool,
    saved: bool,
) -> None:
    asked: list[str] = []

    def question(_parent: QWidget, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    form = _form(qtbot, vault, operations)
    qtbot.keyClicks(form.head.name_latin, "Selam Tesfamariam")
    qtbot.keyClick(form.head.name_latin, Qt.Key.Key_Escape)
    assert asked == ["Unsaved changes"]
    if saved:
        qtbot.waitUntil(lambda: form.family_id is not None, timeout=5_000)
    qtbot.waitUntil(lambda: form.isVisible() is not closed, timeout=5_000)
    assert form.head.name_latin.text() == "Selam Tesfamariam"


def test_closing_an_untouched_form_asks_nothing(
    qtbot: QtBot, vault: Vault, operations: Operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    form = _form(qtbot, vault, operations)
    qtbot.keyClick(form.channel, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_enter_moves_to_the_next_field_instead_of_saving(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    form = _form(qtbot, vault, operations)
    form.head.name_latin.setFocus()
    qtbot.keyClicks(form.head.name_latin, "Oleksandr Kovalenko")
    qtbot.keyClick(form.head.name_latin, Qt.Key.Key_Return)
    assert form.isVisible()
    assert QApplication.focusWidget() is form.head.name_original


def test_the_first_enter_after_nationality_is_not_swallowed(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    from PySide6.QtWidgets import QAbstractButton

    form = _form(qtbot, vault, operations)
    # The field that takes a value after the "unaccompanied minor" box, in Tab order.
    expected = form.head.unaccompanied.nextInFocusChain()
    while isinstance(expected, QAbstractButton) or not (
        expected.focusPolicy() & Qt.FocusPolicy.TabFocus and expected.isVisible()
    ):
        expected = expected.nextInFocusChain()
    form.head.nationality.setFocus()
    qtbot.keyClicks(form.head.nationality, "SY")
    qtbot.keyClick(form.head.nationality, Qt.Key.Key_Return)
    # Past the tick box, where what was typed next went nowhere, to the next real field.
    focus = QApplication.focusWidget()
    assert focus is not form.head.unaccompanied
    assert not isinstance(focus, QAbstractButton)
    assert focus is expected or expected.isAncestorOf(focus)
    assert form.head.nationality.text() == "SY"
    assert not form.head.unaccompanied.isChecked()


def test_editing_a_member_in_a_family(qtbot: QtBot, vault: Vault, operations: Operations) -> None:
    draft = casework.FamilyDraft("resettlement", date(2026, 1, 5))
    head = casework.MemberDraft("Oleksandr Kovalenko", "Олександр Коваленко", "Cyrl", is_head=True)
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, [head])
        file = casework.read_family(session, family.id)  # type: ignore[arg-type]
    assert file is not None
    member = file.members[0]
    form = MemberForm(
        vault, operations, family_id=family.id, member_id=member.member.id,
        draft=casework.member_draft(member),
    )  # fmt: skip
    qtbot.add_widget(form)
    show_active(qtbot, form)
    assert not form.tracker.dirty  # loading the member is not a change
    _retype(qtbot, form.fields.birth, "1979")
    with qtbot.waitSignal(form.accepted, timeout=5_000):
        qtbot.keyClick(form.fields.birth, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with vault.session() as session:
        again = casework.read_family(session, family.id)  # type: ignore[arg-type]
    assert again is not None
    assert again.members[0].member.birth_year == 1979
    assert again.members[0].member.is_head


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (IdentifierKind.NIF, "50196484"),
        (IdentifierKind.NIF, "401964843"),
        (IdentifierKind.NIF, "50196484x"),
        (IdentifierKind.NIF, "501964842"),
        (IdentifierKind.NISS, "1123456789"),
        (IdentifierKind.NISS, "31234567892"),
        (IdentifierKind.NISS, "11234567891"),
        (IdentifierKind.NISS, "1123456789x"),
        (IdentifierKind.SNS, "12345678"),
        (IdentifierKind.SNS, "12345678x"),
        (IdentifierKind.CITIZEN_CARD, "000000000ZZ"),
        (IdentifierKind.CITIZEN_CARD, "00000000ZZZ4"),
        (IdentifierKind.CITIZEN_CARD, "000000000ZZ3"),
        (IdentifierKind.PASSPORT, "A" * 21),
        (IdentifierKind.PASSPORT, "AB/12"),
        (IdentifierKind.TRAVEL_DOCUMENT, "A" * 21),
        (IdentifierKind.TRAVEL_DOCUMENT, "AB/12"),
        (IdentifierKind.NAIR_REFERENCE, "A" * 31),
        (IdentifierKind.NAIR_REFERENCE, "A#1"),
    ],
)
def test_every_identifier_message_is_in_the_translation_catalogue(
    kind: IdentifierKind, text: str
) -> None:
    message = validate_identifier(kind, text).message
    assert message
    numbers = iter(range(1, 10))
    template = field_validation._NUMBER.sub(lambda _m: f"%{next(numbers)}", message)
    assert template in field_validation._IDENTIFIER_MESSAGES
    assert field_validation.translate_domain_message(message) == message


def test_euros_and_months_in_portuguese_format() -> None:
    assert format_euros(123450) == "1\u00a0234,50\u00a0€"
    assert format_euros(7500) == "75,00\u00a0€"
    assert parse_euros("1 234,50 €") == 123450
    assert parse_euros("107,5") == 10750
    assert parse_euros("") is None
    with pytest.raises(ValueError):
        parse_euros("1.234")
    assert parse_period("3/2026") == "2026-03"
    with pytest.raises(ValueError):
        parse_period("13/2026")
