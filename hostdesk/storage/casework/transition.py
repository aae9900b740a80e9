"""The ISS transition: the meeting in the programme's last months, its outcome, the contact.

The ISS meets the family in the last six months of the programme to decide
whether social assistance will be needed after it (source l. 740-748). Once
the meeting's date and outcome are recorded, the transition alert closes and
the monthly report carries the outcome; the ISS contact stays in the vault.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from hostdesk.domain.vocabulary import IssOutcome
from hostdesk.storage import audit
from hostdesk.storage.casework.common import family_for_change
from hostdesk.storage.models import IssTransition
from hostdesk.storage.vault import CurrentUser


def iss_transition(session: Session, family_id: int) -> IssTransition | None:
    return session.exec(select(IssTransition).where(IssTransition.family_id == family_id)).first()


def record_iss_transition(
    session: Session,
    actor: CurrentUser,
    family_id: int,
    *,
    meeting_on: date | None,
    outcome: IssOutcome | None,
    contact: str = "",
) -> IssTransition:
    """Record (or correct) the family's ISS meeting; one record per family."""
    family_for_change(session, family_id)
    row = iss_transition(session, family_id)
    action = "iss_transition.update"
    if row is None:
        row = IssTransition(family_id=family_id)
        action = "iss_transition.create"
    values = {
        "meeting_on": meeting_on,
        "outcome": outcome.value if outcome else None,
        "contact": contact.strip(),
    }
    changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
    for name in changed:
        setattr(row, name, values[name])
    session.add(row)
    session.flush()
    if changed or action.endswith("create"):
        audit.append(session, actor.username, action, "iss_transition", row.id,
                     {"family": family_id, "fields": changed})  # fmt: skip
    return row
