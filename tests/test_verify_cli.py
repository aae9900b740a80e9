"""``hostdesk verify`` finds an audit entry changed with the raw key, outside the app."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from hostdesk.cli.main import main
from hostdesk.storage import audit
from hostdesk.storage.database import DB_NAME, key_pragma
from hostdesk.storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_verify_exits_1_naming_the_entry_changed_behind_the_apps_back(
    vault: Vault, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with vault.changing() as session:
        for family_id in range(1, 30):
            audit.append(session, vault.user.username, "family.open", "family", family_id)
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    path = vault.path
    vault.close()
    args = ["verify", "--vault", str(path), "--passphrase-file", str(passphrase_file)]
    assert main(args) == 0
    assert "audit chain: ok" in capsys.readouterr().out

    conn = sqlcipher3.connect(str(path / DB_NAME))
    conn.execute(key_pragma(key))
    # Someone hides that they opened family 17: the entry now names another family.
    conn.execute("UPDATE audit_log SET object_id = '3' WHERE action = 'family.open'"
                 " AND object_id = '17'")  # fmt: skip
    (seq,) = conn.execute("SELECT seq FROM audit_log WHERE object_id = '3'"
                          " AND action = 'family.open' ORDER BY seq DESC").fetchone()  # fmt: skip
    conn.commit()
    conn.close()

    assert main(args) == 1
    out = capsys.readouterr().out
    assert "database integrity: ok" in out
    assert f"audit chain: BROKEN at entry {seq}: entry {seq} was altered" in out
