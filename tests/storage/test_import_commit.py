"""An import saves every accepted family as a normal save would, in one transaction, or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from hostdesk.domain.importing.columns import ImportField, guess_mapping
from hostdesk.storage import casework, families, importing, search
from hostdesk.storage.importing import ImportCancelled, PreviewOutdated, SpreadsheetError
from hostdesk.storage.models import AuditEntry, Family, Identifier, Member
from hostdesk.storage.vault import Vault
from tests.storage.import_support import GOOD_ROWS, HEADER, counts, csv_bytes

BAD_ROW = ["P3", "sim", "Ahmed Noor", "", "Q", "31/02/1990", "501964842", "avião", "", ""]


def preview_of(vault: Vault, rows: list[list[object]]) -> importing.Preview:
    table = importing.parse_sheet(csv_bytes([HEADER, *rows]))
    return importing.preview(vault, table, guess_mapping(table.headers))


def test_an_import_saves_families_members_identifiers_audit_and_search(vault: Vault) -> None:
    summary = importing.commit(vault, preview_of(vault, GOOD_ROWS))
    assert (summary.families, summary.people) == (2, 3)
    with vault.session() as session:
        saved = session.exec(select(Family).order_by(Family.id)).all()
        assert [f.arrival_channel for f in saved] == ["resettlement", "temporary_protection"]
        assert [f.case_number for f in saved] == list(summary.case_numbers)
        assert saved[0].municipality == "Fundão"
        members = session.exec(select(Member).order_by(Member.id)).all()
        assert [(m.name_latin, m.is_head, m.relationship) for m in members] == [
            ("Yousef Al-Khatib", True, "head"),
            ("Maryam Al-Khatib", False, "other"),
            ("Olena Kovalenko", True, "head"),
        ]
        # Partial dates stay partial: a year, a month, a day.
        assert [families.birth_of(m) and str(families.birth_of(m)) for m in members] == [
            "1984", "1989-05", "1979-11-22"
        ]  # fmt: skip
        assert [m.original_script for m in members] == ["Arab", "Arab", "Cyrl"]
        nifs = session.exec(select(Identifier.value).where(Identifier.kind == "nif")).all()
        assert sorted(nifs) == ["250938170", "271104619"]
        actions = [e.action for e in session.exec(select(AuditEntry))]
        assert actions.count("family.create") == 2 and actions.count("member.create") == 3
        assert "import.commit" in actions and "setting.change" in actions
        hits = search.search(session, "Muhammad Khatib") + search.search(session, "Олена")
        assert {h.family_id for h in search.search(session, "Olena")} == {saved[1].id}
        assert hits
    assert vault.audit_report().ok


def test_rows_with_errors_stop_the_whole_import(vault: Vault) -> None:
    before = counts(vault)
    done = preview_of(vault, [*GOOD_ROWS, BAD_ROW])
    with pytest.raises(SpreadsheetError, match="nothing was imported"):
        importing.commit(vault, done)
    assert counts(vault) == before


def test_only_valid_imports_the_families_without_errors(vault: Vault) -> None:
    summary = importing.commit(vault, preview_of(vault, [*GOOD_ROWS, BAD_ROW]), only_valid=True)
    assert (summary.families, summary.left_out_with_errors) == (2, 1)


def test_a_failure_in_the_middle_saves_nothing(vault: Vault) -> None:
    before = counts(vault)
    done = preview_of(vault, GOOD_ROWS * 1)

    def boom(_done: int, _total: int) -> None:
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        importing.commit(vault, done, progress=boom)
    assert counts(vault) == before


def test_cancel_saves_nothing(vault: Vault) -> None:
    before = counts(vault)
    calls = iter([False, True])
    with pytest.raises(ImportCancelled, match="nothing was saved"):
        importing.commit(vault, preview_of(vault, GOOD_ROWS), cancelled=lambda: next(calls))
    assert counts(vault) == before


def test_existing_members_are_found_by_nif_or_by_name_and_year(vault: Vault) -> None:
    importing.commit(vault, preview_of(vault, GOOD_ROWS[:2]))
    again = preview_of(
        vault,
        [
            [
                "Q1",
                "sim",
                "Youssef Al Khatib",
                "",
                "H",
                "1984",
                "",
                "espontâneo",
                "01/01/2025",
                "",
            ],
            [
                "Q2",
                "sim",
                "Someone Else",
                "",
                "F",
                "1990",
                "250938170",
                "espontâneo",
                "01/01/2025",
                "",
            ],
        ],
    )
    by_row = {p.row: (p.kind.value, p.message) for p in again.plan.problems}
    assert by_row[2] == (
        "duplicate",
        "Possibly already in case HD-2024-00001: same name and year of birth.",
    )
    assert by_row[3] == ("error", "This NIF is already recorded, in case HD-2024-00001.")
    with pytest.raises(SpreadsheetError, match="No family is left"):
        importing.commit(vault, again, only_valid=True, skip_duplicates=True)
    # A possible duplicate is a warning: imported unless asked to leave it out.
    assert importing.commit(vault, again, only_valid=True).families == 1


def test_a_change_to_the_vault_after_the_preview_is_noticed(vault: Vault) -> None:
    done = preview_of(vault, GOOD_ROWS)
    with vault.changing() as session:  # someone types the same family in meanwhile
        start = done.plan.households[0].family.programme_start
        assert start is not None
        family = casework.FamilyDraft(arrival_channel="resettlement", programme_start=start)
        head = casework.MemberDraft(name_latin="Yousef Al-Khatib", is_head=True,
                                    identifiers={"nif": "271104619"})  # fmt: skip
        casework.create_family_with_members(session, vault.user, family, [head])
    before = counts(vault)
    with pytest.raises(PreviewOutdated):
        importing.commit(vault, done)
    assert counts(vault) == before


def test_an_unrelated_change_after_the_preview_does_not_stop_the_import(vault: Vault) -> None:
    done = preview_of(vault, GOOD_ROWS)
    with vault.changing() as session:
        from hostdesk.storage import settings

        settings.put(session, vault.user.username, settings.IDLE_LOCK_MINUTES, 5)
    assert importing.commit(vault, done).families == 2


def test_the_mapping_is_remembered_for_the_same_headers(vault: Vault, tmp_path: Path) -> None:
    table = importing.parse_sheet(csv_bytes([HEADER, *GOOD_ROWS]))
    mapping = guess_mapping(table.headers)
    mapping[9] = ImportField.NAIR_REFERENCE  # "Concelho" set by hand to something else
    del mapping[3]
    importing.commit(vault, importing.preview(vault, table, mapping), only_valid=True)
    with vault.session() as session:
        remembered, saved = importing.mapping_for(session, table)
        _other, other_saved = importing.mapping_for(
            session, importing.parse_sheet(csv_bytes([HEADER[:5], GOOD_ROWS[0][:5]]))
        )
    assert saved and remembered == mapping
    assert not other_saved


def test_nothing_to_import_is_an_error_not_an_empty_success(vault: Vault) -> None:
    with pytest.raises(SpreadsheetError, match="No family is left"):
        importing.commit(vault, preview_of(vault, [BAD_ROW]), only_valid=True)
