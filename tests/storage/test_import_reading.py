"""Spreadsheets are read as Excel and LibreOffice write them, in Portugal and elsewhere."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from hostdesk.storage.importing import SpreadsheetError, parse_sheet, read_sheet
from tests.storage.import_support import GOOD_ROWS, HEADER, csv_bytes, xlsx_bytes

ROWS = [HEADER, *GOOD_ROWS]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "utf-16", "cp1252", "latin-1"])
def test_csv_in_every_encoding_excel_writes(encoding: str) -> None:
    rows = ROWS if encoding.startswith("utf") else [r[:3] + r[4:] for r in ROWS]  # no Arabic
    table = parse_sheet(csv_bytes(rows, encoding=encoding))
    assert table.headers[0] == "Processo"
    assert "Início do programa" in table.headers
    assert table.rows[0].cells[2] == "Yousef Al-Khatib"
    assert any(cell == "Fundão" for cell in table.rows[0].cells)


@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_csv_separator_is_found(sep: str) -> None:
    rows = [
        *ROWS,
        ["P3", "sim", "Silva, Ana", "", "F", "1970", "", "espontâneo", "01/02/2025", ""],
    ]
    table = parse_sheet(csv_bytes(rows, sep=sep))
    assert len(table.headers) == len(HEADER)
    assert table.rows[-1].cells[2] == "Silva, Ana"


def test_title_rows_and_empty_trailing_rows_are_skipped() -> None:
    data = csv_bytes([["Lista de famílias", "", ""], [], *ROWS, [""] * 10, [""] * 10])
    table = parse_sheet(data)
    assert table.header_row == 3
    assert [r.number for r in table.rows] == [4, 5, 6]


def test_xlsx_dates_come_as_dates_or_numbers() -> None:
    rows = [HEADER, ["P1", "sim", "Ana", "", "F", datetime(1984, 2, 29), "", "espontâneo",
                     45366, ""]]  # fmt: skip
    table = parse_sheet(xlsx_bytes(rows))
    cells = table.rows[0].cells
    assert cells[5] == date(1984, 2, 29)
    assert cells[8] == 45366


def test_xlsx_formulas_are_read_as_their_saved_value_never_as_the_formula() -> None:
    table = parse_sheet(xlsx_bytes([HEADER, ["P1", "sim", '=CONCAT("A","na")']]))
    # openpyxl saved no computed value: the cell reads as empty, not as "=CONCAT(...)".
    assert table.rows[0].cells[2] is None


def test_a_sheet_that_declares_a_wrong_size_is_read_whole(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    for row in ROWS:
        book.active.append(row)
    path = tmp_path / "small-dimension.xlsx"
    book.save(path)
    # Some programs write a dimension of A1 whatever the sheet holds.
    import zipfile

    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index("<dimension ref=")
    end = sheet.index("/>", start) + 2
    parts["xl/worksheets/sheet1.xml"] = (
        sheet[:start] + '<dimension ref="A1"/>' + sheet[end:]
    ).encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, content in parts.items():
            dst.writestr(name, content)
    table = read_sheet(path)
    assert len(table.rows) == 3 and len(table.headers) == len(HEADER)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "could not be read"),
        (b"PK\x03\x04garbage", "could not be read"),
        (b"\x00\x01\x02binary\xff", "not a spreadsheet HostDesk reads"),
        (b"", "empty"),
        (b";;;\r\n;;\r\n", "empty"),
        (csv_bytes([["Nome"], ["x" * 200_000]]), "more than 131,072 characters"),
    ],
)
def test_unreadable_files_say_what_to_do(data: bytes, fragment: str) -> None:
    with pytest.raises(SpreadsheetError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        parse_sheet(data)


def test_a_damaged_opendocument_or_a_plain_zip_file_is_named(tmp_path: Path) -> None:
    import zipfile

    ods = tmp_path / "a.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(SpreadsheetError, match="could not be read"):
        read_sheet(ods)
    other = tmp_path / "a.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.txt", "x")
    with pytest.raises(SpreadsheetError, match=r"not a spreadsheet \(.xlsx or .ods\)"):
        read_sheet(other)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="cannot be read"):
        read_sheet(tmp_path / "nowhere.csv")
