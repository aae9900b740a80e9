"""Numbers and sizes as the interface language writes them: "25 000", "9,5 MB" in Portuguese.

Qt's default locale follows the interface language (set at start), so an
English interface keeps "25,000" and "9.5 MB". Sizes use decimal units, as
file managers show them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's grouping and decimal mark."""
    locale = QLocale()
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def format_size(size_bytes: float) -> str:
    """A size in bytes as people read it: "9,5 MB", "1,2 GB", "640 kB"."""
    for unit, factor, decimals in (("GB", 1e9, 1), ("MB", 1e6, 1), ("kB", 1e3, 0)):
        if size_bytes >= factor:
            return f"{format_number(size_bytes / factor, decimals)}\u00a0{unit}"
    return f"{format_number(size_bytes)}\u00a0B"


def plural(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` with the count (in the locale) for %1.

    For QCoreApplication.translate: lupdate does not see its count argument, so a
    "%n" message there only ever gets its singular translated. Pass both strings,
    each a translate() call of its own.
    """
    return one if count == 1 else many.replace("%1", format_number(count))
