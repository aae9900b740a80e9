"""The reviewed table of nationality words stays consistent with CLDR and with itself."""

from __future__ import annotations

from hostdesk.domain.importing.columns import normal_key
from hostdesk.storage.importing.nationality_words import (
    country_names,
    nationality_table,
    reviewed_words,
)


def test_every_code_in_the_table_is_a_cldr_country() -> None:
    known = set(country_names())
    data = reviewed_words()
    used = {code for section in ("names", "adjectives") for code in data[section]}
    used |= {code for codes in data["ambiguous"].values() for code in codes}
    assert used <= known, used - known


def test_no_word_names_two_countries_unless_it_is_listed_as_ambiguous() -> None:
    data = reviewed_words()
    listed = {normal_key(word) for word in data["ambiguous"]}
    seen: dict[str, str] = {}
    clashes = []
    for section in ("names", "adjectives"):
        for code, words in data[section].items():
            for word in words:
                key = normal_key(word)
                if seen.setdefault(key, code) != code and key not in listed:
                    clashes.append((word, seen[key], code))
    assert clashes == []
    table = nationality_table()
    # CLDR's own double names ("São Martinho") are asked too, never silently one of them.
    assert set(table.ambiguous) >= listed
    assert all(len(codes) >= 2 for codes in table.ambiguous.values())


def test_a_common_country_has_its_adjectives_in_both_genders_and_english() -> None:
    table = nationality_table()
    for words, code in (
        (("sírio", "síria", "Syrian"), "SY"),
        (("afegão", "afegã", "Afghan"), "AF"),
        (("eritreu", "eritreia", "Eritrean"), "ER"),
        (("ucraniano", "ucraniana", "Ukrainian"), "UA"),
        (("palestiniano", "palestiniana", "Palestinian"), "PS"),
        (("colombiano", "colombiana", "Colombian"), "CO"),
    ):
        assert [table.lookup(w) for w in words] == [code] * 3
