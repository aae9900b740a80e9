"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hostdesk.ui import application
from hostdesk.ui.common.operations import Operations


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
