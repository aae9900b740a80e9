"""uvicorn's HTTP/1.1 protocol (h11) with the time limits uvicorn does not have.

uvicorn closes a kept-alive connection that stays idle, but it waits forever
for a request head that never comes (or comes a byte at a time) and for a
body that trickles in; its ``limit_concurrency`` counts those idle
connections, so a hundred of them made every request, health included,
answer 503. This subclass adds, per connection:

- a head deadline: the request line and headers must be whole within
  ``header_timeout`` of the connection opening or of the previous answer;
- a body rate: while the server waits for a body, each ``body_rate_window``
  must bring ``body_min_rate`` bytes per second, and the whole body must
  arrive within ``body_timeout``; else the answer is 408 and the connection
  is closed. Time the server itself is not reading (the application has not
  taken the bytes it already has, or has not asked for the body yet) does not
  count against the client;
- a ceiling of ``max_connections`` that idle connections cannot fill: when
  it is reached, the oldest connection still waiting for a request head is
  closed to make room, and a new connection is refused (503) only when every
  open connection has a request in progress.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from hostdesk.serving.limits import ConnectionLimits

log = logging.getLogger(__name__)


def _raw_answer(status: int, phrase: str, code: str, reason: str) -> bytes:
    body = json.dumps({"code": code, "reason": reason}).encode()
    head = (
        f"HTTP/1.1 {status} {phrase}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\nRetry-After: 5\r\n\r\n"
    )
    return head.encode("ascii") + body


_FULL = _raw_answer(
    503, "Service Unavailable", "busy", "The service has as many connections as it takes; "
    "try again in a moment.",
)  # fmt: skip
_HEAD_TIMEOUT = _raw_answer(
    408, "Request Timeout", "too_slow", "The request's headers did not arrive in time."
)
_SLOW_BODY = json.dumps(
    {"code": "too_slow", "reason": "The upload arrived too slowly and was stopped; send it again."}
).encode()


class ConnectionRegistry:
    """The server's open connections, oldest first, and its ceiling."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._open: dict[GuardedH11Protocol, None] = {}  # insertion order: oldest first

    def __len__(self) -> int:
        return len(self._open)

    def admit(self, connection: GuardedH11Protocol) -> bool:
        """Take a new connection, closing the oldest idle one if full; False: refuse it."""
        if len(self._open) >= self.limit:
            idle = next((c for c in self._open if not c.busy), None)
            if idle is None:
                return False
            self.discard(idle)
            idle.close_idle("the server is full and a new connection came")
        self._open[connection] = None
        return True

    def discard(self, connection: GuardedH11Protocol) -> None:
        self._open.pop(connection, None)


class GuardedH11Protocol(H11Protocol):
    """``H11Protocol`` with head and body deadlines; made per server by ``guarded_protocol``."""

    limits: ClassVar[ConnectionLimits]
    registry: ClassVar[ConnectionRegistry]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        self._body_timer: asyncio.TimerHandle | None = None
        self._body_started = 0.0
        self._window_bytes = 0

    # -- what the connection is doing ----------------------------------------------

    @property
    def busy(self) -> bool:
        """A request is in progress (its head came): not to be closed to make room."""
        return self.cycle is not None and not self.cycle.response_complete

    def close_idle(self, why: str) -> None:
        log.info("closed a connection waiting for a request: %s", why)
        self._cancel_timers()
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()

    # -- uvicorn's hooks -------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if not self.registry.admit(self):
            log.warning("a connection was refused: %d open, all busy", len(self.registry))
            transport.write(_FULL)
            transport.close()
            return
        self._refresh()

    def connection_lost(self, exc: Exception | None) -> None:
        self.registry.discard(self)
        self._cancel_timers()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._refresh(len(data))

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._refresh()

    # -- the deadlines ---------------------------------------------------------------

    def _refresh(self, received: int = 0) -> None:
        """Arm or stop the deadlines for what the connection now waits for."""
        if self.transport is None or self.transport.is_closing():
            self._cancel_timers()
            return
        if self.busy and self.conn.their_state is h11.SEND_BODY:
            self._cancel_head_timer()
            if self._body_timer is None:
                self._body_started = self.loop.time()
                self._window_bytes = 0
                self._body_timer = self.loop.call_later(
                    self.limits.body_rate_window, self._check_body
                )
            else:
                self._window_bytes += received
        elif self.busy:  # head and body in: the application is at work
            self._cancel_timers()
        else:  # before the first request or between two: a head must come in time
            self._cancel_body_timer()
            if self._head_timer is None:
                self._head_timer = self.loop.call_later(
                    self.limits.header_timeout, self._head_timed_out
                )

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.busy or self.transport is None or self.transport.is_closing():
            return
        started = bool(self.conn.trailing_data[0])
        log.info("closed a connection: no whole request head in %ss", self.limits.header_timeout)
        if started:  # part of a head came: say why before closing
            self.transport.write(_HEAD_TIMEOUT)
        self.registry.discard(self)
        self.transport.close()

    def _check_body(self) -> None:
        self._body_timer = None
        cycle = self.cycle
        if (
            cycle is None or cycle.response_complete or self.transport.is_closing()
            or self.conn.their_state is not h11.SEND_BODY
        ):  # fmt: skip
            return
        limits = self.limits
        # Bytes the server does not read (the application is behind) are not the client's fault.
        ours = self.flow.read_paused or cycle.waiting_for_100_continue
        too_slow = not ours and self._window_bytes < limits.body_min_rate * limits.body_rate_window
        too_long = self.loop.time() - self._body_started > limits.body_timeout
        if too_slow or too_long:
            log.info("stopped an upload: %s", "too slow" if too_slow else "took too long")
            self._stop_body(cycle)
            return
        self._window_bytes = 0
        self._body_timer = self.loop.call_later(limits.body_rate_window, self._check_body)

    def _stop_body(self, cycle: Any) -> None:
        """408 unless the application answered already, then close; receive() sees a disconnect."""
        if not cycle.response_started:
            try:
                headers = [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(_SLOW_BODY)).encode()),
                    (b"connection", b"close"),
                ]
                output = self.conn.send(
                    h11.Response(status_code=408, headers=headers, reason=b"Request Timeout")
                )
                output += self.conn.send(h11.Data(data=_SLOW_BODY))  # type: ignore[operator]
                output += self.conn.send(h11.EndOfMessage())  # type: ignore[operator]
                self.transport.write(output)  # type: ignore[arg-type]
            except h11.LocalProtocolError:
                pass
            cycle.response_started = True
            cycle.response_complete = True
        cycle.disconnected = True
        cycle.message_event.set()
        self.registry.discard(self)
        self.transport.close()

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _cancel_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None

    def _cancel_timers(self) -> None:
        self._cancel_head_timer()
        self._cancel_body_timer()


def guarded_protocol(limits: ConnectionLimits) -> type[GuardedH11Protocol]:
    """A protocol class for one server: its limits and its own registry of connections."""
    return type(
        "GuardedH11Protocol",
        (GuardedH11Protocol,),
        {"limits": limits, "registry": ConnectionRegistry(limits.max_connections)},
    )
