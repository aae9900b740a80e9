"""Serving an ASGI application so that slow, idle or greedy clients cannot stall it.

Shared by the NAIR's receiving service (``hostdesk-nair serve``) and the team
hub (``hostdesk-hub serve``). It imports nothing else of HostDesk, so either
service can use it without the other's code. docs/nair-service.md
("Slow and idle clients") gives the figures and the reverse-proxy settings
that complement it.

API
---
``ConnectionLimits`` (``hostdesk.serving.limits``), a frozen dataclass:
    ``header_timeout`` (10 s: the request head must be whole this long after the
    connection opens or the previous answer), ``keep_alive`` (5 s idle between
    requests), ``body_min_rate`` (1024 B/s) over each ``body_rate_window``
    (10 s), ``body_timeout`` (300 s for a whole body), ``max_connections``
    (512; idle connections are closed to make room, never counted against
    requests), ``max_header_bytes`` (16 KiB).

``make_server(app, *, host, port, limits=None, tls_cert=None, tls_key=None, quiet=False)``
    → ``uvicorn.Server`` running ``app`` with ``GuardedH11Protocol`` (HTTP/1.1,
    h11): the deadlines above, 408 ``{"code": "too_slow"}`` for a body that
    trickles, 503 ``{"code": "busy"}`` only when every connection is busy.
    ``server.run()`` serves until stopped; ``bound_port(server)`` after start.

``BackgroundServer(app, port=0, **make_server_options)``
    the same on 127.0.0.1 in a daemon thread, started on creation: ``.port``,
    ``.url``, ``.stop()``. For tests and benchmarks.

``UploadGate(budget, max_body, *, retry_after=30)`` (``hostdesk.serving.uploads``)
    ``async with gate.body(request) as data:`` the whole body, counted against
    ``budget`` byte by byte as it really arrives and until the block ends (so
    connections that send nothing or trickle hold almost nothing). Refuses an
    announced or counted body over ``max_body`` (``BodyRefused`` 413
    ``too_large``), a malformed Content-Length (400 ``malformed``), and bytes
    past the budget (503 ``busy`` with ``Retry-After``).
    ``starlette.requests.ClientDisconnect`` means the client left or its body
    was stopped for being too slow.

Work done after the body is read (decryption, parsing) is the caller's to
bound, e.g. with an ``asyncio.Semaphore`` around ``run_in_threadpool``; the
NAIR's app is the example (``hostdesk/nair/app.py``).
"""

from __future__ import annotations

from hostdesk.serving.limits import ConnectionLimits
from hostdesk.serving.server import BackgroundServer, bound_port, make_server
from hostdesk.serving.uploads import BodyRefused, UploadGate

__all__ = [
    "BackgroundServer",
    "BodyRefused",
    "ConnectionLimits",
    "UploadGate",
    "bound_port",
    "make_server",
]
