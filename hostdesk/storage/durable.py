"""Making a write survive a power cut, and keeping what is written private.

``write_atomically`` is the one way HostDesk and the NAIR service write a file
that must appear whole or not at all (exports, bundles, enrollment and key
files, report PDFs); the NAIR service may import this module (pyproject.toml).
Every file HostDesk writes is 0600 and every folder it makes 0700, whatever
the umask (``create_private_file``, ``make_private_folder``): the header's
wrapped keys and the encrypted database are not for other local users to copy.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable; some platforms refuse to open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


PRIVATE = 0o600
PRIVATE_FOLDER = 0o700


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and each missing parent owner-only (0700), whatever the umask.

    Folders that already exist are left as they are (a user's Documents, a USB stick).
    """
    folder = Path(folder)
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=PRIVATE_FOLDER)
        os.chmod(path, PRIVATE_FOLDER)  # the umask took bits from mkdir's mode


def create_private_file(path: Path) -> int:
    """A new file (``O_EXCL``) readable and writable by its owner only; its descriptor."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    os.fchmod(fd, PRIVATE)  # exactly 0600, whatever the umask took away
    return fd


def make_private(path: Path, mode: int = PRIVATE) -> None:
    """Take group and other bits off an existing file or folder (an older vault's); a
    file system that has no modes (FAT, some network shares) is left as it is."""
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)


def write_atomically(target: Path, data: bytes, *, mode: int = PRIVATE) -> None:
    """Temporary file created with ``mode``, fsync, rename over ``target``, fsync the folder.

    The mode is set when the file is created (owner only unless asked; the
    umask can only take bits away), so personal data or a secret is never
    readable by others, not even for a moment; a failed write leaves neither
    the temporary file nor a half-written target.
    """
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    os.fchmod(fd, mode)  # the mode asked for, not what the umask left of it
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    fsync_directory(target.parent)
