"""Every way an invitation or a join can fail, said in Portuguese in the window: the join
wizard, the Team tab's join dialogs and the coordinator's invitation dialog. The errors are
the real ones, raised by the real steps (an invitation past its 24 hours, used twice, a
fingerprint that does not match, a damaged file, a welcome for another laptop, the hub's
refusal of a revoked device)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import files, hub_sync, invite, joining, setup
from hostdesk.sync.team.hub_client import HubClient, HubError
from hostdesk.ui.access.first_run import FirstRunWizard
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync.join_dialog import JoinTeamDialog
from hostdesk.ui.sync.team_dialogs import InviteDialog
from hostdesk.ui.sync.team_errors import team_error_text
from tests.conftest import PASSPHRASE
from tests.hub_support import HubService
from tests.sync.team.team_support import add_worker, coordinator_vault, join

LOG = logging.getLogger("tests.invitation_errors")


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Vault]:
    vault = coordinator_vault(tmp_path / "coordinator")
    add_worker(vault, "rui.tecnico")
    setup.create_team(vault)
    yield vault
    vault.close()


def _raised(action: Callable[[], object]) -> BaseException:
    try:
        action()
    except (invite.InvitationError, files.EnvelopeError, HubError) as error:
        return error
    raise AssertionError("it did not fail")


def _expired(coordinator: Vault) -> BaseException:
    pending = invite.new_pending_join(invite.create_invitation(coordinator, "rui.tecnico").code,
                                      "")  # fmt: skip
    with coordinator.changing() as session:
        session.execute(text("UPDATE team_invite SET expires_at = '2020-01-01 00:00:00'"))
    return _raised(lambda: invite.accept_join(coordinator, pending.request, pending.fingerprint()))


def _used_twice(coordinator: Vault) -> BaseException:
    pending = invite.new_pending_join(invite.create_invitation(coordinator, "rui.tecnico").code,
                                      "")  # fmt: skip
    invite.accept_join(coordinator, pending.request, pending.fingerprint())
    return _raised(lambda: invite.accept_join(coordinator, pending.request, pending.fingerprint()))


def _wrong_fingerprint(coordinator: Vault) -> BaseException:
    pending = invite.new_pending_join(invite.create_invitation(coordinator, "rui.tecnico").code,
                                      "")  # fmt: skip
    return _raised(lambda: invite.accept_join(coordinator, pending.request, "ABCD-EFGH"))


def _another_laptops_welcome(coordinator: Vault) -> BaseException:
    mine = invite.new_pending_join(invite.create_invitation(coordinator, "rui.tecnico").code, "")
    other = invite.new_pending_join(invite.create_invitation(coordinator, "rui.tecnico").code, "")
    welcome = invite.accept_join(coordinator, other.request, other.fingerprint())
    return _raised(lambda: invite.welcome_user(welcome, mine.keys))


def _cut_short(coordinator: Vault) -> BaseException:
    return _raised(lambda: files.read(files.export(coordinator)[:-7]))


def _not_an_invitation(_coordinator: Vault) -> BaseException:
    return _raised(lambda: invite.read_invitation(b"%PDF-1.7 a scan, not an invitation"))


def _mistyped_code(_coordinator: Vault) -> BaseException:
    return _raised(lambda: invite.new_pending_join("ABCDE-FGHIJ", ""))


CASES = {
    "expired": (_expired, "Este convite expirou (24 horas); faça um novo."),
    "used twice": (_used_twice, "Este convite já foi usado, ou nunca foi feito aqui."),
    "wrong fingerprint": (_wrong_fingerprint, "A impressão digital lida em voz alta não "
                          "corresponde ao dispositivo que pediu para aderir; não o adicione e "
                          "faça um novo convite."),
    "another laptop's welcome": (_another_laptops_welcome,
                                 "Estas boas-vindas não são para este portátil."),
    "damaged file": (_cut_short, "O ficheiro de equipa está incompleto (foi cortado)."),
    "not an invitation": (_not_an_invitation, "Isto não é um convite do HostDesk."),
    "mistyped code": (_mistyped_code, "Este código de convite está incompleto."),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_invitation_error_is_said_in_portuguese(
    case: str, coordinator: Vault, qapp: object, portuguese: None
) -> None:
    make, expected = CASES[case]
    error = make(coordinator)
    assert team_error_text(error, LOG, "joining") == expected


def test_the_hubs_refusal_of_a_revoked_device_is_said_in_portuguese(
    tmp_path: Path, qapp: object, portuguese: None
) -> None:
    with HubService(tmp_path / "hub") as hub:
        coordinator = coordinator_vault(tmp_path / "coordinator2")
        add_worker(coordinator, "rui.tecnico")
        setup.create_team(coordinator, hub_url=hub.url)
        laptop = join(coordinator, "rui.tecnico", tmp_path / "laptop").vault
        with hub_sync.client_for(coordinator) as client:
            hub_sync.sync_with_hub(coordinator, client)
        with laptop.session() as session:
            device = session.execute(text("SELECT device_id FROM team_state")).scalar_one()
        setup.revoke_device(coordinator, device)
        with hub_sync.client_for(coordinator) as client:
            hub_sync.publish_roster(coordinator, client)
        with pytest.raises(HubError) as refused, hub_sync.client_for(laptop) as client:
            hub_sync.sync_with_hub(laptop, client)
        said = team_error_text(refused.value, LOG, "sync")
        assert said == ("Não foi possível contactar o hub da equipa, ou este recusou: Este "
                        "dispositivo foi revogado pelo coordenador da equipa.")  # fmt: skip
        laptop.close()
        coordinator.close()


def test_the_coordinators_dialog_says_an_expired_invitation_in_portuguese(
    qtbot: QtBot, operations: Operations, portuguese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, coordinator: Vault,
) -> None:  # fmt: skip
    pending = invite.new_pending_join(invite.create_invitation(coordinator, "rui.tecnico").code,
                                      "")  # fmt: skip
    with coordinator.changing() as session:
        session.execute(text("UPDATE team_invite SET expires_at = '2020-01-01 00:00:00'"))
    request = tmp_path / "pedido"
    request.write_bytes(pending.request)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(request), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "boas-vindas"), ""))  # fmt: skip
    dialog = InviteDialog(coordinator, operations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy)
    dialog.open_request.click()
    dialog.confirmed.setChecked(True)
    dialog.add.click()
    operations.wait_idle()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message.text() == "Este convite expirou (24 horas); faça um novo."
    assert not (tmp_path / "boas-vindas").exists()


def test_the_join_dialog_says_a_used_invitation_on_the_hub_in_portuguese(
    qtbot: QtBot, operations: Operations, portuguese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    with HubService(tmp_path / "hub") as hub:
        coordinator = coordinator_vault(tmp_path / "coordinator")
        add_worker(coordinator, "rui.tecnico")
        setup.create_team(coordinator, hub_url=hub.url)
        made = invite.create_invitation(coordinator, "rui.tecnico", hub.url)
        # Another laptop answered this invitation first.
        first = invite.new_pending_join(made.code, "")
        with HubClient(hub.url, first.keys, "") as client:
            client.post_join(first.invite, first.request, invite.poll_token(first.secret))
        laptop, _ = Vault.create(tmp_path / "laptop", entity_name="Rui", username="rui",
                                 passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
        dialog = JoinTeamDialog(laptop, operations)
        qtbot.addWidget(dialog)
        dialog.code.setText(made.code)
        dialog.hub.setText(hub.url)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.join.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        assert dialog.message.text() == ("Não foi possível contactar o hub da equipa, ou este "
                                         "recusou: Este convite já foi respondido.")  # fmt: skip
        dialog.close()
        laptop.close()
        coordinator.close()


def test_the_join_wizard_says_a_used_invitation_in_portuguese(
    qtbot: QtBot, operations: Operations, portuguese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(joining, "POLL_SECONDS", 0.2)
    with HubService(tmp_path / "hub") as hub:
        coordinator = coordinator_vault(tmp_path / "coordinator")
        add_worker(coordinator, "rui.tecnico")
        setup.create_team(coordinator, hub_url=hub.url)
        made = invite.create_invitation(coordinator, "rui.tecnico", hub.url)
        first = invite.new_pending_join(made.code, "")
        with HubClient(hub.url, first.keys, "") as client:
            client.post_join(first.invite, first.request, invite.poll_token(first.secret))
        wizard = FirstRunWizard(operations)
        qtbot.add_widget(wizard)
        wizard.show()
        wizard.welcome.join.setChecked(True)
        wizard.next()
        page = wizard.join_page
        page.code.setText(made.code)
        page.hub.setText(hub.url)
        page.folder.setText(str(tmp_path / "laptop"))
        qtbot.keyClicks(page.fields.passphrase, "laranjas azuis no telhado da escola")
        qtbot.keyClicks(page.fields.confirm, "laranjas azuis no telhado da escola")
        wizard.next()
        status = wizard.recovery_page.status
        qtbot.waitUntil(lambda: "recusou" in status.text(), timeout=20_000)
        assert status.text() == ("Não foi possível contactar o hub da equipa, ou este recusou: "
                                 "Este convite já foi respondido.")  # fmt: skip
        coordinator.close()
        operations.wait_idle()
