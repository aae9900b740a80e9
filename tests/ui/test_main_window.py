"""The main window as a social worker meets it: screens, locking, the first run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWizard
from pytestqt.qtbot import QtBot

from hostdesk.domain.vocabulary import ArrivalChannel, IdentifierKind
from hostdesk.storage import families
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from hostdesk.ui.access.first_run import Choice, FirstRunWizard
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE


@pytest.fixture
def window(qtbot: QtBot, vault: Vault) -> Iterator[MainWindow]:
    operations = Operations()
    main = MainWindow(vault, operations)
    qtbot.add_widget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.idle.pause()
    if main.is_locked():
        main.unlock()
    operations.wait_idle()


def _family_with_arp_expiring(vault: Vault) -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date.today() - timedelta(days=60),
        )  # fmt: skip
        head = families.add_member(
            session, vault.user, family, name_latin="Abdulrahman Haddad",
            name_original="عبد الرحمن حداد", is_head=True,
        )  # fmt: skip
        families.add_identifier(
            session, vault.user, head, kind=IdentifierKind.NIF, value="123456789",
        )  # fmt: skip
        assert family.id is not None
        return family.id


def test_idle_minutes_lock_the_window_and_a_half_typed_dialog_survives(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = QDialog(window)
    note = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(note)
    dialog.show()
    qtbot.keyClicks(note, "half a sentence about the visit")

    window.idle.set_interval_ms(50)
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    assert not dialog.isVisible()
    assert not window.caseload.isVisible()

    qtbot.keyClicks(window.lock_screen.passphrase, "not my passphrase")
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.lock_screen.error.isVisible, timeout=10_000)
    assert window.is_locked()
    assert "passphrase is not right" in window.lock_screen.error.text()

    window.lock_screen.passphrase.clear()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)
    assert dialog.isVisible()
    assert note.text() == "half a sentence about the visit"
    dialog.close()


def test_ctrl_l_locks_and_a_locked_window_refuses_to_close(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.caseload.search_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    # No shortcut (Ctrl+N, Ctrl+P, Ctrl+1…) reaches the screens behind the lock.
    assert window.actions() and not any(a.isEnabled() for a in window.actions())
    window.close()
    assert window.isVisible()


def test_the_caseload_opens_a_family_found_by_another_spelling(qtbot: QtBot, vault: Vault) -> None:
    family_id = _family_with_arp_expiring(vault)
    operations = Operations()
    main = MainWindow(vault, operations)
    qtbot.add_widget(main)
    main.show()
    qtbot.keyClicks(main.caseload.search_field, "Abd al-Rahman")
    qtbot.waitUntil(lambda: main.caseload.model.rowCount() == 1, timeout=5_000)
    qtbot.keyClick(main.caseload.search_field, Qt.Key.Key_Return)
    assert main.workspace is not None
    assert main.pages.currentWidget() is main.family_page
    assert main.caseload.model.family_id(0) == family_id
    operations.wait_idle()


def test_the_first_run_wizard_creates_a_vault_and_insists_on_the_recovery_key(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("hostdesk.storage.vault.calibrate", lambda: KDF_FLOOR)
    operations = Operations()
    wizard = FirstRunWizard(operations)
    qtbot.add_widget(wizard)
    wizard.show()
    assert wizard.welcome.create.isChecked()
    wizard.next()
    wizard.entity_page.entity.setText("Associação de Teste")
    wizard.entity_page.folder.setText(str(tmp_path / "vault"))
    wizard.next()
    page = wizard.coordinator_page
    qtbot.keyClicks(page.username, "ana.coordenadora")
    qtbot.keyClicks(page.passphrase, "short")
    assert not page.isComplete()
    assert "Too short" in page.strength_label.text()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "laranjas azuis no telhado da escola")
    qtbot.keyClicks(page.confirm, "laranjas azuis no telhado")
    assert page.match_error.text()
    assert not page.isComplete()
    page.confirm.clear()
    qtbot.keyClicks(page.confirm, "laranjas azuis no telhado da escola")
    assert page.isComplete()
    wizard.next()

    recovery = wizard.recovery_page
    qtbot.waitUntil(lambda: bool(recovery.recovery_key), timeout=15_000)
    assert recovery.key_label.text() == recovery.recovery_key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not recovery.isComplete()
    recovery.kept.setChecked(True)
    qtbot.keyClicks(recovery.check, "XXXX")
    assert not recovery.isComplete()
    recovery.check.setText(recovery.recovery_key[-4:].lower())
    assert recovery.isComplete()
    assert finish.isEnabled()
    wizard.reject()  # cancelling is not allowed while the key is unconfirmed...
    assert wizard.isVisible() or wizard.result() == 0
    wizard.accept()
    assert wizard.choice is Choice.CREATE
    assert wizard.vault is not None
    wizard.vault.close()
    with Vault.open_with_recovery_key(tmp_path / "vault", recovery.recovery_key) as reopened:
        assert reopened.user.is_coordinator
    operations.wait_idle()


def test_the_recovery_key_can_be_saved_as_a_pdf(tmp_path: Path) -> None:
    from PySide6.QtGui import QTextDocument

    from hostdesk.ui.access.recovery_key_panel import write_pdf

    document = QTextDocument()
    document.setPlainText("ABCD-EFGH")
    target = tmp_path / "key.pdf"
    old_umask = os.umask(0o022)
    try:
        write_pdf(document, target)
    finally:
        os.umask(old_umask)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600  # it opens the vault: owner only


def test_the_interface_speaks_european_portuguese(
    qtbot: QtBot, vault: Vault, portuguese: None
) -> None:
    operations = Operations()
    main = MainWindow(vault, operations)
    qtbot.add_widget(main)
    titles = [main.navigation.item(i).text() for i in range(main.navigation.count())]
    assert titles[:3] == ["Processos", "Hoje", "Painel"]
    assert QCoreApplication.translate("Labels", "Coordinator") == "Coordenador(a)"
    operations.wait_idle()


def test_ctrl_p_saves_the_report_and_stays_on_the_family(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from hostdesk.ui.common import preferences
    from tests.ui.boxes import Boxes
    from tests.ui.workspace.test_forms import show_active

    family_id = _family_with_arp_expiring(vault)
    folder = tmp_path / "relatorios"
    folder.mkdir()
    asked: list[str] = []

    def choose(_parent: object, _caption: str, start: str = "", *_a: object) -> str:
        asked.append(start)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    boxes = Boxes(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(
        "hostdesk.ui.reports.family_report_action.QDesktopServices.openUrl",
        lambda url: shown.append(url.toLocalFile()) or True,
    )
    operations = Operations()
    main = MainWindow(vault, operations)
    qtbot.add_widget(main)
    main.resize(1366, 768)
    show_active(qtbot, main)
    main.open_family(family_id)
    qtbot.keyClick(main, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # The first time: where reports go, and a word that they are not encrypted there.
    assert "not encrypted" in boxes.shown[0][1] and "cloud" in boxes.shown[0][1]
    assert asked and asked[0] != str(Path.cwd())
    qtbot.waitUntil(lambda: main.family_report.last_box is not None, timeout=15_000)
    saved = main.family_report.last_path
    assert saved is not None and saved.parent == folder and saved.read_bytes()[:4] == b"%PDF"
    assert main.pages.currentWidget() is main.family_page  # still on the family
    box = main.family_report.last_box
    assert str(saved) in box.text()
    show = next(b for b in box.buttons() if b.text() == "Show in folder")
    show.click()
    assert shown == [str(folder)]
    box.done(QMessageBox.StandardButton.Ok)
    assert preferences.reports_folder() == folder
    # The second time: no question, straight into the remembered folder.
    boxes.shown.clear()
    main.family_report.last_box = None
    show_active(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.family_report.last_box is not None, timeout=15_000)
    assert boxes.shown == [] and len(asked) == 1
    main.family_report.last_box.done(QMessageBox.StandardButton.Ok)
    main.idle.pause()
    operations.wait_idle()


def test_the_sidebar_leaves_an_open_family_as_ctrl_1_does(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    from tests.ui.workspace.test_forms import show_active

    show_active(qtbot, window)
    family_id = _family_with_arp_expiring(vault)
    for leave in ("click", "shortcut"):
        window.open_family(family_id)
        assert window.pages.currentWidget() is window.family_page
        if leave == "click":
            item = window.navigation.item(0)
            rect = window.navigation.visualItemRect(item)
            qtbot.mouseClick(
                window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
        else:
            qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is window.caseload, leave
        assert window.navigation.currentRow() == 0


def test_the_lock_screen_shows_its_whole_error_in_portuguese(
    qtbot: QtBot, window: MainWindow, portuguese: None
) -> None:
    from PySide6.QtWidgets import QLabel

    window.lock()
    qtbot.keyClicks(window.lock_screen.passphrase, "not my passphrase")
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.lock_screen.error.isVisible, timeout=10_000)
    qtbot.wait(50)
    error = window.lock_screen.error
    assert error.heightForWidth(error.width()) > error.fontMetrics().height()  # two lines
    for label in window.lock_screen.findChildren(QLabel):
        if label.isVisible():
            needed = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else (label.sizeHint().height())
            )
            assert label.height() >= needed, label.text()


def test_a_question_left_open_when_the_idle_lock_fires_does_not_break_unlocking(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    answers: list[object] = []

    def lock_while_asking() -> None:
        window.lock()

    QTimer.singleShot(50, lock_while_asking)
    answers.append(QMessageBox.question(window, "HostDesk", "Discard?"))
    assert window.is_locked()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)
    assert answers != [QMessageBox.StandardButton.Yes]  # never taken as a yes
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(window.is_locked, timeout=5_000)  # the idle lock still works
