"""Bodies over the service's limit are refused with 413, announced or counted as they stream."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hostdesk.nair.app import create_app
from hostdesk.nair.limits import MAX_BODY as DEFAULT_MAX_BODY
from hostdesk.nair.store import Store
from hostdesk.serving import BackgroundServer
from hostdesk.sync.keys import NairKeyPair
from tests.nair_support import NairService

LIMIT = 4096


@pytest.fixture
def small(tmp_path: Path, db_url: str) -> Iterator[NairService]:
    with NairService(tmp_path / "small", db_url, max_body=LIMIT) as running:
        yield running


def test_an_announced_body_over_the_limit_gets_413(small: NairService) -> None:
    response = httpx.post(f"{small.url}/v1/bundles", content=b"x" * (LIMIT + 1))
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"


def test_a_streamed_body_without_length_is_counted_and_cut_at_the_limit(
    small: NairService,
) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(8):
            yield b"y" * 1000

    response = httpx.post(f"{small.url}/v1/bundles", content=chunks())
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"


def test_the_refusal_comes_before_the_announced_body_is_sent(small: NairService) -> None:
    # 10 MB announced, 100 bytes sent: the answer must not wait for the rest.
    with socket.create_connection(("127.0.0.1", small.port), timeout=10) as conn:
        conn.sendall(
            b"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/octet-stream\r\nContent-Length: 10000000\r\n\r\n"
            + b"z"
            * 100
        )
        answer = conn.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413 ")


def test_a_body_at_the_limit_is_read_and_judged_on_its_content(small: NairService) -> None:
    response = httpx.post(f"{small.url}/v1/bundles", content=b"x" * LIMIT)
    assert response.status_code == 400
    assert response.json()["code"] == "malformed"


def test_the_default_limit_fits_real_bundles_not_64_mib(tmp_path: Path) -> None:
    from hostdesk.nair.cli import build_parser

    args = build_parser().parse_args(["serve", "--data", str(tmp_path)])
    assert args.max_body == DEFAULT_MAX_BODY == 8 * 1024 * 1024
    store = Store.open(f"sqlite:///{tmp_path / 'nair.sqlite3'}")
    server = BackgroundServer(create_app(NairKeyPair.generate("NAIR"), store))  # its own default
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as conn:
            conn.sendall(
                b"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + f"Content-Length: {DEFAULT_MAX_BODY + 1}\r\n\r\n".encode()
            )
            assert conn.recv(4096).startswith(b"HTTP/1.1 413 ")
    finally:
        server.stop()
        store.close()


def _partial_upload(port: int, sent: int) -> socket.socket:
    """An upload that announces LIMIT bytes and sends ``sent`` of them, then waits."""
    conn = socket.create_connection(("127.0.0.1", port), timeout=10)
    conn.sendall(
        b"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + f"Content-Length: {LIMIT}\r\n\r\n".encode()
    )
    conn.sendall(b"x" * sent)
    return conn


def _post_until(url: str, status: int, body: bytes = b"junk") -> httpx.Response:
    """Post a body until the answer has ``status`` (the server takes the others in first)."""
    deadline = time.monotonic() + 15
    while True:
        response = httpx.post(f"{url}/v1/bundles", content=body, timeout=10)
        if response.status_code == status or time.monotonic() > deadline:
            return response
        time.sleep(0.02)


def test_bytes_held_past_the_budget_get_503_with_retry_after_and_the_rest_still_answers(
    tmp_path: Path,
) -> None:
    # Budget: 2 x 4096 bytes. Two uploads hold 4000 bytes each; 1,000 more do not fit.
    with NairService(tmp_path / "nair", max_body=LIMIT, max_uploads=2) as service:
        held = [_partial_upload(service.port, 4000) for _ in range(2)]
        try:
            busy = _post_until(service.url, 503, b"j" * 1000)
            assert busy.status_code == 503 and busy.json()["code"] == "busy"
            assert int(busy.headers["Retry-After"]) > 0
            health = httpx.get(f"{service.url}/v1/health", timeout=10)
            assert health.status_code == 200  # reading and judging never block the others
            unsigned = httpx.get(f"{service.url}/v1/receipts/nothing-here", timeout=10)
            assert unsigned.status_code == 401
        finally:
            for conn in held:
                conn.close()
        judged = _post_until(service.url, 400, b"j" * 1000)  # the bytes are free again
        assert judged.json()["code"] == "malformed"


def test_uploads_that_send_little_hold_no_place(tmp_path: Path) -> None:
    # Before: eight uploads sending 10 bytes of 1,000 took every place. Now they hold 10 bytes.
    with NairService(tmp_path / "nair", max_body=LIMIT, max_uploads=2) as service:
        held = [_partial_upload(service.port, 10) for _ in range(8)]
        try:
            assert _post_until(service.url, 400, b"j" * 1000).json()["code"] == "malformed"
        finally:
            for conn in held:
                conn.close()
