"""A change set split into per-family parcels, and parcels read back (docs/team-sync.md §8)."""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from typing import Any

from hostdesk.domain.team.erasure import Erasure
from hostdesk.domain.team.replica import RowChange
from hostdesk.storage.team.codec import write_from_json, write_to_json
from hostdesk.storage.team.erasures import erasure_from_json, erasure_to_json
from hostdesk.sync.keys import canonical

FORMAT = "hostdesk-team-parcel-v1"
MAX_PLAINTEXT = 64 * 1024 * 1024


class ParcelError(ValueError):
    """A parcel whose content is not what the format says."""


def split(
    rows: tuple[RowChange, ...], erasures: tuple[Erasure, ...]
) -> dict[str | None, tuple[list[RowChange], Erasure | None]]:
    """By family (None: the entity's rows)."""
    found: dict[str | None, list[RowChange]] = defaultdict(list)
    for row in rows:
        found[row.family].append(row)
    erased = {e.family: e for e in erasures}
    return {
        family: (found.get(family, []), erased.get(family) if family else None)
        for family in sorted({*found, *erased}, key=lambda f: f or "")
    }


def encode(family: str | None, rows: list[RowChange], erasure: Erasure | None) -> bytes:
    body = {
        "format": FORMAT,
        "family": family,
        "rows": [{"t": r.table, "u": r.uid, "w": [write_to_json(n, w) for n, w in r.writes]}
                 for r in rows],
        "erasure": erasure_to_json(erasure) if erasure else None,
    }  # fmt: skip
    return zlib.compress(canonical(body), 6)


def decode(data: bytes) -> tuple[str | None, list[RowChange], Erasure | None]:
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(data, MAX_PLAINTEXT)
    except zlib.error:
        raise ParcelError("A parcel's content is damaged.") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise ParcelError("A parcel is larger than HostDesk accepts, or cut short.")
    try:
        body: Any = json.loads(plain.decode("utf-8"))
        if body.get("format") != FORMAT:
            raise ParcelError("A parcel was written in a format HostDesk does not know.")
        family = body["family"]
        rows = [
            RowChange(r["t"], r["u"], family, tuple(write_from_json(w) for w in r["w"]))
            for r in body["rows"]
        ]
        erasure = erasure_from_json(body["erasure"]) if body["erasure"] else None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        if isinstance(error, ParcelError):
            raise
        raise ParcelError("A parcel's content is damaged.") from None
    if erasure is not None and erasure.family != family:
        raise ParcelError("A parcel's erasure names another family.")
    return family, rows, erasure
