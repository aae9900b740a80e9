"""Backing up from the app: the drives offered, the backup written, the reminder."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import settings
from hostdesk.storage.backup import BACKUP_SUFFIX, verify_backup
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import preferences
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.settings.backup_dialog import BackupDialog, removable_targets
from hostdesk.ui.settings.backup_reminder import BackupReminder
from hostdesk.ui.settings.settings_view import SettingsView


@pytest.fixture(autouse=True)
def _keep_preferences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preferences, "set_language", lambda value: None)


def test_removable_drives_are_the_mounts_under_the_usual_folders() -> None:
    mounts = ["/", "/home", "/media/ana/USB-HOSTDESK", "/media/rui/OTHER", "/run/media/ana/DISK",
              "/mnt/backup", "/mnt", "/boot/efi", "/media/ana/USB-HOSTDESK"]  # fmt: skip
    assert removable_targets(mounts, "ana") == [
        Path("/media/ana/USB-HOSTDESK"), Path("/mnt/backup"), Path("/run/media/ana/DISK"),
    ]  # fmt: skip


def _dialog(qtbot: QtBot, vault: Vault) -> tuple[BackupDialog, Operations]:
    operations = Operations()
    dialog = BackupDialog(vault, operations)
    qtbot.add_widget(dialog)
    return dialog, operations


def test_back_up_now_writes_a_backup_into_the_chosen_folder(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog, operations = _dialog(qtbot, vault)
    assert "No backup" in dialog.last.text()
    dialog.add_chosen_target(stick)
    assert dialog.target() == stick
    with qtbot.waitSignal(dialog.backedUp, timeout=20_000) as written:
        dialog.start_button.click()
        assert dialog.running and not dialog.start_button.isEnabled()
    path = Path(written.args[0])
    assert path.parent == stick and path.name.endswith(BACKUP_SUFFIX)
    assert verify_backup(path).vault_id == vault.header.vault_id
    assert "Backup written" in dialog.status.text()
    assert dialog.start_button.isEnabled()
    operations.wait_idle()


def test_a_folder_that_went_away_is_one_sentence_and_nothing_is_written(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    dialog, operations = _dialog(qtbot, vault)
    dialog.add_chosen_target(tmp_path / "unplugged" / "hostdesk.hdbackup")
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "does not exist" in dialog.status.text()
    assert not (tmp_path / "unplugged").exists()
    operations.wait_idle()


def test_the_reminder_shows_until_a_backup_is_made(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    operations = Operations()
    reminder = BackupReminder(vault, operations)
    qtbot.add_widget(reminder)
    reminder.check()
    qtbot.waitUntil(lambda: not reminder.isHidden(), timeout=5_000)
    assert "never been backed up" in reminder.message.text()
    with qtbot.waitSignal(reminder.backupRequested):
        reminder.button.click()
    dialog, _ = _dialog(qtbot, vault)
    dialog.backedUp.connect(reminder.check)
    dialog.add_chosen_target(tmp_path)
    dialog.start()
    qtbot.waitUntil(lambda: reminder.isHidden(), timeout=20_000)
    operations.wait_idle()


def test_the_reminder_follows_the_days_set_in_settings(qtbot: QtBot, vault: Vault) -> None:
    with vault.changing() as session:
        last = (date.today() - timedelta(days=5)).isoformat() + "T10:00:00+00:00"
        settings.put(session, vault.user.username, settings.LAST_BACKUP_AT, last)
    operations = Operations()
    view = SettingsView(vault, operations)
    qtbot.add_widget(view)
    reminder = BackupReminder(vault, operations)
    qtbot.add_widget(reminder)
    view.settingsSaved.connect(reminder.check)
    reminder.check()
    operations.wait_idle()
    qtbot.wait(10)
    assert reminder.isHidden()  # 5 days < the default 7
    view.reminder_days.setValue(3)
    view.save()
    qtbot.waitUntil(lambda: not reminder.isHidden(), timeout=5_000)
    assert "5 day" in reminder.message.text()
    with vault.session() as session:
        assert settings.get(session, settings.BACKUP_REMINDER_DAYS) == 3
    operations.wait_idle()


def test_a_social_worker_gets_no_reminder(qtbot: QtBot, vault: Vault) -> None:
    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "another long passphrase")
    path = vault.path
    vault.close()
    with Vault.open(path, "joao.tecnico", "another long passphrase") as worker:
        operations = Operations()
        reminder = BackupReminder(worker, operations)
        qtbot.add_widget(reminder)
        reminder.check()
        operations.wait_idle()
        qtbot.wait(10)
        assert reminder.isHidden()
