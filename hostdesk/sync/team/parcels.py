"""A change set split into per-family parcels, and parcels read back (docs/team-sync.md §8)."""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from typing import Any

from hostdesk.domain.team.erasure import Erasure
from hostdesk.domain.team.replica import RowChange
from hostdesk.storage.team.codec import (
    uniform_from_json,
    uniform_to_json,
    write_from_json,
    write_to_json,
)
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


def _row_json(row: RowChange, heads: dict[tuple[int, int, int], list[Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {"t": row.table, "u": row.uid}
    if row.writes or row.uniform is None:
        found["w"] = [write_to_json(n, w) for n, w in row.writes]
    uniform = row.uniform
    if uniform is not None:
        # A whole state's rows share one dot, stamp and context: their [origin, seq, hlc,
        # seen] is made once per parcel (kept by the objects' identity, which the parcel's
        # rows keep alive) and written again for each row, as the same text.
        key = (id(uniform.dot), id(uniform.hlc), id(uniform.seen))
        meta = heads.get(key)
        if meta is None:
            meta = heads[key] = uniform_to_json(uniform)
        values = uniform.values
        found["m"], found["v"] = meta, values if type(values) is dict else dict(values)
    return found


def encode(family: str | None, rows: list[RowChange], erasure: Erasure | None) -> bytes:
    heads: dict[tuple[int, int, int], list[Any]] = {}
    body = {
        "format": FORMAT,
        "family": family,
        "rows": [_row_json(r, heads) for r in rows],
        "erasure": erasure_to_json(erasure) if erasure else None,
    }  # fmt: skip
    # Level 1: a joining laptop's caseload is tens of megabytes of JSON, and zlib's higher
    # levels cost seconds there for a few per cent less.
    return zlib.compress(canonical(body), 1)


def _row_from(data: Any, family: str | None) -> RowChange:
    if (
        not isinstance(data, dict)
        or not isinstance(data["t"], str)
        or not isinstance(data["u"], str)
    ):
        raise ParcelError("A parcel's content is damaged.")
    writes = tuple(write_from_json(w) for w in data.get("w", ()))
    uniform = uniform_from_json(data["m"], data["v"]) if "m" in data else None
    return RowChange(data["t"], data["u"], family, writes, uniform)


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
        rows = [_row_from(r, family) for r in body["rows"]]
        erasure = erasure_from_json(body["erasure"]) if body["erasure"] else None
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        if isinstance(error, ParcelError):
            raise
        raise ParcelError("A parcel's content is damaged.") from None
    if erasure is not None and erasure.family != family:
        raise ParcelError("A parcel's erasure names another family.")
    return family, rows, erasure
