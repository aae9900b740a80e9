"""Nationalities as people write them: country names and adjectives, in Portuguese or English.

The words come from outside (CLDR's country names through Babel, and a
reviewed table of adjectives: see ``hostdesk.storage.importing.nationality_words``);
this module only matches a cell against them. A word that names more than one
country ("Guineense": Guinea-Bissau or Guinea) is never given one of them: the
import asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hostdesk.domain.importing.columns import normal_key


def _keys(word: str) -> list[str]:
    """The word folded, and without what it has in brackets: "Mianmar (Birmânia)"."""
    keys = [normal_key(word)]
    if "(" in word:
        keys.append(normal_key(word.split("(", 1)[0]))
    return [k for k in keys if k]


@dataclass(frozen=True)
class Nationalities:
    codes: dict[str, str] = field(default_factory=dict)  # folded word -> ISO 3166-1 alpha-2
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded word -> codes

    def lookup(self, text: str) -> str | tuple[str, ...] | None:
        """The code a word names, the codes it may name (ambiguous), or None (unknown)."""
        for key in _keys(text):
            if key in self.ambiguous:
                return self.ambiguous[key]
            if key in self.codes:
                return self.codes[key]
        return None


def build(
    words: Iterable[tuple[str, str]], ambiguous: Iterable[tuple[str, Sequence[str]]] = ()
) -> Nationalities:
    """The table from ``(word, code)`` pairs; a word given two codes becomes ambiguous."""
    codes: dict[str, str] = {}
    doubtful: dict[str, list[str]] = {}
    for word, code in words:
        for key in _keys(word):
            if key in doubtful:
                if code not in doubtful[key]:
                    doubtful[key].append(code)
            elif codes.setdefault(key, code) != code:
                doubtful[key] = [codes.pop(key), code]
    for word, choices in ambiguous:
        for key in _keys(word):
            codes.pop(key, None)
            doubtful[key] = list(choices)
    return Nationalities(codes, {k: tuple(v) for k, v in doubtful.items()})
