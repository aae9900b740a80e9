"""The welcome's parts, merged on a worker thread, told to the window's thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JoinProgressRelay(QObject):
    """``merged.emit`` is the join's progress callback: called on the worker thread, its
    receivers run on the window's (a queued signal)."""

    merged = Signal(int, int)  # parts merged, parts in all
