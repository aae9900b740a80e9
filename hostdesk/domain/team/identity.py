"""Global identifiers that every device computes the same way (docs/team-sync.md §2)."""

from __future__ import annotations

import hashlib

ENTITY_PARCEL = "entity"


def derived_uid(table: str, *key: str) -> str:
    """The id of a row that is unique per something else (one health record per member,
    one identifier of a kind per member, one rate per date): two laptops creating it
    apart make one row, and a conflict if they disagree."""
    body = "\0".join([table, *key])
    return hashlib.sha256(b"hostdesk-uid-v1\0" + body.encode("utf-8")).hexdigest()[:32]


def family_pseudonym(team: str, family_uid: str) -> str:
    """What the hub sees of a family: nothing that links it to the family without the vault."""
    body = f"{team}\0{family_uid}".encode()
    return hashlib.sha256(b"hostdesk-team-family-v1\0" + body).hexdigest()[:32]
