"""Making a write survive a power cut: fsync of files and of the folder after a rename.

``write_atomically`` is the one way HostDesk and the NAIR service write a file
that must appear whole or not at all (exports, bundles, enrollment and key
files, report PDFs); the NAIR service may import this module (pyproject.toml).
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
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    fsync_directory(target.parent)
