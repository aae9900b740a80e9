"""An erased family's parcels, withdrawn from the change sets the hub keeps
(docs/team-sync.md §5), when a coordinator's device asks.

The hub cannot open a parcel, but the devices' keys can: after an anonymisation or a
deletion, the family's old parcels would wait here for any device key that leaks. A
coordinator's device, which merges every erasure, names each erased family's
pseudonym and the change set carrying its erasure; every other parcel of that family
leaves every change set the hub keeps. The envelope's signature still holds (it covers
the parcels' hashes, not their bytes), and a device downloading such a change set
loses nothing the erasure does not replace.
"""

from __future__ import annotations

from hostdesk.hub.store import HubStore
from hostdesk.sync.team import envelope as env

_PAGE = 200


def withdraw(store: HubStore, team: str, keep: dict[str, tuple[str, int]]) -> int:
    """Withdraw the parcels of the families ``keep`` names (pseudonym -> the change set
    carrying its erasure, which keeps its parcel); how many change sets changed."""
    changed, cursor = 0, 0
    while True:
        rows = store.changesets_after(team, cursor, _PAGE)
        for row_id, data in rows:
            cursor = row_id
            kept = env.withdrawn(data, keep)
            if kept is not None:
                store.replace_changeset_data(team, row_id, kept)
                changed += 1
        if len(rows) < _PAGE:
            return changed
