"""A person's answer to an alert or task on Today: acknowledged, or snoozed until a day.

Always with a reason, kept in the encrypted file; the audit log records who,
the kind of alert, the family and the snooze date, never the reason's words
(free text can name people). An answer names one occurrence of an alert
(``domain.alerts.alert_key``), so it lapses by itself when the facts change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlmodel import Session, col, select

from hostdesk.storage import audit
from hostdesk.storage.casework.common import family_for_change
from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import AlertResponse, AppUser
from hostdesk.storage.vault import CurrentUser


class ResponseAction(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    SNOOZED = "snoozed"


@dataclass(frozen=True)
class Answer:
    """An answer in force (plain data, safe across threads)."""

    id: int
    key: str
    action: ResponseAction
    until: date | None
    reason: str
    by: str  # the user's name
    on: date


def respond(
    session: Session,
    actor: CurrentUser,
    *,
    family_id: int,
    kind: str,
    key: str,
    action: ResponseAction,
    reason: str,
    until: date | None = None,
    today: date | None = None,
) -> AlertResponse:
    """Acknowledge or snooze one alert (or task) of ``family_id``, in the caller's transaction."""
    reason = reason.strip()
    if not reason:
        raise VaultError("Say why in a few words: the reason is kept with the answer.")
    today = today or date.today()
    if action is ResponseAction.SNOOZED and (until is None or until <= today):
        raise VaultError("A snooze ends on a day after today.")
    family_for_change(session, family_id)
    row = AlertResponse(
        alert_key=key,
        family_id=family_id,
        kind=kind,
        action=action.value,
        until=until if action is ResponseAction.SNOOZED else None,
        reason=reason,
        user_id=actor.id,
        created_at=datetime.now(UTC),
    )
    session.add(row)
    session.flush()
    detail: dict[str, object] = {"family": family_id, "kind": kind}
    if row.until is not None:
        detail["until"] = row.until.isoformat()
    verb = "acknowledge" if action is ResponseAction.ACKNOWLEDGED else "snooze"
    audit.append(session, actor.username, f"alert.{verb}", "alert_response", row.id, detail)
    return row


def take_back(session: Session, actor: CurrentUser, response_id: int) -> None:
    """The alert shows again: the answer stays on record, marked as taken back."""
    row = session.get(AlertResponse, response_id)
    if row is None or row.cleared_at is not None:
        return
    family_for_change(session, row.family_id)
    row.cleared_at = datetime.now(UTC)
    session.add(row)
    audit.append(session, actor.username, "alert.show_again", "alert_response", response_id,
                 {"family": row.family_id, "kind": row.kind})  # fmt: skip


def answers_in_force(
    session: Session, today: date, family_ids: Sequence[int] | None = None
) -> dict[str, Answer]:
    """The newest answer per alert key that still holds on ``today`` (a snooze ends on its day)."""
    query = (
        select(AlertResponse, AppUser.username)
        .join(AppUser, col(AppUser.id) == col(AlertResponse.user_id), isouter=True)
        .where(col(AlertResponse.cleared_at).is_(None))
        .order_by(col(AlertResponse.id))
    )
    if family_ids is not None:
        query = query.where(col(AlertResponse.family_id).in_(list(family_ids)))
    found: dict[str, Answer] = {}
    for row, username in session.exec(query):
        assert row.id is not None
        if row.until is not None and row.until <= today:
            found.pop(row.alert_key, None)  # a newer answer replaces an older one, even lapsed
            continue
        found[row.alert_key] = Answer(
            id=row.id,
            key=row.alert_key,
            action=ResponseAction(row.action),
            until=row.until,
            reason=row.reason,
            by=username or "",
            on=row.created_at.date(),
        )
    return found
