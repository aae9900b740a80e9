"""The nationality words the import reads: CLDR's country names and the reviewed adjectives.

Country names come from CLDR through Babel, in European and Brazilian
Portuguese and in English ("Marrocos", "Morocco"). CLDR has no adjectives, so
those ("Palestiniana", "Colombiana", "Syrian"), names CLDR lacks ("RD Congo")
and the words that name two countries ("Guineense") are kept in
``resources/data/nationalities.json``, a reviewed table read through
:mod:`hostdesk.resources`.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from hostdesk import resources
from hostdesk.domain.importing.nationalities import Nationalities, build

LOCALES = ("pt_PT", "pt", "en")
DATA = ("data", "nationalities.json")
# CLDR's regions that are no country: the EU, the eurozone, the UN, outlying Oceania,
# the pseudo-locales and "unknown region".
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


def country_names() -> dict[str, list[str]]:
    """ISO code -> its CLDR names in the locales read."""
    from babel import Locale  # loads CLDR data: only when an import needs it

    found: dict[str, list[str]] = {}
    for locale in LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                found.setdefault(code, []).append(name)
    return found


def reviewed_words() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.read_text(*DATA))
    return data


@cache
def nationality_table() -> Nationalities:
    names = country_names()
    data = reviewed_words()
    words = [(name, code) for code, listed in names.items() for name in listed]
    for section in ("names", "adjectives"):
        words += [(word, code) for code, listed in data[section].items() for word in listed]
    return build(words, data["ambiguous"].items())


def country_name(code: str, language: str) -> str:
    """The country's name in the user's language ("pt" or "en"), CLDR's; the code if unknown."""
    from babel import Locale

    territories = Locale.parse("pt_PT" if language == "pt" else "en").territories
    return str(territories.get(code, code))
