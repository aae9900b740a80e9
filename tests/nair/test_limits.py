"""Bodies over the service's limit are refused with 413, announced or counted as they stream."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

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
