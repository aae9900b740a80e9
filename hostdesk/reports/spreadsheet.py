"""A table as a spreadsheet file: .xlsx (openpyxl) or .ods (odfpy), in memory.

Rows and headers in, the file's bytes out; the caller writes them with
``storage.durable.write_atomically``. Numbers stay numbers, dates stay dates,
text stays text; a text cell that a spreadsheet would run as a formula (it
starts with =, +, -, @) is written with a leading apostrophe, as the NAIR's
CSV export does, so a value from a case file can never become a formula.
Used by the PAR export and meant for any list export.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import StrEnum

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl import Workbook
from openpyxl.styles import Font

Cell = str | int | float | date | bool | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET_NAME = 31  # Excel's limit


class SheetFormat(StrEnum):
    XLSX = "xlsx"
    ODS = "ods"


def safe_text(value: str) -> str:
    """Text that a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _plain(value: Cell) -> Cell:
    return safe_text(value) if isinstance(value, str) else value


def xlsx_bytes(headers: Sequence[str], rows: Iterable[Sequence[Cell]], sheet: str) -> bytes:
    book = Workbook(write_only=False)
    ws = book.active
    assert ws is not None
    ws.title = sheet[:MAX_SHEET_NAME]
    ws.append([safe_text(h) for h in headers])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_plain(v) for v in row])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, date):
                cell.number_format = "DD/MM/YYYY"
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _ods_cell(value: Cell) -> TableCell:
    if value is None:
        return TableCell()
    if isinstance(value, bool):
        cell = TableCell(valuetype="boolean", booleanvalue="true" if value else "false")
        cell.addElement(P(text="TRUE" if value else "FALSE"))
        return cell
    if isinstance(value, int | float):
        cell = TableCell(valuetype="float", value=value)
        cell.addElement(P(text=str(value)))
        return cell
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        cell = TableCell(valuetype="date", datevalue=day.isoformat())
        cell.addElement(P(text=day.strftime("%d/%m/%Y")))
        return cell
    cell = TableCell(valuetype="string")
    cell.addElement(P(text=safe_text(value)))
    return cell


def ods_bytes(headers: Sequence[str], rows: Iterable[Sequence[Cell]], sheet: str) -> bytes:
    document = OpenDocumentSpreadsheet()
    table = Table(name=sheet[:MAX_SHEET_NAME])
    for values in (list(headers), *rows):
        row = TableRow()
        for value in values:
            row.addElement(_ods_cell(value))
        table.addElement(row)
    document.spreadsheet.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def spreadsheet_bytes(
    kind: SheetFormat, headers: Sequence[str], rows: Iterable[Sequence[Cell]], sheet: str
) -> bytes:
    """The table as a file of ``kind``."""
    if kind is SheetFormat.XLSX:
        return xlsx_bytes(headers, rows, sheet)
    return ods_bytes(headers, rows, sheet)
