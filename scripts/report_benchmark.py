"""Time the reports on a synthetic demo vault (issue 4's figures).

    .venv/bin/python scripts/report_benchmark.py --families 1000 --batch 500

Measures one family progress report (median of several), the monthly report
(JSON + PDF) for the whole caseload, and a batch of family reports. The demo
vault lives in a temporary folder that is removed at the end, and the PDFs
of the batch are counted, not kept: nothing readable is left behind.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from hostdesk.reports.family import active_family_ids, render_batch, render_family_report
from hostdesk.reports.monthly import build_monthly_report
from hostdesk.reports.monthly_build import Month
from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests
from hostdesk.storage.vault import Vault


def _busiest_month(vault: Vault) -> str:
    """The month in which the most families were in the programme."""
    with vault.session() as session:
        months = [
            r[0]
            for r in session.execute(
                text("SELECT DISTINCT substr(occurred_on, 1, 7) FROM activity ORDER BY 1")
            )
        ]
        best, most = date.today().strftime("%Y-%m"), -1
        for month in months:
            m = Month.parse(month)
            followed = session.execute(
                text(
                    "SELECT count(*) FROM family WHERE programme_start <= :end"
                    " AND (status <> 'exited' OR exit_date >= :start)"
                ),
                {"start": m.first.isoformat(), "end": m.last.isoformat()},
            ).scalar_one()
            if followed > most:
                best, most = month, followed
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--single", type=int, default=20, help="single reports to time")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--month", help="YYYY-MM (default: the month with most families)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hostdesk-bench-") as tmp:
        started = time.perf_counter()
        vault = create_demo_vault(
            Path(tmp) / "vault", "benchmark passphrase", families=args.families,
            seed=args.seed, kdf=KDF_FLOOR,
        )  # fmt: skip
        print(f"demo vault, {args.families} families: {time.perf_counter() - started:.1f} s")
        try:
            month = args.month or _busiest_month(vault)
            start, end = Month.parse(month).first, Month.parse(month).last
            with vault.session() as session:
                ids = active_family_ids(session)
            print(f"month {month}: {len(ids)} active families")

            times, sizes, pages = [], [], []
            for family_id in ids[: args.single]:
                t0 = time.perf_counter()
                pdf = render_family_report(vault, family_id, start, end)
                times.append(time.perf_counter() - t0)
                sizes.append(len(pdf))
                pages.append(pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page"))
            print(
                f"one family report: median {statistics.median(times) * 1000:.0f} ms, "
                f"max {max(times) * 1000:.0f} ms, median size {statistics.median(sizes) / 1024:.0f}"
                f" KiB ({len(times)} reports)"
            )

            t0 = time.perf_counter()
            draft = build_monthly_report(vault, month)
            elapsed = time.perf_counter() - t0
            print(
                f"monthly report {month} ({len(draft.data['families'])} families): "
                f"{elapsed:.2f} s; JSON {len(draft.json_bytes) / 1024:.0f} KiB, "
                f"PDF {len(draft.pdf_bytes) / 1024:.0f} KiB"
            )

            batch_ids = ids[: args.batch]
            written = 0

            def sink(case_number: str, pdf: bytes) -> None:
                nonlocal written
                written += len(pdf)

            t0 = time.perf_counter()
            result = render_batch(vault, batch_ids, start, end, sink=sink)
            elapsed = time.perf_counter() - t0
            print(
                f"batch of {len(batch_ids)} family reports: {elapsed:.1f} s "
                f"({elapsed / max(len(batch_ids), 1) * 1000:.0f} ms each), "
                f"{written / 1024 / 1024:.1f} MiB, {len(result.failures)} failed"
            )
        finally:
            vault.close()
    return 0


if __name__ == "__main__":
    # Throwaway vaults: the derivation made cheap in code, never in their headers.
    with cheap_derivation_for_tests():
        sys.exit(main())
