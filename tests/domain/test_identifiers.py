"""Identifiers: every check digit the brief lists, clear messages, and empty is fine."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hostdesk.domain.identifiers import (
    ValidationResult,
    validate_citizen_card,
    validate_identifier,
    validate_nif,
    validate_niss,
    validate_sns,
)
from hostdesk.domain.vocabulary import IdentifierKind

Validator = Callable[[str], ValidationResult]


@pytest.mark.parametrize("kind", list(IdentifierKind))
@pytest.mark.parametrize("text", ["", "   ", " - . "])
def test_an_unknown_identifier_never_blocks_saving(kind: IdentifierKind, text: str) -> None:
    assert validate_identifier(kind, text) == ValidationResult(True, "", "")


@pytest.mark.parametrize("nif", ["501964843", "124885446", "204716624"])
def test_valid_nifs(nif: str) -> None:
    assert validate_nif(nif) == ValidationResult(True, "", nif)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("501 964 843", "501964843"),
        ("501.964.843", "501964843"),
        ("501-964-843", "501964843"),
        ("PT501964843", "501964843"),  # as printed on invoices
        ("pt 501 964 843", "501964843"),
        ("٥٠١٩٦٤٨٤٣", "501964843"),  # typed with an Arabic keyboard
    ],
)
def test_nif_is_normalized(text: str, normalized: str) -> None:
    assert validate_nif(text) == ValidationResult(True, "", normalized)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("501964842", "The last digit of this NIF should be 3; check the number."),
        ("50196484", "A NIF has 9 digits; this one has 8."),
        ("5019648430", "A NIF has 9 digits; this one has 10."),
        ("50196484X", "A NIF has only digits."),
        ("401964843", "A NIF cannot start with 40."),
        ("001964843", "A NIF cannot start with 0."),
        ("731964843", "A NIF cannot start with 73."),
    ],
)
def test_invalid_nifs_say_what_is_wrong(text: str, message: str) -> None:
    result = validate_nif(text)
    assert not result.ok
    assert result.message == message


@pytest.mark.parametrize("prefix", ["45", "70", "71", "72", "74", "75", "77", "79", "90", "91"])
def test_two_digit_nif_prefixes_are_allowed(prefix: str) -> None:
    # Any seven digits after the prefix; only the check digit may then be wrong.
    message = validate_nif(prefix + "0000000").message
    assert message == "" or message.startswith("The last digit")


@pytest.mark.parametrize(
    "nif",
    [
        "100000010",  # 1*9 + 1*2 = 11, remainder 0: check digit 0
        "100000070",  # 1*9 + 7*2 = 23, remainder 1 (11 - 1 = 10 is not a digit): 0
    ],
)
def test_nif_check_digit_is_zero_when_remainder_below_two(nif: str) -> None:
    assert validate_nif(nif).ok


def test_valid_niss() -> None:
    assert validate_niss("11234567892") == ValidationResult(True, "", "11234567892")
    assert validate_niss("1 1234 5678 92").normalized == "11234567892"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("11234567891", "The last digit of this NISS should be 2; check the number."),
        ("1123456789", "A NISS has 11 digits; this one has 10."),
        ("31234567892", "A NISS starts with 1 (a person) or 2 (an organisation)."),
        ("1123456789A", "A NISS has only digits."),
    ],
)
def test_invalid_niss_says_what_is_wrong(text: str, message: str) -> None:
    assert validate_niss(text) == ValidationResult(False, message, text)


def test_sns_number_is_nine_digits() -> None:
    assert validate_sns("123 456 789") == ValidationResult(True, "", "123456789")
    assert validate_sns("12345678").message == "An SNS user number has 9 digits; this one has 8."
    assert validate_sns("12345678O").message == "An SNS user number has only digits."


@pytest.mark.parametrize("number", ["000000000ZZ4", "132487926ZX7", "13248792 6 zx7"])
def test_valid_citizen_cards(number: str) -> None:
    result = validate_citizen_card(number)
    assert result.ok, result.message
    assert result.normalized == number.replace(" ", "").upper()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "000000000ZZ3",
            "The last digit of this Citizen Card number should be 4; check the number.",
        ),
        (
            "132487926ZX8",
            "The last digit of this Citizen Card number should be 7; check the number.",
        ),
        ("00000000ZZ4", "A Citizen Card number has 12 characters; this one has 11."),
        (
            "00000000OZZ4",
            "A Citizen Card number is 9 digits, then 2 letters or digits, then 1 digit.",
        ),
        (
            "000000000ZZZ",
            "A Citizen Card number is 9 digits, then 2 letters or digits, then 1 digit.",
        ),
    ],
)
def test_invalid_citizen_cards_say_what_is_wrong(text: str, message: str) -> None:
    assert validate_citizen_card(text) == ValidationResult(False, message, text)


@pytest.mark.parametrize(
    "kind", [IdentifierKind.PASSPORT, IdentifierKind.TRAVEL_DOCUMENT, IdentifierKind.NAIR_REFERENCE]
)
def test_documents_accept_letters_and_digits(kind: IdentifierKind) -> None:
    assert validate_identifier(kind, "fa 123456") == ValidationResult(True, "", "FA123456")


@pytest.mark.parametrize("kind", [IdentifierKind.PASSPORT, IdentifierKind.TRAVEL_DOCUMENT])
def test_documents_refuse_other_characters(kind: IdentifierKind) -> None:
    # A Cyrillic "А" looks like a Latin "A": say so rather than store it.
    result = validate_identifier(kind, "ФА123456")
    assert not result.ok
    assert "Latin letters and digits" in result.message
    assert not validate_identifier(kind, "AB#123").ok


def test_documents_have_a_maximum_length() -> None:
    result = validate_identifier(IdentifierKind.PASSPORT, "A" * 21)
    assert result.message == "A passport number has at most 20 characters."
    assert validate_identifier(IdentifierKind.PASSPORT, "A" * 20).ok


def test_nair_reference_may_hold_slashes() -> None:
    result = validate_identifier(IdentifierKind.NAIR_REFERENCE, "NAIR/2026/0153")
    assert result == ValidationResult(True, "", "NAIR/2026/0153")


@pytest.mark.parametrize(
    ("kind", "validator"),
    [
        (IdentifierKind.NIF, validate_nif),
        (IdentifierKind.NISS, validate_niss),
        (IdentifierKind.SNS, validate_sns),
        (IdentifierKind.CITIZEN_CARD, validate_citizen_card),
    ],
)
def test_dispatch_matches_the_specific_validators(
    kind: IdentifierKind, validator: Validator
) -> None:
    for text in ["501964843", "11234567892", "000000000ZZ4", "12", "x"]:
        assert validate_identifier(kind, text) == validator(text)
