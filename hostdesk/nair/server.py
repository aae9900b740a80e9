"""Running the application under uvicorn: one place for the server's settings."""

from __future__ import annotations

from typing import Any

import uvicorn
from starlette.applications import Starlette

from hostdesk.nair import limits

# An upload in progress when the service stops gets this long to finish.
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
    """A uvicorn server for ``app``; ``port`` 0 takes a free port (read it once started)."""
    options: dict[str, Any] = {}
    if quiet:  # tests: leave logging as the test runner set it up, no access lines
        options = {"log_config": None, "access_log": False}
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http="h11",
        loop="asyncio",
        lifespan="off",
        server_header=False,
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
        limit_concurrency=limit_concurrency,
        ssl_certfile=tls_cert,
        ssl_keyfile=tls_key,
        **options,
    )
    return uvicorn.Server(config)


def bound_port(server: uvicorn.Server) -> int:
    """The port a started server listens on."""
    return int(server.servers[0].sockets[0].getsockname()[1])
