"""The real hub on loopback for tests: its ASGI app under uvicorn in a thread, restartable."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import uvicorn

from hostdesk.hub.app import create_app
from hostdesk.hub.server import bound_port, make_server
from hostdesk.hub.store import HubStore

STARTUP_SECONDS = 20


class HubService:
    def __init__(self, data_dir: Path, db_url: str | None = None, **limits: int) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.db_url = db_url or f"sqlite:///{data_dir / 'hub.sqlite3'}"
        self.sqlite_file = data_dir / "hub.sqlite3" if db_url is None else None
        self.limits = limits
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.store: HubStore | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.store = HubStore.open(self.db_url)
        app = create_app(
            self.store, **{k: v for k, v in self.limits.items() if k in ("max_body", "max_uploads")}
        )
        self._server = make_server(
            app,
            port=self.port,
            quiet=True,
            limit_concurrency=self.limits.get("max_connections", 200),
        )
        self._thread = threading.Thread(target=self._server.run, name="hub", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        self.port = bound_port(self._server)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(timeout=STARTUP_SECONDS)
            self._server = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> HubService:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
