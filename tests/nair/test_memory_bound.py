"""The red team's inflating bundles against ``hostdesk-nair serve``: memory stays bounded.

Before: eight small signed bundles inflating to 250 MiB each took the service to
3.8 GB (2.2 GB still held after). Now a file is inflated as a stream up to its
limit, reports are parsed only within JSON limits, and two bundles are opened
at once: eight bundles at every limit at once stay under ``BOUND``.
"""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from tests.hostile_bundles import inflating_bundle, widest_report
from tests.nair_process import NairProcess
from tests.nair_support import make_entity, seal_report

# docs/nair-service.md states it: the service stays under 400 MiB whatever uploads do.
BOUND = 400 * 1024 * 1024


@pytest.mark.slow
def test_eight_inflating_bundles_at_once_stay_under_the_bound(tmp_path: Path) -> None:
    entity = make_entity()
    with NairProcess(tmp_path / "nair") as nair:
        nair.register(entity)
        assert nair.public_keys is not None
        bundles = [inflating_bundle(entity, nair.public_keys, f"2026-{m:02d}") for m in range(1, 9)]
        assert all(len(data) < 1024 * 1024 for data in bundles)
        assert len(widest_report()) > 8_000_000
        statuses: list[int] = []

        def send(data: bytes) -> None:
            statuses.append(httpx.post(f"{nair.url}/v1/bundles", content=data,
                                       timeout=120).status_code)  # fmt: skip

        threads = [threading.Thread(target=send, args=(data,)) for data in bundles]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert statuses == [422] * 8  # parsed within limits, then refused by the schema
        real = seal_report(entity, nair.public_keys, month="2026-11")
        answer = httpx.post(f"{nair.url}/v1/bundles", content=real.data, timeout=60)
        assert answer.status_code == 201
        peak = nair.peak_rss()
    assert peak < BOUND, f"peak {peak / 2**20:.0f} MiB"
