"""The ``hostdesk`` command line as a script or an administrator uses it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hostdesk.cli.main import main
from hostdesk.storage.kdf import KDF_FLOOR
from tests.conftest import COORDINATOR


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real calibration is measured by the benchmark script; tests stay quick.
    monkeypatch.setattr("hostdesk.storage.vault.calibrate", lambda: KDF_FLOOR)


def _init(vault_dir: Path, passphrase_file: Path) -> None:
    code = main(
        ["init", "--vault", str(vault_dir), "--entity", "Câmara Municipal de Teste",
         "--user", COORDINATOR, "--passphrase-file", str(passphrase_file)]
    )  # fmt: skip
    assert code == 0


def test_init_prints_the_recovery_key_once(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _init(tmp_path / "v", passphrase_file)
    out = capsys.readouterr().out
    assert "RECOVERY KEY" in out
    assert (tmp_path / "v" / "header.json").exists()


def test_demo_then_search_finds_a_family_by_another_spelling(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault_dir = str(tmp_path / "demo")
    assert main(["demo", "--vault", vault_dir, "--families", "40", "--seed", "3",
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["search", "--vault", vault_dir, "--passphrase-file", str(passphrase_file),
                 "HD"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert lines, "every demo case number starts with HD"
    assert all(line.startswith("HD-") for line in lines)


def test_search_with_hostile_input_prints_nothing_and_succeeds(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _init(tmp_path / "v", passphrase_file)
    capsys.readouterr()
    for query in ['"', "NEAR(", "AND", "*"]:
        assert main(["search", "--vault", str(tmp_path / "v"),
                     "--passphrase-file", str(passphrase_file), query]) == 0  # fmt: skip
    assert capsys.readouterr().out == ""


def test_the_passphrase_file_can_come_from_the_environment(
    tmp_path: Path, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    _init(tmp_path / "v", passphrase_file)
    monkeypatch.setenv("HOSTDESK_PASSPHRASE_FILE", str(passphrase_file))
    capsys.readouterr()
    assert main(["verify", "--vault", str(tmp_path / "v")]) == 0
    assert "audit chain: ok" in capsys.readouterr().out


def test_a_wrong_passphrase_is_one_sentence_and_a_nonzero_status(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _init(tmp_path / "v", passphrase_file)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["verify", "--vault", str(tmp_path / "v"), "--passphrase-file", str(wrong)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hostdesk: ")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_verify_names_the_first_broken_link(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlcipher3

    vault_dir = tmp_path / "demo"
    main(["demo", "--vault", str(vault_dir), "--families", "5",
          "--passphrase-file", str(passphrase_file)])  # fmt: skip
    capsys.readouterr()
    assert main(["key", "export-raw", "--vault", str(vault_dir),
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    key_hex = capsys.readouterr().out.strip()
    assert len(key_hex) == 64
    conn = sqlcipher3.connect(str(vault_dir / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    conn.execute("UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 1")
    conn.commit()
    conn.close()
    assert main(["verify", "--vault", str(vault_dir),
                 "--passphrase-file", str(passphrase_file)]) == 1  # fmt: skip
    assert "audit chain: BROKEN at entry 1" in capsys.readouterr().out


def test_the_console_script_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hostdesk.cli.main", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "verify" in result.stdout
