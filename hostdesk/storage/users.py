"""The vault's users as the coordinator manages them: list, checks before removal.

The key slots live in the header (``keyring``); the ``app_user`` table holds
who each user is and whether they are still active. A removed user keeps
their row, marked inactive, so the history and the audit log still name them.
The header rewrites themselves are ``Vault`` methods (they need the key).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from hostdesk.domain.vocabulary import Role
from hostdesk.storage.errors import PermissionDenied, UnknownUser
from hostdesk.storage.models import AppUser, HostingEntity


@dataclass(frozen=True)
class UserInfo:
    """One row of the user list; no secret in it."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool


def list_users(session: Session) -> list[UserInfo]:
    """Every user ever added, active ones first, then by name."""
    rows = session.exec(
        select(AppUser).order_by(col(AppUser.active).desc(), func.lower(AppUser.username))
    ).all()
    return [
        UserInfo(row.id or 0, row.username, row.display_name, Role(row.role), row.active)
        for row in rows
    ]


def active_row(session: Session, user_uuid: str, username: str) -> AppUser:
    """The active ``app_user`` row behind a header slot, or ``UnknownUser``."""
    row = session.exec(select(AppUser).where(AppUser.user_uuid == user_uuid)).first()
    if row is None or not row.active:
        raise UnknownUser(f"The user {username} is no longer active in this vault.")
    return row


def inactive_row(session: Session, username: str) -> AppUser | None:
    """A removed user's row of that name, to bring back rather than duplicate."""
    row = session.exec(
        select(AppUser).where(func.lower(AppUser.username) == username.strip().lower())
    ).first()
    return row if row is not None and not row.active else None


def check_removable(session: Session, row: AppUser, signed_in: str) -> None:
    """Refuse to remove the signed-in user or the last active coordinator."""
    if row.username.casefold() == signed_in.casefold():
        raise PermissionDenied(
            "You cannot remove yourself; ask another coordinator to remove your user."
        )
    if row.role != Role.COORDINATOR.value:
        return
    others = session.exec(
        select(func.count())
        .select_from(AppUser)
        .where(
            col(AppUser.active).is_(True),
            AppUser.role == Role.COORDINATOR.value,
            AppUser.id != row.id,
        )
    ).one()
    if not others:
        raise PermissionDenied(
            "A vault needs at least one coordinator; add another coordinator first."
        )


def entity_name(session: Session) -> str:
    """The hosting entity's name (printed above a recovery key)."""
    return session.exec(select(HostingEntity.name).order_by(col(HostingEntity.id))).first() or ""
