"""Copies of a document for an outside viewer, in a private folder, removed after use.

Documents are read inside HostDesk; a copy leaves the vault only when the
user asks for another program. The copy goes to a private folder (0700, the
file 0600) of this user:

- ``$XDG_RUNTIME_DIR/hostdesk-viewer`` when the desktop session has one (on most
  Linux desktops a folder in memory, never written to disk, emptied at logout);
- otherwise ``$XDG_DATA_HOME/hostdesk/viewer`` (``~/.local/share/hostdesk/viewer``).

Each running HostDesk keeps its copies in a subfolder of its own and holds a
lock on it while it runs. A copy is removed when the window that showed it
closes, the subfolder when HostDesk ends, and at the next start any subfolder
whose lock no process holds any more (HostDesk was killed, or the machine lost
power). Removed means unlinked, not overwritten: on an SSD or a journalling
file system overwriting in place does not reach the old blocks anyway.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import secrets
import shutil
import stat
import tempfile
import time
from pathlib import Path
from typing import IO

from hostdesk.domain import attachments as rule
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.paths import data_home

log = logging.getLogger(__name__)

FOLDER_NAME = "hostdesk-viewer"
_SESSION_PREFIX = "session-"
_BUILDING_PREFIX = ".new-"
_LOCK = ".lock"
# A subfolder still being made is left alone unless it is this old (a crash while making it).
_BUILDING_GRACE_SECONDS = 3600


def _private_runtime_dir() -> Path | None:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        return None
    try:
        info = os.stat(runtime)
    except OSError:
        return None
    # The spec says it is the user's own, mode 0700; use it only when that holds.
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return Path(runtime)


def viewer_root() -> Path:
    """The private folder outside viewers read copies from (see the module)."""
    runtime = _private_runtime_dir()
    return runtime / FOLDER_NAME if runtime is not None else data_home() / "viewer"


def _make_private(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # whatever the umask, or an older folder's mode


class ViewerCopies:
    """This process's copies for outside viewers; the subfolder is made at the first copy."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else viewer_root()
        self._folder: Path | None = None
        self._lock: IO[bytes] | None = None

    def folder(self) -> Path:
        """This process's subfolder, locked for as long as the process runs."""
        if self._folder is None:
            _make_private(self.root)
            # Made under a temporary name, locked, then renamed: another HostDesk
            # cleaning up at its start never sees an unlocked session subfolder.
            building = Path(tempfile.mkdtemp(prefix=_BUILDING_PREFIX, dir=self.root))
            lock = open(building / _LOCK, "wb")  # noqa: SIM115  (held until close)
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            folder = self.root / f"{_SESSION_PREFIX}{secrets.token_hex(6)}"
            os.rename(building, folder)
            self._folder, self._lock = folder, lock
        return self._folder

    def write(self, attachment_id: int, mime: str, content: bytes) -> Path:
        """A 0600 copy named by the document's number (never its title)."""
        stem = f"document-{attachment_id}-{secrets.token_hex(3)}"
        name = f"{stem}.{rule.EXTENSIONS.get(mime, 'bin')}"
        target = self.folder() / name
        write_atomically(target, content)
        return target

    @staticmethod
    def remove(path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def close(self) -> None:
        """Remove every copy of this process and its subfolder (at the end of the app)."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def _unlocked(folder: Path) -> bool:
    """True when no process holds the subfolder's lock (its HostDesk ended or was killed)."""
    try:
        handle = open(folder / _LOCK, "rb")  # noqa: SIM115
    except FileNotFoundError:
        return True
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def remove_stale(root: Path | None = None) -> int:
    """At start: remove the copies a killed HostDesk left behind; how many subfolders went."""
    root = root if root is not None else viewer_root()
    if not root.is_dir():
        return 0
    removed = 0
    for entry in root.iterdir():
        if not entry.is_dir() or entry.is_symlink():
            continue
        if entry.name.startswith(_SESSION_PREFIX):
            stale = _unlocked(entry)
        elif entry.name.startswith(_BUILDING_PREFIX):
            stale = time.time() - entry.stat().st_mtime > _BUILDING_GRACE_SECONDS
        else:
            continue
        if stale:
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    if removed:
        log.info("removed %d viewer folder(s) left by an earlier run", removed)
    return removed
