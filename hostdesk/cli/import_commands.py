"""``hostdesk import``: families from a spreadsheet file, all of them or none.

What HostDesk cannot read without a person's word (a lone "M", "Guineense", a
value that is no channel, an unsure encoding, columns with data that are not
imported) stops the import with exit status 3 until it is answered with
--m-means, --answer, --encoding or --leave-out-columns. The report is in
``import_report``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hostdesk.cli import import_report as report
from hostdesk.cli.options import open_vault, vault_options
from hostdesk.domain.importing.columns import (
    ImportField,
    Mapping,
    column_letter,
    mapping_problems,
    normal_key,
)
from hostdesk.domain.importing.questions import Answers, Topic
from hostdesk.domain.importing.table import SheetTable
from hostdesk.domain.importing.values import M_KEY, CellProblem, NeedsAnswer, read_channel
from hostdesk.domain.vocabulary import Sex
from hostdesk.i18n import fill, format_number, translate
from hostdesk.storage import importing
from hostdesk.storage.importing import SpreadsheetError
from hostdesk.storage.importing.nationality_words import nationality_table

EXIT_ROWS_WRONG = 1
EXIT_MAPPING_WRONG = 2
EXIT_NEEDS_ANSWER = 3  # a question, an unsure encoding or columns left out: the person decides
SHOWN_CASES = 5


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``import`` to the top-level parser."""
    parser = sub.add_parser("import", help=translate(
        "cli", "import families from a spreadsheet (CSV, .xlsx, .ods, .xls), all or nothing"
    ))  # fmt: skip
    vault_options(parser)
    parser.add_argument("file", type=Path, metavar="FILE",
                        help=translate("cli", "the .csv, .xlsx, .ods or .xls"))  # fmt: skip
    parser.add_argument(
        "--sheet", metavar="NAME", help=translate("cli", "the workbook's sheet to read, by name "
                                                  "or number (default: the one whose headers "
                                                  "HostDesk knows)"),
    )  # fmt: skip
    parser.add_argument(
        "--encoding", metavar="ENC",
        help=translate("cli", "a CSV's text encoding: windows-1252, mac-roman, utf-8, utf-16 "
                       "(default: guessed)"),
    )  # fmt: skip
    parser.add_argument(
        "--mapping", type=Path, metavar="JSON",
        help=translate("cli", 'columns to set by hand: {"Header or column letter": "field", '
                       '...} ("" leaves a column out); see docs/import.md'),
    )  # fmt: skip
    parser.add_argument(
        "--m-means", choices=("male", "female"),
        help=translate("cli", 'what a lone "M" means in the sex column when HostDesk asks'),
    )  # fmt: skip
    parser.add_argument(
        "--answer", action="append", default=[], metavar="VALUE=CHOICE",
        help=translate("cli", 'what a value HostDesk asks about means: "Guineense=GW", '
                       '"Pedido de Proteção Internacional=resettlement" (repeat for each)'),
    )  # fmt: skip
    parser.add_argument(
        "--leave-out-columns", action="store_true",
        help=translate("cli", "confirm that columns with data that are not imported are left "
                       "out"),
    )  # fmt: skip
    parser.add_argument("--dry-run", action="store_true",
                        help=translate("cli", "check and report; save nothing"))  # fmt: skip
    parser.add_argument(
        "--only-valid", action="store_true",
        help=translate("cli", "import the families whose rows have no errors and leave the "
                       "others out"),
    )  # fmt: skip
    parser.add_argument(
        "--skip-duplicates", action="store_true",
        help=translate("cli", "leave out families with someone who may already be in the "
                       "vault"),
    )  # fmt: skip
    parser.set_defaults(run=run_import)


def answers_from(args: argparse.Namespace) -> Answers:
    """The answers given on the command line, for whichever question they fit."""
    answers: Answers = {}
    if args.m_means:
        answers[(Topic.SEX_M, M_KEY)] = Sex.MALE.value if args.m_means == "male" else "F"
    table = nationality_table()
    for given in args.answer:
        value, sep, choice = str(given).rpartition("=")
        if not sep or not value.strip() or not choice.strip():
            raise SpreadsheetError(translate(
                "cli", 'An answer is written VALUE=CHOICE, for example --answer "Guineense=GW".'
            ))  # fmt: skip
        key, choice = normal_key(value), choice.strip()
        code = choice.upper() if len(choice) == 2 else table.lookup(choice)
        if isinstance(code, str):
            answers[(Topic.NATIONALITY, key)] = code
        try:
            channel = read_channel(choice)
        except (CellProblem, NeedsAnswer):
            channel = None
        if channel:
            answers[(Topic.CHANNEL, key)] = channel
    return answers


def _column_index(table: SheetTable, name: str) -> int:
    wanted = " ".join(name.split()).casefold()
    for index, header in enumerate(table.headers):
        if header.casefold() == wanted:
            return index
    letter = name.strip().upper()
    for index in range(len(table.headers)):
        if column_letter(index) == letter:
            return index
    raise SpreadsheetError(
        translate("cli", "The mapping file names a column this file does not have: {0}.").format(
            name
        )
    )


def apply_mapping_file(table: SheetTable, start: Mapping, path: Path) -> Mapping:
    """``start`` with the columns the JSON file sets (by header or letter) changed."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise SpreadsheetError(
            translate(
                "cli", 'The mapping file cannot be read; write it as JSON: {"Nome": "name_latin"}.'
            )
        ) from None
    if not isinstance(entries, dict):
        raise SpreadsheetError(
            translate("cli", 'The mapping file is not a JSON object: {"Nome": "name_latin"}.')
        )
    fields = {f.value: f for f in ImportField}
    mapping = dict(start)
    for name, value in entries.items():
        index = _column_index(table, str(name))
        if value in (None, ""):
            mapping.pop(index, None)
            continue
        if value not in fields:
            known = ", ".join(fields)
            raise SpreadsheetError(
                translate("cli", "The mapping file sets an unknown field {0}; use {1}.").format(
                    value, known
                )
            )
        for other in [i for i, f in mapping.items() if f is fields[value]]:
            del mapping[other]
        mapping[index] = fields[value]
    return dict(sorted(mapping.items()))


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        text = fill(translate("cli", "%1/%2 families"), format_number(done), format_number(total))
        print(f"\r{text}", end="", file=sys.stderr, flush=True)


def run_import(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except SpreadsheetError as error:
        print(f"hostdesk: {report.message(str(error))}", file=sys.stderr)
        return EXIT_MAPPING_WRONG


def _run(args: argparse.Namespace) -> int:
    # A file that cannot be read needs no passphrase.
    sheet = importing.open_spreadsheet(args.file, sheet=args.sheet, encoding=args.encoding)
    table = sheet.table
    answers = answers_from(args)
    with open_vault(args) as vault:
        with vault.session() as session:
            mapping, saved = importing.mapping_for(session, table)
        if args.mapping is not None:
            mapping, saved = apply_mapping_file(table, mapping, args.mapping), False
        report.print_sheet(sheet)
        report.print_columns(table, mapping, saved)
        problems = mapping_problems(mapping)
        for problem in problems:
            print(report.mapping_problem(problem))
        if problems:
            print(
                translate("cli", "Set the columns with --mapping FILE.json (see docs/import.md).")
            )
            return EXIT_MAPPING_WRONG
        done = importing.preview(vault, table, mapping, answers=answers)
        plan = done.plan
        report.print_problems(table, plan)
        report.print_left_out(table, plan, args.leave_out_columns)
        report.print_questions(table, plan)
        if sheet.doubt is not None:
            report.print_encoding_doubt(sheet.doubt)
        selection = plan.select(only_valid=args.only_valid, skip_duplicates=args.skip_duplicates)
        report.print_counts(done, selection)
        if sheet.doubt is not None or (plan.left_out and not args.leave_out_columns):
            print(translate("cli", "Nothing was imported: answer what is asked above, "
                                   "then run the import again."))  # fmt: skip
            return EXIT_NEEDS_ANSWER
        if selection.blocked:
            print(translate(
                "cli",
                "Nothing was imported: correct the rows above (or answer the questions) and run "
                "the import again, or add --only-valid to import only the families without errors.",
            ))  # fmt: skip
            return EXIT_NEEDS_ANSWER if plan.questions else EXIT_ROWS_WRONG
        if not selection.households:
            print(translate("cli", "Nothing was imported: no family is left once those with "
                                   "problems are left out."))  # fmt: skip
            return EXIT_ROWS_WRONG
        print(translate("cli", "{0} families ({1} people) to import.").format(
            len(selection.households), selection.people))  # fmt: skip
        if args.dry_run:
            print(translate("cli", "Dry run: nothing was saved."))
            return 0
        try:
            summary = importing.commit(
                vault, done, only_valid=args.only_valid, skip_duplicates=args.skip_duplicates,
                progress=_progress,
            )  # fmt: skip
        finally:
            if sys.stderr.isatty():
                print(file=sys.stderr)
    numbers = ", ".join(summary.case_numbers[:SHOWN_CASES])
    if len(summary.case_numbers) > SHOWN_CASES:
        numbers += translate("cli", " and {0} more").format(len(summary.case_numbers) - SHOWN_CASES)
    print(translate("cli", "Imported {0} families ({1} people): {2}.").format(
        summary.families, summary.people, numbers))  # fmt: skip
    left_out = summary.left_out_with_errors + summary.left_out_duplicates
    if left_out:
        print(translate("cli", "{0} families were left out (see the rows above).").format(left_out))
    return 0
