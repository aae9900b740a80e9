"""The fonts HostDesk ships, made known to Qt so that every script a name is written in shows.

Laptops often lack a font for Ge'ez (Tigrinya, Amharic) and sometimes for
Arabic; without one, a family's name in its own script shows as empty boxes.
Registered application fonts take part in Qt's fallback for missing glyphs;
the interface's own font does not change.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from hostdesk import resources
from hostdesk.reports.fonts import FONTS

log = logging.getLogger(__name__)


def install_bundled_fonts() -> list[str]:
    """Register every bundled font file; returns the families Qt now knows from them."""
    families: list[str] = []
    try:
        names = resources.names(FONTS, suffix=".ttf")
    except resources.MissingResource:
        names = []
    if not names:  # a packaging fault: names in other scripts may show as boxes
        log.warning("no bundled fonts found")
    for name in names:
        # From the bytes: Qt keeps its own copy, and no path has to outlive this call.
        font_id = QFontDatabase.addApplicationFontFromData(resources.read_bytes(FONTS, name))
        if font_id < 0:
            log.warning("bundled font %s could not be loaded", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    log.debug("bundled fonts registered: %s", ", ".join(sorted(set(families))))
    return families
