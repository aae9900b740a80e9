"""The signed change set on the wire (docs/team-sync.md §8): header, signature, parcels.

The origin device signs the canonical header, which names every parcel by
its family pseudonym, size, SHA-256 and recipients. Parcels travel after it,
each with its length; a length of 0 means "not carried" (stripped by the hub
for a device it is not addressed to, or withdrawn after an erasure), which
leaves the signature intact.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hostdesk.sync.keys import canonical
from hostdesk.sync.team.sealing import DeviceKeys, DevicePublic, sign, verify

MAGIC = b"HDTEAM01"
FORMAT = "hostdesk-team-changeset-v1"
SIGNATURE_CONTEXT = b"hostdesk-team-changeset-v1\0"
MAX_HEADER = 1024 * 1024
MAX_ENVELOPE = 64 * 1024 * 1024
_LENGTH = struct.Struct(">I")
_ID = re.compile(r"\A[0-9a-f]{32}\Z")
_HLC = re.compile(r"\A\d{13}-[0-9a-f]{4}\Z")


class EnvelopeError(ValueError):
    """Not a change set, a damaged one, or one not signed by the device it names."""


@dataclass(frozen=True)
class ParcelEntry:
    family: str  # pseudonym, or "entity"
    size: int
    sha256: str
    to: tuple[str, ...]


@dataclass(frozen=True)
class Envelope:
    header: dict[str, Any]
    header_bytes: bytes
    signature: bytes
    parcels: tuple[bytes | None, ...]

    @property
    def team(self) -> str:
        return str(self.header["team"])

    @property
    def origin(self) -> str:
        return str(self.header["origin"])

    @property
    def seq(self) -> int:
        return int(self.header["seq"])

    @property
    def hlc(self) -> str:
        return str(self.header["hlc"])

    @property
    def level(self) -> int:
        return int(self.header["level"])

    @property
    def entries(self) -> tuple[ParcelEntry, ...]:
        return tuple(
            ParcelEntry(p["family"], p["size"], p["sha256"], tuple(p["to"]))
            for p in self.header["parcels"]
        )

    def to_bytes(self, *, only_for: str | None = None) -> bytes:
        """The envelope; with ``only_for``, parcels not addressed to that device are left out."""
        out = [MAGIC, _LENGTH.pack(len(self.header_bytes)), self.header_bytes, self.signature]
        for entry, parcel in zip(self.entries, self.parcels, strict=True):
            keep = parcel is not None and (only_for is None or only_for in entry.to)
            body = parcel if keep and parcel is not None else b""
            out += [_LENGTH.pack(len(body)), body]
        return b"".join(out)

    def sha256(self) -> str:
        """Of the signed header: the change set's identity whichever parcels travel with it."""
        return hashlib.sha256(self.header_bytes + self.signature).hexdigest()

    def check_signature(self, origin: DevicePublic | Ed25519PublicKey) -> None:
        if not verify(origin, self.signature, SIGNATURE_CONTEXT + self.header_bytes):
            raise EnvelopeError("A change set is not signed by the device it names.")

    def without_parcels(self, families: set[str]) -> Envelope:
        """The same change set with the parcels of these families withdrawn."""
        return self.without_parcels_where(lambda entry: entry.family in families)

    def without_parcels_where(self, drop: Callable[[ParcelEntry], bool]) -> Envelope:
        parcels = tuple(
            None if drop(entry) else parcel
            for entry, parcel in zip(self.entries, self.parcels, strict=True)
        )
        return Envelope(self.header, self.header_bytes, self.signature, parcels)


def build(
    keys: DeviceKeys,
    *,
    team: str,
    seq: int,
    hlc: str,
    level: int,
    created_at: str,
    parcels: list[tuple[str, tuple[str, ...], bytes]],
) -> Envelope:
    header = {
        "format": FORMAT, "team": team, "origin": keys.device, "seq": seq, "hlc": hlc,
        "level": level, "created_at": created_at,
        "parcels": [
            {"family": family, "size": len(body), "sha256": hashlib.sha256(body).hexdigest(),
             "to": sorted(to)}
            for family, to, body in parcels
        ],
    }  # fmt: skip
    header_bytes = canonical(header)
    signature = sign(keys, SIGNATURE_CONTEXT + header_bytes)
    return Envelope(header, header_bytes, signature, tuple(body for _, _, body in parcels))


def parse(data: bytes) -> Envelope:
    """Read an envelope and check its form and parcel hashes (not yet its signature)."""
    if len(data) > MAX_ENVELOPE:
        raise EnvelopeError("A change set is larger than HostDesk accepts.")
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _LENGTH.size + 64:
        raise EnvelopeError("This is not a HostDesk change set.")
    at = len(MAGIC)
    (length,) = _LENGTH.unpack_from(data, at)
    at += _LENGTH.size
    if length > MAX_HEADER or at + length + 64 > len(data):
        raise EnvelopeError("A change set's header is damaged.")
    header_bytes = data[at : at + length]
    at += length
    signature = data[at : at + 64]
    at += 64
    header = _header(header_bytes)
    parcels: list[bytes | None] = []
    for entry in header["parcels"]:
        if at + _LENGTH.size > len(data):
            raise EnvelopeError("A change set was cut short.")
        (size,) = _LENGTH.unpack_from(data, at)
        at += _LENGTH.size
        if size == 0:
            parcels.append(None)
            continue
        body = data[at : at + size]
        at += size
        if size != entry["size"] or hashlib.sha256(body).hexdigest() != entry["sha256"]:
            raise EnvelopeError("A parcel of a change set was altered or cut short.")
        parcels.append(body)
    if at != len(data):
        raise EnvelopeError("A change set has bytes after its last parcel.")
    return Envelope(header, header_bytes, signature, tuple(parcels))


def parcel_families(data: bytes) -> set[str]:
    """The family pseudonyms a kept change set's header names, its header alone read (a
    device or the hub keeps many, and few name the families being looked for)."""
    at = len(MAGIC)
    (length,) = _LENGTH.unpack_from(data, at)
    header = json.loads(data[at + _LENGTH.size : at + _LENGTH.size + length])
    return {str(p["family"]) for p in header.get("parcels", [])}


def withdrawn(data: bytes, keep: dict[str, tuple[str, int]]) -> bytes | None:
    """A kept change set without the parcels of the families ``keep`` names (pseudonym ->
    the change set of its erasure, whose own parcel stays); None when it carries none."""
    named = parcel_families(data) & keep.keys()
    if not named:
        return None
    envelope = parse(data)
    drop = {p for p in named if keep[p] != (envelope.origin, envelope.seq)}
    pairs = zip(envelope.entries, envelope.parcels, strict=True)
    if not any(parcel is not None and entry.family in drop for entry, parcel in pairs):
        return None  # withdrawn before, or only the erasure's own
    return envelope.without_parcels(drop).to_bytes()


def _header(header_bytes: bytes) -> dict[str, Any]:
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise EnvelopeError("A change set's header is not JSON.") from None
    if not isinstance(header, dict) or canonical(header) != header_bytes:
        raise EnvelopeError("A change set's header is not in canonical form.")
    if header.get("format") != FORMAT:
        raise EnvelopeError("This change set was written in a format HostDesk does not know.")
    ok = (
        _ID.match(str(header.get("team", ""))) and _ID.match(str(header.get("origin", "")))
        and isinstance(header.get("seq"), int) and header["seq"] >= 1
        and _HLC.match(str(header.get("hlc", ""))) and isinstance(header.get("level"), int)
        and isinstance(header.get("parcels"), list)
    )  # fmt: skip
    if not ok:
        raise EnvelopeError("A change set's header is damaged.")
    for entry in header["parcels"]:
        if not (isinstance(entry, dict) and isinstance(entry.get("family"), str)
                and isinstance(entry.get("size"), int) and isinstance(entry.get("sha256"), str)
                and isinstance(entry.get("to"), list)):  # fmt: skip
            raise EnvelopeError("A change set's list of parcels is damaged.")
    return header
