"""What ``hostdesk import`` prints, in the user's language (``LANG``).

Rows, columns, counts and problems; never a cell's value, so the report can be
kept or sent to someone helping. Two things are shown because a person must
answer them: the values a question is about (a nationality or channel word,
never a name), and, only on a terminal, both readings of the names an unsure
encoding affects.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from hostdesk.domain.importing.columns import Mapping, MappingProblem, column_letter
from hostdesk.domain.importing.questions import Question, Topic
from hostdesk.domain.importing.rows import ImportPlan, ProblemKind, Selection
from hostdesk.domain.importing.table import SheetTable
from hostdesk.domain.importing.values import TWO_DIGIT_RULE
from hostdesk.i18n import translate
from hostdesk.storage import importing

SHOWN_ROWS = 8
_NUMBER = re.compile(r"\d+")


def message(text: str) -> str:
    """A sentence from the domain or the reader in the user's language, its numbers kept.

    The same catalogue entries as the window's (context "Validation"), with the
    numbers as %1, %2...
    """
    numbers = _NUMBER.findall(text)
    counter = iter(range(1, len(numbers) + 1))
    template = _NUMBER.sub(lambda _m: f"%{next(counter)}", text)
    translated = translate("Validation", template)
    if translated == template:
        return text
    for index, number in enumerate(numbers, start=1):
        translated = translated.replace(f"%{index}", number)
    return translated


def mapping_problem(problem: MappingProblem) -> str:
    if problem.twice:
        return translate("cli", "Two columns are set to {0}; keep one.").format(problem.field.value)
    return translate("cli", "No column is set to {0}; it is needed.").format(problem.field.value)


def _rows(rows: Sequence[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:SHOWN_ROWS])
    if len(rows) > SHOWN_ROWS:
        shown += translate("cli", " and {0} more").format(len(rows) - SHOWN_ROWS)
    return shown


def _short(header: str) -> str:
    return header if len(header) <= 40 else header[:39] + "…"


def print_sheet(sheet: importing.Spreadsheet) -> None:
    if len(sheet.sheets) > 1:
        names = ", ".join(f'"{s}"' for s in sheet.sheets)
        text = translate("cli", 'Sheet read: "{0}" (of {1}: {2}); --sheet reads another.')
        print(text.format(sheet.sheet, len(sheet.sheets), names))
    if sheet.encoding and sheet.encoding not in ("utf-8", "utf-16"):
        print(translate("cli", "Text encoding: {0}.").format(sheet.encoding))


def print_columns(table: SheetTable, mapping: Mapping, saved: bool) -> None:
    how = (
        translate("cli", "as saved last time")
        if saved
        else translate("cli", "guessed from the headers")
    )
    print(translate("cli", "Columns ({0}; header on row {1}):").format(how, table.header_row))
    if not table.header_recognised:
        # Names HostDesk does not know could be a person's row after all: letters only.
        print(translate("cli", "  (no name on the header row is one HostDesk knows; "
                               "the names are not shown)"))  # fmt: skip
    for index, header in enumerate(table.headers):
        target = mapping[index].value if index in mapping else translate("cli", "(not imported)")
        shown = _short(header) if table.header_recognised else ""
        print(f"  {column_letter(index):>3}  {shown or '-':<42} -> {target}")


def print_left_out(table: SheetTable, plan: ImportPlan, confirmed: bool) -> None:
    if not plan.left_out:
        return
    if confirmed:
        print(translate("cli", "Columns with data that are not imported (left out, as asked):"))
    else:
        text = translate(
            "cli",
            "Columns with data that are not imported; set them with --mapping, "
            "or confirm leaving them out with --leave-out-columns:",
        )
        print(text)
    for column in plan.left_out:
        print(
            translate("cli", "  {0}: {1} rows have a value").format(
                table.label(column.column), column.values
            )
        )


def _question(table: SheetTable, question: Question) -> str:
    where = table.label(question.column) if question.column is not None else ""
    rows = _rows(question.rows)
    if question.topic is Topic.SEX_M:
        return translate(
            "cli",
            'Column {0}: does "M" mean male (M for Masculino, beside F) or female (M for '
            "Mulher)? Rows {1}. Answer with --m-means male or --m-means female.",
        ).format(where, rows)
    choices = ", ".join(question.choices)
    if question.topic is Topic.NATIONALITY:
        return translate(
            "cli",
            'Column {0}: "{1}" names more than one country ({2}). Rows {3}. '
            'Answer with --answer "{1}={4}" (or another of them).',
        ).format(where, question.value, choices, rows, question.choices[0])
    return translate(
        "cli",
        'Column {0}: "{1}" is not an arrival channel (people of every channel may have it), '
        "and the channel decides the programme's rules. Rows {2}. Answer with "
        '--answer "{1}=CHANNEL", CHANNEL being one of {3}.',
    ).format(where, question.value, rows, choices)


def print_questions(table: SheetTable, plan: ImportPlan) -> None:
    if not plan.questions:
        return
    print(translate("cli", "Questions (HostDesk does not guess these; answer, then run again):"))
    for question in plan.questions:
        print(f"  - {_question(table, question)}")


def print_encoding_doubt(doubt: importing.EncodingDoubt) -> None:
    print(
        translate(
            "cli",
            "The letters of this file read as names both in Windows-1252 (Excel for Windows) "
            "and in Mac Roman (Excel for Mac). Rows {0}. Answer with --encoding windows-1252 "
            "or --encoding mac-roman.",
        ).format(_rows(doubt.rows))
    )
    if not sys.stdout.isatty():
        print(translate("cli", "  (run it in a terminal to see both readings of those names)"))
        return
    for (row, first), (_row, second) in zip(
        doubt.reading(doubt.chosen), doubt.reading(doubt.other), strict=True
    ):
        print(f"  {row:>5}  {doubt.chosen}: {first}    {doubt.other}: {second}")


def print_problems(table: SheetTable, plan: ImportPlan) -> None:
    if plan.two_digit_years:
        print(message(TWO_DIGIT_RULE))
    row_word, column_word = translate("cli", "row"), translate("cli", "column")
    for problem in plan.problems:
        where = f"{row_word} {problem.row}"
        if problem.column is not None:
            where += f", {column_word} {table.label(problem.column)}"
        print(f"{where}: {message(problem.message)}")


def print_counts(done: importing.Preview, selection: Selection) -> None:
    plan = done.plan
    errors = plan.rows_with(ProblemKind.ERROR)
    duplicates = plan.rows_with(ProblemKind.DUPLICATE)
    print(
        translate(
            "cli",
            "{0} rows in {1} households: {2} rows with errors (in {3} households), "
            "{4} rows with a possible duplicate.",
        ).format(
            len(done.table.rows),
            len(plan.households),
            len(errors),
            selection.left_out_with_errors,
            len(duplicates),
        )
    )
