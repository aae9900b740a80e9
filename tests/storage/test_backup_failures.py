"""Backups when things go wrong: reminders, a full or read-only disk, cancelling."""

from __future__ import annotations

import errno
import io
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from hostdesk.cli.main import main
from hostdesk.storage import backup, settings
from hostdesk.storage.errors import (
    BackupCancelled,
    BackupError,
)
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.backup_support import (
    family_ids,
    leftovers,
    populate,
    save_family,
)

# -- reminders ---------------------------------------------------------------------------------


def test_the_reminder_is_due_when_never_backed_up_and_after_the_set_number_of_days(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    today = date.today()
    assert backup.last_backup_at(vault) is None
    assert backup.backup_is_due(vault, today)

    backup.create_backup(vault, tmp_path / "b.hdbackup")
    last = backup.last_backup_at(vault)
    assert last is not None
    day = last.date()
    assert not backup.backup_is_due(vault, day)
    assert not backup.backup_is_due(vault, day + timedelta(days=7))
    assert backup.backup_is_due(vault, day + timedelta(days=8))

    with vault.changing() as session:
        settings.put(session, vault.user.username, settings.BACKUP_REMINDER_DAYS, 30)
    assert not backup.backup_is_due(vault, day + timedelta(days=8))
    assert backup.backup_is_due(vault, day + timedelta(days=31))


# -- failures while writing ------------------------------------------------------------------


class _FullDisk(io.FileIO):
    """A file that takes 64 KiB and then reports a full disk, as a USB stick would."""

    limit = 64 * 1024

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.limit:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(data)


def test_a_full_disk_while_writing_gives_one_sentence_and_leaves_nothing(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = vault_and_recovery
    ids = populate(vault, 20)
    stick = tmp_path / "usb"
    stick.mkdir()
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "wb":
            return _FullDisk(fd, "wb", closefd=True)
        return real_fdopen(fd, mode, *args, **kwargs)

    monkeypatch.setattr(backup.os, "fdopen", fdopen)
    with pytest.raises(BackupError) as refused:
        backup.create_backup(vault, stick / "b.hdbackup")
    monkeypatch.undo()

    assert "the disk is full" in str(refused.value)
    assert list(stick.iterdir()) == []
    assert leftovers(vault.path) == [".lock"]
    assert backup.last_backup_at(vault) is None, "a failed backup is not recorded as done"
    assert family_ids(vault) == set(ids)
    assert backup.create_backup(vault, stick / "b.hdbackup").exists()


def test_a_read_only_target_folder_gives_one_sentence(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = vault_and_recovery
    locked = tmp_path / "locked"
    locked.mkdir()
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        # chmod does not stop root, who runs some CI machines: refuse the way EROFS would.
        if str(path).startswith(str(locked)) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(backup.os, "open", refusing_open)
    with pytest.raises(BackupError, match="read-only or you may not write there"):
        backup.create_backup(vault, locked / "b.hdbackup")
    monkeypatch.undo()
    assert list(locked.iterdir()) == []


def test_cancelling_leaves_nothing_and_the_vault_keeps_working(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = vault_and_recovery
    populate(vault, 40)
    with pytest.raises(BackupCancelled):
        backup.create_backup(vault, tmp_path / "b.hdbackup", cancelled=lambda: True)
    assert not (tmp_path / "b.hdbackup").exists()
    assert leftovers(vault.path) == [".lock"] and leftovers(tmp_path) == []
    assert backup.last_backup_at(vault) is None
    # The pooled connection used for the export went back clean (or was dropped).
    for _ in range(4):
        backup.create_backup(vault, tmp_path, overwrite=True)
        save_family(vault, 99)


# -- command line ------------------------------------------------------------------------------


def test_cli_backup_then_restore_round_trip(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, recovery = Vault.create(
        tmp_path / "v", entity_name="Câmara de Teste", username=COORDINATOR,
        passphrase=PASSPHRASE, kdf=KDF_FLOOR,
    )  # fmt: skip
    with vault:
        ids = populate(vault, 6)
    out = tmp_path / "b.hdbackup"
    common = ["--passphrase-file", str(passphrase_file)]

    assert main(["backup", "--vault", str(tmp_path / "v"), "--out", str(out), *common]) == 0
    assert "Backup written" in capsys.readouterr().out
    assert main(["restore", "--from", str(out), "--to", str(tmp_path / "r"), *common]) == 0
    assert "restored" in capsys.readouterr().out
    with Vault.open(tmp_path / "r", None, PASSPHRASE) as restored, restored.session() as s:
        assert {f.id for f in s.exec(select(Family))} == set(ids)

    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery + "\n", encoding="utf-8")
    assert main(["restore", "--from", str(out), "--to", str(tmp_path / "r2"),
                 "--recovery-key-file", str(key_file)]) == 0  # fmt: skip
    capsys.readouterr()

    # Refusals are one sentence on stderr and exit code 2.
    assert main(["restore", "--from", str(out), "--to", str(tmp_path / "r"), *common]) == 2
    assert "is not empty" in capsys.readouterr().err
    (tmp_path / "cut.hdbackup").write_bytes(out.read_bytes()[:5000])
    assert main(["restore", "--from", str(tmp_path / "cut.hdbackup"),
                 "--to", str(tmp_path / "r3"), *common]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert err.startswith("hostdesk: ") and "damaged or incomplete" in err
    assert not (tmp_path / "r3").exists()
