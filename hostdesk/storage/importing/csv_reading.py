"""CSV files as Excel and LibreOffice write them, in Portugal and elsewhere.

Encodings: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's
"Unicode text"), else Windows-1252, else Latin-1. Separators: ";" (Portuguese
Excel), "," or a tab, whichever splits the first lines best.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator

from hostdesk.storage.importing.errors import SpreadsheetError

_DELIMITERS = (";", ",", "\t")  # on a tie, the first wins
_SNIFF_LINES = 20
# Control characters no text file holds (tab, line breaks and form feeds are allowed).
_BINARY = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes) -> str:
    """The file's text; raises ``SpreadsheetError`` for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data, "utf-8-sig")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    else:
        text = None
        for encoding in ("utf-8", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        if text is None:
            text = data.decode("latin-1")  # every byte is a Latin-1 character
    if _BINARY.search(text):
        raise SpreadsheetError(
            "This file is neither a CSV text file nor an Excel workbook (.xlsx); "
            "save it from the spreadsheet program as CSV or .xlsx."
        )
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise SpreadsheetError(
            "This file says it is Unicode text but is damaged; save it again as CSV UTF-8."
        ) from None


def sniff_delimiter(text: str) -> str:
    """The separator that splits the first lines into the most cells."""
    sample = [line for line in text.splitlines() if line.strip()][:_SNIFF_LINES]

    def score(delimiter: str) -> int:
        try:
            return sum(len(cells) - 1 for cells in csv.reader(sample, delimiter=delimiter))
        except csv.Error:
            return -1

    best = max(_DELIMITERS, key=lambda d: (score(d), -_DELIMITERS.index(d)))
    return best if score(best) > 0 else ","


def csv_rows(data: bytes) -> Iterator[tuple[int, list[str]]]:
    """``(row number, cells)``, one per record (a quoted cell may hold line breaks)."""
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise SpreadsheetError(
                f"A cell of this file holds more than {csv.field_size_limit():,} characters; "
                "this does not look like a spreadsheet of people."
            ) from None
        raise SpreadsheetError(
            "This CSV file is damaged near row "
            f"{reader.line_num}; open it in the spreadsheet program and save it again."
        ) from None
