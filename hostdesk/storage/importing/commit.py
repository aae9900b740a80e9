"""Check a sheet against the vault (the preview), then save it in one transaction.

The families go through ``creating.write_new_families``, as a family typed
into the form does, so each gets its case number, audit entries and search
index rows, all written in one statement per table. Either every family
chosen is saved, with the mapping remembered, or nothing is: a failure or a
cancel rolls the whole import back.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.importing.columns import Mapping, header_signature, mapping_problems
from hostdesk.domain.importing.duplicates import with_duplicates
from hostdesk.domain.importing.questions import Answers
from hostdesk.domain.importing.rows import (
    CheckRules,
    FamilyValues,
    Household,
    ImportPlan,
    PersonRow,
    check_rows,
)
from hostdesk.domain.importing.table import SheetTable
from hostdesk.storage import audit, creating
from hostdesk.storage.importing.errors import ImportCancelled, PreviewOutdated, SpreadsheetError
from hostdesk.storage.importing.known import known_people
from hostdesk.storage.importing.mappings import save_mapping
from hostdesk.storage.importing.nationality_words import nationality_table
from hostdesk.storage.vault import Vault

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Preview:
    """A sheet checked against the vault as it was at ``audit_seq``."""

    table: SheetTable
    mapping: Mapping
    checked: ImportPlan  # the rows' own problems
    plan: ImportPlan  # with the duplicates found in the vault and the file
    audit_seq: int


@dataclass(frozen=True)
class ImportSummary:
    families: int
    people: int
    left_out_with_errors: int
    left_out_duplicates: int
    case_numbers: tuple[str, ...]


def _last_seq(session: Session) -> int:
    return int(session.execute(text("SELECT COALESCE(MAX(seq), 0) FROM audit_log")).scalar_one())


def preview(
    vault: Vault,
    table: SheetTable,
    mapping: Mapping,
    today: date | None = None,
    answers: Answers | None = None,
) -> Preview:
    """Every row checked, and every person looked for in the vault. Nothing is written.

    ``answers`` are what the person said to the questions of an earlier preview.
    """
    problems = mapping_problems(mapping)
    if problems:
        raise SpreadsheetError(" ".join(p.message for p in problems))
    rules = CheckRules(today or date.today(), nationality_table(), dict(answers or {}))
    checked = check_rows(table, mapping, rules)
    with vault.session() as session:
        plan = with_duplicates(checked, known_people(session, checked))
        seq = _last_seq(session)
    return Preview(table, mapping, checked, plan, seq)


# The person's fields a member draft takes by the same name (all but the row number).
_PERSON = {f.name for f in fields(PersonRow)}
_MEMBER_FIELDS = [f.name for f in fields(creating.MemberDraft) if f.name in _PERSON]
_FAMILY_FIELDS = [f.name for f in fields(creating.FamilyDraft) if f.name in vars(FamilyValues())]


def household_note(people: list[PersonRow]) -> str:
    """The notes column of a household as one timeline note: each person's named when
    several people have one."""
    noted = [p for p in people if p.notes]
    if len(noted) == 1:
        return noted[0].notes
    return "\n".join(f"{p.name_latin}: {p.notes}" for p in noted)


def new_family(household: Household) -> creating.NewFamily:
    """What a household of the sheet becomes: its family, members (head first), and the
    address (a housing record) and notes (a note in the timeline) the sheet gave."""
    assert household.family.programme_start is not None  # else the household has an error
    family = creating.FamilyDraft(
        **{name: getattr(household.family, name) for name in _FAMILY_FIELDS}
    )
    people = sorted(household.people, key=lambda p: not p.is_head)
    members = [
        creating.MemberDraft(**{name: copy(getattr(p, name)) for name in _MEMBER_FIELDS})
        for p in people
    ]
    return creating.NewFamily(
        family, members, household.family.address, household_note(household.people)
    )


def _still_current(session: Session, done: Preview) -> None:
    if _last_seq(session) == done.audit_seq:
        return
    # Something was written since: only a change in what the preview showed matters.
    again = with_duplicates(done.checked, known_people(session, done.checked))
    if again.problems != done.plan.problems:
        raise PreviewOutdated(
            "The vault changed since the preview and the check now finds other duplicates; "
            "look at the preview again, then import."
        )


def commit(
    vault: Vault,
    done: Preview,
    *,
    only_valid: bool = False,
    skip_duplicates: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Save the families the preview accepted, all in one transaction, or none."""
    selection = done.plan.select(only_valid=only_valid, skip_duplicates=skip_duplicates)
    if selection.blocked:
        raise SpreadsheetError(
            "Some rows have errors, so nothing was imported; correct them, "
            "or choose to import only the families without errors."
        )
    if not selection.households:
        raise SpreadsheetError("No family is left to import; nothing was saved.")
    actor = vault.user
    total = len(selection.households)
    new = [new_family(household) for household in selection.households]
    with vault.changing() as session:
        _still_current(session, done)
        try:
            created = creating.write_new_families(session, actor, new, progress, cancelled)
        except creating.Cancelled:
            raise ImportCancelled("The import was cancelled; nothing was saved.") from None
        if cancelled is not None and cancelled():
            raise ImportCancelled("The import was cancelled; nothing was saved.")
        audit.append(
            session,
            actor.username,
            "import.commit",
            "import",
            header_signature(done.table.headers),
            {"families": total, "members": selection.people},
        )
        save_mapping(session, actor.username, done.table, done.mapping)
    case_numbers = [c.case_number for c in created]
    return ImportSummary(
        total,
        selection.people,
        selection.left_out_with_errors,
        selection.left_out_duplicates,
        tuple(case_numbers),
    )
