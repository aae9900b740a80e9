"""Slow work off the UI thread, one way.

Database work runs on a single worker thread (the vault is one SQLite file:
one writer at a time, and ordering stays predictable); results and failures
come back as signals delivered on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the caller, never swallowed
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class ProgressRelay(QObject):
    """Lives on the GUI thread: the worker emits ``advanced(done, total)``, views update."""

    advanced = Signal(int, int)


class Operations(QObject):
    """Runs callables on the database thread and calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Slow work that needs no database (rendering pages to print) runs beside it, so
        # a long print job never makes a save wait.
        self._aside = QThreadPool(self)
        self._aside.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """``work`` on the database thread."""
        self._start(self._pool, work, on_success, on_failure)

    def run_aside(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """``work`` that touches no database, on a thread of its own."""
        self._start(self._aside, work, on_success, on_failure)

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()  # lives on the GUI thread, so its signals are queued there
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        relay.succeeded.connect(on_success)
        relay.failed.connect(on_failure)
        relay.succeeded.connect(finish)
        relay.failed.connect(finish)
        pool.start(_Job(work, relay))

    def wait_idle(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs) and self._aside.waitForDone(msecs)
