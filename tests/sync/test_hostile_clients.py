"""The red-team's idle and trickling clients, while a real entity sends with the real CLI.

150 connections that send nothing and 8 uploads that send a byte a second hold
no place the service needs: health answers 200 and ``hostdesk sync send``
delivers its bundle meanwhile, with the service's default limits.
``scripts/hostile_clients_benchmark.py`` measures how long that takes.
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import httpx
import pytest

from hostdesk.cli.main import main
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from hostdesk.sync import outbox
from hostdesk.sync.outbox import BundleState
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.nair_support import NairService
from tests.sync.conftest import add_submitted, link

IDLE = 150
TRICKLING = 8


class Trickler(threading.Thread):
    """An upload announcing 1 MB that sends one byte a second until the server hangs up."""

    def __init__(self, port: int) -> None:
        super().__init__(daemon=True)
        self.conn = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.conn.sendall(
            b"POST /v1/bundles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\nx"
        )
        self.answer = b""
        self.stop = threading.Event()

    def run(self) -> None:
        self.conn.settimeout(1.0)
        while not self.stop.is_set():
            try:
                chunk = self.conn.recv(4096)
                if not chunk:
                    return
                self.answer += chunk
            except TimeoutError:
                try:
                    self.conn.sendall(b"x")
                except OSError:
                    return
            except OSError:
                return


@pytest.mark.slow
def test_idle_and_trickling_clients_do_not_stop_health_or_a_real_delivery(
    tmp_path: Path, passphrase_file: Path, nair_service: NairService,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_dir = tmp_path / "vault"
    vault, _ = Vault.create(vault_dir, entity_name="Associação de Teste", username=COORDINATOR,
                            passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    link(vault, nair_service)
    add_submitted(vault, "2026-11")
    vault.close()

    idle = [socket.create_connection(("127.0.0.1", nair_service.port)) for _ in range(IDLE)]
    tricklers = [Trickler(nair_service.port) for _ in range(TRICKLING)]
    for trickler in tricklers:
        trickler.start()
    try:
        assert httpx.get(f"{nair_service.url}/v1/health", timeout=10).status_code == 200
        code = main(["sync", "send", "--vault", str(vault_dir),
                     "--passphrase-file", str(passphrase_file)])  # fmt: skip
        out = capsys.readouterr().out
        assert code == 0, out
        assert "delivered" in out
        assert httpx.get(f"{nair_service.url}/v1/health", timeout=10).status_code == 200
    finally:
        for trickler in tricklers:
            trickler.join(timeout=30)  # the service cuts them off within its 10 s window
            trickler.stop.set()
        for conn in idle:
            conn.close()
    assert all(t.answer.startswith(b"HTTP/1.1 408 ") for t in tricklers)
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as reopened:
        states = [b.state for b in outbox.list_bundles(reopened)]
    assert states == [BundleState.DELIVERED]
