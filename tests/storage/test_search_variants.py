"""Other spellings of held-out names find the family, without drowning it in others.

The name-variant generator (tests/storage/name_variants.py: six romanisation
systems for Cyrillic, and the spellings of Somali, Ge'ez and Arabic or Persian
compound names) against search, on names the search was not tuned on, among
synthetic families. The thresholds are issue 11's: at least 95 % of
variant-spelling queries find the family, and no more than one unrelated
family among the first ten results.

Every variant of every held-out name is asked, not a random draw of them: the
list is small (about 450 queries), and a recall figure over random draws
depends on which come up (a draw heavy in one German spelling failed CI while
the whole list passed), so it neither fails reliably nor passes reliably.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import families, search
from hostdesk.storage.demo.synthetic import generate_families
from hostdesk.storage.demo.writer import populate
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.name_variants import UKRAINIAN_GIVEN, UKRAINIAN_SURNAMES, held_out_groups

BACKGROUND_FAMILIES = 100
TOP = 10
RECALL = 0.95
MAX_UNRELATED = 1


@dataclass(frozen=True)
class Target:
    family_id: int
    given: tuple[str, ...]  # the spelling on file first, then the others
    surname: tuple[str, ...]


@pytest.fixture(scope="module")
def caseload(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, list[Target]]]:
    vault, _ = Vault.create(
        Path(tmp_path_factory.mktemp("variants")) / "vault", entity_name="E",
        username=COORDINATOR, passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS,
    )  # fmt: skip
    populate(vault, list(generate_families(BACKGROUND_FAMILIES, seed=11, today=date(2026, 6, 1))))
    targets: list[Target] = []
    originals = dict(zip(held_out_groups()["ukrainian"][0], UKRAINIAN_GIVEN, strict=True))
    originals |= dict(zip(held_out_groups()["ukrainian"][1], UKRAINIAN_SURNAMES, strict=True))
    with vault.changing() as session:
        for given_groups, surname_groups in held_out_groups().values():
            for i, given_group in enumerate(given_groups):
                surname_group = surname_groups[i % len(surname_groups)]
                family = families.create_family(
                    session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
                    programme_start=date(2026, 1, 5),
                )  # fmt: skip
                original = ""
                if given_group in originals:
                    original = f"{originals[given_group]} {originals[surname_group]}"
                families.add_member(
                    session, vault.user, family, is_head=True, name_original=original,
                    name_latin=f"{given_group[0]} {surname_group[0]}",
                )  # fmt: skip
                assert family.id is not None
                targets.append(Target(family.id, given_group, surname_group))
    yield vault, targets
    vault.close()


@dataclass(frozen=True)
class Outcome:
    found: bool
    unrelated_in_top: int


def ask(vault: Vault, target: Target, query: str) -> Outcome:
    with vault.session() as session:
        hits = search.search(session, query)
    ranked = list(dict.fromkeys(h.family_id for h in hits))
    return Outcome(
        target.family_id in ranked, sum(1 for f in ranked[:TOP] if f != target.family_id)
    )


def _measure(vault: Vault, asked: list[tuple[Target, str]]) -> None:
    """Issue 11's thresholds over every query asked: the share found, and the noise of each."""
    outcomes = [ask(vault, target, query) for target, query in asked]
    misses = [q for (_, q), o in zip(asked, outcomes, strict=True) if not o.found]
    assert (len(asked) - len(misses)) / len(asked) >= RECALL, misses
    noisy = [(q, o.unrelated_in_top) for (_, q), o in zip(asked, outcomes, strict=True)
             if o.unrelated_in_top > MAX_UNRELATED]  # fmt: skip
    assert not noisy


def test_every_other_spelling_of_one_name_finds_the_family(
    caseload: tuple[Vault, list[Target]],
) -> None:
    """Every other spelling of the given name, and of the surname, the other as on file."""
    vault, targets = caseload
    asked = [(t, f"{other} {t.surname[0]}") for t in targets for other in t.given[1:]]
    asked += [(t, f"{t.given[0]} {other}") for t in targets for other in t.surname[1:]]
    _measure(vault, asked)


def test_both_names_spelt_otherwise_find_the_family(caseload: tuple[Vault, list[Target]]) -> None:
    """Every pair of other spellings, as a person who never saw the file would type them."""
    vault, targets = caseload
    asked = [(t, f"{given} {surname}") for t in targets for given in t.given[1:]
             for surname in t.surname[1:]]  # fmt: skip
    _measure(vault, asked)


def _typed(name: str, case: int, accents: bool) -> str:
    """As someone might type it: in capitals or small letters, with or without accents."""
    if not accents:
        name = "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        )
    return (name, name.upper(), name.lower())[case]


@settings(
    max_examples=80,
    deadline=None,
    derandomize=True,  # the same examples every run: CI fails only on a real regression
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    pick=st.integers(min_value=0, max_value=10_000),
    given_spelling=st.integers(min_value=0, max_value=10),
    surname_spelling=st.integers(min_value=0, max_value=10),
    case=st.integers(min_value=0, max_value=2),
    accents=st.booleans(),
)
def test_any_spelling_typed_any_way_finds_the_family(
    caseload: tuple[Vault, list[Target]],
    pick: int,
    given_spelling: int,
    surname_spelling: int,
    case: int,
    accents: bool,
) -> None:
    """The generator's spellings of both names, typed in any case, accents or not: found."""
    vault, targets = caseload
    target = targets[pick % len(targets)]
    given_name = target.given[given_spelling % len(target.given)]
    surname = target.surname[surname_spelling % len(target.surname)]
    query = _typed(f"{given_name} {surname}", case, accents)
    outcome = ask(vault, target, query)
    assert outcome.found, query
    assert outcome.unrelated_in_top <= MAX_UNRELATED, query
