"""Ajuda → Acerca do HostDesk names the version and the licence, in Portuguese."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hostdesk import __version__
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.main_window import MainWindow


def test_help_about_shows_the_version_and_the_licence(
    qtbot: QtBot, vault: Vault, portuguese: None, operations: Operations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    shown: list[tuple[str, str]] = []

    def about(_parent: QWidget, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "about", about)
    window = MainWindow(vault, operations)
    qtbot.add_widget(window)
    help_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "A&juda"
    )
    item = next(a for a in help_menu.actions() if a.text().replace("&", "") == "Acerca do HostDesk")
    item.trigger()
    window.idle.pause()
    [(title, text)] = shown
    assert title == "Acerca do HostDesk"
    assert f"Versão {__version__}" in text
    assert "Licença: EUPL-1.2" in text
