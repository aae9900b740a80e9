"""``hostdesk team …`` from invitation to revocation, files only, as a coordinator types it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostdesk.cli.main import main
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.sync.team import invite
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault, family_uids


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hostdesk.storage.vault.calibrate", lambda: FAST_TEST_PARAMS)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def test_a_laptop_joins_syncs_by_file_and_is_revoked_from_the_command_line(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coordinator_dir, laptop_dir = tmp_path / "coordinator", tmp_path / "laptop"
    vault = coordinator_vault(coordinator_dir)
    rui = add_worker(vault, "rui.tecnico")
    his = add_family(vault, "Amina Haddad", rui)
    vault.close()
    at = ["--vault", str(coordinator_dir), "--user", "ana.coordenadora",
          "--passphrase-file", str(passphrase_file)]  # fmt: skip
    on_laptop = ["--vault", str(laptop_dir), "--passphrase-file", str(passphrase_file)]
    invitation, request, welcome = tmp_path / "inv.json", tmp_path / "req.json", tmp_path / "w"

    assert main(["team", "invite", *at, "--for-user", "rui.tecnico", "--out", str(invitation)]) == 0
    said = capsys.readouterr().out
    assert "Invitation code" in said and "fingerprint" in said
    assert main(["team", "join", *on_laptop, "--invitation", str(invitation),
                 "--out", str(request), "--label", "Portátil Rui"]) == 0  # fmt: skip
    assert "RECOVERY KEY" in capsys.readouterr().out
    spoken = invite.read_join_request(request.read_bytes()).fingerprint()
    wrong = ["team", "invite", *at, "--accept", str(request), "--out", str(welcome)]
    assert main([*wrong, "--fingerprint", "1111-2222"]) == 2
    assert "does not match" in capsys.readouterr().err
    assert main([*wrong, "--fingerprint", spoken]) == 0
    assert main(["team", "join", *on_laptop, "--invitation", str(invitation),
                 "--welcome", str(welcome)]) == 0  # fmt: skip

    from hostdesk.storage.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.open(laptop_dir, None, PASSPHRASE) as laptop:
        assert family_uids(laptop) == {his}

    stick = tmp_path / "stick.hdteam"
    assert main(["team", "sync", *on_laptop, "--to-file", str(stick)]) == 0
    assert main(["team", "sync", *at, "--from-file", str(stick)]) == 0
    capsys.readouterr()
    assert main(["team", "status", *at]) == 0
    status = capsys.readouterr().out
    assert "rui.tecnico" in status and "Portátil Rui" in status
    assert main(["team", "devices", *at]) == 0
    laptop_id = next(line.split()[0] for line in capsys.readouterr().out.splitlines()
                     if "rui.tecnico" in line)  # fmt: skip
    assert main(["team", "revoke", *at, laptop_id[:8]]) == 0
    revoked = capsys.readouterr().out
    assert "HD-2026-00001" in revoked


def test_the_command_line_speaks_portuguese(
    tmp_path: Path,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = coordinator_vault(tmp_path / "v")
    vault.close()
    monkeypatch.setenv("LANG", "pt_PT.UTF-8")
    args = ["--vault", str(tmp_path / "v"), "--passphrase-file", str(passphrase_file)]
    assert main(["team", "status", *args]) == 0
    assert "não" in capsys.readouterr().out.lower()
