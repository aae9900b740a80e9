"""CSV files as Excel and LibreOffice write them, in Portugal and elsewhere.

Encodings: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's
"Unicode text"), else Windows-1252 (Excel for Windows) or Mac Roman (Excel for
Mac's "CSV (Macintosh)"), told apart by ``encodings.judge``, which may be
unsure: the caller then asks. A given encoding overrides the guess.
Separators: ";" (Portuguese Excel), "," or a tab, whichever splits the first
lines best. Line ends: CRLF, LF or the old Mac's CR.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from hostdesk.storage.importing.encodings import canonical, judge
from hostdesk.storage.importing.errors import SpreadsheetError

NOT_A_SPREADSHEET = (
    "This file is not a spreadsheet HostDesk reads; save it from the spreadsheet program "
    "as CSV, .xlsx or .ods."
)
_DELIMITERS = (";", ",", "\t")  # on a tie, the first wins
_SNIFF_LINES = 20
# Control characters no text file holds (tab, line breaks and form feeds are allowed).
_BINARY = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec's name: "utf-8", "utf-16", "cp1252", "mac-roman"...
    sure: bool = True  # False: Windows-1252 and Mac Roman both read as names


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """The file's text; raises ``SpreadsheetError`` for binary data or a wrong ``encoding``."""
    if encoding is not None:
        found = Decoded(_given(data, encoding), canonical(encoding))
    elif data.startswith(codecs.BOM_UTF8):
        found = Decoded(_strict(data, "utf-8-sig"), "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        found = Decoded(_strict(data, "utf-16"), "utf-16")
    else:
        try:
            found = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            verdict = judge(data)
            found = Decoded(data.decode(verdict.encoding), verdict.encoding, verdict.sure)
    if _BINARY.search(found.text):
        raise SpreadsheetError(NOT_A_SPREADSHEET)
    return found


def _given(data: bytes, encoding: str) -> str:
    try:
        name = canonical(encoding)
    except LookupError:
        raise SpreadsheetError(
            "This encoding is not one HostDesk knows; write windows-1252, mac-roman, utf-8 "
            "or utf-16."
        ) from None
    codec = {"utf-8": "utf-8-sig", "utf-16": "utf-16"}.get(name, name)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise SpreadsheetError(
            "This file cannot be read in the encoding given; try another one, or leave it out."
        ) from None


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


def csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """``(row number, cells)``, one per record (a quoted cell may hold line breaks)."""
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
