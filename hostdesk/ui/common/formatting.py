"""Dates, partial dates and euros as people in Portugal write them, both ways.

Whatever the interface language, the case file shows dates as dd/MM/yyyy and
amounts as ``1 234,50 €`` (pt-PT), because that is how the documents read.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale

from hostdesk.domain.partial_date import PartialDate

NBSP = "\u00a0"
_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*")
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")
_MONTH = re.compile(r"\s*(\d{1,2})[/.-](\d{4})\s*")
_MONEY = re.compile(r"\d+(?:[.,]\d{1,2})?")


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def format_moment(value: datetime | None) -> str:
    """A stored moment (UTC; SQLite may drop the zone) in local time: 05/12/2026 16:11."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def format_partial(value: PartialDate | None) -> str:
    """1987, 03/1987 or 12/03/1987: only what is known, never an invented day."""
    if value is None:
        return ""
    if value.month is None:
        return f"{value.year:04d}"
    if value.day is None:
        return f"{value.month:02d}/{value.year:04d}"
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def parse_date(text: str) -> date | None:
    """A full date typed as 31/12/2026 (also 31-12-2026, 31.12.2026 or 2026-12-31).

    Returns None for an empty text; raises ValueError for anything else that is not a date.
    """
    if not text.strip():
        return None
    if m := _DATE.fullmatch(text):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError(text)
    return date(year, month, day)


def format_period(period: str) -> str:
    """A payment period stored as YYYY-MM, shown as MM/YYYY."""
    year, _, month = period.partition("-")
    return f"{month}/{year}" if month else period


def parse_period(text: str) -> str:
    """MM/YYYY (or YYYY-MM) to the stored YYYY-MM; raises ValueError otherwise."""
    if m := _MONTH.fullmatch(text):
        month, year = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text):
        year, month = int(m.group(1)), int(m.group(2))
    else:
        raise ValueError(text)
    if not 1 <= month <= 12:
        raise ValueError(text)
    return f"{year:04d}-{month:02d}"


def format_euros(cents: int) -> str:
    """``1 234,50 €``: thousands grouped with no-break spaces, a decimal comma."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    digits = f"{whole:,}".replace(",", NBSP)
    return f"{sign}{digits},{rest:02d}{NBSP}€"


def parse_euros(text: str) -> int | None:
    """Cents from "1 234,50", "107,5 €" or "75"; None if empty; ValueError otherwise."""
    cleaned = re.sub(r"[\s\u00a0\u202f€]", "", text)
    if not cleaned:
        return None
    if "," in cleaned:
        # pt-PT: dots group thousands, the comma marks the cents.
        cleaned = cleaned.replace(".", "")
    if not _MONEY.fullmatch(cleaned):
        raise ValueError(text)
    whole, _, fraction = cleaned.replace(",", ".").partition(".")
    return int(whole) * 100 + int((fraction + "00")[:2])


def format_size(size: int) -> str:
    """A file size in the user's locale, in decimal units as file managers show it: "9,5 MB".

    A round size keeps no decimal: "20 MB", not "20,0 MB".
    """
    unit = next((u for u in (10**9, 10**6, 10**3) if size >= u), 1)
    decimals = 0 if size % unit == 0 else 1
    return QLocale().formattedDataSize(size, decimals, QLocale.DataSizeFormat.DataSizeSIFormat)
