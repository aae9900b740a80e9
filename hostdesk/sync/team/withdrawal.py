"""An erased family's old parcels, withdrawn from the change sets a device keeps
(docs/team-sync.md §5).

A device keeps the change sets it sent and received, to pass them on to devices that
lack them. Parcels sealed for this device would open with its own key, which the same
vault holds: after an anonymisation or a deletion, the family's old names and notes
would still be readable there. So once an erasure is merged or sealed, every parcel of
that family is withdrawn from every kept change set, but the one carrying the erasure
(devices that lack it still need it). A device passed a change set without the parcel
loses nothing: the erasure replaces whatever the parcel held, and an edit arriving after
it is dropped anyway.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.erasure import Erasure
from hostdesk.domain.team.identity import family_pseudonym
from hostdesk.domain.team.replica import ChangeSet
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import erasures as erasure_store
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team.hub_client import HubClient


def withdraw_erased(session: Session, erased: Iterable[Erasure]) -> int:
    """Withdraw the erased families' parcels from the change sets this device keeps, each
    family's erasure's own change set excepted; how many change sets changed."""
    me = team_device.current(session)
    if me is None:
        return 0
    keep = {family_pseudonym(me.team, e.family): (e.dot.origin, e.dot.seq) for e in erased}
    if not keep:
        return 0
    stored = session.execute(
        text("SELECT origin, seq, envelope FROM team_changeset WHERE envelope IS NOT NULL")
    ).all()
    changed = 0
    for origin, seq, data in stored:
        kept = env.withdrawn(data, keep)
        if kept is not None:
            session.execute(
                text("UPDATE team_changeset SET envelope = :e WHERE origin = :o AND seq = :s"),
                {"e": kept, "o": origin, "s": seq},
            )
            changed += 1
    return changed


def after_merge(
    session: Session,
    change_set: ChangeSet,
    opened: list[tuple[str | None, tuple[str, ...]]],
    coordinator: bool,
) -> int:
    """After a change set is merged: the erasures it carried that won, and the families
    already erased that it brought a parcel of (an edit made before its device learned of
    the erasure, dropped by the merge), have their parcels withdrawn here; a coordinator's
    device asks the hub again for the latter. How many kept change sets changed."""
    named = {family for family, _to in opened if family is not None}
    named |= {erasure.family for erasure in change_set.erasures}
    if not named:
        return 0
    erased_here = set(session.execute(text("SELECT family FROM team_erasure")).scalars())
    won = [erasure_store.load(session, family) for family in sorted(named & erased_here)]
    found = [erasure for erasure in won if erasure is not None]
    late = {e.family for e in found if e.dot != change_set.dot}
    if coordinator and late:
        done = _withdrawn(session)
        _save_withdrawn(session, {f: v for f, v in done.items() if f not in late})
    return withdraw_erased(session, found)


HUB_WITHDRAWN_KEY = "team.hub_withdrawn"  # local: family -> "origin:seq" the hub withdrew for
_PER_REQUEST = 1_000


def withdraw_at_hub(vault: Vault, client: HubClient) -> int:
    """A coordinator's device asks the hub to withdraw the erased families' parcels, each
    erasure once (again when another erasure of the family wins); how many families."""
    if not vault.user.is_coordinator:
        return 0
    with vault.session() as session:
        me = team_device.current(session)
        erased = session.execute(text("SELECT family, origin, seq FROM team_erasure")).all()
        done = _withdrawn(session)
    if me is None:
        return 0
    waiting = [(f, o, int(s)) for f, o, s in erased if done.get(f) != f"{o}:{s}"]
    for start in range(0, len(waiting), _PER_REQUEST):
        batch = waiting[start : start + _PER_REQUEST]
        client.withdraw([
            {"family": family_pseudonym(me.team, family), "origin": origin, "seq": seq}
            for family, origin, seq in batch
        ])  # fmt: skip
        with vault.changing() as session:  # what a merge meanwhile asked again for stays
            now = _withdrawn(session)
            now.update({family: f"{origin}:{seq}" for family, origin, seq in batch})
            _save_withdrawn(session, now)
    return len(waiting)


def _save_withdrawn(session: Session, done: dict[str, str]) -> None:
    session.execute(
        text("INSERT OR REPLACE INTO setting (key, value) VALUES (:k, :v)"),
        {"k": HUB_WITHDRAWN_KEY, "v": json.dumps(done, sort_keys=True)},
    )


def _withdrawn(session: Session) -> dict[str, str]:
    found = session.execute(
        text("SELECT value FROM setting WHERE key = :k"), {"k": HUB_WITHDRAWN_KEY}
    ).scalar()
    return dict(json.loads(found)) if found else {}
