"""What an import raises: one sentence a person can act on, never a cell's value."""

from __future__ import annotations

from hostdesk.storage.errors import VaultError


class SpreadsheetError(VaultError):
    """The file cannot be read or imported; nothing was saved."""


class PreviewOutdated(SpreadsheetError):
    """The vault changed since the preview in a way that changes what it showed."""


class ImportCancelled(SpreadsheetError):
    """The person cancelled the import; nothing was saved."""
