"""Slow work off the UI thread, one way.

Database work runs on a single worker thread (the vault is one SQLite file:
one writer at a time, and ordering stays predictable); results and failures
come back as signals delivered on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_Callbacks = tuple[Callable[[Any], None], Callable[[BaseException], None]]


class _Relay(QObject):
    """Lives on the GUI thread: a worker says "job N is done" with nothing but N."""

    done = Signal(int)


class _HandBack:
    """Outcomes handed from the workers to the GUI thread, one for the application.

    A worker keeps no reference to anything once it has said it is done: the
    work's closure (which often holds a dialog or a view), its result and its
    exception (whose traceback holds the closure's frames) all wait here and
    are released on the GUI thread. Released on a worker, the last reference to
    a dialog deletes its widgets there, and Qt crashes later on the GUI thread
    (a style animation of a deleted progress bar: seen after unlocking).

    The relay belongs to the application, not to an ``Operations``: a view
    dropped while its work runs takes its ``Operations`` with it, and the
    worker must still have somewhere to say that it is done.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[bool, Any, Callable[[], Any]]] = {}
        self._callbacks: dict[int, _Callbacks] = {}
        self._numbers = itertools.count(1)
        self._relay: _Relay | None = None

    def relay(self) -> _Relay:
        """The application's relay; made on the GUI thread by the first ``Operations``."""
        if self._relay is None or not shiboken6.isValid(self._relay):
            self._relay = _Relay(QCoreApplication.instance())
            self._relay.done.connect(self._deliver)
        return self._relay

    def expect(self, callbacks: _Callbacks) -> int:
        number = next(self._numbers)
        self._callbacks[number] = callbacks
        return number

    def put(self, number: int, ok: bool, value: Any, work: Callable[[], Any]) -> None:
        with self._lock:
            self._outcomes[number] = (ok, value, work)

    def _deliver(self, number: int) -> None:
        with self._lock:
            ok, value, work = self._outcomes.pop(number)
        on_success, on_failure = self._callbacks.pop(number)
        del work
        callback = on_success if ok else on_failure
        if _receiver_gone(callback):
            log.debug("a result arrived after its window closed; dropped")
            return
        callback(value)


def _receiver_gone(callback: Callable[..., Any]) -> bool:
    """A method of a widget deleted meanwhile (a closed dialog): not called, as Qt would not."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


_HAND_BACK = _HandBack()


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._work: Callable[[], Any] | None = work
        self._relay = relay

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        try:
            _HAND_BACK.put(self._number, True, work(), work)
        except BaseException as error:  # delivered to the caller, never swallowed
            _HAND_BACK.put(self._number, False, error, work)
        del work  # the outcome holds it now; the GUI thread lets it go
        self._relay.done.emit(self._number)


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
        self._relay = _HAND_BACK.relay()

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
        number = _HAND_BACK.expect((on_success, on_failure))
        pool.start(_Job(number, work, self._relay))

    def wait_idle(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs) and self._aside.waitForDone(msecs)
