"""Slow and idle clients against the real service on loopback: they are cut off, others served.

The red-team pass: 99 connections sending nothing made every request answer 503,
health included; eight uploads sending a byte every 10 s held every upload place.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hostdesk.serving import ConnectionLimits
from tests.nair_support import NairService, make_entity, seal_report

# Short deadlines so the tests see them act; the defaults are in hostdesk/serving/limits.py.
QUICK = ConnectionLimits(
    header_timeout=0.6, keep_alive=0.6, body_min_rate=1000, body_rate_window=0.5,
    body_timeout=3.0, max_connections=20,
)  # fmt: skip
UPLOAD_HEAD = b"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n"


@pytest.fixture
def quick(tmp_path: Path) -> Iterator[NairService]:
    with NairService(tmp_path / "nair", connection_limits=QUICK) as service:
        yield service


def _connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=10)


def _until_closed(conn: socket.socket, trickle: bytes = b"", every: float = 0.1) -> bytes:
    """Everything the server sends until it closes (sending ``trickle`` meanwhile), in 10 s."""
    conn.settimeout(every)
    received = b""
    deadline = time.monotonic() + 10
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
    raise AssertionError("the server kept the connection open")


def test_a_connection_that_sends_nothing_is_closed(quick: NairService) -> None:
    with _connect(quick.port) as conn:
        assert _until_closed(conn) == b""


def test_a_head_sent_a_byte_at_a_time_is_answered_408_and_closed(quick: NairService) -> None:
    with _connect(quick.port) as conn:
        conn.sendall(b"GET /v1/health HTTP/1.1\r\n")
        answer = _until_closed(conn, trickle=b"X")
    assert answer.startswith(b"HTTP/1.1 408 ")


def test_a_body_that_trickles_is_answered_408_and_its_place_freed(quick: NairService) -> None:
    with _connect(quick.port) as conn:
        conn.sendall(UPLOAD_HEAD + b"x" * 10)
        answer = _until_closed(conn, trickle=b"x")
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b'"too_slow"' in answer


def test_a_body_sent_at_a_steady_rate_is_not_cut(quick: NairService) -> None:
    entity = make_entity()
    quick.register(entity)
    sealed = seal_report(entity, quick.public_keys)

    def paced() -> Iterator[bytes]:  # about 4,000 bytes a second, above the 1,000 minimum
        for start in range(0, len(sealed.data), 400):
            time.sleep(0.1)
            yield sealed.data[start : start + 400]

    response = httpx.post(f"{quick.url}/v1/bundles", content=paced(), timeout=30)
    assert response.status_code == 201


def test_a_kept_alive_connection_left_idle_is_closed(quick: NairService) -> None:
    with _connect(quick.port) as conn:
        conn.sendall(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        answer = _until_closed(conn)
    assert answer.startswith(b"HTTP/1.1 200 ")


def test_idle_connections_make_room_for_requests_past_the_ceiling(quick: NairService) -> None:
    idle = [_connect(quick.port) for _ in range(QUICK.max_connections)]
    try:
        time.sleep(0.1)
        assert httpx.get(f"{quick.url}/v1/health", timeout=5).status_code == 200
        assert _until_closed(idle[0]) == b""  # the oldest idle one gave its place
    finally:
        for conn in idle:
            conn.close()


def test_only_busy_connections_fill_the_ceiling(tmp_path: Path) -> None:
    limits = ConnectionLimits(max_connections=3, body_rate_window=30.0)
    with NairService(tmp_path / "nair", connection_limits=limits) as service:
        busy = [_connect(service.port) for _ in range(3)]
        try:
            for conn in busy:
                conn.sendall(UPLOAD_HEAD + b"x" * 100)  # uploads in progress
            time.sleep(0.2)
            refused = httpx.get(f"{service.url}/v1/health", timeout=5)
            assert refused.status_code == 503 and refused.json()["code"] == "busy"
        finally:
            for conn in busy:
                conn.close()
