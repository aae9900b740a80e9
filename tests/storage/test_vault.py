"""The vault as a user meets it: create, unlock, refuse, survive restarts."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.domain.vocabulary import ArrivalChannel, Role
from hostdesk.storage import families
from hostdesk.storage.errors import (
    HeaderCorrupt,
    HeaderMissing,
    PermissionDenied,
    VaultAlreadyExists,
    VaultInUse,
    VaultNotFound,
    VaultReadOnly,
    VaultTooNew,
    WrongPassphrase,
)
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _add_family(vault: Vault, case_number: str = "HD-2026-00001") -> int:
    with vault.changing() as session:
        family = families.create_family(
            session,
            vault.user,
            arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 1, 15),
            case_number=case_number,
        )
        families.add_member(
            session, vault.user, family, name_latin="Mohammed Al-Hassan",
            name_original="محمد الحسن", original_script="Arab", is_head=True,
            relationship="head",
        )  # fmt: skip
        assert family.id is not None
        return family.id


def test_a_saved_family_is_there_after_closing_and_unlocking_again(vault: Vault) -> None:
    family_id = _add_family(vault)
    path = vault.path
    vault.close()
    with Vault.open(path, COORDINATOR, PASSPHRASE) as reopened, reopened.session() as s:
        family = s.get(Family, family_id)
        assert family is not None
        assert family.case_number == "HD-2026-00001"
        assert family.programme_end == date(2027, 7, 14)


def test_a_wrong_passphrase_is_refused_and_changes_no_byte(vault: Vault) -> None:
    _add_family(vault)
    path = vault.path
    vault.close()
    before = _snapshot(path)
    with pytest.raises(WrongPassphrase) as refused:
        Vault.open(path, COORDINATOR, "not the passphrase")
    assert COORDINATOR in str(refused.value)
    assert _snapshot(path) == before


def test_the_user_can_be_left_out_when_the_vault_has_only_one(vault: Vault) -> None:
    path = vault.path
    vault.close()
    with Vault.open(path, None, PASSPHRASE) as reopened:
        assert reopened.user.username == COORDINATOR
        assert reopened.user.role is Role.COORDINATOR


def test_creating_over_an_existing_vault_is_refused(vault: Vault) -> None:
    with pytest.raises(VaultAlreadyExists):
        Vault.create(
            vault.path, entity_name="X", username="y", passphrase=PASSPHRASE, kdf=KDF_FLOOR
        )


def test_a_vault_open_elsewhere_is_refused_with_a_clear_sentence(vault: Vault) -> None:
    with pytest.raises(VaultInUse) as refused:
        Vault.open(vault.path, COORDINATOR, PASSPHRASE)
    assert "close it there first" in str(refused.value)


def test_missing_folder_missing_header_and_corrupt_header_each_say_what_to_do(
    vault: Vault, tmp_path: Path
) -> None:
    path = vault.path
    vault.close()
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nowhere", COORDINATOR, PASSPHRASE)
    header = path / "header.json"
    original = header.read_bytes()
    header.write_text("{ this is not json", encoding="utf-8")
    with pytest.raises(HeaderCorrupt):
        Vault.open(path, COORDINATOR, PASSPHRASE)
    header.unlink()
    with pytest.raises(HeaderMissing):
        Vault.open(path, COORDINATOR, PASSPHRASE)
    header.write_bytes(original)
    Vault.open(path, COORDINATOR, PASSPHRASE).close()


def test_a_vault_from_a_newer_version_asks_for_an_update(vault: Vault) -> None:
    path = vault.path
    vault.close()
    header = path / "header.json"
    data = json.loads(header.read_text(encoding="utf-8"))
    data["format_version"] = 99
    header.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(VaultTooNew) as refused:
        Vault.open(path, COORDINATOR, PASSPHRASE)
    assert "update HostDesk" in str(refused.value)


def test_a_database_from_a_newer_schema_asks_for_an_update(vault: Vault) -> None:
    path = vault.path
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    vault.close()
    with pytest.raises(VaultTooNew):
        Vault.open(path, COORDINATOR, PASSPHRASE)


def test_a_read_only_folder_is_named_with_what_to_do(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = vault.path
    vault.close()
    real_open = os.open

    def refusing_open(file: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(file).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(file, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("os.open", refusing_open)
    with pytest.raises(VaultReadOnly) as refused:
        Vault.open(path, COORDINATOR, PASSPHRASE)
    assert "cannot be written to" in str(refused.value)


def test_plain_sqlite_cannot_read_the_database(vault: Vault) -> None:
    _add_family(vault)
    path = vault.path
    vault.close()
    conn = sqlite3.connect(path / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_the_raw_key_opens_the_database_in_any_sqlcipher_tool(vault: Vault) -> None:
    import sqlcipher3

    _add_family(vault)
    key_hex = vault.raw_key_hex(PASSPHRASE)
    path = vault.path
    vault.close()
    conn = sqlcipher3.connect(str(path / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    assert conn.execute("SELECT case_number FROM family").fetchall() == [("HD-2026-00001",)]
    conn.close()


def test_a_second_user_unlocks_with_their_own_passphrase_and_cannot_add_users(
    vault: Vault,
) -> None:
    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "another long passphrase")
    path = vault.path
    vault.close()
    with Vault.open(path, "joao.tecnico", "another long passphrase") as worker:
        assert worker.user.role is Role.SOCIAL_WORKER
        with pytest.raises(PermissionDenied):
            worker.add_user("maria", Role.SOCIAL_WORKER, "yet another passphrase")
    Vault.open(path, COORDINATOR, PASSPHRASE).close()


def test_changing_a_passphrase_rewraps_without_reencrypting(vault: Vault) -> None:
    _add_family(vault)
    path = vault.path
    key_before = vault.raw_key_hex(PASSPHRASE)
    # SQLCipher keeps the database's salt in its first 16 bytes; a re-key would change it.
    salt_before = (path / "vault.db").read_bytes()[:16]
    vault.change_passphrase("a brand new passphrase")
    vault.close()
    assert (path / "vault.db").read_bytes()[:16] == salt_before
    with pytest.raises(WrongPassphrase):
        Vault.open(path, COORDINATOR, PASSPHRASE)
    with Vault.open(path, COORDINATOR, "a brand new passphrase") as reopened:
        assert reopened.raw_key_hex("a brand new passphrase") == key_before


def test_the_recovery_key_opens_the_vault(vault_dir: Path) -> None:
    opened, recovery = Vault.create(
        vault_dir, entity_name="E", username="coord", passphrase=PASSPHRASE, kdf=KDF_FLOOR
    )
    opened.close()
    with Vault.open_with_recovery_key(vault_dir, recovery) as recovered:
        assert recovered.user.is_coordinator


def test_the_lock_screen_check_accepts_only_the_signed_in_users_passphrase(
    vault: Vault,
) -> None:
    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "another long passphrase")
    vault.verify_passphrase(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        vault.verify_passphrase("another long passphrase")


def test_two_saves_at_once_wait_for_each_other_instead_of_failing(vault: Vault) -> None:
    import threading

    first_holds_the_lock = threading.Event()
    second_may_finish = threading.Event()
    failures: list[BaseException] = []

    def slow_save() -> None:
        try:
            with vault.changing() as session:
                families.create_family(
                    session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
                    programme_start=date(2026, 1, 1), case_number="HD-2026-00010",
                )  # fmt: skip
                session.flush()
                first_holds_the_lock.set()
                second_may_finish.wait(5)
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    worker = threading.Thread(target=slow_save)
    worker.start()
    assert first_holds_the_lock.wait(5)
    timer = threading.Timer(0.3, second_may_finish.set)
    timer.start()
    with vault.changing() as session:
        # It reads before writing, as a real save does: its read lock must not stop it.
        session.exec(select(Family)).all()
        families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 1, 1), case_number="HD-2026-00011",
        )  # fmt: skip
    worker.join()
    assert failures == []
    with vault.session() as session:
        cases = {f.case_number for f in session.exec(select(Family))}
    assert {"HD-2026-00010", "HD-2026-00011"} <= cases


def test_a_passphrase_change_whose_save_fails_leaves_the_old_passphrase_working(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlmodel import Session

    def failing_commit(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The commit fails after the new header was written: the old one must come back.
    monkeypatch.setattr(Session, "commit", failing_commit)
    with pytest.raises(OSError):
        vault.change_passphrase("a brand new passphrase")
    monkeypatch.undo()
    path = vault.path
    vault.close()
    Vault.open(path, COORDINATOR, PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, COORDINATOR, "a brand new passphrase")
