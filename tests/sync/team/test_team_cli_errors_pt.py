"""``hostdesk team join|invite`` say why an invitation cannot be used in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from hostdesk.cli.main import main
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import invite
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.sync.team.team_support import add_worker, coordinator_vault, setup


@pytest.fixture(autouse=True)
def portuguese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hostdesk.storage.vault.calibrate", lambda: FAST_TEST_PARAMS)
    monkeypatch.setenv("LANG", "pt_PT.UTF-8")


def test_the_coordinator_hears_why_a_join_request_is_refused_in_portuguese(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = coordinator_vault(tmp_path / "coordinator")
    add_worker(vault, "rui.tecnico")
    setup.create_team(vault)
    pending = invite.new_pending_join(invite.create_invitation(vault, "rui.tecnico").code, "")
    vault.close()
    request = tmp_path / "pedido"
    request.write_bytes(pending.request)
    on = ["--vault", str(tmp_path / "coordinator"), "--user", COORDINATOR,
          "--passphrase-file", str(passphrase_file)]  # fmt: skip
    accept = ["team", "invite", *on, "--accept", str(request), "--out", str(tmp_path / "bv")]

    assert main([*accept, "--fingerprint", "AAAA-BBBB"]) == 2
    assert "A impressão digital lida em voz alta não corresponde" in capsys.readouterr().err
    again = Vault.open(tmp_path / "coordinator", COORDINATOR, PASSPHRASE)
    with again.changing() as session:
        session.execute(text("UPDATE team_invite SET expires_at = '2020-01-01 00:00:00'"))
    again.close()
    assert main([*accept, "--fingerprint", pending.fingerprint()]) == 2
    assert "Este convite expirou (24 horas); faça um novo." in capsys.readouterr().err
    (tmp_path / "lixo").write_bytes(b"not a request")
    assert main(["team", "invite", *on, "--accept", str(tmp_path / "lixo"),
                 "--fingerprint", "x", "--out", str(tmp_path / "bv")]) == 2  # fmt: skip
    assert "Isto não é um pedido de adesão do HostDesk." in capsys.readouterr().err


def test_the_new_laptop_hears_why_an_invitation_or_welcome_is_refused_in_portuguese(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "convite").write_bytes(b"\x89PNG not an invitation")
    on = ["--vault", str(tmp_path / "laptop"), "--passphrase-file", str(passphrase_file)]
    assert main(["team", "join", *on, "--invitation", str(tmp_path / "convite"),
                 "--out", str(tmp_path / "pedido")]) == 2  # fmt: skip
    assert "Isto não é um convite do HostDesk." in capsys.readouterr().err
    assert main(["team", "join", *on, "--code", "ABCDE-FGH", "--hub", "http://127.0.0.1:9"]) == 2
    assert "Este código de convite está incompleto." in capsys.readouterr().err
