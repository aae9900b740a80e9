"""Names in Ge'ez and Arabic script show even on a laptop without fonts for them."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from hostdesk.ui.common.fonts import install_bundled_fonts

TIGRINYA = "ተስፋይ"


def test_the_bundled_fonts_cover_geez_and_arabic(qtbot: QtBot) -> None:
    families = install_bundled_fonts()
    assert any("Ethiopic" in family for family in families)
    assert any("Arabic" in family for family in families)
    ethiopic = next(f for f in families if "Ethiopic" in f)
    metrics = QFontMetrics(QFont(ethiopic))
    assert all(metrics.inFontUcs4(ord(char)) for char in TIGRINYA)
