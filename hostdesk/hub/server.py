"""Running the hub under uvicorn: the one place for the server's settings.

The NAIR helper is building a reusable hardened-server module; once it is on
main, this module's body becomes a call to it. Until then: h11, no server
header, a cap on open connections (503 past it), idle keep-alive connections
closed after a few seconds, and a short graceful shutdown.
"""

from __future__ import annotations

from typing import Any

import uvicorn
from starlette.applications import Starlette

from hostdesk.hub import limits

GRACEFUL_SECONDS = 5


def make_server(
    app: Starlette,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    quiet: bool = False,
    limit_concurrency: int = limits.MAX_CONNECTIONS,
) -> uvicorn.Server:
    options: dict[str, Any] = {}
    if quiet:
        options = {"log_config": None, "access_log": False}
    config = uvicorn.Config(
        app, host=host, port=port, http="h11", loop="asyncio", lifespan="off",
        server_header=False, timeout_graceful_shutdown=GRACEFUL_SECONDS,
        timeout_keep_alive=limits.KEEP_ALIVE_SECONDS, limit_concurrency=limit_concurrency,
        ssl_certfile=tls_cert, ssl_keyfile=tls_key, **options,
    )  # fmt: skip
    return uvicorn.Server(config)


def bound_port(server: uvicorn.Server) -> int:
    return int(server.servers[0].sockets[0].getsockname()[1])
