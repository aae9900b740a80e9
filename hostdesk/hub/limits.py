"""The hub's limits: one place, read by the app, the server and the CLI.

Memory is bounded by ``MAX_UPLOADS`` bodies of ``MAX_BODY`` bytes taken in
at once and downloads of at most ``MAX_PAGE_BYTES``; ``MAX_CONNECTIONS`` caps
open connections (uvicorn answers 503 past it) and idle keep-alive
connections are closed after ``KEEP_ALIVE_SECONDS``, so idle or slow clients
cannot pile up.
"""

from __future__ import annotations

MAX_BODY = 16 * 1024 * 1024  # one change set (a welcome with a large caseload fits)
MAX_UPLOADS = 8
MAX_CONNECTIONS = 200
MAX_PAGE_BYTES = 8 * 1024 * 1024  # one download answers at most this much
MAX_PAGE_COUNT = 500
MAX_JOIN_BYTES = 16 * 1024
KEEP_ALIVE_SECONDS = 5
BUSY_RETRY_AFTER = 10
# A request's signed time may differ from the hub's by this much.
CLOCK_SKEW_SECONDS = 300
