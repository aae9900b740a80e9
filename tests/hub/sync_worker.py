"""The SIGKILL test's victim: ``python -m tests.hub.sync_worker VAULT PASSPHRASE_FILE``
opens a laptop's vault and syncs with its hub; it prints ``ready`` once the vault is open
and ``done`` when the sync finished."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hostdesk.storage.kdf import cheap_derivation_for_tests
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import hub_sync


def main(vault_dir: str, passphrase_file: str) -> None:
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").splitlines()[0]
    with Vault.open(Path(vault_dir), None, passphrase) as vault:
        os.write(1, b"ready\n")
        with hub_sync.client_for(vault) as client:
            hub_sync.sync_with_hub(vault, client)
        os.write(1, b"done\n")


if __name__ == "__main__":
    with cheap_derivation_for_tests():  # as in the test process (tests/conftest.py)
        main(sys.argv[1], sys.argv[2])
