"""Time anonymisation (with the search-index merge) and one subject-access export.

    .venv/bin/python scripts/gdpr_timings.py --families 2000 [--anonymise 10]

Builds a synthetic demo vault in a temporary folder (fast KDF parameters),
sets a one-year retention period so that families are due, and prints the
figures. Not part of the tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlmodel import select

from hostdesk.reports.subject_access import build_subject_access
from hostdesk.storage import retention, settings
from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests
from hostdesk.storage.models import Member


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=2000)
    parser.add_argument("--anonymise", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hostdesk-gdpr-") as tmp:
        started = time.perf_counter()
        vault = create_demo_vault(Path(tmp) / "demo", "demo-hostdesk", families=args.families,
                                  seed=1, kdf=KDF_FLOOR)  # fmt: skip
        print(f"demo vault of {args.families} families: {time.perf_counter() - started:.1f} s")
        with vault:
            with vault.changing() as session:
                settings.put(session, vault.user.username, settings.RETENTION_YEARS, 1)
            with vault.session() as session:
                due = retention.due_for_anonymisation(session, date.today())
                member_id = session.exec(select(Member.id)).first()
            ids = [d.family_id for d in due[: args.anonymise]]
            started = time.perf_counter()
            retention.anonymise(vault, ids, date.today())
            took = time.perf_counter() - started
            print(f"anonymise {len(ids)} of {len(due)} due families (index merge and WAL "
                  f"truncation included): {took:.2f} s")  # fmt: skip
            assert member_id is not None
            started = time.perf_counter()
            export = build_subject_access(vault, member_id)
            took = time.perf_counter() - started
            sizes = f"JSON {len(export.json_bytes)} B, PDF {len(export.pdf_bytes)} B"
            print(f"subject-access export of one person ({sizes}): {took:.2f} s")
    return 0


if __name__ == "__main__":
    # Throwaway vaults: the derivation made cheap in code, never in their headers.
    with cheap_derivation_for_tests():
        sys.exit(main())
