"""Users in the app: the coordinator adds, removes and resets; a forgotten passphrase is reset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import keyring
from hostdesk.storage.errors import WrongPassphrase
from hostdesk.storage.header import read_header
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.user_removal import RemovalRegister
from hostdesk.storage.vault import Vault
from hostdesk.ui.access.unlock_dialog import UnlockDialog
from hostdesk.ui.common import preferences
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.main_window import MainWindow
from hostdesk.ui.settings.settings_view import SettingsView
from hostdesk.ui.settings.users_panel import UsersPanel
from tests.conftest import COORDINATOR, PASSPHRASE

WORKER = "joao.tecnico"
WORKER_PASS = "another long passphrase"
NEW_PASS = "laranjas azuis no telhado da escola"


@pytest.fixture(autouse=True)
def _keep_preferences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preferences, "set_language", lambda value: None)


def _panel(qtbot: QtBot, vault: Vault) -> tuple[UsersPanel, Operations]:
    operations = Operations()
    view = SettingsView(vault, operations)
    qtbot.add_widget(view)
    panel = view.users_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)  # read on the worker
    return panel, operations


def _rows(panel: UsersPanel) -> list[tuple[str, ...]]:
    model = panel.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def _unlocks(path: Path, username: str, passphrase: str) -> bool:
    try:
        keyring.unlock_with_passphrase(read_header(path), username, passphrase)
    except WrongPassphrase:
        return False
    return True


def test_the_coordinator_adds_a_user_who_can_then_unlock(qtbot: QtBot, vault: Vault) -> None:
    panel, operations = _panel(qtbot, vault)
    dialog = panel.add_user()
    qtbot.keyClicks(dialog.username, WORKER)
    dialog.display_name.setText("João Teste")  # QTest types ASCII only
    qtbot.keyClicks(dialog.fields.passphrase, "short")
    assert not dialog.ok.isEnabled()
    dialog.fields.passphrase.clear()
    qtbot.keyClicks(dialog.fields.passphrase, NEW_PASS)
    qtbot.keyClicks(dialog.fields.confirm, NEW_PASS)
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    qtbot.waitUntil(lambda: (WORKER, "João Teste", "Social worker", "active") in _rows(panel))
    assert _unlocks(vault.path, WORKER, NEW_PASS)
    operations.wait_idle()


def test_a_refused_name_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, vault: Vault) -> None:
    panel, operations = _panel(qtbot, vault)
    dialog = panel.add_user()
    dialog.username.setText(COORDINATOR)
    dialog.fields.passphrase.setText(NEW_PASS)
    dialog.fields.confirm.setText(NEW_PASS)
    dialog.ok.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "already a user" in dialog.error.text()
    assert dialog.isVisible()
    operations.wait_idle()


def test_remove_asks_first_then_the_user_is_gone(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    panel, operations = _panel(qtbot, vault)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        "hostdesk.ui.settings.users_panel.QMessageBox.question", lambda *args: answers.pop(0)
    )
    panel.select(COORDINATOR)
    assert not panel.remove_button.isEnabled()  # never oneself
    panel.select(WORKER)
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    operations.wait_idle()
    assert read_header(vault.path).has_user(WORKER)  # cancelled
    panel.remove_button.click()
    qtbot.waitUntil(lambda: (WORKER, WORKER, "Social worker", "removed") in _rows(panel))
    assert not read_header(vault.path).has_user(WORKER)
    panel.select(WORKER)
    assert not panel.remove_button.isEnabled()
    assert not panel.reset_button.isEnabled()


def test_the_last_coordinator_is_refused_with_a_clear_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened, recovery = Vault.create(
        tmp_path / "v", entity_name="Teste", username=COORDINATOR, passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    opened.close()
    warned: list[str] = []
    monkeypatch.setattr(
        "hostdesk.ui.settings.users_panel.QMessageBox.question",
        lambda *args: QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(
        "hostdesk.ui.settings.users_panel.QMessageBox.warning",
        lambda _p, _t, text: warned.append(text),
    )
    with Vault.open_with_recovery_key(tmp_path / "v", recovery) as recovered:
        panel, operations = _panel(qtbot, recovered)
        panel.select(COORDINATOR)
        panel.remove_button.click()
        qtbot.waitUntil(lambda: bool(warned), timeout=5_000)
        operations.wait_idle()
    assert "at least one coordinator" in warned[0]
    assert read_header(tmp_path / "v").has_user(COORDINATOR)


def test_the_coordinator_resets_a_passphrase(qtbot: QtBot, vault: Vault) -> None:
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    panel, operations = _panel(qtbot, vault)
    panel.select(WORKER)
    assert panel.reset_button.isEnabled()
    dialog = panel.reset_selected()
    assert dialog is not None
    assert WORKER in dialog.intro.text()
    dialog.fields.passphrase.setText(NEW_PASS)
    dialog.fields.confirm.setText(NEW_PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    assert _unlocks(vault.path, WORKER, NEW_PASS)
    assert not _unlocks(vault.path, WORKER, WORKER_PASS)
    operations.wait_idle()


def test_a_social_worker_sees_no_users_and_no_coordinator_tools(qtbot: QtBot, vault: Vault) -> None:
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    path = vault.path
    vault.close()
    with Vault.open(path, WORKER, WORKER_PASS) as worker:
        operations = Operations()
        window = MainWindow(worker, operations)
        qtbot.add_widget(window)
        assert window.settings_view.users_panel is None
        assert not window.settings_view.back_up.isEnabled()
        assert not window.settings_view.reminder_days.isEnabled()
        hidden = {a.text() for a in window.findChildren(type(window.lock_action))
                  if not a.isVisible()}  # fmt: skip
        assert {"&Back up now…", "&Audit log…"} <= hidden
        window.lock()
        window.unlock()  # unlocking re-enables actions; they stay hidden
        assert not any(
            a.isVisible()
            for a in window.findChildren(type(window.lock_action))
            if a.text() in {"&Back up now…", "&Audit log…"}
        )
        assert window.backup_reminder.isHidden()
        operations.wait_idle()


def test_a_user_changes_their_own_passphrase_after_giving_the_current_one(
    qtbot: QtBot, vault: Vault
) -> None:
    operations = Operations()
    view = SettingsView(vault, operations)
    qtbot.add_widget(view)
    dialog = view.change_my_passphrase()
    dialog.current.setText("not my passphrase")
    dialog.fields.passphrase.setText(NEW_PASS)
    dialog.fields.confirm.setText(NEW_PASS)
    dialog.ok.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert not _unlocks(vault.path, COORDINATOR, NEW_PASS)
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    assert _unlocks(vault.path, COORDINATOR, NEW_PASS)
    operations.wait_idle()


def test_forgot_passphrase_resets_it_with_the_recovery_key(qtbot: QtBot, tmp_path: Path) -> None:
    opened, recovery = Vault.create(
        tmp_path / "v", entity_name="Teste", username=COORDINATOR, passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    opened.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    opened.close()
    operations = Operations()
    unlock = UnlockDialog(tmp_path / "v", read_header(tmp_path / "v"), operations)
    qtbot.add_widget(unlock)
    unlock.user.setCurrentText(WORKER)
    unlock.forgot.click()
    dialog = unlock.reset_dialog
    assert dialog is not None and dialog.user.currentText() == WORKER
    dialog.recovery_key.setText("AAAA-" * 11 + "AAAA")
    dialog.fields.passphrase.setText(NEW_PASS)
    dialog.fields.confirm.setText(NEW_PASS)
    dialog.ok.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "recovery key" in dialog.error.text()
    dialog.recovery_key.setText(recovery.lower())
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    assert not unlock.notice.isHidden() and WORKER in unlock.notice.text()
    unlock.passphrase.setText(NEW_PASS)
    with qtbot.waitSignal(unlock.accepted, timeout=10_000):
        unlock.buttons.accepted.emit()
    assert unlock.vault is not None and unlock.vault.user.username == WORKER
    unlock.vault.close()
    operations.wait_idle()


def test_removing_a_coordinator_shows_a_new_recovery_key_until_it_is_kept(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.add_user("rita.coord", Role.COORDINATOR, "rita's long passphrase")
    panel, operations = _panel(qtbot, vault)
    monkeypatch.setattr(
        "hostdesk.ui.settings.users_panel.QMessageBox.question",
        lambda *args: QMessageBox.StandardButton.Yes,
    )
    panel.select("rita.coord")
    panel.remove_button.click()
    assert panel.removal.progress is not None  # shown at once, filled from the worker
    assert not panel.isEnabled()  # nothing else on the panel while the key changes
    qtbot.waitUntil(lambda: panel.removal.recovery_dialog is not None, timeout=20_000)
    dialog = panel.removal.recovery_dialog
    assert dialog is not None
    key = dialog.panel.recovery_key
    assert dialog.panel.key_label.text() == key
    assert not dialog.ok.isEnabled()
    dialog.reject()  # Escape: refused while the key is not confirmed
    assert dialog.isVisible()
    dialog.panel.kept.setChecked(True)
    dialog.panel.check.setText(key.replace("-", "")[-4:])
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(panel.removal.finished, timeout=5_000):
        dialog.ok.click()
    qtbot.waitUntil(lambda: ("rita.coord", "rita.coord", "Coordinator", "removed") in _rows(panel))
    assert panel.isEnabled()
    assert not read_header(vault.path).has_user("rita.coord")
    operations.wait_idle()
    path = vault.path
    vault.close()
    Vault.open_with_recovery_key(path, key).close()


def test_users_a_restored_copy_still_lets_in_are_offered_for_removal(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    RemovalRegister.default().record(vault.header.vault_id, [vault.header.user(WORKER).user_id])
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("hostdesk.ui.settings.users_panel.QMessageBox.question", question)
    panel, operations = _panel(qtbot, vault)
    qtbot.waitUntil(lambda: (WORKER, WORKER, "Social worker", "removed") in _rows(panel),
                    timeout=20_000)  # fmt: skip
    assert WORKER in asked[0]
    assert not read_header(vault.path).has_user(WORKER)
    operations.wait_idle()


def test_a_vault_without_a_recovery_key_asks_for_a_new_one(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hostdesk.storage.header import write_header

    vault.header = vault.header.with_recovery(None)
    write_header(vault.path, vault.header)  # as an interrupted coordinator removal leaves it
    monkeypatch.setattr(
        "hostdesk.ui.settings.users_panel.QMessageBox.question",
        lambda *args: QMessageBox.StandardButton.Yes,
    )
    panel, operations = _panel(qtbot, vault)
    qtbot.waitUntil(lambda: panel.removal.recovery_dialog is not None, timeout=10_000)
    key = panel.removal.recovery_dialog.panel.recovery_key  # type: ignore[union-attr]
    assert read_header(vault.path).recovery is not None
    operations.wait_idle()
    path = vault.path
    vault.close()
    Vault.open_with_recovery_key(path, key).close()


def test_a_user_is_removed_from_the_full_window_while_its_screens_are_loaded(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hostdesk.storage.demo.synthetic import generate_families
    from hostdesk.storage.demo.writer import populate

    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    populate(vault, generate_families(30, seed=2))
    key_before = vault.raw_key_hex(PASSPHRASE)
    operations = Operations()
    window = MainWindow(vault, operations)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() > 0, timeout=10_000)
    panel = window.settings_view.users_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    monkeypatch.setattr(
        "hostdesk.ui.settings.users_panel.QMessageBox.question",
        lambda *args: QMessageBox.StandardButton.Yes,
    )
    panel.select(WORKER)
    with qtbot.waitSignal(panel.removal.finished, timeout=30_000) as finished:
        panel.remove_button.click()
    assert finished.args == [True]  # no screen held the database while its key changed
    assert vault.raw_key_hex(PASSPHRASE) != key_before
    with vault.session() as session:  # and the window's vault goes on under the new key
        assert session.execute(text("SELECT count(*) FROM family")).scalar_one() == 30
    operations.wait_idle()
