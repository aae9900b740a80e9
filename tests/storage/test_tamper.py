"""The tamper table (issue 14, item 3): what someone with the raw key changes behind the
app's back, and whether ``verify`` sees it. Each row of docs/audit.md's table is here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from hostdesk.cli.main import main
from hostdesk.domain.vocabulary import ArrivalChannel, IdentifierKind
from hostdesk.storage import audit, audit_rows, families
from hostdesk.storage.database import DB_NAME, key_pragma
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE

NIF = "501964843"


def _family(vault: Vault, name: str) -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 5, 1),
        )  # fmt: skip
        head = families.add_member(session, vault.user, family, name_latin=name, is_head=True)
        families.add_identifier(session, vault.user, head, IdentifierKind.NIF, NIF)
        assert family.id is not None
        return family.id


@pytest.fixture
def closed(vault: Vault) -> Iterator[tuple[Path, bytes]]:
    """A vault with three families and some openings, closed; its path and raw key."""
    for name in ("Amaniqwx Fictícia", "Zubaydaqwx Al-Fictionaly", "Selamqwx Testfamily"):
        _family(vault, name)
    with vault.changing() as session:
        for family_id in (1, 2, 3):
            audit.append(session, vault.user.username, "family.open", "family", family_id)
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    path = vault.path
    vault.close()
    yield path, key


def _raw(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path / DB_NAME), isolation_level=None)
    conn.execute(key_pragma(key))
    return conn


def _tamper(path: Path, key: bytes, *statements: str) -> None:
    conn = _raw(path, key)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def _recompute_chain(path: Path, key: bytes, start: int = 1) -> None:
    """What a careful forger does after editing: every later hash made again."""
    conn = _raw(path, key)
    rows = conn.execute(
        "SELECT seq, at, actor, action, object_type, object_id, detail, rows_digest"
        " FROM audit_log WHERE seq >= ? ORDER BY seq", (start,)
    ).fetchall()  # fmt: skip
    prev = audit.GENESIS_HASH if start == 1 else conn.execute(
        "SELECT hash FROM audit_log WHERE seq = ?", (start - 1,)
    ).fetchone()[0]  # fmt: skip
    for seq, at, actor, action, otype, oid, detail, digest in rows:
        entry = audit._entry_hash(prev, seq, at, actor, action, otype, oid, detail, digest)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                     (prev, entry, seq))  # fmt: skip
        prev = entry
    conn.close()


def _report(path: Path) -> audit.ChainReport:
    with Vault.open(path, COORDINATOR, PASSPHRASE) as vault:
        return vault.audit_report()


def _problems(path: Path) -> str:
    return "\n".join(_report(path).row_problems)


def test_an_untouched_vault_verifies(closed: tuple[Path, bytes]) -> None:
    report = _report(closed[0])
    assert report.ok and report.rows_checked > 9 and report.row_problems == ()


def test_an_edited_case_row_is_seen(closed: tuple[Path, bytes]) -> None:
    path, key = closed
    _tamper(path, key, "UPDATE member SET name_latin = 'Someone Else' WHERE id = 2")
    report = _report(path)
    assert not report.ok and report.first_broken_seq is None  # the chain itself holds
    assert "member 2 was changed outside HostDesk" in _problems(path)
    assert "Someone" not in _problems(path)  # never a row's content


def test_an_edited_identifier_is_seen_and_its_hash_gives_nothing_away(
    closed: tuple[Path, bytes],
) -> None:
    path, key = closed
    conn = _raw(path, key)
    macs = {bytes(m) for (m,) in conn.execute("SELECT mac FROM audit_row WHERE tbl = 'identifier'")}
    conn.close()
    # Without the key, the hash of a NIF cannot be tried against its 10^9 values: the
    # same NIF in three rows gives three different hashes, and none is a plain hash of it.
    assert len(macs) == 3
    assert all(NIF.encode() not in m and len(m) == audit_rows.MAC_LENGTH for m in macs)
    _tamper(path, key, "UPDATE identifier SET value = '124885446' WHERE id = 1")
    assert "identifier 1 was changed outside HostDesk" in _problems(path)


def test_a_row_deleted_or_added_behind_the_apps_back_is_seen(closed: tuple[Path, bytes]) -> None:
    path, key = closed
    _tamper(path, key, "PRAGMA foreign_keys = OFF", "DELETE FROM identifier WHERE id = 2",
            "INSERT INTO identifier (member_id, kind, value, issued_by) VALUES (1, 'nif', "
            "'204716624', '')")  # fmt: skip
    problems = _problems(path)
    assert "identifier 2 was deleted outside HostDesk" in problems
    assert "identifier 4 was added outside HostDesk" in problems


def test_a_deleted_audit_log_fails_verify(
    closed: tuple[Path, bytes], passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, key = closed
    _tamper(path, key, "DELETE FROM audit_log", "DELETE FROM audit_row")
    assert main(["verify", "--vault", str(path), "--passphrase-file", str(passphrase_file)]) == 1
    out = capsys.readouterr().out
    assert "audit chain: EMPTY (0 entries)" in out
    assert "ok (0 entries)" not in out


def test_a_deleted_log_rebuilt_from_nothing_still_fails(closed: tuple[Path, bytes]) -> None:
    path, key = closed
    # Only the log goes; the rows' hashes stay and now belong to no entry.
    _tamper(path, key, "DELETE FROM audit_log")
    problems = _problems(path)
    assert "the audit log is empty" in problems
    assert "which is not in the log" in problems


def test_the_newest_entries_deleted_are_seen_when_they_covered_saves(
    closed: tuple[Path, bytes],
) -> None:
    path, key = closed
    conn = _raw(path, key)
    (last_save,) = conn.execute(
        "SELECT max(seq) FROM audit_log WHERE rows_digest != ''"
    ).fetchone()
    conn.close()
    # Everything from the last save on goes: the entries and their rows' hashes.
    _tamper(path, key, f"DELETE FROM audit_log WHERE seq >= {last_save}",
            f"DELETE FROM audit_row WHERE seq >= {last_save}")  # fmt: skip
    report = _report(path)
    assert report.first_broken_seq is None  # the shorter chain still links up
    assert "was added outside HostDesk" in "\n".join(report.row_problems)


def test_the_newest_entries_that_covered_no_save_are_not_seen(
    closed: tuple[Path, bytes],
) -> None:
    """Documented (docs/audit.md): openings deleted from the end leave no trace inside
    the vault; only an anchor outside it (the NAIR's receipts) shows them."""
    path, key = closed
    _tamper(path, key, "DELETE FROM audit_log WHERE seq >"
                       " (SELECT max(seq) FROM audit_log WHERE rows_digest != '')")  # fmt: skip
    report = _report(path)
    assert report.ok and report.entries < 14


def test_an_entry_edited_with_every_later_hash_recomputed(closed: tuple[Path, bytes]) -> None:
    path, key = closed
    conn = _raw(path, key)
    (opened,) = conn.execute(
        "SELECT min(seq) FROM audit_log WHERE action = 'family.open'"
    ).fetchone()
    (created,) = conn.execute(
        "SELECT seq FROM audit_log WHERE action = 'member.create' AND object_id = '2'"
    ).fetchone()
    conn.close()
    # An opening hidden as another family's, the chain made again: nothing inside the
    # vault contradicts it (documented; an anchor outside the vault does).
    _tamper(path, key, f"UPDATE audit_log SET object_id = '3' WHERE seq = {opened}")
    _recompute_chain(path, key, opened)
    assert _report(path).ok
    # A save's entry edited so that it covers other rows: its rows no longer give its digest.
    _tamper(path, key, f"UPDATE audit_row SET row_key = '3' WHERE seq = {created}"
                       " AND tbl = 'member'")  # fmt: skip
    _recompute_chain(path, key, created)
    problems = _problems(path)
    assert f"the rows recorded for entry {created} were altered" in problems


def test_a_row_hash_forged_without_the_key_is_seen(closed: tuple[Path, bytes]) -> None:
    path, key = closed
    _tamper(path, key, "UPDATE member SET name_latin = 'Someone Else' WHERE id = 2",
            "UPDATE audit_row SET mac = zeroblob(16) WHERE tbl = 'member' AND row_key = '2'")
    problems = _problems(path)
    assert "were altered" in problems or "changed outside HostDesk" in problems


def test_a_database_rekeyed_outside_hostdesk_is_seen(closed: tuple[Path, bytes]) -> None:
    path, key = closed
    # Someone swaps the audit log's key epoch for one of their own making.
    _tamper(path, key, "UPDATE audit_key SET key_check = 'feedfacefeedface'")
    assert "re-keyed outside HostDesk" in _problems(path)


def test_every_table_is_covered_or_left_out_on_purpose(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        tables = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
        )
    undecided = tables - set(audit_rows.COVERED) - audit_rows.EXCLUDED
    assert undecided == set(), (
        f"tables neither in audit_rows.COVERED nor in audit_rows.EXCLUDED: {sorted(undecided)}"
    )


def test_rows_saved_before_a_change_of_key_are_checked_with_the_old_key(
    closed: tuple[Path, bytes],
) -> None:
    path, _key = closed
    with Vault.open(path, COORDINATOR, PASSPHRASE) as vault:
        from hostdesk.domain.vocabulary import Role

        vault.add_user("leaving", Role.SOCIAL_WORKER, "leaving worker's passphrase")
        vault.remove_user("leaving")
        assert vault.audit_report().ok
        new_key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    # member 2 was last covered before the change of key: its hash is under the old one.
    _tamper(path, new_key, "UPDATE member SET name_latin = 'Someone Else' WHERE id = 2")
    assert "member 2 was changed outside HostDesk" in _problems(path)


def test_an_older_vault_is_covered_from_its_first_opening(vault_dir: Path) -> None:
    from alembic import command

    from hostdesk.storage import migrate
    from hostdesk.storage.database import create_vault_engine

    vault, _ = Vault.create(vault_dir, entity_name="E", username=COORDINATOR,
                            passphrase=PASSPHRASE, kdf=KDF_FLOOR)  # fmt: skip
    _family(vault, "Amaniqwx Fictícia")
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    engine = create_vault_engine(vault_dir / DB_NAME, key)
    with engine.begin() as conn:  # as HostDesk left it before row coverage
        command.downgrade(migrate.alembic_config(conn), "0014")
    engine.dispose()
    conn = _raw(vault_dir, key)  # its entries hashed without rows, as they were then
    prev = audit.GENESIS_HASH
    for seq, *fields in conn.execute(
        "SELECT seq, at, actor, action, object_type, object_id, detail FROM audit_log"
        " ORDER BY seq"
    ).fetchall():  # fmt: skip
        entry = audit._entry_hash(prev, seq, *fields)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                     (prev, entry, seq))  # fmt: skip
        prev = entry
    conn.close()

    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as upgraded:
        report = upgraded.audit_report()
        assert report.ok and report.rows_checked >= 5
        with upgraded.session() as session:
            actions = [a for (a,) in session.execute(
                audit.text("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 2"))]  # fmt: skip
        assert actions == ["audit.baseline", "vault.upgrade"]
    _tamper(vault_dir, key, "UPDATE member SET name_latin = 'Someone Else' WHERE id = 1")
    assert "member 1 was changed outside HostDesk" in _problems(vault_dir)
