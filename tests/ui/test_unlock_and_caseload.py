"""The minimal window: unlock off the UI thread, then find a family by another spelling."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import families
from hostdesk.storage.header import read_header
from hostdesk.storage.vault import Vault
from hostdesk.ui.access.unlock_dialog import UnlockDialog
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE


def _vault_with_two_families(vault: Vault) -> Path:
    with vault.changing() as session:
        for case, latin, original in (
            ("HD-2026-00001", "Muhammad Al-Khatib", "محمد الخطيب"),
            ("HD-2026-00002", "Selam Tesfamariam", "ሰላም ተስፋማርያም"),
        ):
            family = families.create_family(
                session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
                programme_start=date(2026, 1, 1), case_number=case,
            )  # fmt: skip
            families.add_member(
                session, vault.user, family, name_latin=latin, name_original=original,
                is_head=True,
            )  # fmt: skip
    path = vault.path
    vault.close()
    return path


def _dialog(qtbot: QtBot, path: Path, operations: Operations) -> UnlockDialog:
    dialog = UnlockDialog(path, read_header(path), operations)
    qtbot.add_widget(dialog)
    return dialog


def test_a_wrong_passphrase_shows_a_clear_message_and_keeps_the_dialog(
    qtbot: QtBot, vault: Vault
) -> None:
    operations = Operations()
    dialog = _dialog(qtbot, _vault_with_two_families(vault), operations)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "passphrase is not right" in dialog.error.text()
    assert dialog.vault is None
    assert dialog.isVisible()


def test_unlock_then_search_as_you_type_finds_another_transliteration(
    qtbot: QtBot, vault: Vault
) -> None:
    operations = Operations()
    dialog = _dialog(qtbot, _vault_with_two_families(vault), operations)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.vault is not None
    window = MainWindow(dialog.vault, operations)
    qtbot.add_widget(window)
    caseload = window.caseload
    try:
        assert caseload.model.rowCount() == 2
        qtbot.keyClicks(caseload.search_field, "Mohammed")
        qtbot.waitUntil(lambda: caseload.model.rowCount() == 1, timeout=5_000)
        shown = caseload.model.index(0, 0).data()
        assert shown == "HD-2026-00001"
        assert caseload.model.index(0, 2).data() == "محمد الخطيب"
    finally:
        operations.wait_idle()
        dialog.vault.close()


def test_in_portuguese_a_wrong_passphrase_is_said_in_portuguese(
    qtbot: QtBot, vault: Vault, portuguese: None
) -> None:
    operations = Operations()
    dialog = _dialog(qtbot, _vault_with_two_families(vault), operations)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    # The storage layer's sentence is English (for the command line); the window translates.
    assert dialog.error.text().startswith("A frase-passe não está certa")
    operations.wait_idle()
