"""Files written whole or not at all, readable only by their owner unless asked otherwise."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hostdesk.storage import durable


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_written_file_is_whole_and_private_even_under_a_lax_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        durable.write_atomically(tmp_path / "export.json", b"{}")
    finally:
        os.umask(old)
    assert (tmp_path / "export.json").read_bytes() == b"{}"
    assert _mode(tmp_path / "export.json") == 0o600
    assert list(tmp_path.iterdir()) == [tmp_path / "export.json"]


def test_replacing_a_file_keeps_it_private(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    durable.write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and _mode(target) == 0o600


def test_a_public_file_gets_the_mode_asked_for(tmp_path: Path) -> None:
    durable.write_atomically(tmp_path / "nair-key.json", b"{}", mode=0o644)
    assert _mode(tmp_path / "nair-key.json") == 0o644


def test_a_failed_write_leaves_no_file_and_the_old_one_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "kept.json"
    kept.write_bytes(b"before")

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        durable.write_atomically(tmp_path / "new.json", b"data")
    with pytest.raises(OSError):
        durable.write_atomically(kept, b"after")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.json"]
    assert kept.read_bytes() == b"before"


def test_the_folder_is_synced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(durable, "fsync_directory", synced.append)
    durable.write_atomically(tmp_path / "bundle.hdbundle", b"x")
    assert synced == [tmp_path]
