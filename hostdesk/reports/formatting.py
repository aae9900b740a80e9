"""Dates, months and euros written as a reader of the report's language expects.

Reports have no Qt, so no QLocale: the few forms needed are written out here
for European Portuguese ("24 de novembro de 2026", "1 234,50 €") and English
("24 November 2026", "€1,234.50").
"""

from __future__ import annotations

from datetime import date

from hostdesk.domain.partial_date import PartialDate

Lang = str  # "pt" or "en"
LANGUAGES = ("pt", "en")

# A no-break space keeps "1 234,50 €" on one line.
NBSP = "\u00a0"

_MONTHS = {
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def check_lang(lang: str) -> Lang:
    """``lang`` if reports can be written in it; a clear error otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f'Reports are written in "pt" or "en", not "{lang}".')
    return lang


def month_name(month: int, lang: Lang) -> str:
    return _MONTHS[lang][month - 1]


def format_date(d: date | None, lang: Lang, empty: str = "—") -> str:
    """A full date: "24 de novembro de 2026" or "24 November 2026"."""
    if d is None:
        return empty
    if lang == "pt":
        return f"{d.day} de {month_name(d.month, lang)} de {d.year}"
    return f"{d.day} {month_name(d.month, lang)} {d.year}"


def format_short_date(d: date | None, empty: str = "—") -> str:
    """A compact date for table cells: 24/11/2026 (day first in both languages)."""
    if d is None:
        return empty
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def format_month(year: int, month: int, lang: Lang) -> str:
    """ "novembro de 2026" or "November 2026"."""
    if lang == "pt":
        return f"{month_name(month, lang)} de {year}"
    return f"{month_name(month, lang)} {year}"


def format_partial_date(d: PartialDate | None, lang: Lang, empty: str = "—") -> str:
    """A date known to the year, month or day, never padded with an invented day."""
    if d is None:
        return empty
    if d.month is None:
        return str(d.year)
    if d.day is None:
        return format_month(d.year, d.month, lang)
    return format_date(d.earliest(), lang)


def format_partial_short(d: PartialDate | None, empty: str = "—") -> str:
    """A partial date for a narrow cell: 23/11/1985, 09/1990 or 1985 (never wraps)."""
    if d is None:
        return empty
    if d.month is None:
        return str(d.year)
    if d.day is None:
        return f"{d.month:02d}/{d.year}"
    return format_short_date(d.earliest())


def _grouped(units: int, separator: str) -> str:
    digits = str(units)
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return separator.join(reversed(groups))


def format_euros(cents: int, lang: Lang) -> str:
    """Integer cents as money: "1 234,50 €" (pt-PT) or "€1,234.50" (en)."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    if lang == "pt":
        return f"{sign}{_grouped(units, NBSP)},{rest:02d}{NBSP}€"
    return f"{sign}€{_grouped(units, ',')}.{rest:02d}"


def format_percent(numerator: int, denominator: int, lang: Lang) -> str:
    """A share with one decimal, "—" when there is nothing to divide by."""
    if denominator == 0:
        return "—"
    value = f"{100 * numerator / denominator:.1f}"
    if lang == "pt":
        return f"{value.replace('.', ',')}{NBSP}%"
    return f"{value}%"


def format_size(size: int, lang: Lang) -> str:
    """A file size in decimal units, as file managers show it: "1,2 MB" (pt), "1.2 MB" (en)."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            value = f"{size / factor:.1f}"
            return f"{value.replace('.', ',') if lang == 'pt' else value}{NBSP}{unit}"
    return f"{size}{NBSP}bytes"
