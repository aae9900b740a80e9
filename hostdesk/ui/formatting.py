"""Dates, numbers and euros as people read them in the interface's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def format_date(value: date | None) -> str:
    """A date in the default locale's short form (dd/MM/yyyy in pt-PT)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")


def format_euros(cents: int) -> str:
    """An amount in euros, e.g. ``1 234,50 €`` in pt-PT."""
    return QLocale().toCurrencyString(cents / 100, "€")


def format_number(value: int) -> str:
    return QLocale().toString(value)
