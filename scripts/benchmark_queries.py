"""The benchmark's queries: a realistic mix of kinds, other spellings of names on
file, and which families a query names (for the noise figure). Used by benchmark.py."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from hostdesk.domain import name_keys, names
from hostdesk.storage.demo.name_data import ORIGINS
from hostdesk.storage.demo.synthetic import generate_families, variants_of


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    case_number: str | None  # the family a person typing this is looking for


def realistic_queries(count: int, families_total: int, seed: int, today: date) -> list[Query]:
    """What social workers type: names whole or begun, other spellings, case numbers, ids."""
    rng = random.Random(seed * 7919)
    plan = [
        ("full name", 0.20), ("name prefix", 0.15), ("other spelling", 0.20),
        ("own script", 0.10), ("case number", 0.15), ("identifier", 0.15), ("note words", 0.05),
    ]  # fmt: skip
    queries: list[Query] = []
    for kind, share in plan:
        wanted = max(1, round(count * share))
        made = 0
        while made < wanted:
            (fam,) = generate_families(
                1, seed=seed, today=today, start=rng.randrange(families_total)
            )
            member = fam.members[rng.randrange(len(fam.members))]
            words = member.name_latin.split()
            q: str | None = None
            if kind == "full name":
                q = member.name_latin
            elif kind == "name prefix":
                q = f"{words[0][: rng.randint(3, 5)]} {words[-1][: rng.randint(3, 6)]}"
            elif kind == "other spelling":
                q = spelt_otherwise(member.name_latin, rng)
            elif kind == "own script" and member.name_original:
                q = member.name_original
            elif kind == "case number":
                q = fam.case_number
            elif kind == "identifier":
                values = [i.value for i in member.identifiers if i.kind in ("nif", "niss")]
                values += [p.number for p in member.permits[-1:]]
                q = rng.choice(values) if values else None
            elif kind == "note words":
                q = rng.choice(
                    ("consulta pediatria", "senhorio reparação", "curso PLA", "IEFP entrevista",
                     "matrícula escolar", "alfabetização")
                )  # fmt: skip
            if q:
                expected = None if kind == "note words" else fam.case_number
                queries.append(Query(kind, q, expected))
                made += 1
    rng.shuffle(queries)
    return queries[:count]


# -- other spellings -----------------------------------------------------------
#
# The generator's spelling table is the tuning list for ``hostdesk.domain.names``;
# tests/domain/name_variants.py holds the held-out list the tests use.


def _spans(words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Runs of 1-3 words that are a spelling in the table, with the table's other spellings."""
    found = []
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            spelt = " ".join(words[start : start + size])
            others = [v for v in variants_of(spelt) if v.casefold() != spelt.casefold()]
            if others:
                found.append((start, start + size, tuple(others)))
    return found


def spelt_otherwise(name: str, rng: random.Random) -> str | None:
    """The name with one of its names spelt another way the table knows, or None."""
    words = name.split()
    spans = _spans(words)
    if not spans:
        return None
    start, end, others = rng.choice(spans)
    return " ".join([*words[:start], rng.choice(others), *words[end:]])


@dataclass(frozen=True)
class SpellingQuery:
    origin: str
    text: str  # the name with one name spelt otherwise
    original: str  # the name as the file holds it
    case_number: str


def other_spelling_queries(
    count: int, families_total: int, seed: int, today: date
) -> list[SpellingQuery]:
    """The same number of variant-spelling queries for each origin."""
    rng = random.Random(seed * 104729)
    per_origin = max(1, count // len(ORIGINS))
    wanted = {o.key: per_origin for o in ORIGINS}
    queries: list[SpellingQuery] = []
    attempts = 0
    while any(wanted.values()) and attempts < count * 200:
        attempts += 1
        (fam,) = generate_families(1, seed=seed, today=today, start=rng.randrange(families_total))
        if not wanted[fam.origin]:
            continue
        member = fam.members[rng.randrange(len(fam.members))]
        q = spelt_otherwise(member.name_latin, rng)
        if q:
            queries.append(SpellingQuery(fam.origin, q, member.name_latin, fam.case_number))
            wanted[fam.origin] -= 1
    return queries


def _entry_table() -> dict[tuple[str, ...], int]:
    """Folded words of every spelling -> the number of the name it spells.

    Two table entries that share a spelling ("Rachel" is Amharic and Congolese)
    are one name.
    """
    parent: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    first: dict[tuple[str, ...], int] = {}
    for origin in ORIGINS:
        for pool in (origin.male, origin.female, origin.surnames):
            for name in pool:
                ident = len(parent)
                parent.append(ident)
                for spelling in name.latin:
                    words = tuple(names.tokens(spelling))
                    if words in first:
                        parent[root(ident)] = root(first[words])
                    else:
                        first[words] = ident
    return {words: root(i) for words, i in first.items()}


_ENTRIES = _entry_table()


def name_entries(name: str, *, held: bool = False) -> set[object]:
    """The names (table numbers, or the folded word when unknown) that ``name`` holds.

    A family name with its article (Alomar) holds the name without it, and so
    does one on file (``held``) written apart (Al-Omar, Al Omar). A name on
    file written in several words of one table entry (Ali Reza, Abdul Rahman)
    also holds each of its words: a query that spells them apart and otherwise
    (Cali Reza) asks for them.
    """
    words = names.tokens(name)
    out: set[object] = set()
    for word in words:
        bare = name_keys.article_free(word)
        if bare is not None and (entry := _ENTRIES.get((bare,))) is not None:
            out.add(entry)
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            run = tuple(words[i : i + size])
            entry = _ENTRIES.get(run)
            if entry is not None:
                out.add(entry)
                if size > 1 and held and run[0] in names.PARTICLES:
                    out |= name_entries(" ".join(run[1:]))
                elif size > 1 and held:
                    out |= {_ENTRIES.get((w,), w) for w in run if w not in names.PARTICLES}
                i += size
                break
        else:
            if words[i] in names.PARTICLES and i + 1 < len(words):
                # Al Omar, Al-Omar: the article and the name after it.
                entry = _ENTRIES.get(("al" + words[i + 1],))
                if entry is not None:
                    out.add(entry)
            elif words[i] not in names.PARTICLES:
                out.add(words[i])
            i += 1
    return out


def related_families(session: Any, query: str, family_ids: list[int]) -> set[int]:
    """The families among ``family_ids`` with someone whose name holds every name asked for."""
    if not family_ids:
        return set()
    wanted = name_entries(query)
    rows = session.execute(
        text(
            "SELECT family_id, name_latin FROM member WHERE family_id IN ("
            + ",".join(str(int(i)) for i in family_ids) + ")"
        )
    )  # fmt: skip
    return {fid for fid, latin in rows if wanted <= name_entries(latin, held=True)}
