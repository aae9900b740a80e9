"""A history rewritten with the raw key is caught by the NAIR's receipts (docs/audit.md).

Before: ``hostdesk verify`` accepted an entry edited with every later hash
recomputed, and the newest entries deleted. Each bundle now carries the chain's
head, the NAIR's signed receipt repeats it, and ``verify --against-nair`` or
``--receipts DIR`` checks the chain still has it.
"""

from __future__ import annotations

import json
import random
import stat
from pathlib import Path

import pytest
import sqlcipher3

from hostdesk.cli.main import main
from hostdesk.storage import audit
from hostdesk.storage.database import DB_NAME, key_pragma
from hostdesk.storage.vault import Vault
from hostdesk.sync import delivery
from hostdesk.sync.http_transport import HttpTransport
from hostdesk.sync.receipt import parse_receipt
from tests.conftest import PASSPHRASE
from tests.nair_support import NairService
from tests.sync.conftest import FakeClock, add_submitted


def _deliver_two_months(vault: Vault, clock: FakeClock, rng: random.Random) -> None:
    for month in ("2026-10", "2026-11"):
        add_submitted(vault, month)
        with vault.changing() as session:  # work goes on between the months
            for family_id in range(1, 6):
                audit.append(session, vault.user.username, "family.open", "family", family_id)
        with HttpTransport(timeout=5.0) as transport:
            assert len(delivery.send_due(vault, transport, clock=clock, rng=rng).delivered) == 1


def _rewrite(path: Path, key: bytes, *, from_seq: int, drop_after: int | None = None) -> None:
    """What a raw-key holder can do: edit an entry, recompute every later hash, cut the tail."""
    conn = sqlcipher3.connect(str(path / DB_NAME))
    conn.execute(key_pragma(key))
    if drop_after is not None:
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (drop_after,))
    conn.execute("UPDATE audit_log SET object_id = '999' WHERE seq = ?", (from_seq,))
    rows = conn.execute(
        "SELECT seq, at, actor, action, object_type, object_id, detail, rows_digest"
        " FROM audit_log WHERE seq >= ? ORDER BY seq", (from_seq,),
    ).fetchall()  # fmt: skip
    (prev,) = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (from_seq - 1,)).fetchone()
    for seq, at, actor, action, otype, oid, detail, covered in rows:
        digest = audit._entry_hash(prev, seq, at, actor, action, otype, oid, detail, covered)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                     (prev, digest, seq))  # fmt: skip
        prev = digest
    conn.commit()
    conn.close()


def _verify(capsys: pytest.CaptureFixture[str], args: list[str], *extra: str) -> tuple[int, str]:
    code = main(["verify", *args, *extra])
    return code, capsys.readouterr().out


@pytest.fixture
def delivered(
    linked: Vault, clock: FakeClock, rng: random.Random, tmp_path: Path
) -> tuple[list[str], bytes, Path]:
    _deliver_two_months(linked, clock, rng)
    key = bytes.fromhex(linked.raw_key_hex(PASSPHRASE))
    path = linked.path
    linked.close()
    return ["--vault", str(path)], key, path


def test_receipts_carry_the_chain_head_and_an_intact_vault_verifies(
    delivered: tuple[list[str], bytes, Path], passphrase_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], nair_service: NairService,
) -> None:  # fmt: skip
    vault_args, _key, _path = delivered
    args = [*vault_args, "--passphrase-file", str(passphrase_file)]
    saved = tmp_path / "receipts"
    assert main(["sync", "save-receipts", *args, "--out", str(saved)]) == 0
    files = sorted(saved.iterdir())
    assert len(files) == 2 and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    receipt, _body, _sig = parse_receipt(files[-1].read_bytes())
    assert receipt.audit_count and receipt.audit_hash and len(receipt.audit_hash) == 64
    code, out = _verify(capsys, args, "--against-nair", "--receipts", str(saved))
    assert code == 0, out
    assert "against the NAIR's receipts: ok (2 receipts, 2 with the chain's head" in out
    with nair_service.store.engine.connect() as conn:  # the NAIR keeps the head it receipted
        kept = conn.exec_driver_sql("SELECT max(audit_count), max(audit_hash) FROM bundle"
                                    " WHERE audit_count = (SELECT max(audit_count) FROM bundle)"
                                    ).one()  # fmt: skip
    assert tuple(kept) == (receipt.audit_count, receipt.audit_hash)
    assert json.loads(files[-1].read_bytes())["receipt"]["audit_count"] == receipt.audit_count


def test_an_early_entry_rewritten_with_every_later_hash_recomputed_is_caught(
    delivered: tuple[list[str], bytes, Path], passphrase_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_args, key, path = delivered
    args = [*vault_args, "--passphrase-file", str(passphrase_file)]
    saved = tmp_path / "receipts"
    assert main(["sync", "save-receipts", *args, "--out", str(saved)]) == 0
    capsys.readouterr()
    _rewrite(path, key, from_seq=3)
    code, out = _verify(capsys, args)
    assert code == 0 and "audit chain: ok" in out  # the chain alone cannot see it
    code, out = _verify(capsys, args, "--against-nair")
    assert code == 1
    assert "differs from what the NAIR receipted" in out
    code, out = _verify(capsys, args, "--receipts", str(saved))
    assert code == 1 and "the history before it was rewritten" in out


def test_the_newest_entries_deleted_are_caught(
    delivered: tuple[list[str], bytes, Path], passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_args, key, path = delivered
    args = [*vault_args, "--passphrase-file", str(passphrase_file)]
    _rewrite(path, key, from_seq=5, drop_after=6)
    code, out = _verify(capsys, args, "--against-nair")
    assert code == 1 and "the chain no longer has it" in out


def test_a_change_after_the_last_receipt_is_not_seen_as_documented(
    delivered: tuple[list[str], bytes, Path], passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_args, key, path = delivered
    args = [*vault_args, "--passphrase-file", str(passphrase_file)]
    conn = sqlcipher3.connect(str(path / DB_NAME))
    conn.execute(key_pragma(key))
    (last,) = conn.execute("SELECT max(seq) FROM audit_log").fetchone()
    conn.close()
    _rewrite(path, key, from_seq=last)  # the newest entry only: after the last receipt
    code, out = _verify(capsys, args, "--against-nair")
    assert code == 0, out  # docs/audit.md: what comes after the last receipt waits for the next
