"""A sheet as the import sees it: its header names and its data rows, blank rows gone.

Spreadsheets kept by hand often open with a title row or two, group their
headers under merged cells ("Identificação" over NIF, NISS, SNS) and end with
rows that are formatted but empty. The header row is the one, among the first
few, that names the most known columns; a row just above it with several
filled cells is read as the group labels of merged headers. When no row names
a known column, the first row is the header only if it holds no number and no
date: otherwise it is a person, and a sheet without a header row is refused
rather than read with its first person as column names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from hostdesk.domain.importing.columns import column_letter, recognised_count

Cell = str | int | float | bool | date | datetime | time | None

MAX_COLUMNS = 100
MAX_ROWS = 50_000
HEADER_SEARCH_ROWS = 10
MAX_HEADER_LENGTH = 100
NO_HEADER_ROW = "No header row found: the first row must name the columns (see docs/import.md)."
# A year, a date, an identifier or an amount written as text: a person's row, not a header.
_VALUE_TEXT = re.compile(r"(?=.*\d)[\d\s.,/:+-]+")


class TableError(ValueError):
    """The sheet cannot be read as a table; ``str(error)`` says why, with no cell value."""


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet shows it, counting from 1
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class SheetTable:
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[SheetRow, ...]
    # False when no header name is a known one: the names are then never shown in a report.
    header_recognised: bool = True

    def label(self, index: int) -> str:
        """How a column is named to people: its letter and its header (if a known row's)."""
        header = self.headers[index] if self.header_recognised and index < len(self.headers) else ""
        letter = column_letter(index)
        return f"{letter} ({header})" if header else letter


def is_empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _is_value(cell: Cell) -> bool:
    if isinstance(cell, str):
        return bool(_VALUE_TEXT.fullmatch(cell.strip()))
    return cell is not None  # a number, a date or a boolean: what a workbook's data cells hold


def _trimmed(cells: Sequence[Cell]) -> tuple[Cell, ...]:
    end = len(cells)
    while end and is_empty(cells[end - 1]):
        end -= 1
    return tuple(cells[:end])


def _header_text(cell: Cell) -> str:
    if is_empty(cell):
        return ""
    # Excel wraps long headers onto several lines ("Data de\nnascimento").
    return " ".join(str(cell).split())[:MAX_HEADER_LENGTH]


def _headers(header: tuple[Cell, ...], group: tuple[Cell, ...] | None, width: int) -> list[str]:
    cells = [_header_text(c) for c in header] + [""] * (width - len(header))
    if group is None:
        return cells
    labels, current = [], ""
    for index in range(width):
        # A merged group label sits in its first cell only: it covers the cells after it.
        if index < len(group) and not is_empty(group[index]):
            current = _header_text(group[index])
        cell = cells[index]
        if cell and current and cell != current:
            labels.append(f"{current} {cell}")
        else:
            labels.append(cell or current)
    return labels


def build_table(rows: Iterable[tuple[int, Sequence[Cell]]]) -> SheetTable:
    """The table from ``(row number, cells)`` pairs, in order; raises ``TableError``."""
    filled: list[tuple[int, tuple[Cell, ...]]] = []
    for number, cells in rows:
        kept = _trimmed(cells)
        if not kept:
            continue
        if len(kept) > MAX_COLUMNS:
            raise TableError(
                f"Row {number} has cells beyond column {column_letter(MAX_COLUMNS - 1)}; "
                f"an import takes at most {MAX_COLUMNS} columns: delete the others."
            )
        filled.append((number, kept))
        if len(filled) > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise TableError(
                f"The sheet has more than {MAX_ROWS:,} rows; split it into smaller files."
            )
    if not filled:
        raise TableError("The sheet is empty: it has no header row and no rows of people.")
    first = filled[:HEADER_SEARCH_ROWS]
    scores = [recognised_count([_header_text(c) for c in cells]) for _n, cells in first]
    at = scores.index(max(scores))
    header_number, header = filled[at]
    if scores[at] == 0 and any(_is_value(c) for c in header):
        raise TableError(NO_HEADER_ROW)
    group = None
    if at > 0:
        above_number, above = filled[at - 1]
        if above_number == header_number - 1 and sum(not is_empty(c) for c in above) >= 2:
            group = above
    data = filled[at + 1 :]
    width = max([len(header), *(len(cells) for _n, cells in data)])
    return SheetTable(
        headers=tuple(_headers(header, group, width)),
        header_row=header_number,
        rows=tuple(
            SheetRow(number, cells + (None,) * (width - len(cells))) for number, cells in data
        ),
        header_recognised=scores[at] > 0,
    )
