"""Every row of a sheet checked, people grouped into households, every problem listed.

One row is one person. Rows with the same household key form one family; a
household cell left empty (or merged over several rows, which reads the same)
continues the household of the row above. Without a household column each row
is a family of one. The head is the row marked as head (flag or relationship);
without either column, the first row of each household.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from hostdesk.domain import names
from hostdesk.domain.importing import values
from hostdesk.domain.importing.columns import (
    FAMILY_FIELDS,
    IDENTIFIER_FIELDS,
    ImportField,
    Mapping,
    mapping_problems,
    sheet_language,
)
from hostdesk.domain.importing.nationalities import Nationalities
from hostdesk.domain.importing.questions import (
    OPEN_QUESTION,
    Answers,
    Question,
    QuestionBook,
    Topic,
)
from hostdesk.domain.importing.table import Cell, SheetRow, SheetTable, is_empty
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import STANDARD_MONTHS
from hostdesk.domain.vocabulary import IdentifierKind, Relationship

F = ImportField
MAX_KEY_LENGTH = 200


class ProblemKind(StrEnum):
    ERROR = "error"  # the row cannot be imported as it is
    DUPLICATE = "duplicate"  # the person may already be in the vault, or twice in the file


@dataclass(frozen=True)
class Problem:
    row: int
    column: int | None  # the sheet column (0-based), None for the row as a whole
    kind: ProblemKind
    message: str


@dataclass
class PersonRow:
    row: int
    name_latin: str = ""
    name_original: str = ""
    original_script: str = "Latn"
    sex: str = "U"
    birth: PartialDate | None = None
    relationship: str = Relationship.OTHER.value
    is_head: bool = False
    nationality: str = ""
    identifiers: dict[str, str] = field(default_factory=dict)
    phone: str = ""
    notes: str = ""


@dataclass
class FamilyValues:
    arrival_channel: str = ""
    programme_start: date | None = None
    programme_months: int = STANDARD_MONTHS
    arrival_date: date | None = None
    municipality: str = ""
    nair_reference: str = ""
    address: str = ""


@dataclass
class Household:
    number: int  # 1, 2, 3... in the order the file first shows them
    people: list[PersonRow] = field(default_factory=list)
    family: FamilyValues = field(default_factory=FamilyValues)

    @property
    def rows(self) -> list[int]:
        return [p.row for p in self.people]


@dataclass(frozen=True)
class Selection:
    """What an import would save, and what it would leave out."""

    households: list[Household]
    left_out_with_errors: int
    left_out_duplicates: int
    blocked: bool  # there are errors and only a full import was asked for

    @property
    def people(self) -> int:
        return sum(len(h.people) for h in self.households)


@dataclass(frozen=True)
class LeftOut:
    """A column that holds data and is not imported: the person confirms leaving it out."""

    column: int
    values: int  # how many rows have something in it


@dataclass
class ImportPlan:
    households: list[Household]
    problems: list[Problem]
    household_of_row: dict[int, int]
    columns: dict[ImportField, int]  # which sheet column holds each mapped field
    questions: list[Question] = field(default_factory=list)  # still without an answer
    left_out: list[LeftOut] = field(default_factory=list)
    language: str = ""  # the sheet's, by its header names: "pt", "en" or ""
    two_digit_years: bool = False  # some date had one: the rule is shown

    def problems_of(self, row: int) -> list[Problem]:
        return [p for p in self.problems if p.row == row]

    def rows_with(self, kind: ProblemKind) -> set[int]:
        return {p.row for p in self.problems if p.kind is kind}

    def select(self, *, only_valid: bool = False, skip_duplicates: bool = False) -> Selection:
        bad, doubtful = self.rows_with(ProblemKind.ERROR), self.rows_with(ProblemKind.DUPLICATE)
        chosen, with_errors, duplicates = [], 0, 0
        for household in self.households:
            rows = set(household.rows)
            if rows & bad:
                with_errors += 1
            elif skip_duplicates and rows & doubtful:
                duplicates += 1
            else:
                chosen.append(household)
        blocked = with_errors > 0 and not only_valid
        return Selection([] if blocked else chosen, with_errors, duplicates, blocked)


MAX_NOTE_LENGTH = 1000


def _household_key(cell: Cell) -> str:
    return values.text_of(cell, MAX_KEY_LENGTH)


def _notes(cell: Cell) -> str:
    return values.text_of(cell, MAX_NOTE_LENGTH)


def full_name(given: str, surname: str) -> str:
    """The name from two columns; a surname already at the end of the name is not repeated."""
    if not surname:
        return given
    last = surname.casefold().split()
    if given.casefold().split()[-len(last) :] == last:
        return given
    return f"{given} {surname}".strip()


@dataclass(frozen=True)
class CheckRules:
    """What reading the cells depends on besides the cells."""

    today: date
    nationalities: Nationalities | None = None
    answers: Answers = field(default_factory=dict)


_DATES = frozenset({F.BIRTH, F.ARRIVAL_DATE, F.PROGRAMME_START})


class _Checker:
    def __init__(self, table: SheetTable, mapping: Mapping, rules: CheckRules) -> None:
        self.column = {f: index for index, f in mapping.items()}
        self.today = rules.today
        self.language = sheet_language(table.headers)
        self.book = QuestionBook(rules.answers)
        self.problems: list[Problem] = []
        self.failed: set[tuple[int, ImportField | None]] = set()
        self.two_digit_years = False
        m_means = self.book.answer(Topic.SEX_M, values.M_KEY)
        if m_means not in values.SEX_M_CHOICES:
            index = self.column.get(F.SEX)
            cells = (row.cells[index] for row in table.rows) if index is not None else ()
            m_means = values.m_meaning(values.sex_letters(cells), self.language)
        language, known = self.language, rules.nationalities
        self.person_readers: dict[ImportField, Callable[[Cell], Any]] = {
            F.NAME_LATIN: values.read_name,
            F.SURNAME: values.read_name,
            F.NAME_ORIGINAL: values.read_name,
            F.SEX: lambda cell: values.read_sex(cell, m_means, language),
            F.BIRTH: lambda cell: values.read_partial_date(cell, born_by=self.today),
            F.RELATIONSHIP: lambda cell: values.read_relationship(cell, language),
            F.HEAD: values.read_flag,
            F.NATIONALITY: lambda cell: values.read_nationality(cell, known),
            F.HOUSEHOLD: _household_key,
            F.PHONE: values.read_name,
            F.NOTES: _notes,
        }
        self.family_readers: dict[ImportField, Callable[[Cell], Any]] = {
            F.ARRIVAL_CHANNEL: lambda cell: values.read_channel(cell, language),
            F.PROGRAMME_START: values.read_date,
            F.PROGRAMME_MONTHS: values.read_months,
            F.ARRIVAL_DATE: values.read_date,
            F.MUNICIPALITY: values.read_name,
            F.NAIR_REFERENCE: lambda c: values.read_identifier(IdentifierKind.NAIR_REFERENCE, c),
            F.ADDRESS: values.read_name,
        }

    def error(self, row: int, f: ImportField | None, message: str) -> None:
        column = self.column.get(f) if f is not None else None
        self.problems.append(Problem(row, column, ProblemKind.ERROR, message))
        self.failed.add((row, f))

    def read(self, row: SheetRow, f: ImportField, reader: Callable[[Cell], Any]) -> Any:
        index = self.column.get(f)
        if index is None:
            return None
        cell = row.cells[index]
        try:
            return reader(cell)
        except values.CellProblem as problem:
            self.error(row.number, f, str(problem))
            return None
        except values.NeedsAnswer as needed:
            answer = self.book.answer(needed.topic, needed.key)
            if answer is not None and answer in needed.choices:
                return answer
            self.book.ask(needed.topic, needed.key, needed.value, index, row.number, needed.choices)
            self.error(row.number, f, OPEN_QUESTION)
            return None
        finally:
            if f in _DATES and values.two_digit_year(cell):
                self.two_digit_years = True

    def person(self, row: SheetRow) -> PersonRow:
        got = {f: self.read(row, f, reader) for f, reader in self.person_readers.items()}
        person = PersonRow(row.number)
        person.name_latin = full_name(got[F.NAME_LATIN] or "", got[F.SURNAME] or "")
        person.phone = got[F.PHONE] or ""
        person.notes = got[F.NOTES] or ""
        person.name_original = got[F.NAME_ORIGINAL] or ""
        person.original_script = names.script_of(person.name_original).value
        person.sex = got[F.SEX] or person.sex
        person.birth = got[F.BIRTH]
        person.relationship = got[F.RELATIONSHIP] or person.relationship
        person.is_head = bool(got[F.HEAD]) or person.relationship == Relationship.HEAD.value
        person.nationality = got[F.NATIONALITY] or ""
        for f, kind in IDENTIFIER_FIELDS.items():
            value = self.read(row, f, lambda cell, k=kind: values.read_identifier(k, cell))
            if value:
                person.identifiers[kind.value] = value
        if not person.name_latin and (row.number, F.NAME_LATIN) not in self.failed:
            self.error(row.number, F.NAME_LATIN, "The name in Latin letters is needed.")
        if person.birth is not None and person.birth.is_in_future(self.today):
            self.error(row.number, F.BIRTH, "The date of birth is in the future.")
        return person

    def family_values(self, household: Household, rows: Sequence[SheetRow]) -> None:
        seen: dict[ImportField, tuple[int, Any]] = {}
        for row in rows:
            for f, reader in self.family_readers.items():
                value = self.read(row, f, reader)
                if value in (None, ""):
                    continue
                if f not in seen:
                    seen[f] = (row.number, value)
                elif seen[f][1] != value:
                    self.error(
                        row.number,
                        f,
                        f"This differs from row {seen[f][0]} of the same household; "
                        "a household has one value here.",
                    )
        family = household.family
        for f in FAMILY_FIELDS:
            if f in seen:
                setattr(family, f.value, seen[f][1])
        for f, what in (
            (F.ARRIVAL_CHANNEL, "arrival channel"),
            (F.PROGRAMME_START, "programme start"),
        ):
            failed = any((row.number, f) in self.failed for row in rows)
            if f not in seen and not failed:
                self.error(rows[0].number, f, f"No row of this household gives the {what}.")

    def heads(self, household: Household, *, marked: bool) -> None:
        people = household.people
        if not marked:
            people[0].is_head = True
        heads = [p for p in people if p.is_head]
        if not heads and len(people) == 1:
            people[0].is_head = True
            heads = people
        if not heads:
            where = F.HEAD if F.HEAD in self.column else F.RELATIONSHIP
            self.error(
                people[0].row,
                where,
                f"No one in this household (rows {people[0].row} to {people[-1].row}) "
                "is marked as its head.",
            )
        for extra in heads[1:]:
            where = F.HEAD if F.HEAD in self.column else F.RELATIONSHIP
            self.error(extra.row, where, f"This household has its head on row {heads[0].row}.")
        for person in people:
            if person.is_head:
                person.relationship = Relationship.HEAD.value
            elif person.relationship == Relationship.HEAD.value:
                person.relationship = Relationship.OTHER.value


def _group(table: SheetTable, column: int | None) -> list[list[SheetRow]]:
    groups: dict[str, list[SheetRow]] = {}
    current: list[SheetRow] | None = None
    for position, row in enumerate(table.rows):
        cell = None if column is None else row.cells[column]
        # A key too long to be real is an error of its row (``person``); grouping never fails.
        key = "" if is_empty(cell) else " ".join(str(cell).split()).casefold()[:MAX_KEY_LENGTH]
        if not key and current is not None and column is not None:
            current.append(row)  # an empty or merged household cell continues the one above
            continue
        current = groups.setdefault(key or f"\x00row {position}", [])
        current.append(row)
    return list(groups.values())


def left_out_columns(table: SheetTable, mapping: Mapping) -> list[LeftOut]:
    """Every column not imported that holds something, with how many rows fill it."""
    found = []
    for index in range(len(table.headers)):
        if index in mapping:
            continue
        filled = sum(1 for row in table.rows if not is_empty(row.cells[index]))
        if filled:
            found.append(LeftOut(index, filled))
    return found


def check_rows(table: SheetTable, mapping: Mapping, today: date | CheckRules) -> ImportPlan:
    """Read and check every row; duplicates are looked for separately (``duplicates``)."""
    if mapping_problems(mapping):
        raise ValueError("check the mapping with mapping_problems() first")
    rules = today if isinstance(today, CheckRules) else CheckRules(today)
    checker = _Checker(table, mapping, rules)
    households: list[Household] = []
    household_of_row: dict[int, int] = {}
    marked = F.HEAD in checker.column or F.RELATIONSHIP in checker.column
    for number, rows in enumerate(_group(table, checker.column.get(F.HOUSEHOLD)), start=1):
        household = Household(number)
        household.people = [checker.person(row) for row in rows]
        checker.family_values(household, rows)
        checker.heads(household, marked=marked)
        households.append(household)
        household_of_row.update(dict.fromkeys(household.rows, number))
    problems = sorted(checker.problems, key=lambda p: (p.row, p.column or 0))
    return ImportPlan(
        households, problems, household_of_row, checker.column,
        questions=checker.book.questions(), left_out=left_out_columns(table, mapping),
        language=checker.language, two_digit_years=checker.two_digit_years,
    )  # fmt: skip
