"""The Sync screen as a coordinator uses it, with the real NAIR service on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from hostdesk.domain.vocabulary import Role
from hostdesk.storage.vault import Vault
from hostdesk.sync import endpoint, outbox
from hostdesk.sync.backoff import Backoff
from hostdesk.sync.http_transport import HttpTransport
from hostdesk.sync.keys import NairKeyPair
from hostdesk.sync.outbox import BundleState
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.main_window import MainWindow
from hostdesk.ui.sync.sync_sender import BackgroundSender
from hostdesk.ui.sync.sync_view import SyncView
from tests.nair_support import NairService, nair_service
from tests.sync.conftest import add_submitted, enroll_at, link, nair_counts
from tests.ui.boxes import Boxes

__all__ = ["nair_service"]

QUICK = Backoff(base=timedelta(seconds=0.2), cap=timedelta(seconds=0.4))


class Dialogs(Boxes):
    """Message boxes and file dialogs, answered at once and remembered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        super().__init__(monkeypatch)
        self.open_path = ""
        self.save_path = ""
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (self.open_path, ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (self.save_path, ""))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def _sender(vault: Vault, operations: Operations) -> BackgroundSender:
    return BackgroundSender(
        vault, operations, transport_factory=lambda: HttpTransport(timeout=5.0), backoff=QUICK
    )


@pytest.fixture
def screen(qtbot: QtBot, vault: Vault, operations: Operations) -> Iterator[SyncView]:
    sender = _sender(vault, operations)
    view = SyncView(vault, operations, sender)
    qtbot.add_widget(view)
    view.resize(1166, 700)
    view.show()
    sender.start()
    qtbot.waitUntil(lambda: sender.snapshot is not None and not sender.busy)
    yield view
    sender.shutdown()
    operations.wait_idle()


def _states(view: SyncView) -> list[BundleState]:
    return [view.model.bundle_at(r).state for r in range(view.model.rowCount())]  # type: ignore[union-attr]


def _cell(view: SyncView, row: int, column: int) -> str:
    return str(view.model.index(row, column).data())


def test_pinning_the_nair_key_from_a_file_then_the_outbox_delivers(
    qtbot: QtBot, screen: SyncView, vault: Vault, nair_service: NairService, dialogs: Dialogs,
    tmp_path: Path,
) -> None:  # fmt: skip
    add_submitted(vault, "2026-11")
    screen.send.click()
    qtbot.waitUntil(lambda: _states(screen) == [BundleState.WAITING])
    assert _cell(screen, 0, 2) == "Waiting: sending is not set up"

    enroll_at(vault, nair_service)
    key_file = tmp_path / "nair-key.json"
    key_file.write_bytes(nair_service.public_keys.to_file_bytes())
    dialogs.open_path = str(key_file)
    screen.choose_key.click()
    assert screen.fingerprint.text() == nair_service.public_keys.fingerprint()
    screen.url.setText(nair_service.url)
    assert not screen.pin.isEnabled()  # not before the phone check
    screen.confirm_fingerprint.setChecked(True)
    screen.pin.click()

    qtbot.waitUntil(lambda: _states(screen) == [BundleState.DELIVERED], timeout=15_000)
    assert nair_service.public_keys.fingerprint() in screen.pinned_state.text()
    assert _cell(screen, 0, 0) == "11/2026" and _cell(screen, 0, 3) == "1"
    assert "Receipt from the NAIR" in _cell(screen, 0, 5)
    assert nair_counts(nair_service) == (1, 1)


def test_fetching_the_key_shows_the_fingerprint_for_the_phone_check(
    qtbot: QtBot, screen: SyncView, nair_service: NairService, dialogs: Dialogs
) -> None:
    screen.url.setText(nair_service.url)
    screen.fetch_key.click()
    qtbot.waitUntil(lambda: screen.fingerprint.text() == nair_service.public_keys.fingerprint())
    assert screen.fingerprint.font().pointSize() > screen.font().pointSize()
    assert "None yet" in screen.pinned_state.text()  # shown, not pinned until asked
    assert screen.confirm_fingerprint.isEnabled() and not screen.confirm_fingerprint.isChecked()
    assert not screen.pin.isEnabled()
    screen.confirm_fingerprint.setChecked(True)
    assert screen.pin.isEnabled()


def test_a_new_key_needs_the_phone_check_again(
    qtbot: QtBot, screen: SyncView, nair_service: NairService, dialogs: Dialogs, tmp_path: Path
) -> None:
    screen.url.setText(nair_service.url)
    screen.fetch_key.click()
    qtbot.waitUntil(lambda: screen.fingerprint.text() == nair_service.public_keys.fingerprint())
    screen.confirm_fingerprint.setChecked(True)
    other = NairKeyPair.generate("Outro NAIR").public()
    key_file = tmp_path / "other.json"
    key_file.write_bytes(other.to_file_bytes())
    dialogs.open_path = str(key_file)
    screen.choose_key.click()  # another key: what was confirmed was the first one
    assert screen.fingerprint.text() == other.fingerprint()
    assert not screen.confirm_fingerprint.isChecked() and not screen.pin.isEnabled()


def test_a_different_key_asks_first_and_shows_both_fingerprints(
    qtbot: QtBot, screen: SyncView, vault: Vault, nair_service: NairService, dialogs: Dialogs,
    tmp_path: Path,
) -> None:  # fmt: skip
    link(vault, nair_service)
    screen._sender.refresh()
    old = nair_service.public_keys.fingerprint()
    qtbot.waitUntil(lambda: old in screen.pinned_state.text())
    other = NairKeyPair.generate("Outro NAIR").public()
    key_file = tmp_path / "other.json"
    key_file.write_bytes(other.to_file_bytes())
    dialogs.open_path = str(key_file)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    screen.choose_key.click()
    assert not screen.pin.isEnabled()
    screen.confirm_fingerprint.setChecked(True)
    screen.pin.click()
    qtbot.waitUntil(lambda: any(kind == "question" for kind, _ in dialogs.shown))
    [(_, question)] = [shown for shown in dialogs.shown if shown[0] == "question"]
    assert old in question and other.fingerprint() in question
    qtbot.waitUntil(lambda: not screen.busy)
    assert old in screen.pinned_state.text()


def test_service_down_then_up_is_delivered_without_a_click(
    qtbot: QtBot, screen: SyncView, vault: Vault, nair_service: NairService
) -> None:
    link(vault, nair_service)
    nair_service.stop()
    add_submitted(vault, "2026-10")
    screen.send.click()
    qtbot.waitUntil(lambda: _states(screen) == [BundleState.QUEUED], timeout=15_000)
    qtbot.waitUntil(lambda: "could not be reached" in _cell(screen, 0, 5), timeout=15_000)

    nair_service.start()
    # No click: the sender's timer wakes it when the backoff is over.
    qtbot.waitUntil(lambda: _states(screen) == [BundleState.DELIVERED], timeout=15_000)
    assert nair_counts(nair_service) == (1, 1)


def test_export_to_file_and_a_receipt_for_another_bundle_is_refused(
    qtbot: QtBot, screen: SyncView, vault: Vault, nair_service: NairService, dialogs: Dialogs,
    tmp_path: Path,
) -> None:  # fmt: skip
    link(vault, nair_service, url="")  # files only
    add_submitted(vault, "2026-09")
    add_submitted(vault, "2026-08")
    screen.send.click()
    qtbot.waitUntil(lambda: _states(screen) == [BundleState.QUEUED] * 2)

    screen.table.selectRow(0)  # 2026-09
    dialogs.save_path = str(tmp_path / "setembro.hdbundle")
    screen.export.click()
    qtbot.waitUntil(lambda: not screen.busy and "setembro.hdbundle" in screen.last_message)
    assert (tmp_path / "setembro.hdbundle").exists()
    answer = httpx.post(nair_service.url + "/v1/bundles",
                        content=(tmp_path / "setembro.hdbundle").read_bytes())  # fmt: skip
    (tmp_path / "recibo.json").write_bytes(answer.content)

    screen.table.selectRow(1)  # 2026-08: not the receipt's bundle
    dialogs.open_path = str(tmp_path / "recibo.json")
    screen.import_receipt.click()
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _ in dialogs.shown))
    assert "another bundle" in dialogs.shown[-1][1]
    assert _states(screen) == [BundleState.QUEUED] * 2

    qtbot.waitUntil(lambda: not screen.busy)
    screen.table.selectRow(0)
    screen.import_receipt.click()
    qtbot.waitUntil(lambda: _states(screen) == [BundleState.DELIVERED, BundleState.QUEUED])


def test_a_social_worker_sees_the_outbox_but_cannot_set_up(
    qtbot: QtBot, vault: Vault, vault_dir: Path, operations: Operations
) -> None:
    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "another long passphrase")
    vault.close()
    with Vault.open(vault_dir, "joao.tecnico", "another long passphrase") as worker:
        sender = _sender(worker, operations)
        view = SyncView(worker, operations, sender)
        qtbot.add_widget(view)
        assert not view.pin.isEnabled() and not view.url.isEnabled()
        assert not view.enroll.isEnabled()
        assert view.send.isEnabled() and view.import_receipt.isEnabled()
        sender.shutdown()
        view.close()


def test_submitting_on_the_reports_screen_sends_the_month(
    qtbot: QtBot, vault: Vault, operations: Operations, nair_service: NairService,
    dialogs: Dialogs,
) -> None:  # fmt: skip
    link(vault, nair_service)
    window = MainWindow(vault, operations, _sender(vault, operations))
    qtbot.add_widget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.sync_state.text() == "Sync: nothing to send")
    window.reports.prepare_month()
    qtbot.waitUntil(lambda: window.reports.table.rowCount() == 1 and not window.reports.busy)
    window.reports.submit_revision()
    qtbot.waitUntil(lambda: window.sync_state.text() == "Sync: all delivered", timeout=15_000)
    assert [b.state for b in outbox.list_bundles(vault)] == [BundleState.DELIVERED]
    assert window.sync.model.rowCount() == 1
    assert window.sync.model.index(0, 2).data(Qt.ItemDataRole.DisplayRole) == "Delivered"
    # The Reports screen follows the outbox: the month now reads delivered, with its receipt.
    window.show_page(window.reports)
    qtbot.waitUntil(
        lambda: window.reports.table.item(0, 2).text().startswith("Delivered to the NAIR (receipt")
    )
    assert "was delivered" in window.reports.state_line.text()
    window.idle.pause()
    window.close()
    operations.wait_idle()


def test_the_sync_state_speaks_portuguese_before_the_nair_is_set_up(
    qtbot: QtBot, vault: Vault, operations: Operations, portuguese: None
) -> None:
    add_submitted(vault, "2026-03")
    outbox.heal(vault)
    window = MainWindow(vault, operations, _sender(vault, operations))
    qtbot.add_widget(window)
    window.show()
    waiting = "Sincronização: não configurada, 1 em espera"
    qtbot.waitUntil(lambda: window.sync_state.text() == waiting)
    assert window.sync.model.index(0, 2).data() == "À espera: o envio não está configurado"
    window.idle.pause()
    window.close()
    operations.wait_idle()


def test_a_month_the_nair_cannot_take_yet_waits_counts_as_failed_and_send_now_sends_it(
    qtbot: QtBot, vault: Vault, operations: Operations, nair_service: NairService,
    dialogs: Dialogs,
) -> None:  # fmt: skip
    endpoint.configure(vault, nair_service.url, nair_service.public_keys)  # not registered yet
    add_submitted(vault, "2026-11")
    sender = BackgroundSender(  # the real backoff: the long wait after such a refusal
        vault, operations, transport_factory=lambda: HttpTransport(timeout=5.0)
    )
    window = MainWindow(vault, operations, sender)
    qtbot.add_widget(window)
    window.resize(1366, 768)
    window.show()
    sender.start()
    qtbot.waitUntil(lambda: window.sync_state.text() == "Sync: 1 pending, 1 failed", timeout=15_000)
    assert _states(window.sync) == [BundleState.QUEUED]
    assert _cell(window.sync, 0, 2) == "Refused for now: tried again"
    assert "register this entity" in _cell(window.sync, 0, 5)

    enroll_at(vault, nair_service)
    window.sync.send.click()  # a person asks: no waiting out the pause
    qtbot.waitUntil(lambda: window.sync_state.text() == "Sync: all delivered", timeout=15_000)
    assert nair_counts(nair_service) == (1, 1)
    sender.shutdown()
    window.idle.pause()
    window.close()
    operations.wait_idle()


@pytest.mark.parametrize(("code", "offered"), [("revision_conflict", False), ("conflict", True)])
def test_seal_again_is_not_offered_when_only_a_new_revision_can_go(
    qtbot: QtBot, screen: SyncView, vault: Vault, nair_service: NairService, code: str,
    offered: bool,
) -> None:  # fmt: skip
    link(vault, nair_service, url="")
    add_submitted(vault, "2026-11")
    outbox.heal(vault)
    with vault.changing() as session:
        session.execute(
            text("UPDATE outbox SET state = 'rejected', rejected_code = :code"), {"code": code}
        )
    screen._sender.refresh()
    qtbot.waitUntil(lambda: _states(screen) == [BundleState.REJECTED])
    screen.table.selectRow(0)
    assert screen.reseal.isEnabled() is offered


def test_send_now_without_a_set_up_says_why_at_once_and_offers_it(
    qtbot: QtBot, screen: SyncView, vault: Vault
) -> None:
    add_submitted(vault, "2026-11")
    screen._sender.refresh()
    qtbot.waitUntil(lambda: screen._sender.snapshot is not None)
    screen.send.click()
    # At once, before any pass: never a "Sending…" that nothing will end.
    assert "Sending" not in screen.message.text()
    assert "not set up" in screen.message.text()
    assert screen.set_up_now.isVisible()
    qtbot.waitUntil(lambda: _states(screen) == [BundleState.WAITING])
    assert "not set up" in screen.message.text()  # the pass did not overwrite the reason
    screen.set_up_now.click()
    assert screen.focusWidget() is screen.url
    assert "address" in screen.message.text()
    # Export is greyed out, and the screen says why in words.
    screen.table.selectRow(0)
    assert not screen.export.isEnabled()
    assert screen.hint.isVisible()
    assert "once the NAIR's key is set up" in screen.hint.text()


def test_a_send_that_fails_ends_with_its_reason_not_sending(
    qtbot: QtBot, screen: SyncView, vault: Vault, nair_service: NairService
) -> None:
    link(vault, nair_service)
    nair_service.stop()
    add_submitted(vault, "2026-10")
    screen._sender.refresh()
    qtbot.waitUntil(lambda: getattr(screen._sender.snapshot, "setup", None) is not None)
    screen.send.click()
    assert screen.message.text() == "Sending…"
    qtbot.waitUntil(lambda: "still wait" in screen.message.text(), timeout=15_000)
    assert "could not be reached" in screen.message.text()
    nair_service.start()
    qtbot.waitUntil(lambda: _states(screen) == [BundleState.DELIVERED], timeout=15_000)
    screen.send.click()
    qtbot.waitUntil(lambda: screen.message.text() == "Nothing waits to be sent.")
