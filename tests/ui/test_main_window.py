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


def test_a_familys_progress_report_is_saved_then_opened_for_a_look(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    family_id = _family_with_arp_expiring(vault)
    target = tmp_path / "progresso.pdf"
    opened: list[str] = []
    monkeypatch.setattr(
        "hostdesk.ui.reports.reports_view.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    monkeypatch.setattr(
        "hostdesk.ui.reports.reports_view.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    operations = Operations()
    main = MainWindow(vault, operations)
    qtbot.add_widget(main)
    main.open_family(family_id)
    main._family_report()
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=15_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert main.pages.currentWidget() is main.reports
    operations.wait_idle()


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
