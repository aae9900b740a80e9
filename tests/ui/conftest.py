"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from hostdesk.ui import application
from hostdesk.ui.common.operations import Operations


@pytest.fixture(autouse=True)
def private_preferences(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Per-machine preferences (QSettings) in a folder of the test's own, never the user's."""
    folder = tmp_path_factory.mktemp("preferences")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def operations() -> Iterator[Operations]:
    """The database thread of a window, drained at the end of the test."""
    ops = Operations()
    yield ops
    ops.wait_idle()


@pytest.fixture
def portuguese() -> Iterator[None]:
    """The interface in European Portuguese, as HostDesk starts by default."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(app.findChildren(QTranslator))
    application._install_translations(app, "pt_PT")
    yield
    for translator in app.findChildren(QTranslator):
        if translator not in before:
            app.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(QLocale("en"))
