"""Time the audit log's row coverage: covering an older vault's rows, and ``verify``.

    .venv/bin/python scripts/audit_benchmark.py --vault DIR --user NAME --passphrase-file F
    .venv/bin/python scripts/audit_benchmark.py --families 2000

Works on a copy of ``--vault`` (an older vault is upgraded and covered at its
first opening: that is timed), or on a new demo vault. Then times a full
``audit_report`` (the chain, every entry's rows, every covered row against its
last hash), and a bulk save of demo families with and without the coverage
triggers, per row. Not part of the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from hostdesk.storage import audit_rows
from hostdesk.storage.database import DB_NAME
from hostdesk.storage.demo.synthetic import generate_families
from hostdesk.storage.demo.writer import create_demo_vault, populate
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests
from hostdesk.storage.vault import Vault

PASSPHRASE = "benchmark passphrase"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=2000)
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--user")
    parser.add_argument("--passphrase-file", type=Path)
    parser.add_argument("--bulk", type=int, default=1250, help="families in the bulk-save test")
    args = parser.parse_args()
    # Vaults made here are throwaway: their derivation is made cheap in code (never in
    # their headers); a real --vault is opened at its real cost.
    cheap = contextlib.nullcontext() if args.vault else cheap_derivation_for_tests()
    with cheap, tempfile.TemporaryDirectory(prefix="hostdesk-audit-") as tmp:
        folder = Path(tmp) / "vault"
        if args.vault:
            shutil.copytree(args.vault, folder)
            passphrase = args.passphrase_file.read_text(encoding="utf-8").splitlines()[0]
            size = (folder / DB_NAME).stat().st_size
            started = time.perf_counter()
            vault = Vault.open(folder, args.user, passphrase)
            print(f"first opening of a copy of {args.vault} ({size / 1e6:.0f} MB): upgrade, "
                  f"then every row covered: {time.perf_counter() - started:.1f} s")  # fmt: skip
        else:
            vault = create_demo_vault(folder, PASSPHRASE, families=args.families, seed=1,
                                      kdf=KDF_FLOOR)  # fmt: skip
            print(f"demo vault of {args.families} families")
        with vault:
            with vault.engine.connect() as conn:
                covered = conn.exec_driver_sql("SELECT count(*) FROM audit_row").scalar()
            started = time.perf_counter()
            report = vault.audit_report()
            took = time.perf_counter() - started
            print(f"verify: {report.entries} entries, {report.rows_checked} rows checked "
                  f"({covered} row hashes kept), ok={report.ok}: {took:.1f} s")  # fmt: skip
            print(f"database now {(folder / DB_NAME).stat().st_size / 1e6:.0f} MB")
    for triggers in (True, False):
        folder_made = tempfile.TemporaryDirectory(prefix="hostdesk-audit-")
        with cheap_derivation_for_tests(), folder_made as tmp:
            original = audit_rows.install_triggers
            if not triggers:
                audit_rows.install_triggers = lambda conn: None  # type: ignore[assignment]
            try:
                vault, _ = Vault.create(Path(tmp) / "v", entity_name="E", username="u",
                                        passphrase=PASSPHRASE, kdf=KDF_FLOOR)  # fmt: skip
                families = list(generate_families(args.bulk, seed=1))
                started = time.perf_counter()
                result = populate(vault, families, batch_size=args.bulk)
                took = time.perf_counter() - started
                vault.close()
            finally:
                audit_rows.install_triggers = original  # type: ignore[assignment]
            print(f"bulk save of {args.bulk} families ({result.rows} rows), coverage "
                  f"{'on' if triggers else 'off'}: {took:.1f} s "
                  f"({took / result.rows * 1e6:.0f} µs a row)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
