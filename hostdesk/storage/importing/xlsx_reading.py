"""Excel workbooks (.xlsx), read with openpyxl in read-only mode: the first sheet shown.

Formulas are read as the value Excel last computed and saved. A damaged or
hostile file (truncated zip, huge expansion, rows numbered past Excel's last)
becomes a ``SpreadsheetError``, never a hang or a crash.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time

from hostdesk.domain.importing.table import Cell
from hostdesk.storage.importing.errors import SpreadsheetError

EXCEL_MAX_ROWS = 1_048_576
# An .xlsx is a zip of XML; a real sheet of families expands ten- to twenty-fold.
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024

DAMAGED = (
    "This Excel file could not be read; it may be damaged or not really an .xlsx: "
    "open it in Excel or LibreOffice and save it again (or save it as CSV)."
)


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            small = "mimetype" in names and archive.getinfo("mimetype").file_size < 200
            if small and b"opendocument" in archive.read("mimetype"):
                raise SpreadsheetError(
                    "This is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV first."
                )
    except SpreadsheetError:
        raise
    except Exception:  # zipfile raises several kinds (BadZipFile, zlib.error, EOFError...)
        raise SpreadsheetError(DAMAGED) from None
    if "xl/workbook.xml" not in names:
        raise SpreadsheetError(
            "This zip file is not an Excel workbook (.xlsx); choose the spreadsheet itself."
        )
    if sum(info.file_size for info in infos) > MAX_UNZIPPED_BYTES:
        raise SpreadsheetError(
            "This workbook is far too large once unpacked; keep only the sheet of families."
        )


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool | date | datetime | time):
        return value
    return str(value)  # durations and anything newer openpyxl may return


def xlsx_rows(data: bytes) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    """``(row number, cells)`` of the workbook's active sheet (or its first worksheet)."""
    _check_zip(data)
    import openpyxl  # only when an Excel file is read: it takes a while to import

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except SpreadsheetError:
        raise
    except Exception:  # openpyxl raises whatever the damaged XML triggers
        raise SpreadsheetError(DAMAGED) from None
    try:
        sheet = book.active
        if not hasattr(sheet, "iter_rows"):  # a chart sheet was the one shown
            sheet = next((s for s in book.worksheets if hasattr(s, "iter_rows")), None)
        if sheet is None:
            raise SpreadsheetError("This workbook has no sheet with cells to import.")
        # The size a file declares may be wrong; read the rows it really has.
        sheet.reset_dimensions()
        for number, row in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            if number > EXCEL_MAX_ROWS:
                raise SpreadsheetError(DAMAGED)
            yield number, tuple(_cell(v) for v in row)
    except SpreadsheetError:
        raise
    except Exception:  # as above: damage found while reading the rows
        raise SpreadsheetError(DAMAGED) from None
    finally:
        book.close()
