"""The red team's attacks on ``hostdesk-nair serve`` (its own process, loopback): what they cost.

    .venv/bin/python scripts/hostile_clients_benchmark.py

1. 150 connections that send nothing and 8 uploads sending a byte a second:
   how long health takes to answer, and a real bundle to be delivered, meanwhile.
2. 8 bundles inflating to every limit of the service at once: the service's
   peak resident memory (VmHWM), and after them a real bundle's delivery.
Figures go to docs/nair-service.md; nothing here is a pass/fail test.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile_bundles import inflating_bundle  # noqa: E402
from tests.nair_process import NairProcess  # noqa: E402
from tests.nair_support import make_entity, seal_report  # noqa: E402

IDLE, TRICKLING = 150, 8


def _trickle(port: int, stop: threading.Event) -> None:
    with socket.create_connection(("127.0.0.1", port)) as conn:
        conn.sendall(b"POST /v1/bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n")
        conn.settimeout(1.0)
        while not stop.is_set():
            try:
                if not conn.recv(4096):
                    return
            except TimeoutError:
                try:
                    conn.sendall(b"x")
                except OSError:
                    return
            except OSError:
                return


def _timed(action):  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    result = action()
    return result, time.perf_counter() - began


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="hostdesk-hostile-") as tmp:
        entity = make_entity()
        with NairProcess(Path(tmp) / "nair") as nair:
            nair.register(entity)
            assert nair.public_keys is not None
            print(f"service idle: peak RSS {nair.peak_rss() / 2**20:.0f} MiB")

            idle = [socket.create_connection(("127.0.0.1", nair.port)) for _ in range(IDLE)]
            stop = threading.Event()
            tricklers = [threading.Thread(target=_trickle, args=(nair.port, stop), daemon=True)
                         for _ in range(TRICKLING)]  # fmt: skip
            for thread in tricklers:
                thread.start()
            time.sleep(1.0)
            health, took = _timed(lambda: httpx.get(f"{nair.url}/v1/health", timeout=30))
            print(f"{IDLE} idle + {TRICKLING} trickling: health {health.status_code} "
                  f"in {took * 1000:.0f} ms")  # fmt: skip
            real = seal_report(entity, nair.public_keys, month="2026-10")
            sent, took = _timed(lambda: httpx.post(f"{nair.url}/v1/bundles", content=real.data,
                                                   timeout=60))  # fmt: skip
            print(f"  a real bundle ({len(real.data)} bytes): HTTP {sent.status_code} "
                  f"in {took * 1000:.0f} ms")  # fmt: skip
            began = time.perf_counter()
            for thread in tricklers:
                thread.join(timeout=60)
            print(f"  the trickling uploads were cut off {time.perf_counter() - began:.1f} s "
                  "after that")  # fmt: skip
            stop.set()
            for conn in idle:
                conn.close()

            bundles = [inflating_bundle(entity, nair.public_keys, f"2025-{m:02d}")
                       for m in range(1, 9)]  # fmt: skip
            statuses: list[int] = []

            def send(data: bytes) -> None:
                statuses.append(httpx.post(f"{nair.url}/v1/bundles", content=data,
                                           timeout=300).status_code)  # fmt: skip

            threads = [threading.Thread(target=send, args=(data,)) for data in bundles]
            began = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            print(f"8 inflating bundles of {len(bundles[0])} bytes (8 MiB of JSON each) at once: "
                  f"statuses {sorted(statuses)} in {time.perf_counter() - began:.1f} s")
            print(f"  service peak RSS {nair.peak_rss() / 2**20:.0f} MiB")
            real = seal_report(entity, nair.public_keys, month="2026-11")
            sent, took = _timed(lambda: httpx.post(f"{nair.url}/v1/bundles", content=real.data,
                                                   timeout=60))  # fmt: skip
            print(f"  then a real bundle: HTTP {sent.status_code} in {took * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
