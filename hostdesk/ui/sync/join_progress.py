"""The welcome's parts, merged or sent on a worker thread, told to the window's thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JoinProgressRelay(QObject):
    """``parts.emit`` is the welcome's progress callback (the laptop merging it, or the
    coordinator's device sending it): called on a worker thread, its receivers run on
    the window's (a queued signal)."""

    parts = Signal(int, int)  # parts done, parts in all
