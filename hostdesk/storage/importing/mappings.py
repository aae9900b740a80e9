"""Column mappings remembered per header row: the same spreadsheet layout maps itself.

Kept in the ``setting`` table as ``{signature: {column index: field}}``; the
signature is a hash of the header names, so no header text is stored.
"""

from __future__ import annotations

from sqlmodel import Session

from hostdesk.domain.importing.columns import ImportField, Mapping, guess_mapping
from hostdesk.domain.importing.columns import header_signature as signature_of
from hostdesk.domain.importing.table import SheetTable
from hostdesk.storage import settings

MAX_REMEMBERED = 30


def saved_mapping(session: Session, table: SheetTable) -> Mapping | None:
    stored = settings.get(session, settings.IMPORT_MAPPINGS).get(signature_of(table.headers))
    if not isinstance(stored, dict):
        return None
    known = {f.value: f for f in ImportField}
    mapping: Mapping = {}
    for index, value in stored.items():
        # A hand-edited or older entry keeps whatever still makes sense.
        fits = isinstance(index, str) and index.isdigit() and int(index) < len(table.headers)
        if fits and value in known:
            mapping[int(index)] = known[value]
    return mapping or None


def mapping_for(session: Session, table: SheetTable) -> tuple[Mapping, bool]:
    """The mapping to start from, and whether it was saved (else it is guessed)."""
    saved = saved_mapping(session, table)
    if saved is not None:
        return saved, True
    return guess_mapping(table.headers), False


def save_mapping(session: Session, actor: str, table: SheetTable, mapping: Mapping) -> None:
    """Remember ``mapping`` for this header row, in the caller's transaction."""
    stored = dict(settings.get(session, settings.IMPORT_MAPPINGS))
    key = signature_of(table.headers)
    stored.pop(key, None)
    stored[key] = {str(index): f.value for index, f in sorted(mapping.items())}
    while len(stored) > MAX_REMEMBERED:  # the oldest first: dicts keep insertion order
        stored.pop(next(iter(stored)))
    settings.put(session, actor, settings.IMPORT_MAPPINGS, stored)
