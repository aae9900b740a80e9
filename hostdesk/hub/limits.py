"""The hub's limits: one place, read by the app, the server and the CLI.

Memory is bounded by ``MAX_UPLOADS`` bodies of ``MAX_BODY`` bytes held at once
(``hostdesk.serving.UploadGate`` counts the bytes that really arrive) and
downloads of at most ``MAX_PAGE_BYTES``, ``MAX_UPLOADS`` of them put together at
once. The server (``hostdesk.serving``) gives a connection 10 s for its request
head, wants a body at 1 KiB/s or more, closes idle keep-alive connections after
5 s and, at ``MAX_CONNECTIONS`` open connections, closes an idle one to make
room: idle or slow clients cannot fill it.
"""

from __future__ import annotations

from datetime import timedelta

from hostdesk.serving.limits import ConnectionLimits

MAX_BODY = 16 * 1024 * 1024  # one change set (a welcome with a large caseload fits)
MAX_UPLOADS = 8
MAX_CONNECTIONS = 512
# One document's sealed bytes: the 20 MB a document may hold, and its key block.
MAX_BLOB = 20_000_000 + 256 * 1024
MAX_BLOB_UPLOADS = 4
MAX_PAGE_BYTES = 8 * 1024 * 1024  # one download answers at most this much
MAX_PAGE_COUNT = 500
MAX_JOIN_BYTES = 16 * 1024
# A join request and its welcome are kept this long at most (an invitation is valid 24
# hours, and a laptop waits for its coordinator 30 minutes); the laptop that has its whole
# welcome has the hub forget it at once.
JOIN_KEPT = timedelta(hours=48)
MAX_ROSTER_BYTES = 1024 * 1024
MAX_WITHDRAWALS = 5_000  # erased families named in one request (within MAX_ROSTER_BYTES)
BUSY_RETRY_AFTER = 10
# A request's signed time may differ from the hub's by this much.
CLOCK_SKEW_SECONDS = 300


def connection_limits(max_connections: int = MAX_CONNECTIONS) -> ConnectionLimits:
    return ConnectionLimits(max_connections=max_connections)
