"""What the casework modules share: the clock, a lookup that says clearly when a row is
gone, and the one check every change to a family's file goes through."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import Family, Member


class RecordNotFound(VaultError):
    """The record was removed or never existed (another window, a stale view)."""


class FileAnonymised(VaultError):
    """The family's file was anonymised: it must never hold personal data again."""


def now() -> datetime:
    return datetime.now(UTC)


def get_or_fail(session: Session, model: type[Any], record_id: int) -> Any:
    row = session.get(model, record_id)
    if row is None:
        raise RecordNotFound("This record no longer exists; close the case file and open it again.")
    return row


def family_for_change(session: Session, family_id: int) -> Family:
    """The family a change is about; refused once its file was anonymised."""
    family: Family = get_or_fail(session, Family, family_id)
    if family.anonymised_on is not None:
        raise FileAnonymised("This family's file was anonymised; it can no longer be changed.")
    return family


def owner_for_change(session: Session, owner: Any) -> Family:
    """The family of a row (or of a new row's values) that names its ``family_id`` or
    ``member_id``, checked by :func:`family_for_change`."""
    get = owner.get if isinstance(owner, dict) else lambda name: getattr(owner, name, None)
    family_id = get("family_id")
    if family_id is None:
        family_id = get_or_fail(session, Member, get("member_id")).family_id
    return family_for_change(session, family_id)


def row_for_change(session: Session, model: type[Any], record_id: int) -> Any:
    """A row of a family's file, to change it: refused once the family was anonymised."""
    row = get_or_fail(session, model, record_id)
    owner_for_change(session, row)
    return row
