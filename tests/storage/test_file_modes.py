"""Files the app writes are 0600 in 0700 folders whatever the umask (issue 14, item 6).

Every test runs under umask 022, the usual default that made the vault folder
755 and header.json, vault.db and .lock 644: other local users could copy the
wrapped keys and try passphrases offline.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlmodel import select

from hostdesk.domain.vocabulary import ArrivalChannel, Role
from hostdesk.storage import families, migrate
from hostdesk.storage.backup import create_backup, restore_backup
from hostdesk.storage.database import DB_NAME, create_vault_engine
from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.models import Member
from hostdesk.storage.user_removal import RemovalRegister
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE


@pytest.fixture(autouse=True)
def lax_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _everything(folder: Path) -> dict[str, int]:
    """Mode of the folder and of everything in it, by relative name."""
    modes = {".": _mode(folder)}
    for path in folder.rglob("*"):
        modes[str(path.relative_to(folder))] = _mode(path)
    return modes


def _private(folder: Path) -> list[str]:
    """What under ``folder`` is not owner-only: folders must be 0700, files 0600."""
    wrong = []
    for name, mode in _everything(folder).items():
        wanted = 0o700 if (folder / name).is_dir() else 0o600
        if mode != wanted:
            wrong.append(f"{name}: {oct(mode)}")
    return wrong


def _new(path: Path) -> Vault:
    vault, _ = Vault.create(path, entity_name="E", username=COORDINATOR, passphrase=PASSPHRASE,
                            kdf=KDF_FLOOR)  # fmt: skip
    return vault


def test_a_new_vault_and_its_database_files_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "vault"  # its parent is made too
    vault = _new(path)
    with vault.changing() as session:
        families.create_family(session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
                               programme_start=date(2026, 5, 1))  # fmt: skip
    vault.add_user("joao", Role.SOCIAL_WORKER, "another long passphrase")  # header rewritten
    names = set(_everything(path))
    assert {"header.json", DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", ".lock"} <= names
    assert _private(path) == []
    assert _mode(tmp_path / "new") == 0o700
    vault.close()
    assert _private(path) == []


def test_an_older_vault_left_readable_by_others_is_made_private_when_opened(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vault"
    _new(path).close()
    for name in (".", "header.json", DB_NAME, ".lock"):
        os.chmod(path / name, 0o755 if name == "." else 0o644)  # as the umask left them
    Vault.open(path, COORDINATOR, PASSPHRASE).close()
    assert _private(path) == []


def test_backups_restores_and_copies_before_an_upgrade_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault = _new(path)
    out = tmp_path / "usb"
    out.mkdir()
    written = create_backup(vault, out)
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    assert _mode(written) == 0o600
    assert list(out.iterdir()) == [written]  # no temporary file left, readable or not

    restored = restore_backup(written, tmp_path / "restored" / "vault", passphrase=PASSPHRASE)
    restored.close()
    assert _private(tmp_path / "restored") == []

    engine = create_vault_engine(path / DB_NAME, key)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0014")
    engine.dispose()
    Vault.open(path, COORDINATOR, PASSPHRASE).close()  # upgraded after a copy in backups/
    assert list((path / "backups").iterdir())
    assert _private(path) == []


def test_a_removal_re_encrypts_into_an_owner_only_file(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault = _new(path)
    vault.add_user("joao", Role.SOCIAL_WORKER, "another long passphrase")
    register = RemovalRegister(tmp_path / "home" / "hostdesk" / "removed-users.json")
    vault.remove_user("joao", register=register)
    assert _private(path) == []
    assert _private(tmp_path / "home") == []
    vault.close()


def test_exports_and_a_demo_vault_are_owner_only(tmp_path: Path) -> None:
    from hostdesk.reports.subject_access import build_subject_access, write_subject_access

    demo = create_demo_vault(tmp_path / "demo", PASSPHRASE, families=2, kdf=KDF_FLOOR)
    with demo:
        with demo.session() as session:
            member_id = session.exec(select(Member.id)).first()
        assert member_id is not None
        export = build_subject_access(demo, member_id)
        written = write_subject_access(export, tmp_path / "exports" / "access")
    assert _private(tmp_path / "demo") == []
    assert _private(tmp_path / "exports") == []
    assert len(written) == 2
