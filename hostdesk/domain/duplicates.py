"""When a person being recorded may already be recorded: the one rule, wherever people are added.

The family and member forms, the spreadsheet import and a team's coordinator
device all ask the same questions (``storage.duplicates`` asks the vault):

- The same NIF, NISS, SNS or citizen card number: one person's number, so a
  second person with it is refused, naming the case that holds it.
- The same passport or travel document number: only a warning, since children
  often travel on a parent's passport.
- The same name (in any script or spelling, words in any order) and the same
  birth date: a warning; namesakes exist. A birth date known only to its year
  (or month) matches every date of that year (or month): 1985 matches
  1985-03-12 and 1985-07; 1985-03-12 does not match 1985-04-02.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from hostdesk.domain import name_keys, names
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import IdentifierKind

REFUSED_KINDS = frozenset(
    {IdentifierKind.NIF, IdentifierKind.NISS, IdentifierKind.SNS, IdentifierKind.CITIZEN_CARD}
)
WARNED_KINDS = frozenset({IdentifierKind.PASSPORT, IdentifierKind.TRAVEL_DOCUMENT})
CHECKED_KINDS = REFUSED_KINDS | WARNED_KINDS
# A name of many words with many spellings each: keep the combinations bounded.
MAX_NAME_KEYS = 64

NameKey = tuple[str, ...]


def births_match(one: PartialDate | None, other: PartialDate | None) -> bool:
    """Same birth date, a part unknown on either side matching any (see the module)."""
    if one is None or other is None or one.year != other.year:
        return False
    if one.month is not None and other.month is not None and one.month != other.month:
        return False
    return one.day is None or other.day is None or one.day == other.day


@functools.lru_cache(maxsize=100_000)
def name_variants(name: str) -> frozenset[NameKey]:
    """The name as sorted tuples of word keys, one per combination of its words' spellings.

    Remembered: an import compares every person of the years it holds.
    """
    words = [w for w in name_keys.name_words(name) if w not in names.PARTICLES]
    choices = [[_base_key(w), *sorted(name_keys.word_keys(w) - {_base_key(w)})] for w in words]
    found: set[NameKey] = set()
    for combination in itertools.islice(itertools.product(*choices), MAX_NAME_KEYS):
        found.add(tuple(sorted(combination)))
    return frozenset(found) if words else frozenset()


def _base_key(word: str) -> str:
    """The word's key as usually romanised (else any of its keys, else the word)."""
    return name_keys.skeleton(word) or min(name_keys.word_keys(word), default=names.fold(word))


def name_key(name: str) -> NameKey:
    """One of ``name_variants``: every word as usually romanised, sorted."""
    words = [w for w in name_keys.name_words(name) if w not in names.PARTICLES]
    return tuple(sorted(_base_key(w) for w in words))


def person_keys(name_latin: str, name_original: str) -> set[NameKey]:
    """Every way a person's names (Latin and own script) compare with another's."""
    return name_variants(name_latin) | name_variants(name_original)


def same_name(one: tuple[str, str], other: tuple[str, str]) -> bool:
    return bool(person_keys(*one) & person_keys(*other))


class Severity(StrEnum):
    REFUSED = "refused"  # the save does not happen
    WARNING = "warning"  # the user decides


@dataclass(frozen=True)
class Person:
    """A person being recorded (or recorded), as far as duplicates go."""

    name_latin: str
    name_original: str = ""
    birth: PartialDate | None = None
    identifiers: Mapping[str, str] = field(default_factory=dict)  # kind -> normalised value


@dataclass(frozen=True)
class Recorded:
    """Someone the vault (or a batch) already holds."""

    family_id: int
    case_number: str
    member_id: int
    person: Person


@dataclass(frozen=True)
class Duplicate:
    severity: Severity
    family_id: int
    case_number: str
    member_id: int
    identifier_kind: str | None  # None for a name and birth date match

    @property
    def by_name(self) -> bool:
        return self.identifier_kind is None


def compare(person: Person, recorded: Recorded) -> list[Duplicate]:
    """What ``recorded`` has in common with ``person`` that counts."""
    found = []
    for kind, value in person.identifiers.items():
        if not value or kind not in CHECKED_KINDS:
            continue
        if recorded.person.identifiers.get(kind) == value:
            severity = Severity.REFUSED if kind in REFUSED_KINDS else Severity.WARNING
            found.append(
                Duplicate(
                    severity, recorded.family_id, recorded.case_number, recorded.member_id, kind
                )
            )
    other = recorded.person
    if births_match(person.birth, other.birth) and same_name(
        (person.name_latin, person.name_original), (other.name_latin, other.name_original)
    ):
        found.append(
            Duplicate(
                Severity.WARNING, recorded.family_id, recorded.case_number, recorded.member_id, None
            )
        )
    return found


def compare_all(person: Person, candidates: Iterable[Recorded]) -> list[Duplicate]:
    """Every duplicate of ``person`` among ``candidates``, refusals first."""
    found = [d for c in candidates for d in compare(person, c)]
    return sorted(found, key=lambda d: (d.severity is not Severity.REFUSED, d.case_number))
