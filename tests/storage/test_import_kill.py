"""An import killed with SIGKILL at any moment saves all its families or none of them.

Each round starts a fresh process that imports a 600-row spreadsheet into
the same vault and kills it after a random delay spread over the whole run
(reading, checking, the one transaction, after it). Then the vault must open,
pass its integrity checks, keep an intact audit chain, and hold the families
of every import that said it was saved and nothing of one that did not: no
family without its members, identifiers, search-index rows and audit entries.
``HOSTDESK_IMPORT_KILL_ROUNDS`` sets the number of rounds (default 5).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.fork_server import Lines

REPO = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("HOSTDESK_IMPORT_KILL_ROUNDS", "5"))
ROWS = 600
TIMEOUT = 120.0


def _write_sheet(path: Path, round_no: int) -> None:
    """Families of three; NIFs left out so that every round's file is new to the vault."""
    lines = ["Processo;Titular;Nome;Apelido;Sexo;Data de nascimento;Via de chegada;"
             "Início do programa;Telefone;Observações"]  # fmt: skip
    for row in range(ROWS):
        family, member = divmod(row, 3)
        first = member == 0
        lines.append(";".join([
            f"R{round_no}-{family}", "sim" if first else "não", f"Pessoa{row}",
            f"Sintética{family}", "H" if member % 2 else "M", str(1970 + row % 40),
            "Recolocação" if first else "", "01/03/2025" if first else "",
            f"91{row:07d}", "nota sintética" if first else "",
        ]))  # fmt: skip
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def _counts(vault_dir: Path) -> dict[str, int]:
    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as vault:
        assert vault.integrity_problems() == []
        assert vault.audit_report().ok
        with vault.engine.connect() as conn:
            sql = conn.exec_driver_sql
            assert sql("PRAGMA cipher_integrity_check").fetchall() == []
            half_made = sql(
                "SELECT count(*) FROM family f WHERE"
                " (SELECT count(*) FROM member m WHERE m.family_id = f.id) != 3"
                " OR NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'family.create'"
                "                AND l.object_id = CAST(f.id AS TEXT))"
                " OR NOT EXISTS (SELECT 1 FROM activity a WHERE a.family_id = f.id)"
            ).scalar_one()
            assert half_made == 0
            return {
                table: sql(f"SELECT count(*) FROM {table}").scalar_one()
                for table in ("family", "member", "activity", "audit_log", "search_index")
            }


def _run(
    vault_dir: Path, passphrase_file: Path, sheet: Path, delay: float | None
) -> tuple[list[str], float]:
    """The victim's lines, and how long its save took (or killed ``delay`` s into it)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.import_victim", str(vault_dir), COORDINATOR,
         str(passphrase_file), str(sheet)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert process.stdout is not None
    lines = Lines(process.stdout.fileno())
    try:
        before = lines.read_until("saving", TIMEOUT)
        started = time.monotonic()
        took = 0.0
        if delay is not None:
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)  # our own child, by its handle
        else:
            before += lines.read_until("saved", TIMEOUT)
            took = time.monotonic() - started  # from "saving" to the commit acknowledged
        rest, _ = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(TIMEOUT)
    # Lines read from the pipe past the one waited for are still in the reader's buffer.
    unread = lines._buffer + rest
    return [*before, *unread.decode("utf-8").splitlines()], took


@pytest.mark.slow
def test_a_killed_import_saves_every_family_or_none(tmp_path: Path, passphrase_file: Path) -> None:
    vault_dir = tmp_path / "vault"
    vault, _ = Vault.create(vault_dir, entity_name="Teste", username=COORDINATOR,
                            passphrase=PASSPHRASE, kdf=KDF_FLOOR)  # fmt: skip
    vault.close()
    rng = random.Random(int(os.environ.get("HOSTDESK_CRASH_SEED", "11")))
    families = ROWS // 3
    sheet = tmp_path / "round-0.csv"
    _write_sheet(sheet, 0)
    lines, save_time = _run(vault_dir, passphrase_file, sheet, None)  # how long a save takes
    assert f"saved {families}" in lines
    before = _counts(vault_dir)
    assert before["family"] == families
    killed_inside = 0
    for round_no in range(1, ROUNDS + 1):
        sheet = tmp_path / f"round-{round_no}.csv"
        _write_sheet(sheet, round_no)
        lines, _took = _run(vault_dir, passphrase_file, sheet, rng.uniform(0, 1.2) * save_time)
        after = _counts(vault_dir)
        acknowledged = f"saved {families}" in lines
        added = after["family"] - before["family"]
        # All of the import or none of it; all of it when it said so.
        assert added in ((families,) if acknowledged else (0, families)), (round_no, added)
        assert after["member"] - before["member"] == 3 * added
        assert after["activity"] - before["activity"] == added
        # Each family, member and note has its index row.
        assert after["search_index"] - before["search_index"] == 5 * added
        killed_inside += not acknowledged and added == 0
        before = after
    assert killed_inside >= 1, "no kill fell inside an import's save; raise the rounds"
