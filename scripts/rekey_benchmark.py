"""Time removing a user, which re-encrypts the whole vault under a new data key.

    .venv/bin/python scripts/rekey_benchmark.py --families 25000
    .venv/bin/python scripts/rekey_benchmark.py --vault DIR --user NAME --passphrase-file F

Without ``--vault`` it builds a synthetic demo vault of ``--families`` families
in a temporary folder. Either way it adds a social worker, removes them
(``Vault.remove_user``: the decision, the copy under the new key, the new
header), and prints the database size, the time of the removal and of the
copy alone, and how many progress reports the copy gave. It works on a copy
of ``--vault``, never on the folder itself. Not part of the tests.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import rekey
from hostdesk.storage.database import DB_NAME
from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests
from hostdesk.storage.vault import Vault

PASSPHRASE = "benchmark passphrase"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=25000)
    parser.add_argument("--vault", type=Path, help="an existing vault (it is copied first)")
    parser.add_argument("--user", help="a coordinator of --vault")
    parser.add_argument("--passphrase-file", type=Path)
    args = parser.parse_args()
    # A demo made here is throwaway: its derivation is made cheap in code (never in its
    # header); a real --vault is opened at its real cost.
    cheap = contextlib.nullcontext() if args.vault else cheap_derivation_for_tests()
    with cheap, tempfile.TemporaryDirectory(prefix="hostdesk-rekey-") as tmp:
        folder = Path(tmp) / "vault"
        if args.vault:
            shutil.copytree(args.vault, folder)
            passphrase = args.passphrase_file.read_text(encoding="utf-8").splitlines()[0]
            vault = Vault.open(folder, args.user, passphrase)
            print(f"copy of {args.vault}")
        else:
            started = time.perf_counter()
            vault = create_demo_vault(folder, PASSPHRASE, families=args.families, seed=1,
                                      kdf=KDF_FLOOR)  # fmt: skip
            print(f"demo vault of {args.families} families: {time.perf_counter() - started:.1f} s")
        with vault:
            vault.add_user("leaving.worker", Role.SOCIAL_WORKER, "leaving worker's passphrase")
            size = (folder / DB_NAME).stat().st_size
            reports: list[int] = []
            copy = [0.0, 0.0]
            original = rekey.reencrypt

            def timed(*a: object, **k: object) -> None:
                copy[0] = time.perf_counter()
                original(*a, **k)  # type: ignore[arg-type]
                copy[1] = time.perf_counter()

            rekey.reencrypt = timed  # type: ignore[assignment]
            started = time.perf_counter()
            vault.remove_user("leaving.worker", progress=lambda done, total: reports.append(done))
            took = time.perf_counter() - started
        print(f"database {size / 1e6:.1f} MB")
        print(f"remove a user (decision, re-encryption, new header): {took:.1f} s")
        print(f"  of which the copy under the new key: {copy[1] - copy[0]:.1f} s "
              f"({size / 1e6 / max(1e-9, copy[1] - copy[0]):.0f} MB/s), "
              f"{len(reports)} progress reports")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
