"""Spellings of one name are close; other names that share a key are far."""

from __future__ import annotations

import pytest

from hostdesk.domain.name_distance import close_spellings, spelling_distance


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("yusuf", "youssef"),  # vowels change from one romanisation to the next
        ("muhammad", "mohammed"),
        ("farzana", "farzaneh"),
        ("betelhem", "bethlehem"),  # two letters swapped
        ("xasan", "hassan"),  # Somali X for ḥ
        ("schewtschenko", "shevchenko"),  # German spelling of a Ukrainian name
        ("alhasan", "hasan"),  # the article joined
        ("yasmin", "yasmine"),  # a final e comes and goes with the orthography
        ("sevcenko", "shevchenko"),  # ISO 9 without its háčeks
    ],
)
def test_spellings_of_one_name_are_close(one: str, other: str) -> None:
    assert close_spellings(one, other)
    assert close_spellings(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("viktor", "viktoriia"),  # the feminine adds a syllable
        ("hasan", "hussein"),  # حسن and حسين: one key, two names
        ("gabriel", "gabriela"),  # a final a after a consonant
        ("mebrat", "mebratu"),  # a woman's name and a man's
        ("shevchenko", "savchenko"),  # Шевченко and Савченко
    ],
)
def test_other_names_sharing_a_key_are_far(one: str, other: str) -> None:
    distance = spelling_distance(one, other)
    assert distance is not None  # the key is shared: search finds one from the other
    assert not close_spellings(one, other)


def test_words_without_a_shared_key_have_no_distance() -> None:
    assert spelling_distance("olena", "lina") is None
    assert not close_spellings("olena", "lina")
