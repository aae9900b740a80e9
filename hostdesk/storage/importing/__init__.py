"""Importing families from CSV and Excel files into the vault.

``read_sheet`` reads a file into a table, ``mapping_for`` proposes the column
mapping (remembered or guessed), ``preview`` checks every row against the vault
without writing, and ``commit`` saves the accepted families in one transaction.
The rules themselves live in :mod:`hostdesk.domain.importing`.
"""

from hostdesk.storage.importing.commit import ImportSummary, Preview, commit, preview
from hostdesk.storage.importing.errors import ImportCancelled, PreviewOutdated, SpreadsheetError
from hostdesk.storage.importing.mappings import mapping_for, save_mapping
from hostdesk.storage.importing.reading import (
    EncodingDoubt,
    Spreadsheet,
    open_spreadsheet,
    parse_sheet,
    parse_spreadsheet,
    read_sheet,
)

__all__ = [
    "EncodingDoubt", "ImportCancelled", "ImportSummary", "Preview", "PreviewOutdated",
    "Spreadsheet", "SpreadsheetError", "commit", "mapping_for", "open_spreadsheet",
    "parse_sheet", "parse_spreadsheet", "preview", "read_sheet", "save_mapping",
]  # fmt: skip
