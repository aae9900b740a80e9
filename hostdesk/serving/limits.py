"""What a served connection may take: time for its head, rate of its body, how many at once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConnectionLimits:
    """Per-connection time limits and the server's connection ceiling.

    The defaults suit clients on poor mobile links: a request head of a few
    hundred bytes takes well under a second even there, and 1 KiB/s is slower
    than any link a laptop syncs over.
    """

    # The request line and headers must arrive whole within this many seconds of the
    # connection opening (or of the previous answer on a kept-alive connection).
    header_timeout: float = 10.0
    # A kept-alive connection with no new request for this long is closed.
    keep_alive: float = 5.0
    # A body must bring at least this many bytes per second, measured over each window
    # while the server is waiting for it; else 408 and the connection is closed.
    body_min_rate: int = 1024
    body_rate_window: float = 10.0
    # Whatever its rate, a body must be complete within this many seconds.
    body_timeout: float = 300.0
    # Open connections at most; past it the oldest connection still waiting for its request
    # head is closed to make room, and only when every connection is busy is a new one refused.
    max_connections: int = 512
    # A request head larger than this is refused with 400 (h11's own limit).
    max_header_bytes: int = 16 * 1024
