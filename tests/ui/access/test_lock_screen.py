"""The lock screen everyone sees daily: a forgotten passphrase, another user at the laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QVBoxLayout
from pytestqt.qtbot import QtBot

from hostdesk.storage import audit_query
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.main_window import MainWindow
from tests.conftest import COORDINATOR, PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase for ana"


@pytest.fixture
def vault_and_key(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    opened, recovery = Vault.create(
        vault_dir, entity_name="Associação de Teste", username=COORDINATOR,
        passphrase=PASSPHRASE, kdf=KDF_FLOOR,
    )  # fmt: skip
    yield opened, recovery
    opened.close()


@pytest.fixture
def locked(qtbot: QtBot, vault_and_key: tuple[Vault, str]) -> Iterator[MainWindow]:
    vault, _ = vault_and_key
    operations = Operations()
    window = MainWindow(vault, operations)
    qtbot.add_widget(window)
    window.resize(1366, 768)
    window.show()
    window.lock()
    yield window
    window.idle.pause()
    if window.is_locked():
        window.unlock()
    operations.wait_idle()


def test_a_forgotten_passphrase_is_reset_from_the_lock_screen(
    qtbot: QtBot, locked: MainWindow, vault_and_key: tuple[Vault, str]
) -> None:
    vault, recovery = vault_and_key
    screen = locked.lock_screen
    assert screen.forgot.isVisible()
    qtbot.mouseClick(screen.forgot, Qt.MouseButton.LeftButton)
    dialog = screen.reset_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.user.itemText(i) for i in range(dialog.user.count())] == [COORDINATOR]
    qtbot.keyClicks(dialog.recovery_key, recovery)
    qtbot.keyClicks(dialog.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.confirm, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert screen.notice.isVisible() and COORDINATOR in screen.notice.text()

    qtbot.keyClicks(screen.passphrase, NEW_PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not locked.is_locked(), timeout=10_000)
    actions = [e.action for e in audit_query.page(vault, audit_query.AuditFilter())]
    assert "user.reset_passphrase" in actions


def test_a_wrong_recovery_key_changes_nothing(
    qtbot: QtBot, locked: MainWindow, vault_and_key: tuple[Vault, str]
) -> None:
    vault, _ = vault_and_key
    screen = locked.lock_screen
    qtbot.mouseClick(screen.forgot, Qt.MouseButton.LeftButton)
    dialog = screen.reset_dialog
    assert dialog is not None
    # Another vault's key: same shape, wrong secret.
    other = Vault.create(
        vault.path.parent / "other", entity_name="Outra", username="x",
        passphrase=PASSPHRASE, kdf=KDF_FLOOR,
    )  # fmt: skip
    other[0].close()
    qtbot.keyClicks(dialog.recovery_key, other[1])
    qtbot.keyClicks(dialog.fields.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.confirm, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "recovery key" in dialog.error.text()
    dialog.reject()
    vault.verify_passphrase(PASSPHRASE)  # the old passphrase still opens it


def test_switching_user_asks_before_closing_forms_left_open(
    qtbot: QtBot, locked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked.unlock()
    form = QDialog(locked)
    note = QLineEdit(form)
    QVBoxLayout(form).addWidget(note)
    form.show()
    qtbot.keyClicks(note, "half a visit note")
    locked.lock()

    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return (
            QMessageBox.StandardButton.Cancel
            if len(asked) == 1
            else (QMessageBox.StandardButton.Yes)
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.assertNotEmitted(locked.switch_user_requested):
        qtbot.mouseClick(locked.lock_screen.switch_user, Qt.MouseButton.LeftButton)
    assert locked.is_locked() and "lost" in asked[0]
    with qtbot.waitSignal(locked.switch_user_requested):
        qtbot.mouseClick(locked.lock_screen.switch_user, Qt.MouseButton.LeftButton)
