"""The background sender: sends the outbox by itself when bundles are due.

Database steps (heal and claim, record each outcome, read the snapshot) go
through the app's ``Operations`` (the one database thread); the network work
runs on a pool of its own, so a slow NAIR never holds up a save. A single-shot
QTimer wakes the sender when the next bundle is due (the backoff), and only
one pass runs at a time.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from hostdesk.storage.errors import VaultError
from hostdesk.storage.vault import Vault
from hostdesk.sync import delivery
from hostdesk.sync.backoff import Backoff
from hostdesk.sync.http_transport import HttpTransport
from hostdesk.sync.status import SyncSnapshot, load_snapshot
from hostdesk.sync.transport import Outcome, SendJob, Transport
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)

TransportFactory = Callable[[], AbstractContextManager[Transport]]
# QTimer takes an int of milliseconds; a far wake-up is simply re-planned then.
MAX_WAIT_MS = 60 * 60 * 1000
MIN_WAIT_S = 0.25


class _NetworkRelay(QObject):
    """Lives on the GUI thread; the network worker emits one signal per answer."""

    answered = Signal(object, object)  # SendJob, Outcome


class BackgroundSender(QObject):
    """``changed(snapshot)`` after every change; ``problem(text)`` when a step failed;
    ``passFinished(snapshot)`` once a pass (heal, send, record) is over."""

    changed = Signal(object)
    problem = Signal(str)
    passFinished = Signal(object)

    def __init__(
        self,
        vault: Vault,
        operations: Operations,
        *,
        transport_factory: TransportFactory = HttpTransport,
        clock: delivery.Clock = delivery.system_clock,
        rng: random.Random | None = None,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._network = Operations(self)  # another pool: network work never takes the DB thread
        self._factory = transport_factory
        self._clock = clock
        self._rng = rng or random.Random()
        self._backoff = backoff or Backoff()
        self._relay = _NetworkRelay(self)
        self._relay.answered.connect(self._answered)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.send_now)
        self._passing = False
        self._again = False
        self._again_everything = False
        self._stopped = False
        self.snapshot: SyncSnapshot | None = None

    @property
    def busy(self) -> bool:
        return self._passing

    @property
    def network(self) -> Operations:
        """The network pool, for the screen's own network work (fetching the NAIR key)."""
        return self._network

    # -- what the screens ask for ----------------------------------------------------

    def start(self) -> None:
        """At start: heal the outbox and send whatever is due (a crash left nothing behind)."""
        self.send_now()

    def send_now(self, *, everything: bool = False) -> None:
        """One pass now (heal, claim, send, record); a pass asked for while one runs follows it.

        ``everything``: a person asked, so bundles waiting out a pause go too.
        """
        if self._stopped:
            return
        if self._passing:
            self._again = True
            self._again_everything = self._again_everything or everything
            return
        self._passing = True
        self._timer.stop()
        vault, clock = self._vault, self._clock
        self._operations.run(
            lambda: delivery.claim_due(vault, clock(), everything=everything),
            self._claimed,
            self._fail,
        )

    def refresh(self) -> None:
        """Read the outbox again (after a change made elsewhere: export, import, reseal)."""
        self._operations.run(lambda: load_snapshot(self._vault), self._publish, self._report)

    def enqueue(self) -> None:
        """A revision was just submitted: its bundle goes in, and out if it can."""
        self.send_now()

    def shutdown(self, msecs: int = 5000) -> None:
        """No new pass; wait a little for the one in flight (an unfinished send is resent)."""
        self._stopped = True
        self._timer.stop()
        self._network.wait_idle(msecs)

    # -- a pass ----------------------------------------------------------------------

    def _claimed(self, jobs: list[SendJob]) -> None:
        if not jobs:
            self._finish_pass()
            return
        relay, factory = self._relay, self._factory

        def send_all() -> None:
            with factory() as transport:
                for job in jobs:
                    if self._stopped:
                        return  # left "sending": the next start sends it again
                    relay.answered.emit(job, delivery.safe_deliver(transport, job))

        self._network.run(send_all, lambda _none: self._finish_pass(), self._network_failed)

    def _answered(self, job: SendJob, outcome: Outcome) -> None:
        vault, clock, backoff, rng = self._vault, self._clock, self._backoff, self._rng
        self._operations.run(
            lambda: delivery.record_outcome(vault, job, outcome, clock(), backoff, rng),
            lambda _judged: None,
            self._fail,
        )

    def _network_failed(self, error: BaseException) -> None:
        log.error("the network pass failed: %s", type(error).__name__)
        self._finish_pass()

    def _finish_pass(self) -> None:
        # Queued behind every outcome still to be recorded: the database thread keeps order.
        self._operations.run(lambda: load_snapshot(self._vault), self._pass_done, self._fail)

    def _pass_done(self, snapshot: SyncSnapshot) -> None:
        self._passing = False
        self._publish(snapshot)
        if shiboken6.isValid(self):
            self.passFinished.emit(snapshot)
        if self._again:
            everything, self._again, self._again_everything = self._again_everything, False, False
            self.send_now(everything=everything)

    def _publish(self, snapshot: SyncSnapshot) -> None:
        if not shiboken6.isValid(self):
            return
        self.snapshot = snapshot
        self._plan(snapshot.next_due)
        self.changed.emit(snapshot)

    def _plan(self, due: datetime | None) -> None:
        if self._stopped or self._passing:
            return
        if due is None:
            self._timer.stop()
            return
        wait = (due - self._clock()).total_seconds()
        # A short floor: a bundle due "now" again right after a pass must not spin.
        self._timer.start(int(min(max(wait, MIN_WAIT_S) * 1000, MAX_WAIT_MS)))

    def _fail(self, error: BaseException) -> None:
        """A database step failed: say so, and try again after the first backoff step."""
        self._passing = False
        self._report(error)
        if not self._stopped:
            self._timer.start(int(self._backoff.base.total_seconds() * 1000))

    def _report(self, error: BaseException) -> None:
        if isinstance(error, VaultError):
            message = str(error)
        else:  # the type only: never a message that could quote data
            log.error("a sync step failed: %s", type(error).__name__)
            message = self.tr("Sending to the NAIR failed; see the log for the kind of error.")
        self.problem.emit(message)
