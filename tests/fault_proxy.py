"""A thin TCP proxy that misbehaves on purpose, one decision per connection.

Put it between a client and a service on loopback; ``decide(n)`` is called
for the n-th connection (from 0) and returns a ``Fault``::

    with FaultProxy(service.port, decide=lambda n: DROP_UPLOAD if n == 0 else PASS) as proxy:
        client.send(proxy.url + "/v1/bundles", ...)   # the first try breaks mid-upload

Faults are per connection, not per request: a client that keeps a connection
alive sends its later requests through the same decision (a proxy answering a
status closes the connection after it, so the next request gets a new one).
``decide`` may be replaced while the proxy runs.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass

CHUNK = 64 * 1024
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


@dataclass(frozen=True)
class Fault:
    delay: float = 0.0  # seconds to wait before anything is forwarded
    refuse: bool = False  # close the connection at once
    respond_status: int | None = None  # answer this status after reading the request
    drop_after_upload: int | None = None  # cut both sides after this many request bytes
    drop_after_download: int | None = None  # cut after this many response bytes reached us


PASS = Fault()
REFUSE = Fault(refuse=True)
ANSWER_500 = Fault(respond_status=500)
DROP_UPLOAD = Fault(drop_after_upload=1024)  # mid-upload: the service never sees a whole body
LOSE_RESPONSE = Fault(drop_after_download=0)  # the service handled it, the client hears nothing


class _Cut(Exception):
    pass


class FaultProxy:
    def __init__(
        self,
        target_port: int,
        *,
        decide: Callable[[int], Fault] = lambda _n: PASS,
        target_host: str = "127.0.0.1",
    ) -> None:
        self.target = (target_host, target_port)
        self.decide = decide
        self.connections = 0  # how many connections were made through the proxy
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fault-proxy")
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0), self._loop
        ).result(timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        number, self.connections = self.connections, self.connections + 1
        fault = self.decide(number)
        upstream: asyncio.StreamWriter | None = None
        try:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.refuse:
                return
            if fault.respond_status is not None:
                await _read_request(reader)
                writer.write(_response(fault.respond_status))
                await writer.drain()
                return
            try:
                up_reader, upstream = await asyncio.open_connection(*self.target)
            except OSError:
                return  # the service is down: the client sees the connection close
            await _relay(reader, writer, up_reader, upstream, fault)
        except (OSError, asyncio.IncompleteReadError, _Cut):
            pass
        finally:
            for side in (writer, upstream):
                if side is not None:
                    side.transport.abort()
            self._tasks.discard(task)


async def _relay(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    up_reader: asyncio.StreamReader,
    upstream: asyncio.StreamWriter,
    fault: Fault,
) -> None:
    pumps = [
        asyncio.ensure_future(_pump(reader, upstream, fault.drop_after_upload)),
        asyncio.ensure_future(_pump(up_reader, writer, fault.drop_after_download)),
    ]
    try:
        # Either side may close first; the exchange ends when both have, or at a cut.
        done, _pending = await asyncio.wait(pumps, return_when=asyncio.FIRST_EXCEPTION)
        for finished in done:
            finished.result()
    finally:
        for pump in pumps:
            pump.cancel()
        await asyncio.gather(*pumps, return_exceptions=True)


async def _pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter, limit: int | None) -> None:
    sent = 0
    while chunk := await src.read(CHUNK):
        if limit is not None and sent + len(chunk) > limit:
            dst.write(chunk[: limit - sent])
            await dst.drain()
            raise _Cut
        dst.write(chunk)
        sent += len(chunk)
        await dst.drain()
    if dst.can_write_eof():
        dst.write_eof()


async def _read_request(reader: asyncio.StreamReader) -> None:
    """Read one HTTP request whole, so the client is not cut off while still sending."""
    head = await reader.readuntil(b"\r\n\r\n")
    headers = {
        name.strip().lower(): value.strip()
        for name, _, value in (line.partition(":") for line in head.decode("latin-1").split("\r\n"))
    }
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif "chunked" in headers.get("transfer-encoding", "").lower():
        await reader.readuntil(b"0\r\n\r\n")


def _response(status: int) -> bytes:
    body = json.dumps({"code": "injected_fault", "reason": "Injected by the test proxy."})
    return (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
        f"{body}"
    ).encode("latin-1")
