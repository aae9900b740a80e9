"""What the casework modules share: the clock and a lookup that says clearly when a row is gone."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from hostdesk.storage.errors import VaultError


class RecordNotFound(VaultError):
    """The record was removed or never existed (another window, a stale view)."""


def now() -> datetime:
    return datetime.now(UTC)


def get_or_fail(session: Session, model: type[Any], record_id: int) -> Any:
    row = session.get(model, record_id)
    if row is None:
        raise RecordNotFound("This record no longer exists; close the case file and open it again.")
    return row
