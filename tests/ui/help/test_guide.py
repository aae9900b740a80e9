"""Help at hand: F1 opens the guide at the screen in use; a new version says what is new."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from hostdesk import resources
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.help import whats_new
from hostdesk.ui.help.guide_window import TOPICS, guide_text
from hostdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, vault: Vault) -> Iterator[MainWindow]:
    operations = Operations()
    main = MainWindow(vault, operations)
    qtbot.add_widget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.idle.pause()
    operations.wait_idle()


def test_every_topic_and_every_picture_it_shows_is_shipped() -> None:
    for topic in [*TOPICS, "novidades"]:
        key = getattr(topic, "key", topic)
        text = guide_text(key, "pt_PT")
        assert text.startswith("# "), key
        for picture in re.findall(r"\]\((images/[^)]+)\)", text):
            assert resources.read_bytes("guide", *picture.split("/"))[:4] == b"\x89PNG", picture


def test_f1_opens_the_guide_at_the_screen_in_use_with_the_shortcuts(
    qtbot: QtBot, window: MainWindow, portuguese: None
) -> None:
    window.show_page(window.today)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None and guide.isVisible()
    text = guide.page.toPlainText()
    assert text.startswith("Hoje")
    assert "Atalhos de teclado" in text and "Ctrl+L" in text
    # The screenshot is found and drawn, not a broken-image box.
    image = guide.page.document().resource(
        QTextDocument.ResourceType.ImageResource, "images/hoje.png"
    )
    assert image is not None and not image.isNull()
    assert guide.height() <= 698

    window.show_page(window.caseload)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert guide.page.toPlainText().startswith("Processos")


def test_whats_new_shows_once_after_an_upgrade_and_never_on_a_first_install(
    qtbot: QtBot, window: MainWindow
) -> None:
    QSettings("HostDesk", "HostDesk").remove("help/last_version")
    assert whats_new.show_after_upgrade(window) is None  # first installation
    assert whats_new.show_after_upgrade(window) is None  # same version again
    QSettings("HostDesk", "HostDesk").setValue("help/last_version", "0.0.1")
    dialog = whats_new.show_after_upgrade(window)
    assert dialog is not None and "Novidades" in dialog.page.toPlainText()
    dialog.close()
    assert whats_new.show_after_upgrade(window) is None
