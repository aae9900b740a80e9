"""The desktop client reads nothing without a bound: huge or deep answers, receipts and 4xx."""

from __future__ import annotations

import random
import socket
import threading
from datetime import UTC, datetime, timedelta

import pytest

from hostdesk.storage.vault import Vault
from hostdesk.sync import delivery, endpoint, files, outbox
from hostdesk.sync.errors import SyncError
from hostdesk.sync.http_transport import HttpTransport
from hostdesk.sync.outbox import BundleState
from hostdesk.sync.transport import SendJob, Transient
from tests.nair_support import NairService
from tests.sync.conftest import FakeClock, add_submitted

CHUNK = b"x" * (1024 * 1024)


class EndlessAnswer(threading.Thread):
    """A server that answers any request with ``head`` and then ``body`` bytes until cut off."""

    def __init__(self, head: bytes, body: bytes = CHUNK, limit: int = 2 * 1024**3) -> None:
        super().__init__(daemon=True)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.head, self.body, self.limit = head, body, limit
        self.sent = 0

    def run(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            conn.settimeout(5)
            conn.recv(65536)  # the request (small enough to come in one read here)
            try:
                conn.sendall(self.head)
                while self.sent < self.limit:
                    conn.sendall(self.body)
                    self.sent += len(self.body)
            except OSError:
                return


def _job(port: int) -> SendJob:
    return SendJob(outbox_id=1, bundle_id="00000000-0000-4000-8000-000000000000", data=b"b" * 100,
                   sha256="0" * 64, url=f"http://127.0.0.1:{port}", nair_signing_key=b"\0" * 32,
                   recovering=False)  # fmt: skip


def test_a_2_gib_answer_is_dropped_after_a_receipt_s_worth(tmp_path: object) -> None:
    server = EndlessAnswer(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n")
    server.start()
    with HttpTransport(timeout=10.0) as transport:
        outcome = transport.deliver(_job(server.port))
    server.join(timeout=30)
    assert isinstance(outcome, Transient) and outcome.code == "oversized_answer"
    assert server.sent < 64 * 1024 * 1024  # it stopped reading: the kernel's buffers, no more


def test_a_deeply_nested_refusal_is_a_sentence_not_a_recursion_error() -> None:
    deep = b"[" * 60_000 + b"]" * 60_000
    head = (b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(deep)}\r\n\r\n".encode())  # fmt: skip
    server = EndlessAnswer(head, deep, limit=len(deep))
    server.start()
    with HttpTransport(timeout=10.0) as transport:
        outcome = transport.deliver(_job(server.port))
    assert isinstance(outcome, Transient)
    assert "not the NAIR" in outcome.reason


def test_a_deeply_nested_receipt_file_is_refused_with_a_sentence(
    vault: Vault, nair_service: NairService
) -> None:
    endpoint.configure(vault, "", nair_service.public_keys)
    add_submitted(vault, "2026-11")
    outbox.heal(vault)
    deep = b'{"receipt":' * 1200 + b"1" + b"}" * 1200  # 14 kB: under the size limit
    with pytest.raises(SyncError, match="not a NAIR receipt"):
        files.import_receipt(vault, deep)


def test_a_refusal_the_nair_could_lift_is_not_retried_forever(
    vault: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    endpoint.configure(vault, nair_service.url, nair_service.public_keys)  # never registered
    add_submitted(vault, "2026-11")
    with HttpTransport(timeout=5.0) as transport:
        first = delivery.send_due(vault, transport, clock=clock, rng=rng)
        assert len(first.retrying) == 1
        clock.now = datetime.now(UTC) + delivery.HELD_GIVE_UP + timedelta(days=1)  # from sealing
        last = delivery.send_due(vault, transport, clock=clock, rng=rng, everything=True)
    assert len(last.rejected) == 1
    [info] = outbox.list_bundles(vault)
    assert info.state is BundleState.REJECTED and info.rejected_code == "unknown_entity"
    assert "seal the report again" in info.last_error
    assert info.can_reseal
