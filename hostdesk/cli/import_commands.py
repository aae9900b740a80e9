"""``hostdesk import``: families from a CSV or Excel file, all of them or none.

The report names rows, columns and problems, never a cell's value, so it can
be kept or sent to someone helping without exposing anyone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options
from hostdesk.domain.importing.columns import (
    ImportField,
    Mapping,
    column_letter,
    mapping_problems,
)
from hostdesk.domain.importing.rows import ProblemKind, Selection
from hostdesk.domain.importing.table import SheetTable
from hostdesk.storage import importing
from hostdesk.storage.importing import SpreadsheetError

EXIT_ROWS_WRONG = 1
EXIT_MAPPING_WRONG = 2
SHOWN_CASES = 5


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``import`` to the top-level parser."""
    parser = sub.add_parser(
        "import", help="import families from a spreadsheet (CSV or .xlsx), all or nothing"
    )
    vault_options(parser)
    parser.add_argument("file", type=Path, metavar="FILE", help="the .csv or .xlsx file")
    parser.add_argument(
        "--mapping", type=Path, metavar="JSON",
        help='columns to set by hand: {"Header or column letter": "field", ...} '
        '("" leaves a column out); see docs/import.md',
    )  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="check and report; save nothing")
    parser.add_argument(
        "--only-valid", action="store_true",
        help="import the families whose rows have no errors and leave the others out",
    )  # fmt: skip
    parser.add_argument(
        "--skip-duplicates", action="store_true",
        help="leave out families with someone who may already be in the vault",
    )  # fmt: skip
    parser.set_defaults(run=run_import)


def _column_index(table: SheetTable, name: str) -> int:
    wanted = " ".join(name.split()).casefold()
    for index, header in enumerate(table.headers):
        if header.casefold() == wanted:
            return index
    letter = name.strip().upper()
    for index in range(len(table.headers)):
        if column_letter(index) == letter:
            return index
    raise SpreadsheetError(f"The mapping file names a column this file does not have: {name}.")


def apply_mapping_file(table: SheetTable, start: Mapping, path: Path) -> Mapping:
    """``start`` with the columns the JSON file sets (by header or letter) changed."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise SpreadsheetError(
            'The mapping file cannot be read; write it as JSON: {"Nome": "name_latin"}.'
        ) from None
    if not isinstance(entries, dict):
        raise SpreadsheetError('The mapping file is not a JSON object: {"Nome": "name_latin"}.')
    fields = {f.value: f for f in ImportField}
    mapping = dict(start)
    for name, value in entries.items():
        index = _column_index(table, str(name))
        if value in (None, ""):
            mapping.pop(index, None)
            continue
        if value not in fields:
            known = ", ".join(fields)
            raise SpreadsheetError(f"The mapping file sets an unknown field {value}; use {known}.")
        for other in [i for i, f in mapping.items() if f is fields[value]]:
            del mapping[other]
        mapping[index] = fields[value]
    return dict(sorted(mapping.items()))


def _short(header: str) -> str:
    return header if len(header) <= 40 else header[:39] + "…"


def _print_columns(table: SheetTable, mapping: Mapping, saved: bool) -> None:
    how = "as saved last time" if saved else "guessed from the headers"
    print(f"Columns ({how}; header on row {table.header_row}):")
    if not table.header_recognised:
        # Names HostDesk does not know could be a person's row after all: letters only.
        print("  (no name on the header row is one HostDesk knows; the names are not shown)")
    for index, header in enumerate(table.headers):
        target = mapping[index].value if index in mapping else "(not imported)"
        shown = _short(header) if table.header_recognised else ""
        print(f"  {column_letter(index):>3}  {shown or '-':<42} -> {target}")


def _print_problems(done: importing.Preview) -> None:
    table = done.table
    for problem in done.plan.problems:
        where = f"row {problem.row}"
        if problem.column is not None:
            where += f", column {table.label(problem.column)}"
        print(f"{where}: {problem.message}")


def _counts(done: importing.Preview, selection: Selection) -> str:
    plan = done.plan
    errors = plan.rows_with(ProblemKind.ERROR)
    duplicates = plan.rows_with(ProblemKind.DUPLICATE)
    return (
        f"{len(done.table.rows)} rows in {len(plan.households)} households: "
        f"{len(errors)} rows with errors (in {selection.left_out_with_errors} households), "
        f"{len(duplicates)} rows with a possible duplicate."
    )


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} families", end="", file=sys.stderr, flush=True)


def run_import(args: argparse.Namespace) -> int:
    table = importing.read_sheet(args.file)  # a file that cannot be read needs no passphrase
    with open_vault(args) as vault:
        with vault.session() as session:
            mapping, saved = importing.mapping_for(session, table)
        if args.mapping is not None:
            mapping, saved = apply_mapping_file(table, mapping, args.mapping), False
        _print_columns(table, mapping, saved)
        problems = mapping_problems(mapping)
        for problem in problems:
            print(problem.message)
        if problems:
            print("Set the columns with --mapping FILE.json (see docs/import.md).")
            return EXIT_MAPPING_WRONG
        done = importing.preview(vault, table, mapping)
        _print_problems(done)
        selection = done.plan.select(
            only_valid=args.only_valid, skip_duplicates=args.skip_duplicates
        )
        print(_counts(done, selection))
        if selection.blocked:
            print(
                "Nothing was imported: correct the rows above and run the import again, "
                "or add --only-valid to import only the families without errors."
            )
            return EXIT_ROWS_WRONG
        if not selection.households:
            print("Nothing was imported: no family is left once those with problems are left out.")
            return EXIT_ROWS_WRONG
        print(f"{len(selection.households)} families ({selection.people} people) to import.")
        if args.dry_run:
            print("Dry run: nothing was saved.")
            return 0
        try:
            summary = importing.commit(
                vault,
                done,
                only_valid=args.only_valid,
                skip_duplicates=args.skip_duplicates,
                progress=_progress,
            )
        finally:
            if sys.stderr.isatty():
                print(file=sys.stderr)
    numbers = ", ".join(summary.case_numbers[:SHOWN_CASES])
    if len(summary.case_numbers) > SHOWN_CASES:
        numbers += f" and {len(summary.case_numbers) - SHOWN_CASES} more"
    print(f"Imported {summary.families} families ({summary.people} people): {numbers}.")
    left_out = summary.left_out_with_errors + summary.left_out_duplicates
    if left_out:
        print(f"{left_out} families were left out (see the rows above).")
    return 0
