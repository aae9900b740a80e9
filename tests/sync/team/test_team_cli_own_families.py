"""``hostdesk team join --existing`` and ``hostdesk team offers``: a laptop used on its own
joins through the hub, lists its own families and shares one."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from hostdesk.cli.main import main
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import hub_sync, invite, joining, setup
from tests.conftest import PASSPHRASE
from tests.document_samples import png
from tests.hub.test_hub_documents import add_document
from tests.hub_support import HubService
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault, family_uids
from tests.sync.team.test_joining_with_families import own_family


@pytest.fixture(autouse=True)
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("hostdesk.storage.vault.calibrate", lambda: FAST_TEST_PARAMS)
    monkeypatch.setattr(joining, "POLL_SECONDS", 0.2)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def test_a_laptop_with_families_joins_and_shares_one_from_the_command_line(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with HubService(tmp_path / "hub") as hub:
        coordinator = coordinator_vault(tmp_path / "coordinator")
        rui = add_worker(coordinator, "rui.tecnico")
        setup.create_team(coordinator, hub_url=hub.url)
        teams_amina = add_family(coordinator, "Amina Haddad", rui)
        made = invite.create_invitation(coordinator, "rui.tecnico", hub.url)
        laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui", username="rui",
                                 passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
        own_family(laptop, "Amina Haddad", "501964843")
        olena = own_family(laptop, "Olena Kovalenko", "124885446")
        laptop.close()
        on_laptop = ["--vault", str(tmp_path / "laptop"), "--passphrase-file",
                     str(passphrase_file)]  # fmt: skip

        codes: list[int] = []
        joiner = threading.Thread(target=lambda: codes.append(main(
            ["team", "join", *on_laptop, "--existing", "--code", made.code, "--hub", hub.url,
             "--label", "Portátil Rui", "--wait", "30"])))  # fmt: skip
        joiner.start()
        with hub_sync.client_for(coordinator) as client:
            deadline = time.monotonic() + 20
            waiting: list[hub_sync.WaitingJoin] = []
            while not waiting and time.monotonic() < deadline:
                waiting = hub_sync.waiting_joins(coordinator, client)
                time.sleep(0.1)
            hub_sync.accept_from_hub(coordinator, client, waiting[0].invite,
                                     waiting[0].fingerprint)  # fmt: skip
        joiner.join(30)
        assert codes == [0]
        said = capsys.readouterr().out
        assert waiting[0].fingerprint in said and "2 of this laptop's families" in said

        on_laptop[2:2] = ["--user", "rui.tecnico"]  # the team's name for its user now
        assert main(["team", "offers", *on_laptop]) == 0
        listed = capsys.readouterr().out.splitlines()
        assert len(listed) == 2
        assert any("Amina" in line and "HD-2026-00001" in line for line in listed)
        olena_case = next(line.split()[0] for line in listed if "Olena" in line)
        assert main(["team", "offers", *on_laptop, "--share", "HD-1999-99999"]) == 2
        assert main(["team", "offers", *on_laptop, "--share", olena_case]) == 0
        assert "1 families shared" in capsys.readouterr().out
        # A document the coordinator adds to Rui's family reaches the laptop with its bytes.
        add_document(coordinator, teams_amina, png("for the laptop", seed=21))
        with hub_sync.client_for(coordinator) as client:
            hub_sync.sync_with_hub(coordinator, client)
        capsys.readouterr()
        assert main(["team", "sync", *on_laptop]) == 0
        assert "Documents: 0 sent, 1 received." in capsys.readouterr().out
        with hub_sync.client_for(coordinator) as client:
            hub_sync.sync_with_hub(coordinator, client)
        assert olena in family_uids(coordinator)
        coordinator.close()
        # Everything the join, the offer and the documents wrote is covered by the audit log.
        assert main(["verify", *on_laptop]) == 0


def test_with_no_hub_the_join_the_offer_and_the_answer_go_by_files_in_portuguese(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from tests.conftest import COORDINATOR

    monkeypatch.setenv("LANG", "pt_PT.UTF-8")
    coordinator = coordinator_vault(tmp_path / "coordinator")
    add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    coordinator.close()
    laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui", username="rui",
                             passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    olena = own_family(laptop, "Olena Kovalenko", "124885446")
    add_document(laptop, olena, png("OLENA", seed=41))
    laptop.close()
    pf = ["--passphrase-file", str(passphrase_file)]
    on_coordinator = ["--vault", str(tmp_path / "coordinator"), "--user", COORDINATOR, *pf]
    on_laptop = ["--vault", str(tmp_path / "laptop"), *pf]
    stick = tmp_path / "pen"
    stick.mkdir()

    assert main(["team", "invite", *on_coordinator, "--for-user", "rui.tecnico",
                 "--out", str(stick / "convite")]) == 0  # fmt: skip
    assert main(["team", "join", *on_laptop, "--existing", "--invitation",
                 str(stick / "convite"), "--out", str(stick / "pedido")]) == 0  # fmt: skip
    said = capsys.readouterr().out
    assert "Pedido de adesão gravado em" in said
    fingerprint = invite.read_join_request((stick / "pedido").read_bytes()).fingerprint()
    assert fingerprint in said
    accept = ["--accept", str(stick / "pedido"), "--fingerprint", fingerprint]
    assert main(["team", "invite", *on_coordinator, *accept,
                 "--out", str(stick / "boas-vindas")]) == 0  # fmt: skip
    assert main(["team", "join", *on_laptop, "--existing", "--welcome",
                 str(stick / "boas-vindas")]) == 0  # fmt: skip
    assert "Entrou na equipa. 1 famílias deste portátil ficam aqui" in capsys.readouterr().out

    on_laptop[2:2] = ["--user", "rui.tecnico"]
    assert main(["team", "offers", *on_laptop]) == 0
    olena_case = capsys.readouterr().out.split()[0]
    assert main(["team", "offers", *on_laptop, "--share", olena_case]) == 0
    assert main(["team", "sync", *on_laptop, "--to-file", str(stick / "para-coordenador")]) == 0
    assert "Documentos: 1 (" in capsys.readouterr().out
    assert main(["team", "sync", *on_coordinator, "--from-file", str(stick / "para-coordenador"),
                 "--to-file", str(stick / "resposta")]) == 0  # fmt: skip
    assert "Documentos recebidos: 1 (" in capsys.readouterr().out
    assert main(["team", "sync", *on_laptop, "--from-file", str(stick / "resposta")]) == 0
    assert main(["team", "offers", *on_laptop]) == 0
    assert "Partilhadas com a equipa: 1; o portátil de um coordenador tem-nas: 1" in (
        capsys.readouterr().out)  # fmt: skip
    with Vault.open(tmp_path / "coordinator", COORDINATOR, PASSPHRASE) as vault:
        assert olena in family_uids(vault)
    # The join request kept in the vault, the offer and the documents: all covered by the audit.
    assert main(["verify", *on_laptop]) == 0
    assert main(["verify", *on_coordinator]) == 0
