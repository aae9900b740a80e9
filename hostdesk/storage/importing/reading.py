"""A spreadsheet file read into a ``SheetTable``, told apart by content, not by name.

CSV (any encoding ``csv_reading`` knows), or a workbook: .xlsx, .ods or old
.xls (``workbook_reading``). In a workbook with several sheets, the sheet
read is the one asked for (by name or number), else the visible sheet whose
header row names the most known columns (the first on a tie): a workbook
saved with its summary sheet in front is read from its sheet of people.

A CSV that reads as names both in Windows-1252 and in Mac Roman comes with an
``EncodingDoubt``: the cells that read differently, both ways, for the person
to choose (``encoding=``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hostdesk.domain.importing.columns import recognised_count
from hostdesk.domain.importing.table import SheetTable, TableError, build_table
from hostdesk.storage.importing.csv_reading import csv_rows, decode
from hostdesk.storage.importing.encodings import MAC, WINDOWS
from hostdesk.storage.importing.errors import SpreadsheetError
from hostdesk.storage.importing.workbook_reading import TOO_FAR, Workbook, zip_kind

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_DOUBT_SAMPLES = 12
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls container


@dataclass(frozen=True)
class EncodingDoubt:
    """The cells that read differently in the two encodings, both ways, and their rows."""

    chosen: str  # the encoding the table was read with
    other: str
    rows: tuple[int, ...]
    samples: tuple[tuple[int, str, str], ...]  # (row, as chosen, as other)

    def reading(self, encoding: str) -> list[tuple[int, str]]:
        """The samples as read in ``encoding`` (one of the two)."""
        first = encoding == self.chosen
        return [(row, chosen if first else other) for row, chosen, other in self.samples]


@dataclass(frozen=True)
class Spreadsheet:
    table: SheetTable
    sheets: tuple[str, ...] = ()  # a workbook's sheets, in order (none for CSV)
    sheet: str = ""  # the sheet read
    encoding: str = ""  # a CSV's
    doubt: EncodingDoubt | None = None


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SpreadsheetError(
                f"This file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
                "keep only the sheet of families, or split it."
            )
        return path.read_bytes()
    except OSError as error:
        raise SpreadsheetError(
            f"The file cannot be read ({error.strerror or 'unknown error'}); "
            "check that it exists and that you may open it."
        ) from None


def _table(rows: object) -> SheetTable:
    try:
        return build_table(rows)  # type: ignore[arg-type]
    except TableError as error:
        raise SpreadsheetError(str(error)) from None


def _csv(data: bytes, encoding: str | None) -> Spreadsheet:
    decoded = decode(data, encoding)
    table = _table(csv_rows(decoded.text))
    if decoded.sure:
        return Spreadsheet(table, encoding=decoded.encoding)
    other = MAC if decoded.encoding == WINDOWS else WINDOWS
    again = _table(csv_rows(decode(data, other).text))
    rows: list[int] = []
    samples: list[tuple[int, str, str]] = []
    theirs = {again.header_row: again.headers, **{r.number: r.cells for r in again.rows}}
    for number, cells in ((table.header_row, table.headers), *_numbered(table)):
        other_cells = theirs.get(number, ())
        changed = [
            (str(a), str(b))
            for a, b in zip(cells, other_cells, strict=False)
            if a != b and a is not None and b is not None
        ]
        if changed:
            rows.append(number)
            space = MAX_DOUBT_SAMPLES - len(samples)
            samples += [(number, a, b) for a, b in changed[: max(space, 0)]]
    doubt = EncodingDoubt(decoded.encoding, other, tuple(rows), tuple(samples))
    return Spreadsheet(table, encoding=decoded.encoding, doubt=doubt if rows else None)


def _numbered(table: SheetTable) -> list[tuple[int, tuple[object, ...]]]:
    return [(row.number, row.cells) for row in table.rows]


def _choose(book: Workbook, sheet: str | None) -> str:
    if sheet is not None:
        wanted = sheet.strip()
        for name in book.names:
            if name == wanted or name.casefold() == wanted.casefold():
                return name
        if wanted.isdigit() and 1 <= int(wanted) <= len(book.names):
            return book.names[int(wanted) - 1]
        raise SpreadsheetError(
            f"This workbook has no sheet with this name or number; it has {len(book.names)}."
        )
    candidates = [n for n in book.visible if book.readable(n)] or [
        n for n in book.names if book.readable(n)
    ]
    if not candidates:
        raise SpreadsheetError(TOO_FAR if book.names else "This workbook has no sheet of cells.")
    if len(candidates) == 1:
        return candidates[0]

    def score(name: str) -> int:
        heads = book.heads(name)
        return max((recognised_count([str(c or "") for c in cells]) for _n, cells in heads),
                   default=-1)  # fmt: skip

    scores = [score(name) for name in candidates]
    return candidates[scores.index(max(scores))]


def _workbook(data: bytes, kind: str, sheet: str | None) -> Spreadsheet:
    book = Workbook(data, kind)
    try:
        name = _choose(book, sheet)
        table = _table(book.rows(name).rows)
        return Spreadsheet(table, tuple(book.names), name)
    finally:
        book.close()


def parse_spreadsheet(
    data: bytes, *, sheet: str | None = None, encoding: str | None = None
) -> Spreadsheet:
    """The table in ``data``, and how it was read; raises ``SpreadsheetError``."""
    if data.startswith(_OLE):
        return _workbook(data, "xls", sheet)
    if data.startswith(_ZIP):
        return _workbook(data, zip_kind(data), sheet)
    return _csv(data, encoding)


def open_spreadsheet(
    path: Path, *, sheet: str | None = None, encoding: str | None = None
) -> Spreadsheet:
    """The table in the file at ``path``; raises ``SpreadsheetError`` with the reason."""
    return parse_spreadsheet(read_bytes(Path(path)), sheet=sheet, encoding=encoding)


def parse_sheet(data: bytes) -> SheetTable:
    return parse_spreadsheet(data).table


def read_sheet(path: Path) -> SheetTable:
    return open_spreadsheet(path).table
