"""People who may already be in the vault, or who are in the file twice.

The rules are the forms' (``domain.duplicates``): a NIF, NISS, SNS or citizen
card number belongs to one person, so finding it in the vault or on another
row is an error; a passport number found again is only a possible duplicate
(children travel on a parent's passport), and so is the same name and year of
birth: namesakes exist. Names compare as ``domain.duplicates.person_keys``
does, so "Mohammed Hassan", "Muhammad Hasan", "Maxamed Xasan" and "محمد حسن"
compare alike, in any order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from hostdesk.domain import duplicates as shared
from hostdesk.domain.importing.columns import IDENTIFIER_FIELDS, ImportField
from hostdesk.domain.importing.rows import ImportPlan, PersonRow, Problem, ProblemKind

NameKey = tuple[str, ...]

_LABEL = {
    "nif": "NIF",
    "niss": "NISS",
    "sns": "SNS number",
    "citizen_card": "citizen card number",
    "passport": "passport number",
}


@lru_cache(maxsize=65_536)
def name_key(name: str) -> NameKey:
    # Names repeat (a family's surname, common given names): each is keyed once per run.
    return shared.name_key(name)


def person_keys(name_latin: str, name_original: str) -> set[NameKey]:
    return shared.person_keys(name_latin, name_original)


@dataclass
class KnownPeople:
    """What the vault already holds, as far as the file's people need it."""

    # (identifier kind, value) -> case number of the family holding it
    identifiers: dict[tuple[str, str], str] = field(default_factory=dict)
    # (name key, birth year) -> case number
    people: dict[tuple[NameKey, int], str] = field(default_factory=dict)


def wanted(plan: ImportPlan) -> tuple[set[tuple[str, str]], set[int]]:
    """The identifiers and birth years to look up in the vault."""
    people = [p for h in plan.households for p in h.people]
    ids = {(kind, value) for p in people for kind, value in p.identifiers.items()}
    return ids, {p.birth.year for p in people if p.birth is not None}


def find_duplicates(plan: ImportPlan, known: KnownPeople) -> list[Problem]:
    """Problems for identifiers found twice and for people who may be found twice."""
    columns = plan.columns
    column_of = {kind.value: columns.get(f) for f, kind in IDENTIFIER_FIELDS.items()}
    problems: list[Problem] = []
    first_id: dict[tuple[str, str], int] = {}
    first_person: dict[tuple[NameKey, int], int] = {}
    name_column = columns.get(ImportField.NAME_LATIN)
    for person in _people(plan):
        for kind, value in person.identifiers.items():
            key = (kind, value)
            column = column_of[kind]
            label = _LABEL[kind]
            if key in known.identifiers and kind not in shared.REFUSED_KINDS:
                message = (
                    f"This {label} is also recorded, in case {known.identifiers[key]}: "
                    "possibly the same person (children travel on a parent's passport)."
                )
                problems.append(Problem(person.row, column, ProblemKind.DUPLICATE, message))
            elif key in known.identifiers:
                message = f"This {label} is already recorded, in case {known.identifiers[key]}."
                problems.append(Problem(person.row, column, ProblemKind.ERROR, message))
            elif key in first_id:
                message = f"The same {label} is also on row {first_id[key]}."
                problems.append(Problem(person.row, column, ProblemKind.ERROR, message))
            else:
                first_id[key] = person.row
        if person.birth is None:
            continue
        for name in person_keys(person.name_latin, person.name_original):
            key2 = (name, person.birth.year)
            if key2 in known.people:
                message = (
                    f"Possibly already in case {known.people[key2]}: same name and year of birth."
                )
            elif key2 in first_person and first_person[key2] != person.row:
                message = (
                    f"Possibly the same person as row {first_person[key2]}: "
                    "same name and year of birth."
                )
            else:
                first_person.setdefault(key2, person.row)
                continue
            problems.append(Problem(person.row, name_column, ProblemKind.DUPLICATE, message))
            break
    return problems


def _people(plan: ImportPlan) -> Iterable[PersonRow]:
    people = [p for h in plan.households for p in h.people]
    return sorted(people, key=lambda p: p.row)


def with_duplicates(plan: ImportPlan, known: KnownPeople) -> ImportPlan:
    """The plan with its duplicate problems added, in row order."""
    problems = plan.problems + find_duplicates(plan, known)
    problems.sort(key=lambda p: (p.row, p.column or 0))
    return replace(plan, problems=problems)
