"""Copies for an outside viewer: private, removed after use, and after a killed run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hostdesk.domain import attachments as rule
from hostdesk.storage import viewer_files
from hostdesk.storage.viewer_files import ViewerCopies, remove_stale

REPO = Path(__file__).resolve().parents[2]


def test_a_copy_is_private_named_by_number_and_removed_with_its_folder(tmp_path: Path) -> None:
    root = tmp_path / "viewer"
    copies = ViewerCopies(root)
    path = copies.write(12, rule.PDF, b"%PDF-1.4 synthetic")
    assert path.read_bytes() == b"%PDF-1.4 synthetic"
    assert path.name.startswith("document-12-") and path.suffix == ".pdf"
    assert path.stat().st_mode & 0o777 == 0o600
    for folder in (root, path.parent):
        assert folder.stat().st_mode & 0o777 == 0o700
    copies.remove(path)
    assert not path.exists()
    copies.remove(path)  # twice is harmless (the viewer window may close after a cleanup)
    second = copies.write(13, rule.PNG, b"\x89PNG\r\n\x1a\n")
    copies.close()
    assert not second.exists() and list(root.iterdir()) == []


def test_a_running_hostdesk_keeps_its_copies_and_a_killed_one_loses_them_at_the_next_start(
    tmp_path: Path,
) -> None:
    root = tmp_path / "viewer"
    running = ViewerCopies(root)
    kept = running.write(1, rule.JPEG, b"\xff\xd8\xff synthetic")
    # Another HostDesk process writes a copy and is killed before it can remove it.
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from hostdesk.storage.viewer_files import ViewerCopies
        path = ViewerCopies(Path({str(root)!r})).write(2, "application/pdf", b"%PDF-1.4")
        print(path, flush=True)
        os.kill(os.getpid(), 9)
    """)  # fmt: skip
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == -9
    left = Path(result.stdout.strip())
    assert left.exists()

    assert remove_stale(root) == 1
    assert not left.exists() and not left.parent.exists()
    assert kept.read_bytes() == b"\xff\xd8\xff synthetic"  # the live one's copy stays
    running.close()
    assert remove_stale(root) == 0


def test_the_folder_is_the_session_runtime_folder_when_it_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    os.chmod(runtime, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert viewer_files.viewer_root() == runtime / "hostdesk-viewer"
    os.chmod(runtime, 0o755)  # readable by others: not used
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert viewer_files.viewer_root() == tmp_path / "data" / "hostdesk" / "viewer"
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert viewer_files.viewer_root() == tmp_path / "data" / "hostdesk" / "viewer"
