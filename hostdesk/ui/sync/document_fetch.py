"""Fetching documents' bytes from the team hub without holding anything up.

A document's row reaches a laptop before its bytes (docs/team-sync.md §12). This fetches
them one document at a time: what to fetch is read on the database thread, the download
runs beside it (minutes on a slow line, and no vault needed), and the bytes are stored on
the database thread again; a save made meanwhile never waits for the network.
"""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from hostdesk.storage.vault import Vault
from hostdesk.sync.team import blobs, hub_sync
from hostdesk.sync.team.hub_client import HubClient, HubError
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)


class DocumentFetcher(QObject):
    arrived = Signal(int)  # a document whose bytes are now in the vault
    finished = Signal(int, int)  # how many arrived, of how many were asked for

    def __init__(self, vault: Vault, operations: Operations, parent: QObject | None = None):
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._queue: deque[blobs.FetchPlan] = deque()
        self._client: HubClient | None = None
        self._asked = self._got = 0
        self.busy = False

    def fetch(self, attachment_ids: list[int] | None = None) -> None:
        """Fetch these documents' bytes (None: every one still missing)."""
        if self.busy:
            return
        self.busy = True
        vault = self._vault

        def plan() -> tuple[list[blobs.FetchPlan], HubClient | None]:
            with vault.session() as session:
                ids = attachment_ids if attachment_ids is not None else blobs.missing(session)
            plans = blobs.fetch_plan(vault, ids)
            if not plans:
                return [], None
            try:
                return plans, hub_sync.client_for(vault)
            except ValueError:  # no hub: the bytes come with a file, or not at all
                return plans, None

        self._operations.run(plan, self._planned, self._failed)

    def _planned(self, found: tuple[list[blobs.FetchPlan], HubClient | None]) -> None:
        plans, self._client = found
        self._queue = deque(plans)
        self._asked, self._got = len(plans), 0
        self._next()

    def _next(self) -> None:
        if not isValid(self):
            return
        if not self._queue or self._client is None:
            self._finish()
            return
        plan = self._queue.popleft()
        client = self._client
        self._operations.run_aside(lambda: blobs.download(client, plan), self._downloaded,
                                   self._failed)  # fmt: skip

    def _downloaded(self, found: blobs.Downloaded | None) -> None:
        if not isValid(self):
            return
        if found is None:  # not on the hub for this laptop yet: the next sync may bring it
            self._next()
            return
        vault = self._vault

        def kept(stored: bool) -> None:
            if not isValid(self):
                return
            if stored:
                self._got += 1
                self.arrived.emit(found.attachment_id)
            self._next()

        self._operations.run(lambda: blobs.keep(vault, found), kept, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, HubError):
            log.warning("documents not fetched this time: %s", error.code)
        else:
            log.error("fetching documents failed: %s", type(error).__name__)
        self._queue.clear()
        self._finish()

    def _finish(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        self.busy = False
        self.finished.emit(self._got, self._asked)
