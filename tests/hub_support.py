"""The real hub on loopback for tests: its ASGI app on the shared hardened server
(``hostdesk.serving``) in a thread, restartable on the same port."""

from __future__ import annotations

from pathlib import Path

from hostdesk.hub import limits
from hostdesk.hub.app import create_app
from hostdesk.hub.store import HubStore
from hostdesk.serving import BackgroundServer, ConnectionLimits


class HubService:
    def __init__(
        self,
        data_dir: Path,
        db_url: str | None = None,
        *,
        max_body: int = limits.MAX_BODY,
        max_uploads: int = limits.MAX_UPLOADS,
        connection_limits: ConnectionLimits | None = None,
    ) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.db_url = db_url or f"sqlite:///{data_dir / 'hub.sqlite3'}"
        self.sqlite_file = data_dir / "hub.sqlite3" if db_url is None else None
        self.max_body = max_body
        self.max_uploads = max_uploads
        self.connection_limits = connection_limits or limits.connection_limits()
        self.port = 0
        self._server: BackgroundServer | None = None
        self.store: HubStore | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.store = HubStore.open(self.db_url)
        app = create_app(self.store, max_body=self.max_body, max_uploads=self.max_uploads)
        try:
            self._server = BackgroundServer(app, self.port, limits=self.connection_limits)
        except RuntimeError:
            self.store.close()
            self.store = None
            raise
        self.port = self._server.port

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
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
