"""The strength shown while a coordinator chooses a passphrase, and the unlock delay."""

from __future__ import annotations

from hostdesk.domain.passphrases import (
    MAX_DELAY_SECONDS,
    Strength,
    delay_after_failures,
    estimate,
)


def test_a_short_passphrase_is_too_short_whatever_it_contains() -> None:
    assert estimate("Aa1!Bb2@").strength is Strength.TOO_SHORT


def test_common_words_and_keyboard_runs_are_weak() -> None:
    assert estimate("password123").strength is Strength.WEAK
    assert estimate("qwertyuiopasdf").strength is Strength.WEAK
    assert estimate("aaaaaaaaaaaaaaaaaaaa").strength is Strength.WEAK
    assert not estimate("benfica 2024").acceptable


def test_a_long_sentence_of_ordinary_words_is_strong() -> None:
    result = estimate("o gato da vizinha come laranjas ao domingo")
    assert result.strength is Strength.STRONG
    assert result.acceptable


def test_a_mixed_twelve_character_passphrase_is_at_least_good() -> None:
    assert estimate("Tr0va-Azul-9k").strength >= Strength.GOOD


def test_a_few_slips_cost_nothing_then_each_failure_doubles_the_wait() -> None:
    assert [delay_after_failures(n) for n in range(6)] == [0, 0, 0, 2, 4, 8]
    assert delay_after_failures(50) == MAX_DELAY_SECONDS
