"""The import kill test's victim: imports a spreadsheet, saying when it starts and ends.

``python -m tests.storage.import_victim VAULT USER PASSPHRASE_FILE CSV``
    opens the vault (prints ``ready``), reads and checks the file, prints
    ``saving N`` just before the one transaction that saves N families, and
    ``saved N`` once it is committed. The test kills it with SIGKILL somewhere
    along the way. Synthetic data only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hostdesk.storage import importing
from hostdesk.storage.kdf import cheap_derivation_for_tests
from hostdesk.storage.vault import Vault


def _emit(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def main(argv: list[str]) -> int:
    vault_dir, user, passphrase_file, csv_path = argv
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").splitlines()[0]
    with Vault.open(Path(vault_dir), user, passphrase) as vault:
        _emit("ready")
        table = importing.read_sheet(Path(csv_path))
        with vault.session() as session:
            mapping, _saved = importing.mapping_for(session, table)
        done = importing.preview(vault, table, mapping)
        selection = done.plan.select(only_valid=True)
        _emit(f"saving {len(selection.households)}")
        summary = importing.commit(vault, done, only_valid=True)
        _emit(f"saved {summary.families}")
    return 0


if __name__ == "__main__":
    with cheap_derivation_for_tests():  # as in the test process (tests/conftest.py)
        sys.exit(main(sys.argv[1:]))
