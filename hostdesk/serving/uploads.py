"""Reading request bodies into memory within a total budget of bytes.

A body counts against the budget byte by byte as it actually arrives, not by
what its Content-Length announces, and until its handler is done with it. So
a client that connects and sends nothing, or trickles (the protocol then
stops it), holds almost nothing; only bytes really received fill the budget,
and past it an upload is answered 503 ``busy``. Memory for bodies is at most
``budget`` bytes, whatever the number of connections.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.requests import Request


class BodyRefused(Exception):
    """The body is not taken; ``status``, ``code`` and ``reason`` make the answer."""

    def __init__(
        self, status: int, code: str, reason: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.code = code
        self.reason = reason
        self.headers = headers or {}


class UploadGate:
    """Bodies of at most ``max_body`` bytes, at most ``budget`` bytes of them held at once."""

    def __init__(self, budget: int, max_body: int, *, retry_after: int = 30) -> None:
        self.budget = budget
        self.max_body = max_body
        self.retry_after = retry_after
        self.held = 0

    @asynccontextmanager
    async def body(self, request: Request) -> AsyncIterator[bytes]:
        """The whole body, counted against the budget until the ``async with`` block ends.

        Raises ``BodyRefused``: 413 ``too_large`` (announced or counted), 400
        ``malformed`` (a Content-Length that is not a number), 503 ``busy`` (the
        budget is full). ``starlette.requests.ClientDisconnect`` passes through:
        the client left, or the protocol stopped a body that came too slowly.
        """
        announced = request.headers.get("content-length")
        if announced is not None:
            if not announced.isdigit():
                raise BodyRefused(400, "malformed", "The Content-Length header is not a number.")
            if int(announced) > self.max_body:
                raise self._too_large()
        chunks: list[bytes] = []
        mine = 0
        try:
            async for chunk in request.stream():
                if mine + len(chunk) > self.max_body:
                    raise self._too_large()
                if self.held + len(chunk) > self.budget:  # no await between test and update
                    raise self._busy()
                self.held += len(chunk)
                mine += len(chunk)
                chunks.append(chunk)
            data = b"".join(chunks)
            chunks.clear()
            yield data
        finally:
            self.held -= mine

    def _too_large(self) -> BodyRefused:
        return BodyRefused(
            413, "too_large", f"The upload is larger than the {self.max_body} bytes accepted here."
        )

    def _busy(self) -> BodyRefused:
        return BodyRefused(
            503, "busy", "The service holds as many uploads as it can; send again soon.",
            {"Retry-After": str(self.retry_after)},
        )  # fmt: skip
