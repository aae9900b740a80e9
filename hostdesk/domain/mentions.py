"""Whether a note mentions a person: for a subject-access export, which notes are theirs.

A note about a family often names one person by their given name ("Fatima
went to the health centre"). The words that single a person out are those of
their names (either script) that no one else in the household shares: the
family name, shared by all, would make every note everyone's. Particles
("al", "bin") and words under three letters never count.
"""

from __future__ import annotations

from collections.abc import Iterable

from hostdesk.domain import names

MIN_WORD = 3


def name_words(*person_names: str) -> set[str]:
    """The folded words of a person's names that could identify them in a text."""
    return {
        word
        for name in person_names
        for word in names.tokens(name)
        if len(word) >= MIN_WORD and word not in names.PARTICLES and not word.isdigit()
    }


def distinctive_words(person: Iterable[str], others: Iterable[Iterable[str]]) -> set[str]:
    """The person's name words that no other member of the household has."""
    shared: set[str] = set()
    for other in others:
        shared |= name_words(*other)
    return name_words(*person) - shared


def mentions(text: str, words: set[str]) -> bool:
    return bool(words) and any(token in words for token in names.tokens(text))
