"""Throughput of the NAIR service: bundles per second from concurrent clients on loopback.

    .venv/bin/python scripts/nair_benchmark.py --clients 4 --bundles 200 --db sqlite postgresql

The bundles are real: one monthly report (JSON + PDF) is built from a synthetic
demo vault, then re-addressed to several synthetic entities and months (its
month, period and entity name rewritten, so each still validates) and sealed
in advance; sealing is timed apart. The service runs as its own process
(``hostdesk-nair serve``) so that the clients' threads do not share its
interpreter. PostgreSQL is a throwaway cluster (fsync on, as in production);
SQLite is the embedded default (WAL, synchronous FULL). Everything lives in a
temporary folder that is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from report_benchmark import _busiest_month  # noqa: E402

from hostdesk.nair.keystore import create_keystore  # noqa: E402
from hostdesk.nair.registry import register_entity  # noqa: E402
from hostdesk.nair.store import Store  # noqa: E402
from hostdesk.reports.monthly import build_monthly_report  # noqa: E402
from hostdesk.reports.monthly_build import Month  # noqa: E402
from hostdesk.storage.demo.writer import create_demo_vault  # noqa: E402
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests  # noqa: E402
from hostdesk.sync.keys import NairPublicKeys, canonical  # noqa: E402
from tests.nair_support import SampleEntity, make_entity, seal_report  # noqa: E402
from tests.postgres_support import PostgresCluster, find_bin_dir, free_port  # noqa: E402

PASSPHRASE = "benchmark passphrase for the NAIR key"


@dataclass
class Run:
    db: str
    seconds: float
    latencies: list[float]
    statuses: dict[int, int]


def _months(last: str, count: int) -> list[str]:
    m = Month.parse(last)
    out = []
    year, month = m.year, m.month
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def _report_for(base: dict, entity: SampleEntity, month: str) -> bytes:
    m = Month.parse(month)
    report = {
        **base,
        "month": month,
        "entity": {"name": entity.name, "nair_code": entity.nair_code},
    }
    report["period"] = {"start": m.first.isoformat(), "end": m.last.isoformat()}
    return canonical(report)


def _post_all(url: str, bundles: list[bytes], clients: int) -> tuple[float, list[float], dict]:
    work: queue.Queue[bytes] = queue.Queue()
    for data in bundles:
        work.put(data)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)

    def client() -> None:
        with httpx.Client(timeout=60) as http:
            start.wait()
            while True:
                try:
                    data = work.get_nowait()
                except queue.Empty:
                    return
                began = time.perf_counter()
                status = http.post(f"{url}/v1/bundles", content=data).status_code
                took = time.perf_counter() - began
                with lock:
                    latencies.append(took)
                    statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, latencies, statuses


def _serve(data: Path, db_url: str, passphrase_file: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = (data / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "hostdesk.nair.cli", "serve", "--data", str(data), "--db", db_url,
         "--port", str(port), "--passphrase-file", str(passphrase_file)],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v1/health").status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"the service did not start; see {data / 'serve.log'}")


def _bench(
    db: str, db_url: str, folder: Path, entities: list[SampleEntity], bundles: list[bytes],
    clients: int, keys_folder: Path,
) -> tuple[Run, Run]:  # fmt: skip
    store = Store.open(db_url)
    for entity in entities:
        register_entity(store, entity.enrollment_bytes())
    store.close()
    process, url = _serve(keys_folder, db_url, folder / "passphrase.txt")
    try:
        first = Run(db, *_post_all(url, bundles, clients))
        resend = Run(db, *_post_all(url, bundles, clients))
    finally:
        process.terminate()
        process.wait(timeout=30)
    return first, resend


def _line(label: str, run: Run) -> str:
    ordered = sorted(run.latencies)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    rate = len(run.latencies) / run.seconds
    p50 = statistics.median(ordered)
    return (
        f"{run.db:<10} {label:<8} {len(run.latencies):>5} bundles {run.seconds:7.2f} s "
        f"{rate:8.1f}/s  p50 {p50 * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms  "
        f"statuses {run.statuses}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--bundles", type=int, default=200)
    parser.add_argument("--entities", type=int, default=20)
    parser.add_argument("--families", type=int, default=300, help="demo vault size")
    parser.add_argument("--db", nargs="+", default=["sqlite", "postgresql"],
                        choices=["sqlite", "postgresql"])  # fmt: skip
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hostdesk-nair-bench-") as tmp:
        folder = Path(tmp)
        vault = create_demo_vault(folder / "vault", "benchmark passphrase",
                                  families=args.families, kdf=KDF_FLOOR)  # fmt: skip
        month = _busiest_month(vault)
        draft = build_monthly_report(vault, month)
        vault.close()
        json_kib, pdf_kib = len(draft.json_bytes) / 1024, len(draft.pdf_bytes) / 1024
        sizes = f"JSON {json_kib:.0f} KiB, PDF {pdf_kib:.0f} KiB"
        print(f"report of {len(draft.data['families'])} families ({month}): {sizes}")

        keys_folder = folder / "nair"
        (folder / "passphrase.txt").write_text(PASSPHRASE + "\n")
        pair = create_keystore(keys_folder, "NAIR benchmark", PASSPHRASE, kdf=KDF_FLOOR)
        nair: NairPublicKeys = pair.public()
        entities = [make_entity(f"ent-bench-{n:03d}") for n in range(args.entities)]
        months = _months(month, -(-args.bundles // len(entities)))
        base = json.loads(draft.json_bytes)
        started = time.perf_counter()
        sealed = [
            seal_report(entity, nair, month=m, report_json=_report_for(base, entity, m),
                        report_pdf=draft.pdf_bytes).data
            for m in months for entity in entities
        ][: args.bundles]  # fmt: skip
        took = time.perf_counter() - started
        print(f"sealed {len(sealed)} bundles of {len(sealed[0]) / 1024:.0f} KiB in {took:.1f} s "
              f"({len(sealed) / took:.1f}/s, one thread)")  # fmt: skip
        print(f"{args.clients} client threads, service in its own process, loopback HTTP")

        for db in args.db:
            cluster = None
            if db == "sqlite":
                url = f"sqlite:///{folder / 'bench.sqlite3'}"
            else:
                bin_dir = find_bin_dir()
                if bin_dir is None:
                    print("postgresql: no server binaries; skipped")
                    continue
                cluster = PostgresCluster(bin_dir, fsync=True)
                cluster.start()
                url = cluster.new_database()
            try:
                first, resend = _bench(db, url, folder, entities, sealed, args.clients,
                                       keys_folder)  # fmt: skip
            finally:
                if cluster is not None:
                    cluster.stop()
            print(_line("new", first))
            print(_line("resend", resend))
    return 0


if __name__ == "__main__":
    # Throwaway vaults: the derivation made cheap in code, never in their headers.
    with cheap_derivation_for_tests():
        sys.exit(main())
