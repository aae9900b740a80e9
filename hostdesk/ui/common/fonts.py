"""The fonts HostDesk ships, made known to Qt so that every script a name is written in shows.

Laptops often lack a font for Ge'ez (Tigrinya, Amharic) and sometimes for
Arabic; without one, a family's name in its own script shows as empty boxes.
Registered application fonts take part in Qt's fallback for missing glyphs;
the interface's own font does not change.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from hostdesk.reports.fonts import FONTS_DIR

log = logging.getLogger(__name__)


def install_bundled_fonts() -> list[str]:
    """Register every bundled font file; returns the families Qt now knows from them."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("bundled font %s could not be loaded", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
