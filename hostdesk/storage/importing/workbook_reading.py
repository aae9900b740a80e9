"""Workbooks (.xlsx from Excel or LibreOffice, .ods, old .xls), read with python-calamine.

calamine reads all three formats in Rust, about ten times faster than
openpyxl reads an .xlsx (5,000 rows: 0.15 s against 1.6 s here), which the
import's budget needs. Formulas are read as the value last computed and
saved. A damaged or hostile file becomes a ``SpreadsheetError``, never a hang
or a crash: zip parts are checked for their unpacked size first, and since
calamine makes room for the rectangle from the first cell to the last at once
(a stray cell at row 1,048,576 would ask for gigabytes and abort the
process), each sheet's extent is measured from the file before calamine
reads it; a sheet reaching past what an import takes is skipped, or refused
when asked for by name.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from hostdesk.domain.importing.table import HEADER_SEARCH_ROWS, MAX_COLUMNS, MAX_ROWS, Cell
from hostdesk.storage.importing.errors import SpreadsheetError

# An .xlsx or .ods is a zip of XML; a real sheet of families expands ten- to twenty-fold.
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024
# Past these a sheet is not one of people (build_table refuses it anyway): never read it.
MAX_SHEET_ROWS = MAX_ROWS + 1000
MAX_SHEET_COLUMNS = MAX_COLUMNS + 1

DAMAGED = (
    "This workbook could not be read; it may be damaged: open it in Excel or LibreOffice "
    "and save it again (or save it as CSV)."
)
TOO_FAR = (
    "This sheet has cells far beyond its rows of people (an import takes at most "
    f"{MAX_ROWS:,} rows and {MAX_COLUMNS} columns); delete the rows and columns after the "
    "data, or save the sheet as CSV."
)
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True)
class Extent:
    rows: int
    columns: int

    @property
    def readable(self) -> bool:
        return self.rows <= MAX_SHEET_ROWS and self.columns <= MAX_SHEET_COLUMNS


def _letters_to_index(letters: str) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + ord(ch) - 64
    return value


# A cell with something in it: a value (<v>), an inline string (<is>) or a formula (<f>).
# A formatted empty cell (<c r="X9" s="1"/>) is left out, as calamine leaves it out.
_XLSX_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"[^>/]*>\s*<[vfi]')


def _xlsx_extent(xml: bytes) -> Extent:
    rows = columns = 0
    for letters, number in _XLSX_CELL.findall(xml):
        rows = max(rows, int(number))
        columns = max(columns, _letters_to_index(letters.decode()))
    return Extent(rows, columns)


_ODS_TAG = re.compile(
    rb"<table:table(?=[\s>])([^>]*)>|<table:table-row(?=[\s>/])([^>]*?)(/?)>|</table:table-row>"
    rb"|<table:(?:covered-)?table-cell(?=[\s>/])([^>]*?)/?>"
)
_REPEAT_ROWS = re.compile(rb'table:number-rows-repeated="(\d+)"')
_REPEAT_COLUMNS = re.compile(rb'table:number-columns-repeated="(\d+)"')
_NAME = re.compile(rb'table:name="([^"]*)"')


def _ods_extents(xml: bytes) -> dict[str, Extent]:
    """Each table's extent: rows and columns up to the last cell with a value type."""
    found: dict[str, Extent] = {}
    name, row, rows, columns, column, repeat = "", 0, 0, 0, 0, 1
    for match in _ODS_TAG.finditer(xml):
        table, row_attrs, row_closed, cell_attrs = match.groups()
        if table is not None:
            if name:
                found[name] = Extent(rows, columns)
            named = _NAME.search(table)
            name = named.group(1).decode("utf-8", "replace") if named else f"#{len(found) + 1}"
            row, rows, columns = 0, 0, 0
        elif row_attrs is not None:
            times = _REPEAT_ROWS.search(row_attrs)
            repeat = int(times.group(1)) if times else 1
            column = 0
            if row_closed:
                row += repeat
        elif cell_attrs is not None:
            times = _REPEAT_COLUMNS.search(cell_attrs)
            count = int(times.group(1)) if times else 1
            column += count
            if b"office:value-type" in cell_attrs:
                rows, columns = max(rows, row + repeat), max(columns, column)
        else:  # </table:table-row>
            row += repeat
    if name:
        found[name] = Extent(rows, columns)
    return found


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception:  # zipfile raises several kinds (BadZipFile, zlib.error, EOFError...)
        raise SpreadsheetError(DAMAGED) from None
    if sum(info.file_size for info in infos) > MAX_UNZIPPED_BYTES:
        raise SpreadsheetError(
            "This workbook is far too large once unpacked; keep only the sheet of families."
        )
    return archive


def zip_kind(data: bytes) -> str:
    """ "xlsx" or "ods" for a zip that is one; ``SpreadsheetError`` otherwise."""
    with _open_zip(data) as archive:
        names = set(archive.namelist())
        try:
            small = "mimetype" in names and archive.getinfo("mimetype").file_size < 200
            if small and archive.read("mimetype").strip() == ODS_MIMETYPE:
                return "ods"
        except Exception:
            raise SpreadsheetError(DAMAGED) from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise SpreadsheetError(
        "This zip file is not a spreadsheet (.xlsx or .ods); choose the spreadsheet itself."
    )


_ID = re.compile(rb'\bId="([^"]+)"')
_TARGET = re.compile(rb'\bTarget="([^"]+)"')


def _xlsx_extents(data: bytes, sheet_names: list[str]) -> dict[str, Extent]:
    """Each sheet's extent, by its part in the zip (sheets in workbook order)."""
    with _open_zip(data) as archive:
        try:
            book = archive.read("xl/workbook.xml")
            rels = archive.read("xl/_rels/workbook.xml.rels")
        except Exception:
            raise SpreadsheetError(DAMAGED) from None
        ids = re.findall(rb'<sheet\b[^>]*?\br:id="([^"]+)"', book)
        targets = {}
        for relationship in re.findall(rb"<Relationship\b[^>]*>", rels):
            rid, target = _ID.search(relationship), _TARGET.search(relationship)
            if rid and target:
                targets[rid.group(1)] = target.group(1)
        found: dict[str, Extent] = {}
        for name, rid in zip(sheet_names, ids, strict=False):
            target = targets.get(rid, b"").decode("utf-8", "replace").lstrip("/")
            part = target if target.startswith("xl/") else f"xl/{target}"
            try:
                found[name] = _xlsx_extent(archive.read(part))
            except KeyError:
                continue  # a chart sheet or a part calamine will not read either
            except Exception:
                raise SpreadsheetError(DAMAGED) from None
    return found


def _cell(value: object) -> Cell:
    if isinstance(value, str):
        return value if value else None  # calamine gives "" for an empty cell
    if value is None or isinstance(value, bool | int | float | date | datetime | time):
        return value
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


@dataclass(frozen=True)
class SheetRows:
    name: str
    rows: list[tuple[int, tuple[Cell, ...]]]


class Workbook:
    """A workbook's sheets, read one at a time; ``close`` when done."""

    def __init__(self, data: bytes, kind: str) -> None:
        # A compiled module: loaded only when a workbook is read.
        from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

        self.extents: dict[str, Extent] = {}
        if kind == "ods":
            # calamine reads every table of an .ods when it opens it: measure them first.
            with _open_zip(data) as archive:
                try:
                    self.extents = _ods_extents(archive.read("content.xml"))
                except Exception:
                    raise SpreadsheetError(DAMAGED) from None
            if not all(extent.readable for extent in self.extents.values()):
                raise SpreadsheetError(TOO_FAR)
        try:
            self._book = CalamineWorkbook.from_filelike(io.BytesIO(data))
            metadata = list(self._book.sheets_metadata)
        except Exception:
            raise SpreadsheetError(DAMAGED) from None
        sheets = [m for m in metadata if m.typ == SheetTypeEnum.WorkSheet]
        self.names = [m.name for m in sheets]
        self.visible = [m.name for m in sheets if m.visible == SheetVisibleEnum.Visible]
        if kind == "xlsx":
            self.extents = _xlsx_extents(data, [m.name for m in metadata])
        # An .xls holds 65,536 rows and 256 columns at most, whatever the file says.

    def readable(self, name: str) -> bool:
        extent = self.extents.get(name)
        return extent is None or extent.readable

    def rows(self, name: str, limit: int | None = None) -> SheetRows:
        """The sheet's rows, numbered from 1; the first ``limit`` only when given."""
        if not self.readable(name):
            raise SpreadsheetError(TOO_FAR)
        try:
            sheet = self._book.get_sheet_by_name(name)
            values = sheet.to_python(skip_empty_area=False, nrows=limit)
        except SpreadsheetError:
            raise
        except Exception:  # calamine raises its own errors for damaged parts
            raise SpreadsheetError(DAMAGED) from None
        return SheetRows(
            name, [(number, tuple(_cell(v) for v in row)) for number, row in enumerate(values, 1)]
        )

    def heads(self, name: str) -> list[tuple[int, tuple[Cell, ...]]]:
        return self.rows(name, HEADER_SEARCH_ROWS).rows

    def close(self) -> None:
        self._book.close()


def iter_rows(sheet: SheetRows) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    yield from sheet.rows
