"""A uvicorn server with the guarded protocol, and the same in a background thread."""

from __future__ import annotations

import threading
import time
from typing import Any

import uvicorn

from hostdesk.serving.limits import ConnectionLimits
from hostdesk.serving.protocol import guarded_protocol

# A request in progress when the service stops gets this long to finish.
GRACEFUL_SECONDS = 5
STARTUP_SECONDS = 15.0


def make_server(
    app: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    limits: ConnectionLimits | None = None,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    quiet: bool = False,
) -> uvicorn.Server:
    """A uvicorn server for the ASGI ``app``; ``port`` 0 takes a free port (``bound_port``)."""
    limits = limits or ConnectionLimits()
    options: dict[str, Any] = {}
    if quiet:  # tests: leave logging as the test runner set it up, no access lines
        options = {"log_config": None, "access_log": False}
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=guarded_protocol(limits),
        loop="asyncio",
        lifespan="off",
        server_header=False,
        timeout_keep_alive=max(1, round(limits.keep_alive)),
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
        # Not uvicorn's limit_concurrency: it counts idle connections and answers 503 to all.
        limit_concurrency=None,
        h11_max_incomplete_event_size=limits.max_header_bytes,
        ssl_certfile=tls_cert,
        ssl_keyfile=tls_key,
        **options,
    )
    return uvicorn.Server(config)


def bound_port(server: uvicorn.Server) -> int:
    """The port a started server listens on."""
    return int(server.servers[0].sockets[0].getsockname()[1])


class BackgroundServer:
    """``make_server(app, …)`` on 127.0.0.1 in a daemon thread, started on creation."""

    def __init__(self, app: Any, port: int = 0, **options: Any) -> None:
        options.setdefault("quiet", True)
        self.server = make_server(app, port=port, **options)
        self.thread = threading.Thread(target=self.server.run, name="asgi-server", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the server did not start on port {port}")
            time.sleep(0.01)
        self.port = bound_port(self.server)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=STARTUP_SECONDS)
