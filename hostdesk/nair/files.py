"""Writing a file whole or not at all, with the permissions asked for from the start."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(target: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Temporary file created with ``mode``, fsync, rename over ``target``, fsync the folder.

    The mode is set when the file is created, so a secret is never readable by
    others, not even for a moment.
    """
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
    with contextlib.suppress(OSError):  # some platforms refuse to open a folder
        folder_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)
