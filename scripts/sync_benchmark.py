"""Time the sync of one monthly report to the NAIR on loopback (issue 5's figures).

    .venv/bin/python scripts/sync_benchmark.py --families 1800

Builds a synthetic demo vault, picks the month with the most families in the
programme, starts the real NAIR service on 127.0.0.1 (SQLite, fresh keys),
enrolls the vault's entity there and pins the NAIR's key. Then it measures
submit → delivered with a verified receipt: building the report (JSON + PDF),
submitting it, sealing the bundle and sending it over HTTP. Everything lives
in a temporary folder removed at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from report_benchmark import _busiest_month

from hostdesk.nair.registry import register_entity
from hostdesk.reports.monthly import build_monthly_report, store_revision
from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests
from hostdesk.sync import delivery, endpoint, identity, outbox
from hostdesk.sync.http_transport import HttpTransport
from hostdesk.sync.outbox import BundleState

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.nair_support import NairService  # the real service, as the tests run it


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=1800)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--month", help="YYYY-MM (default: the month with most families)")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hostdesk-sync-bench-") as tmp:
        vault = create_demo_vault(
            Path(tmp) / "vault", "benchmark passphrase", families=args.families,
            seed=args.seed, kdf=KDF_FLOOR,
        )  # fmt: skip
        service = NairService(Path(tmp) / "nair")
        service.start()
        try:
            enrollment, _fingerprint = identity.enrollment_file(vault)
            register_entity(service.store, enrollment)
            endpoint.configure(vault, service.url, service.public_keys)
            month = args.month or _busiest_month(vault)

            t0 = time.perf_counter()
            draft = build_monthly_report(vault, month)
            t_built = time.perf_counter()
            store_revision(vault, draft, submit=True)
            t_submitted = time.perf_counter()
            outbox.heal(vault)
            t_sealed = time.perf_counter()
            with HttpTransport() as transport:
                report = delivery.send_due(vault, transport)
            t_delivered = time.perf_counter()

            [info] = outbox.list_bundles(vault)
            assert info.state is BundleState.DELIVERED, report
            figures = {
                "month": month,
                "families_in_report": len(draft.data["families"]),
                "json_bytes": len(draft.json_bytes),
                "pdf_bytes": len(draft.pdf_bytes),
                "bundle_bytes": info.size,
                "build_s": round(t_built - t0, 3),
                "submit_s": round(t_submitted - t_built, 3),
                "seal_s": round(t_sealed - t_submitted, 3),
                "send_and_verify_s": round(t_delivered - t_sealed, 3),
                "submit_to_delivered_s": round(t_delivered - t_built, 3),
                "build_to_delivered_s": round(t_delivered - t0, 3),
                "reports_at_nair": len(service.store.reports()),
            }
        finally:
            service.stop()
            vault.close()

    for key, value in figures.items():
        print(f"{key:>24}: {value}")
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "sync-benchmark.json").write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    # Throwaway vaults: the derivation made cheap in code, never in their headers.
    with cheap_derivation_for_tests():
        sys.exit(main())
