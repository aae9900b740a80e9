"""Removing a user changes the data key: what they kept no longer opens the vault."""

from __future__ import annotations

import base64
import json
import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from hostdesk.domain.vocabulary import ArrivalChannel, Role
from hostdesk.storage import families, key_rotation, keyring, rekey
from hostdesk.storage.database import DB_NAME, connect_raw
from hostdesk.storage.demo.synthetic import generate_families
from hostdesk.storage.demo.writer import populate
from hostdesk.storage.errors import (
    DatabaseUnreadable,
    PermissionDenied,
    UnknownUser,
    VaultError,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hostdesk.storage.header import HEADER_NAME, read_header
from hostdesk.storage.kdf import derive_key
from hostdesk.storage.user_removal import RemovalRegister, RemovedUser
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE

WORKER, WORKER_PASS = "joao.tecnico", "another long passphrase"
RITA, RITA_PASS = "rita.coord", "rita's long passphrase"


def _add_family(vault: Vault) -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 5, 1),
        )  # fmt: skip
        families.add_member(session, vault.user, family, name_latin="Amaniqwx Fictícia")
        assert family.id is not None
        return family.id


def _family_count(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.execute(text("SELECT count(*) FROM family")).scalar_one())


def _actions(vault: Vault, action: str) -> int:
    with vault.session() as session:
        return int(
            session.execute(
                text("SELECT count(*) FROM audit_log WHERE action = :a"), {"a": action}
            ).scalar_one()
        )


def _old_key_opens(db_path: Path, old_header_file: Path, username: str, passphrase: str) -> bool:
    """What a removed user can do without HostDesk: their old slot, then SQLCipher."""
    folder = old_header_file.parent
    old_key = keyring.unlock_with_passphrase(read_header(folder), username, passphrase)
    try:
        connect_raw(db_path, old_key).close()
    except DatabaseUnreadable:
        return False
    return True


@pytest.fixture
def team(vault: Vault) -> Vault:
    """The coordinator's vault with a second coordinator, a social worker and families."""
    vault.add_user(RITA, Role.COORDINATOR, RITA_PASS)
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    populate(vault, generate_families(12, seed=3))
    return vault


def _keep_header(vault: Vault, tmp_path: Path) -> Path:
    """A copy of today's header.json, as a user leaving with it would keep it."""
    kept = tmp_path / "kept-header"
    kept.mkdir()
    shutil.copy(vault.path / HEADER_NAME, kept / HEADER_NAME)
    return kept / HEADER_NAME


def test_a_removed_user_with_an_old_header_cannot_open_the_vault(
    team: Vault, tmp_path: Path
) -> None:
    old_header = _keep_header(team, tmp_path)
    db_path = team.path / DB_NAME
    assert _old_key_opens(db_path, old_header, WORKER, WORKER_PASS)

    team.remove_user(WORKER)
    later = _add_family(team)  # a family added after the removal
    path = team.path
    team.close()

    assert not _old_key_opens(db_path, old_header, WORKER, WORKER_PASS)
    # Nor through HostDesk: the old header put back in a copy of the vault.
    attack = tmp_path / "attack"
    shutil.copytree(path, attack)
    shutil.copy(old_header, attack / HEADER_NAME)
    with pytest.raises(VaultError):
        Vault.open(attack, WORKER, WORKER_PASS)
    with pytest.raises(UnknownUser):
        Vault.open(path, WORKER, WORKER_PASS)
    with Vault.open(path, COORDINATOR, PASSPHRASE) as reopened:
        assert _family_count(reopened) == 13
        with reopened.session() as session:
            assert families.load_family(session, reopened.user, later) is not None


def test_the_remaining_users_and_every_record_come_through_the_new_key(team: Vault) -> None:
    before = _family_count(team)
    key_before = team.raw_key_hex(PASSPHRASE)
    steps: list[tuple[int, int]] = []
    result = team.remove_user(WORKER, progress=lambda done, total: steps.append((done, total)))

    assert result.usernames == (WORKER,)
    assert result.new_recovery_key is None  # a social worker never saw the recovery key
    assert result.need_new_passphrase == ()
    assert steps and steps[-1][0] == steps[-1][1]
    assert team.raw_key_hex(PASSPHRASE) != key_before
    header = read_header(team.path)
    assert header.rotation is None and header.key_id == keyring.key_id(
        bytes.fromhex(team.raw_key_hex(PASSPHRASE))
    )
    assert [s.username for s in header.users] == [COORDINATOR, RITA]
    assert not list(team.path.glob("*" + rekey.REKEY_SUFFIX))
    # The open vault goes on working under the new key.
    _add_family(team)
    path = team.path
    team.close()
    for user, passphrase in ((COORDINATOR, PASSPHRASE), (RITA, RITA_PASS)):
        with Vault.open(path, user, passphrase) as reopened:
            assert _family_count(reopened) == before + 1
            assert reopened.integrity_problems() == []
            assert reopened.audit_report().ok
            assert _actions(reopened, "user.remove") == 1
            assert _actions(reopened, "vault.rekey") == 1


def test_removing_a_coordinator_replaces_the_recovery_key(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, old_recovery = vault_and_recovery
    vault.add_user(RITA, Role.COORDINATOR, RITA_PASS)
    path = vault.path
    vault.close()
    with Vault.open(path, RITA, RITA_PASS) as rita:
        result = rita.remove_user(COORDINATOR)
    assert result.new_recovery_key is not None
    assert result.new_recovery_key != old_recovery
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(path, old_recovery)
    with Vault.open_with_recovery_key(path, result.new_recovery_key) as recovered:
        assert recovered.audit_report().ok


def test_removing_a_social_worker_keeps_the_recovery_key(
    vault_and_recovery: tuple[Vault, str],
) -> None:
    vault, recovery = vault_and_recovery
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    vault.remove_user(WORKER)
    path = vault.path
    vault.close()
    Vault.open_with_recovery_key(path, recovery).close()


def test_what_the_removal_hooks_write_is_part_of_the_removal(team: Vault) -> None:
    seen: list[RemovedUser] = []

    def hook(session: Any, removed: RemovedUser) -> None:
        seen.append(removed)
        session.execute(text("UPDATE app_user SET display_name = 'revoked' WHERE id = :id"),
                        {"id": removed.row_id})  # fmt: skip

    team.remove_user(WORKER, hooks=[hook])
    assert [(r.username, r.role) for r in seen] == [(WORKER, Role.SOCIAL_WORKER)]
    assert {u.username: u.display_name for u in team.list_users()}[WORKER] == "revoked"

    def failing(_session: Any, _removed: RemovedUser) -> None:
        raise RuntimeError("the hook failed")

    key = team.raw_key_hex(PASSPHRASE)
    with pytest.raises(RuntimeError):
        team.remove_user(RITA, hooks=[failing])
    assert read_header(team.path).has_user(RITA)  # nothing removed, the key unchanged
    assert team.raw_key_hex(PASSPHRASE) == key


def test_raw_key_export_is_for_coordinators_after_their_passphrase_again(team: Vault) -> None:
    path = team.path
    with pytest.raises(WrongPassphrase):
        team.raw_key_hex("not the passphrase")
    team.close()
    with Vault.open(path, WORKER, WORKER_PASS) as worker, pytest.raises(PermissionDenied):
        worker.raw_key_hex(WORKER_PASS)
    with Vault.open(path, COORDINATOR, PASSPHRASE) as coordinator:
        assert _actions(coordinator, "key.export_raw") == 0
        assert len(coordinator.raw_key_hex(PASSPHRASE)) == 64
        assert _actions(coordinator, "key.export_raw") == 1


def test_the_register_names_removed_users_a_restored_copy_still_holds(
    team: Vault, tmp_path: Path
) -> None:
    register = RemovalRegister(tmp_path / "machine" / "removed-users.json")
    before = read_header(team.path)  # as in a backup made before the removal
    team.remove_user(WORKER, register=register)
    assert register.removed_since(before) == [WORKER]
    assert register.removed_since(read_header(team.path)) == []
    assert (tmp_path / "machine").stat().st_mode & 0o777 == 0o700
    assert register.path.stat().st_mode & 0o777 == 0o600
    assert WORKER not in register.path.read_text(encoding="utf-8")  # ids only


# -- a removal cut short --------------------------------------------------------------


class Crash(BaseException):
    """Stands for the process dying at that point."""


def _crash_on(
    monkeypatch: pytest.MonkeyPatch, target: Any, name: str, call: int = 1
) -> None:
    original = getattr(target, name)
    calls = [0]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == call:
            raise Crash(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, wrapper)


def _crash_during_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    original = rekey._check

    def wrapper(target: Path, new_key: bytes) -> None:
        assert target.stat().st_size > 0  # the copy is written, not yet renamed
        raise Crash("copy")

    monkeypatch.setattr(rekey, "_check", wrapper)
    del original


# Whether the database is still under the old key when the process dies there.
UNDER_OLD_KEY = {
    "before the header": True,
    "before the copy": True,
    "during the copy": True,
    "after the rename": False,
    "before the final header": False,
}
CRASH_POINTS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    # The decision is committed; the header still has the slot and the old key.
    "before the header": lambda mp: _crash_on(mp, keyring, "rotation_header"),
    # The header has the rotation block; the database is still under the old key.
    "before the copy": lambda mp: _crash_on(mp, rekey, "reencrypt"),
    "during the copy": _crash_during_copy,
    # The database is under the new key; the audit entry and final header are not written.
    "after the rename": lambda mp: _crash_on(mp, key_rotation.audit, "append", call=2),
    "before the final header": lambda mp: _crash_on(mp, keyring, "finished_rotation"),
}


@pytest.mark.parametrize("point", list(CRASH_POINTS))
@pytest.mark.parametrize("reopener", [(COORDINATOR, PASSPHRASE), (RITA, RITA_PASS)])
def test_a_removal_cut_short_is_finished_at_the_next_unlock(
    team: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    point: str,
    reopener: tuple[str, str],
) -> None:
    old_header = _keep_header(team, tmp_path)
    before = _family_count(team)
    path = team.path
    with monkeypatch.context() as patched:
        CRASH_POINTS[point](patched)
        with pytest.raises(Crash):
            team.remove_user(WORKER)
    team.close()

    with pytest.raises(UnknownUser):  # the decision was committed: the app refuses them
        Vault.open(path, WORKER, WORKER_PASS)
    with Vault.open(path, *reopener) as reopened:
        header = read_header(path)
        assert header.rotation is None
        assert [s.username for s in header.users] == [COORDINATOR, RITA]
        assert not _old_key_opens(path / DB_NAME, old_header, WORKER, WORKER_PASS)
        assert not list(path.glob("*" + rekey.REKEY_SUFFIX))
        assert _family_count(reopened) == before
        assert reopened.integrity_problems() == []
        assert reopened.audit_report().ok
        assert _actions(reopened, "user.remove") == 1
        assert _actions(reopened, "vault.rekey") == 1
    # The other remaining user gets in too.
    other = (RITA, RITA_PASS) if reopener[0] == COORDINATOR else (COORDINATOR, PASSPHRASE)
    Vault.open(path, *other).close()


def test_a_recovery_key_a_removed_coordinator_saw_cannot_finish_their_removal(
    vault_and_recovery: tuple[Vault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, old_recovery = vault_and_recovery
    vault.add_user(RITA, Role.COORDINATOR, RITA_PASS)
    path = vault.path
    vault.close()
    rita = Vault.open(path, RITA, RITA_PASS)
    with monkeypatch.context() as patched:
        _crash_on(patched, keyring, "rotation_header")
        with pytest.raises(Crash):
            rita.remove_user(COORDINATOR)
    rita.close()
    # The old recovery key is still in the header, but it must not get the new key.
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(path, old_recovery)
    assert read_header(path).rotation is None
    with Vault.open(path, RITA, RITA_PASS) as again:
        assert read_header(path).recovery is None  # a coordinator must make a new one
        new_recovery = again.new_recovery_key()
    Vault.open_with_recovery_key(path, new_recovery).close()


# -- vaults made before format 2 ---------------------------------------------------------


def _as_format_1(path: Path, data_key: bytes, recovery: str, users: dict[str, str]) -> None:
    """Rewrite the header as HostDesk wrote it before format 2: each slot wraps the key."""
    header = read_header(path)
    data = header.to_json()
    data["format_version"] = 1
    del data["key_id"]
    for slot in data["users"]:
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = derive_key(users[slot["username"]], salt, header.kdf)
        aad = keyring._user_aad(header.vault_id, slot["user_id"])
        for name in ("wrapped_secret", "public_key", "sealed_key"):
            del slot[name]
        slot.update(salt=_b64(salt), nonce=_b64(nonce),
                    wrapped_key=_b64(AESGCM(kek).encrypt(nonce, data_key, aad)))  # fmt: skip
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = keyring._recovery_kek(keyring.parse_recovery_key(recovery), salt)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, keyring._recovery_aad(header.vault_id))
    data["recovery"] = {"salt": _b64(salt), "nonce": _b64(nonce), "wrapped_key": _b64(wrapped)}
    (path / HEADER_NAME).write_text(json.dumps(data), encoding="utf-8")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def test_a_format_1_vault_opens_and_its_slots_are_sealed_at_each_unlock(
    vault_and_recovery: tuple[Vault, str],
) -> None:
    vault, recovery = vault_and_recovery
    vault.add_user(RITA, Role.COORDINATOR, RITA_PASS)
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    _add_family(vault)
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    path = vault.path
    vault.close()
    _as_format_1(path, key, recovery, {COORDINATOR: PASSPHRASE, RITA: RITA_PASS,
                                       WORKER: WORKER_PASS})  # fmt: skip
    assert {s.kind for s in read_header(path).users} == {"legacy"}

    with Vault.open(path, COORDINATOR, PASSPHRASE) as coordinator:
        assert _family_count(coordinator) == 1
    kinds = {s.username: s.kind for s in read_header(path).users}
    assert kinds == {COORDINATOR: "sealed", RITA: "legacy", WORKER: "legacy"}
    Vault.open_with_recovery_key(path, recovery).close()
    assert read_header(path).recovery.kind == "sealed"  # type: ignore[union-attr]
    Vault.open(path, COORDINATOR, PASSPHRASE).close()  # the same passphrase still works

    # Rita never signed in since: her format-1 slot cannot take the new key.
    with Vault.open(path, COORDINATOR, PASSPHRASE) as coordinator:
        result = coordinator.remove_user(WORKER)
    assert result.need_new_passphrase == (RITA,)
    assert result.new_recovery_key is None  # the recovery slot was sealed, so it was kept
    with pytest.raises(UnknownUser, match="new passphrase"):
        Vault.open(path, RITA, RITA_PASS)
    with Vault.open(path, COORDINATOR, PASSPHRASE) as coordinator:
        coordinator.reset_passphrase(RITA, "rita's brand new passphrase")
    Vault.open(path, RITA, "rita's brand new passphrase").close()
    Vault.open_with_recovery_key(path, recovery).close()


def test_a_format_1_recovery_key_is_replaced_by_the_first_removal(
    vault_and_recovery: tuple[Vault, str],
) -> None:
    vault, recovery = vault_and_recovery
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    path = vault.path
    vault.close()
    _as_format_1(path, key, recovery, {COORDINATOR: PASSPHRASE, WORKER: WORKER_PASS})
    with Vault.open(path, COORDINATOR, PASSPHRASE) as coordinator:
        result = coordinator.remove_user(WORKER)
    assert result.new_recovery_key is not None
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(path, recovery)
    Vault.open_with_recovery_key(path, result.new_recovery_key).close()
