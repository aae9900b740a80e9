"""A spreadsheet file read into a ``SheetTable``: CSV or .xlsx, told apart by content."""

from __future__ import annotations

from pathlib import Path

from hostdesk.domain.importing.table import SheetTable, TableError, build_table
from hostdesk.storage.importing.csv_reading import csv_rows
from hostdesk.storage.importing.errors import SpreadsheetError
from hostdesk.storage.importing.xlsx_reading import xlsx_rows

MAX_FILE_BYTES = 30 * 1024 * 1024
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls (and .doc) container


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


def parse_sheet(data: bytes) -> SheetTable:
    """The table in ``data``: an .xlsx workbook, or else CSV text."""
    if data.startswith(_OLE):
        raise SpreadsheetError(
            "This is an old Excel file (.xls); open it in Excel or LibreOffice "
            "and save it as .xlsx or CSV first."
        )
    rows = xlsx_rows(data) if data.startswith(_ZIP) else csv_rows(data)
    try:
        return build_table(rows)
    except TableError as error:
        raise SpreadsheetError(str(error)) from None


def read_sheet(path: Path) -> SheetTable:
    """The table in the file at ``path``; raises ``SpreadsheetError`` with the reason."""
    return parse_sheet(read_bytes(Path(path)))
