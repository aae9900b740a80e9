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
import struct
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.erasure import Erasure
from hostdesk.domain.team.identity import family_pseudonym
from hostdesk.storage.team import device as team_device
from hostdesk.sync.team import envelope as env

_LENGTH = struct.Struct(">I")


def named_families(data: bytes) -> set[str]:
    """The family pseudonyms a stored change set's header names (its header alone read:
    a device keeps many, and most name none of the families being withdrawn)."""
    at = len(env.MAGIC)
    (length,) = _LENGTH.unpack_from(data, at)
    header = json.loads(data[at + _LENGTH.size : at + _LENGTH.size + length])
    return {str(p["family"]) for p in header.get("parcels", [])}


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
        drop = {p for p in named_families(data) & keep.keys() if keep[p] != (origin, seq)}
        if not drop:
            continue
        envelope = env.parse(data)
        carried = [
            parcel
            for entry, parcel in zip(envelope.entries, envelope.parcels, strict=True)
            if entry.family in drop and parcel is not None
        ]
        if not carried:
            continue  # withdrawn before
        session.execute(
            text("UPDATE team_changeset SET envelope = :e WHERE origin = :o AND seq = :s"),
            {"e": envelope.without_parcels(drop).to_bytes(), "o": origin, "s": seq},
        )
        changed += 1
    return changed
