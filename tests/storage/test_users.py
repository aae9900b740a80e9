"""The coordinator manages users: add, remove, reset a passphrase, with or without one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from hostdesk.domain.vocabulary import Role
from hostdesk.storage.errors import (
    PermissionDenied,
    UnknownUser,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hostdesk.storage.header import read_header
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE

WORKER = "joao.tecnico"
WORKER_PASS = "another long passphrase"


def _audit(vault: Vault) -> list[tuple[str, str, str, str, str]]:
    with vault.session() as session:
        return [
            tuple(row)
            for row in session.execute(
                text("SELECT actor, action, object_type, object_id, detail FROM audit_log"
                     " ORDER BY seq")
            )
        ]  # fmt: skip


def test_a_removed_user_is_gone_from_the_header_and_cannot_unlock(vault: Vault) -> None:
    worker = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS, display_name="João")
    vault.remove_user(WORKER)
    header_text = (vault.path / "header.json").read_text(encoding="utf-8")
    assert WORKER not in header_text
    assert [slot["username"] for slot in json.loads(header_text)["users"]] == [COORDINATOR]
    listed = {u.username: u for u in vault.list_users()}
    assert listed[WORKER].active is False
    assert listed[WORKER].display_name == "João"
    assert listed[COORDINATOR].active is True
    assert _audit(vault)[-2][:4] == (COORDINATOR, "user.remove", "app_user", str(worker.id))
    assert _audit(vault)[-1][:2] == (COORDINATOR, "vault.rekey")
    path = vault.path
    vault.close()
    with pytest.raises(UnknownUser):
        Vault.open(path, WORKER, WORKER_PASS)
    with Vault.open(path, COORDINATOR, PASSPHRASE) as reopened:
        assert reopened.audit_report().ok


def test_the_last_coordinator_and_oneself_cannot_be_removed(vault: Vault) -> None:
    vault.add_user("rita.coord", Role.COORDINATOR, "rita's long passphrase")
    with pytest.raises(PermissionDenied, match="yourself"):
        vault.remove_user(COORDINATOR)
    path = vault.path
    vault.close()
    with Vault.open(path, "rita.coord", "rita's long passphrase") as rita:
        rita.remove_user(COORDINATOR)
        rita.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
        with pytest.raises(PermissionDenied, match="at least one coordinator"):
            rita.remove_user("rita.coord")
    header = read_header(path)
    assert [s.username for s in header.users] == ["rita.coord", WORKER]


def test_the_last_coordinator_is_refused_even_to_the_recovery_key(
    vault_and_recovery: tuple[Vault, str],
) -> None:
    vault, recovery = vault_and_recovery
    path = vault.path
    vault.close()
    with (
        Vault.open_with_recovery_key(path, recovery) as recovered,
        pytest.raises(PermissionDenied, match="at least one coordinator"),
    ):
        recovered.remove_user(COORDINATOR)
    assert read_header(path).has_user(COORDINATOR)
    Vault.open(path, COORDINATOR, PASSPHRASE).close()


def test_a_social_worker_cannot_manage_users(vault: Vault) -> None:
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    path = vault.path
    vault.close()
    before = (path / "header.json").read_bytes()
    with Vault.open(path, WORKER, WORKER_PASS) as worker:
        with pytest.raises(PermissionDenied):
            worker.remove_user(COORDINATOR)
        with pytest.raises(PermissionDenied):
            worker.reset_passphrase(COORDINATOR, "a passphrase of my choosing")
        with pytest.raises(PermissionDenied):
            worker.add_user("maria", Role.SOCIAL_WORKER, "yet another passphrase")
        assert {u.username for u in worker.list_users()} == {COORDINATOR, WORKER}
    assert (path / "header.json").read_bytes() == before


def test_the_coordinator_resets_a_passphrase(vault: Vault) -> None:
    worker = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    vault.reset_passphrase(WORKER, "a fresh passphrase for joao")
    assert _audit(vault)[-1][:4] == (
        COORDINATOR, "user.reset_passphrase", "app_user", str(worker.id),
    )  # fmt: skip
    path = vault.path
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, WORKER, WORKER_PASS)
    Vault.open(path, WORKER, "a fresh passphrase for joao").close()


def test_a_forgotten_passphrase_is_reset_with_the_recovery_key_alone(
    vault_and_recovery: tuple[Vault, str],
) -> None:
    vault, recovery = vault_and_recovery
    path = vault.path
    vault.close()
    Vault.reset_forgotten_passphrase(path, recovery.lower(), COORDINATOR, "my new passphrase")
    assert not (path / "header.json.tmp").exists()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, COORDINATOR, PASSPHRASE)
    with Vault.open(path, COORDINATOR, "my new passphrase") as reopened:
        actor, action, _type, _id, detail = _audit(reopened)[-1]
        assert (actor, action) == ("recovery-key", "user.reset_passphrase")
        assert json.loads(detail) == {"with": "recovery_key"}
        assert reopened.audit_report().ok


def test_a_wrong_recovery_key_changes_nothing(
    vault_and_recovery: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _recovery = vault_and_recovery
    path = vault.path
    vault.close()
    _other, other_recovery = Vault.create(
        tmp_path / "other", entity_name="Outra", username="x", passphrase=PASSPHRASE,
        kdf=read_header(path).kdf,
    )  # fmt: skip
    _other.close()
    before = (path / "header.json").read_bytes()
    with pytest.raises(WrongRecoveryKey):
        Vault.reset_forgotten_passphrase(path, other_recovery, COORDINATOR, "my new passphrase")
    assert (path / "header.json").read_bytes() == before


def test_a_removed_user_can_be_added_back_with_the_same_history(vault: Vault) -> None:
    first = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    vault.remove_user(WORKER)
    again = vault.add_user(WORKER, Role.COORDINATOR, "a different passphrase")
    assert again.id == first.id
    listed = {u.username: u for u in vault.list_users()}
    assert listed[WORKER].active and listed[WORKER].role is Role.COORDINATOR
    path = vault.path
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, WORKER, WORKER_PASS)
    Vault.open(path, WORKER, "a different passphrase").close()
