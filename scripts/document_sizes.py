"""What documents cost the vault, its backups and its pre-upgrade copies: measured.

    .venv/bin/python scripts/document_sizes.py [--documents 20] [--mb 2]

Adds synthetic, incompressible "scans" (a PDF header and random bytes) to a new
vault, then prints the growth of the database file and of an encrypted backup
against the bytes added, and the time to add, open (hash checked) and erase one.
A pre-upgrade copy is the database file itself, so it grows as the file does.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import attachments, backup, families, retention
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault


def _checkpointed_size(vault: Vault) -> int:
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return (vault.path / "vault.db").stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--mb", type=float, default=2.0, help="size of each document, in MB")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    with tempfile.TemporaryDirectory(prefix="hostdesk-docs-") as tmp:
        vault, _ = Vault.create(
            Path(tmp) / "v", entity_name="E", username="coord",
            passphrase="a long synthetic passphrase", kdf=FAST_TEST_PARAMS,
        )  # fmt: skip
        with vault.changing() as session:
            family = families.create_family(
                session, vault.user, programme_start=date(2026, 1, 5),
                arrival_channel=ArrivalChannel.RESETTLEMENT,
            )  # fmt: skip
            assert family.id is not None
            family_id = family.id
        empty_db = _checkpointed_size(vault)
        empty_backup = backup.create_backup(vault, Path(tmp) / "empty.hdbackup").stat().st_size
        adds: list[float] = []
        ids: list[int] = []
        for _ in range(args.documents):
            content = b"%PDF-1.7\n" + os.urandom(size - 9)
            draft = attachments.AttachmentDraft("other", "", content)
            started = time.perf_counter()
            with vault.changing() as session:
                ids.append(attachments.add(session, vault.user, family_id, draft).id)
            adds.append(time.perf_counter() - started)
        added = args.documents * size
        full_db = _checkpointed_size(vault)
        full_backup = backup.create_backup(vault, Path(tmp) / "full.hdbackup").stat().st_size
        started = time.perf_counter()
        attachments.open_in_vault(vault, ids[0])
        opened = time.perf_counter() - started
        started = time.perf_counter()
        retention.erase_attachment(vault, ids[1])
        erased = time.perf_counter() - started
        vault.close()
    print(f"{args.documents} documents of {size:,} bytes: {added:,} bytes added")
    print(f"database file: +{full_db - empty_db:,} bytes ({(full_db - empty_db) / added:.3f}x)")
    print(f"backup file:   +{full_backup - empty_backup:,} bytes "
          f"({(full_backup - empty_backup) / added:.3f}x)")  # fmt: skip
    print(f"add one: median {sorted(adds)[len(adds) // 2] * 1000:.0f} ms; "
          f"open one: {opened * 1000:.0f} ms; erase one: {erased * 1000:.0f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
