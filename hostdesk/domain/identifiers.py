"""Portuguese identifiers: check what has a check digit, say exactly what is wrong.

An empty value is always valid: an identifier still unknown must never stop
a case from being saved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from hostdesk.domain.vocabulary import IdentifierKind


@dataclass(frozen=True)
class ValidationResult:
    """Whether a value is acceptable, why not, and the value as it should be stored."""

    ok: bool
    message: str = ""
    normalized: str = ""


# Separators people type or copy from documents; they carry no meaning.
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015\u2212]")

_NIF_PREFIXES_1 = frozenset("123568")
_NIF_PREFIXES_2 = frozenset(
    {"45", "70", "71", "72", "74", "75", "77", "79", "90", "91", "98", "99"}
)
_NISS_WEIGHTS = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)
_CC_FORMAT = re.compile(r"[0-9]{9}[A-Z0-9]{2}[0-9]")

MAX_DOCUMENT_LENGTH = 20
MAX_NAIR_REFERENCE_LENGTH = 30
_DOCUMENT_CHARS = re.compile(r"[A-Z0-9]+")
_NAIR_CHARS = re.compile(r"[A-Z0-9/_]+")


def normalize(text: str) -> str:
    """Drop spaces, dots and hyphens, uppercase, and read any script's digits as 0-9."""
    cleaned = _SEPARATORS.sub("", text).upper()
    return "".join(
        str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal() else c for c in cleaned
    )


def _ok(normalized: str) -> ValidationResult:
    return ValidationResult(True, "", normalized)


def _bad(message: str, normalized: str) -> ValidationResult:
    return ValidationResult(False, message, normalized)


def _digits_only(value: str) -> bool:
    return value.isascii() and value.isdigit()


def validate_nif(text: str) -> ValidationResult:
    """A NIF (tax number): 9 digits, an allowed prefix and a mod-11 check digit."""
    value = normalize(text)
    # A NIF copied from an invoice often carries the VAT country code.
    if value.startswith("PT") and _digits_only(value[2:]):
        value = value[2:]
    if not value:
        return _ok("")
    if not _digits_only(value):
        return _bad("A NIF has only digits.", value)
    if len(value) != 9:
        return _bad(f"A NIF has 9 digits; this one has {len(value)}.", value)
    if value[0] not in _NIF_PREFIXES_1 and value[:2] not in _NIF_PREFIXES_2:
        shown = value[:2] if value[0] in "479" else value[0]
        return _bad(f"A NIF cannot start with {shown}.", value)
    total = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True))
    r = total % 11
    expected = 0 if r < 2 else 11 - r
    if int(value[8]) != expected:
        return _bad(f"The last digit of this NIF should be {expected}; check the number.", value)
    return _ok(value)


def validate_niss(text: str) -> ValidationResult:
    """A NISS (social security number): 11 digits starting 1 or 2, with a check digit."""
    value = normalize(text)
    if not value:
        return _ok("")
    if not _digits_only(value):
        return _bad("A NISS has only digits.", value)
    if len(value) != 11:
        return _bad(f"A NISS has 11 digits; this one has {len(value)}.", value)
    if value[0] not in "12":
        return _bad("A NISS starts with 1 (a person) or 2 (an organisation).", value)
    total = sum(int(d) * w for d, w in zip(value[:10], _NISS_WEIGHTS, strict=True))
    expected = 9 - total % 10
    if int(value[10]) != expected:
        return _bad(f"The last digit of this NISS should be {expected}; check the number.", value)
    return _ok(value)


def validate_sns(text: str) -> ValidationResult:
    """An SNS user number: 9 digits (it has no public check digit)."""
    value = normalize(text)
    if not value:
        return _ok("")
    if not _digits_only(value):
        return _bad("An SNS user number has only digits.", value)
    if len(value) != 9:
        return _bad(f"An SNS user number has 9 digits; this one has {len(value)}.", value)
    return _ok(value)


def _cc_value(c: str) -> int:
    # 0-9 are themselves, A-Z count 10-35.
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def _cc_sum_before_check(chars: str) -> int:
    # ``chars`` lacks the check character, so its rightmost value is the first doubled.
    total = 0
    for i, c in enumerate(reversed(chars)):
        value = _cc_value(c)
        if i % 2 == 0:
            value *= 2
            if value >= 10:
                value -= 9
        total += value
    return total


def validate_citizen_card(text: str) -> ValidationResult:
    """A Cartão de Cidadão number: 9 digits, 2 letters or digits, 1 check digit."""
    value = normalize(text)
    if not value:
        return _ok("")
    if len(value) != 12:
        return _bad(f"A Citizen Card number has 12 characters; this one has {len(value)}.", value)
    if not _CC_FORMAT.fullmatch(value):
        return _bad(
            "A Citizen Card number is 9 digits, then 2 letters or digits, then 1 digit.", value
        )
    # The last character is never doubled, so the digit that makes the sum a
    # multiple of 10 is the only right one.
    expected = -_cc_sum_before_check(value[:-1]) % 10
    if int(value[-1]) != expected:
        return _bad(
            f"The last digit of this Citizen Card number should be {expected}; check the number.",
            value,
        )
    return _ok(value)


def _document_validator(
    label: str, allowed: re.Pattern[str], max_length: int, chars_hint: str
) -> Callable[[str], ValidationResult]:
    def validate(text: str) -> ValidationResult:
        value = normalize(text)
        if not value:
            return _ok("")
        if len(value) > max_length:
            return _bad(f"{label} has at most {max_length} characters.", value)
        if not allowed.fullmatch(value):
            return _bad(f"{label} has only {chars_hint}.", value)
        return _ok(value)

    validate.__doc__ = f"{label}: non-empty, at most {max_length} of {chars_hint}."
    return validate


validate_passport = _document_validator(
    "A passport number", _DOCUMENT_CHARS, MAX_DOCUMENT_LENGTH, "Latin letters and digits"
)
validate_travel_document = _document_validator(
    "A travel document number", _DOCUMENT_CHARS, MAX_DOCUMENT_LENGTH, "Latin letters and digits"
)
validate_nair_reference = _document_validator(
    "A NAIR reference",
    _NAIR_CHARS,
    MAX_NAIR_REFERENCE_LENGTH,
    "Latin letters, digits and slashes",
)

_VALIDATORS: dict[IdentifierKind, Callable[[str], ValidationResult]] = {
    IdentifierKind.NIF: validate_nif,
    IdentifierKind.NISS: validate_niss,
    IdentifierKind.SNS: validate_sns,
    IdentifierKind.CITIZEN_CARD: validate_citizen_card,
    IdentifierKind.PASSPORT: validate_passport,
    IdentifierKind.TRAVEL_DOCUMENT: validate_travel_document,
    IdentifierKind.NAIR_REFERENCE: validate_nair_reference,
}


def validate_identifier(kind: IdentifierKind, text: str) -> ValidationResult:
    """Validate ``text`` as an identifier of ``kind``."""
    return _VALIDATORS[kind](text)
