"""Idle and trickling clients against the real hub on loopback: they are cut off, devices synced.

The hub runs on the shared hardened server (``hostdesk.serving``): a connection
that sends nothing, a request head sent a byte at a time, and an upload that
trickles must not keep two laptops from syncing, even with every connection
place taken by them.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hostdesk.serving import ConnectionLimits
from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from tests.hub.helpers import dump_of, set_town, sync
from tests.hub_support import HubService

# Short deadlines so the test sees them act; the hub's are hostdesk/serving/limits.py's.
QUICK = ConnectionLimits(
    header_timeout=1.0, keep_alive=1.0, body_min_rate=1000, body_rate_window=0.5,
    body_timeout=5.0, max_connections=16,
)  # fmt: skip


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubService]:
    """The hub with short deadlines, on SQLite (the team fixture joins a laptop through it)."""
    with HubService(tmp_path / "hub", connection_limits=QUICK) as running:
        yield running


def _connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=10)


def _until_closed(conn: socket.socket, trickle: bytes = b"", every: float = 0.1) -> bytes:
    """Everything the hub sends until it closes (sending ``trickle`` meanwhile), in 15 s."""
    conn.settimeout(every)
    received = b""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            chunk = conn.recv(4096)
        except TimeoutError:
            if trickle:
                try:
                    conn.sendall(trickle)
                except OSError:
                    return received
            continue
        except OSError:
            return received
        if not chunk:
            return received
        received += chunk
    raise AssertionError("the hub kept the connection open")


def _team_of(vault: Vault) -> str:
    with vault.session() as session:
        me = team_device.current(session)
        assert me is not None
        return me.team


def test_idle_and_trickling_connections_do_not_stall_the_hub(
    team: tuple[Vault, Vault, str], hub: HubService
) -> None:
    coordinator, laptop, family = team
    answers: dict[str, bytes] = {}
    upload = (
        f"POST /v1/teams/{_team_of(laptop)}/changesets HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Length: 100000\r\n\r\n"
    ).encode()

    def trickling(name: str, start: bytes, trickle: bytes) -> None:
        with _connect(hub.port) as conn:
            conn.sendall(start)
            answers[name] = _until_closed(conn, trickle=trickle)

    slow = [
        threading.Thread(target=trickling, args=("body", upload + b"x" * 10, b"x")),
        threading.Thread(target=trickling, args=("head", b"GET /v1/health HTTP/1.1\r\n", b"X")),
    ]
    for thread in slow:
        thread.start()
    try:
        time.sleep(0.3)
        set_town(laptop, family, "Faro")
        assert sync(laptop).uploaded == 1
        assert sync(coordinator).merged == 1
    finally:
        for thread in slow:
            thread.join(timeout=20)
    assert answers["body"].startswith(b"HTTP/1.1 408 ") and b'"too_slow"' in answers["body"]
    assert answers["head"].startswith(b"HTTP/1.1 408 ")
    # Every connection place taken by clients that say nothing: they make room.
    idle = [_connect(hub.port) for _ in range(QUICK.max_connections)]
    try:
        time.sleep(0.2)
        assert httpx.get(f"{hub.url}/v1/health", timeout=10).status_code == 200
        set_town(coordinator, family, "Porto")
        assert sync(coordinator).uploaded == 1
        assert sync(laptop).merged == 1
        assert _until_closed(idle[0]) == b""  # the oldest idle one gave its place
    finally:
        for conn in idle:
            conn.close()
    assert dump_of(coordinator, {family}) == dump_of(laptop, {family})
