"""``hostdesk user …`` as an administrator scripts it, and what a social worker may not do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hostdesk.cli.main import main
from hostdesk.storage.header import read_header
from hostdesk.storage.kdf import KDF_FLOOR
from tests.conftest import COORDINATOR

WORKER = "joao.tecnico"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hostdesk.storage.vault.calibrate", lambda: KDF_FLOOR)


def _file(tmp_path: Path, name: str, line: str) -> str:
    path = tmp_path / name
    path.write_text(line + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def cli_vault(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, str]:
    """A vault made by ``hostdesk init``, with a social worker; returns it and its recovery key."""
    vault_dir = tmp_path / "v"
    code = main(["init", "--vault", str(vault_dir), "--entity", "Junta de Teste",
                 "--user", COORDINATOR, "--passphrase-file", str(passphrase_file)])  # fmt: skip
    assert code == 0
    found = re.search(r"([A-Z2-7]{4}(?:-[A-Z2-7]{4}){11})", capsys.readouterr().out)
    assert found
    worker_file = _file(tmp_path, "worker.txt", "the social worker's passphrase")
    code = main(["user", "add", "--vault", str(vault_dir), "--passphrase-file",
                 str(passphrase_file), "--name", WORKER, "--role", "social_worker",
                 "--display-name", "João Teste", "--new-passphrase-file", worker_file])  # fmt: skip
    assert code == 0
    capsys.readouterr()
    return vault_dir, found.group(1)


def _as(vault_dir: Path, passphrase: str, user: str, tmp_path: Path) -> list[str]:
    return ["--vault", str(vault_dir), "--user", user,
            "--passphrase-file", _file(tmp_path, f"{user}.pass", passphrase)]  # fmt: skip


def test_list_add_remove(
    cli_vault: tuple[Path, str], passphrase_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_dir, _ = cli_vault
    me = ["--vault", str(vault_dir), "--user", COORDINATOR,
          "--passphrase-file", str(passphrase_file)]  # fmt: skip
    assert main(["user", "list", *me]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"{WORKER}\tJoão Teste\tsocial_worker\tactive" in lines
    assert main(["user", "remove", *me, "--name", WORKER]) == 0
    capsys.readouterr()
    assert not read_header(vault_dir).has_user(WORKER)
    assert main(["user", "list", *me]) == 0
    assert f"{WORKER}\tJoão Teste\tsocial_worker\tremoved" in capsys.readouterr().out
    worker = _as(vault_dir, "the social worker's passphrase", WORKER, tmp_path)
    assert main(["verify", *worker]) == 2
    assert "no user" in capsys.readouterr().err
    assert main(["user", "remove", *me, "--name", COORDINATOR]) == 2
    assert "coordinator" in capsys.readouterr().err


def test_the_new_passphrase_is_never_taken_from_the_environment(
    cli_vault: tuple[Path, str], passphrase_file: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_dir, _ = cli_vault
    monkeypatch.setenv("HOSTDESK_PASSPHRASE_FILE", str(passphrase_file))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code = main(["user", "add", "--vault", str(vault_dir), "--user", COORDINATOR,
                 "--name", "maria", "--role", "social_worker"])  # fmt: skip
    assert code == 2
    assert "No passphrase given" in capsys.readouterr().err
    assert not read_header(vault_dir).has_user("maria")


def test_a_social_worker_cannot_manage_users_or_submit(
    cli_vault: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault_dir, _ = cli_vault
    worker = _as(vault_dir, "the social worker's passphrase", WORKER, tmp_path)
    new = _file(tmp_path, "new.txt", "a passphrase of my own")
    before = (vault_dir / "header.json").read_bytes()
    assert main(["user", "add", *worker, "--name", "maria", "--role", "coordinator",
                 "--new-passphrase-file", new]) == 2  # fmt: skip
    assert "Only a coordinator can add users" in capsys.readouterr().err
    assert main(["user", "reset-passphrase", *worker, "--name", COORDINATOR,
                 "--new-passphrase-file", new]) == 2  # fmt: skip
    assert main(["user", "remove", *worker, "--name", COORDINATOR]) == 2
    assert (vault_dir / "header.json").read_bytes() == before
    capsys.readouterr()
    out = tmp_path / "monthly"
    assert main(["report", "monthly", *worker, "--month", "2026-11", "--out", str(out),
                 "--submit"]) == 2  # fmt: skip
    assert "Only a coordinator can submit monthly reports" in capsys.readouterr().err


def test_a_forgotten_passphrase_is_reset_with_the_recovery_key_file(
    cli_vault: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault_dir, recovery = cli_vault
    key_file = _file(tmp_path, "recovery.txt", recovery)
    new = _file(tmp_path, "new.txt", "my brand new passphrase")
    assert main(["user", "reset-passphrase", "--vault", str(vault_dir), "--name", COORDINATOR,
                 "--recovery-key-file", key_file, "--new-passphrase-file", new]) == 0  # fmt: skip
    assert "was reset" in capsys.readouterr().out
    me = _as(vault_dir, "my brand new passphrase", COORDINATOR, tmp_path)
    assert main(["verify", *me]) == 0
    assert "audit chain: ok" in capsys.readouterr().out
    wrong = _file(tmp_path, "wrong.txt", "AAAA-" * 11 + "AAAA")
    assert main(["user", "reset-passphrase", "--vault", str(vault_dir), "--name", COORDINATOR,
                 "--recovery-key-file", wrong, "--new-passphrase-file", new]) == 2  # fmt: skip
    assert "recovery key" in capsys.readouterr().err


def test_the_coordinator_resets_a_social_workers_passphrase(
    cli_vault: tuple[Path, str], passphrase_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_dir, _ = cli_vault
    new = _file(tmp_path, "new.txt", "joao's second passphrase")
    assert main(["user", "reset-passphrase", "--vault", str(vault_dir), "--user", COORDINATOR,
                 "--passphrase-file", str(passphrase_file), "--name", WORKER,
                 "--new-passphrase-file", new]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["verify", *_as(vault_dir, "the social worker's passphrase", WORKER,
                                tmp_path)]) == 2  # fmt: skip
    assert main(["verify", *_as(vault_dir, "joao's second passphrase", WORKER, tmp_path)]) == 0


RECOVERY_KEY = re.compile(r"([A-Z2-7]{4}(?:-[A-Z2-7]{4}){11})")


def test_removing_a_coordinator_prints_a_new_recovery_key_once(
    cli_vault: tuple[Path, str], passphrase_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_dir, old_recovery = cli_vault
    me = ["--vault", str(vault_dir), "--user", COORDINATOR,
          "--passphrase-file", str(passphrase_file)]  # fmt: skip
    rita = _file(tmp_path, "rita.txt", "rita's long passphrase")
    assert main(["user", "add", *me, "--name", "rita", "--role", "coordinator",
                 "--new-passphrase-file", rita]) == 0  # fmt: skip
    assert main(["user", "remove", *me, "--name", "rita", "--name", WORKER]) == 0
    out = capsys.readouterr().out
    assert "rita" in out and WORKER in out and "new key" in out
    found = RECOVERY_KEY.search(out)
    assert found and found.group(1) != old_recovery
    assert not read_header(vault_dir).has_user("rita")
    old_file = _file(tmp_path, "old.txt", old_recovery)
    new_file = _file(tmp_path, "new-key.txt", found.group(1))
    new = _file(tmp_path, "new.txt", "my brand new passphrase")
    reset = ["user", "reset-passphrase", "--vault", str(vault_dir), "--name", COORDINATOR,
             "--new-passphrase-file", new, "--recovery-key-file"]  # fmt: skip
    assert main([*reset, old_file]) == 2
    assert main([*reset, new_file]) == 0


def test_the_raw_key_is_for_coordinators_who_give_their_passphrase_again(
    cli_vault: tuple[Path, str], passphrase_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_dir, _ = cli_vault
    worker = _as(vault_dir, "the social worker's passphrase", WORKER, tmp_path)
    assert main(["key", "export-raw", *worker]) == 2
    assert "Only a coordinator" in capsys.readouterr().err
    me = ["--vault", str(vault_dir), "--user", COORDINATOR,
          "--passphrase-file", str(passphrase_file)]  # fmt: skip
    assert main(["key", "export-raw", *me]) == 0
    assert re.fullmatch(r"[0-9a-f]{64}\n", capsys.readouterr().out)
    assert main(["key", "new-recovery", *me]) == 0
    assert RECOVERY_KEY.search(capsys.readouterr().out)


def test_a_restored_backup_offers_to_remove_users_removed_since(
    cli_vault: tuple[Path, str], passphrase_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    vault_dir, _ = cli_vault
    me = ["--vault", str(vault_dir), "--user", COORDINATOR,
          "--passphrase-file", str(passphrase_file)]  # fmt: skip
    backup = tmp_path / "before.hdbackup"
    assert main(["backup", *me, "--out", str(backup)]) == 0
    assert main(["user", "remove", *me, "--name", WORKER]) == 0
    capsys.readouterr()
    restore = ["restore", "--from", str(backup), "--user", COORDINATOR,
               "--passphrase-file", str(passphrase_file)]  # fmt: skip

    assert main([*restore, "--to", str(tmp_path / "asked")]) == 0
    out = capsys.readouterr().out
    assert WORKER in out and "hostdesk user remove" in out
    assert read_header(tmp_path / "asked").has_user(WORKER)

    assert main([*restore, "--to", str(tmp_path / "done"), "--remove-removed-users"]) == 0
    assert "new key" in capsys.readouterr().out
    assert not read_header(tmp_path / "done").has_user(WORKER)
