"""Documents' bytes on the file transport (docs/team-sync.md §12, "On a USB stick").

The hub path seals a document's bytes for the active devices entitled to its family and
puts them under a pseudonymous id (``blobs``); a file carries the very same sealed blobs,
under the same ids, beside the change sets. Which ones a file carries:

- each file's header lists the ids of the documents its writer has the row of and not
  the bytes (``lacks``); the importing device remembers that list per writer;
- an export for a device carries the documents it is entitled to now (a family
  reassigned away is never sent to it again) that it said it lacks, or whose hash was
  written by a change set it does not hold yet (its row travels in this very file, or
  in one it has not imported), or, when it never wrote a file this device imported, all
  of them; an export for no device in particular does so for every active device;
- documents go oldest first until the file's budget for documents is used; those that
  do not fit go in the next file, and the summary says how many.

The importing device keeps a blob only if it opens with its own keys and its SHA-256 is
the one its row carries (the row came signed by the device that wrote it).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.vectors import Dot
from hostdesk.storage.team import codec, devices, entitlement, offers
from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import exchange
from hostdesk.sync.team.blobs import blob_id
from hostdesk.sync.team.blobs import context as blob_context
from hostdesk.sync.team.sealing import SealError, open_sealed, seal

log = logging.getLogger(__name__)

# What one file carries of documents at most (one document is at most 20 MB): small enough
# to build in memory on a modest laptop and to fit any USB stick; the rest follows.
DOCUMENTS_BUDGET = 256 * 1024 * 1024
_PEER_PREFIX = "documents:"


@dataclass(frozen=True)
class Outgoing:
    """The sealed documents a file carries, and those left for the next file."""

    blobs: list[tuple[str, bytes]]  # (pseudonymous id, sealed bytes)
    documents: int
    size: int  # the documents' own size, as the user knows them
    left_out: int = 0
    left_out_size: int = 0


@dataclass(frozen=True)
class Kept:
    documents: int
    size: int


def lacks(session: Session) -> list[str]:
    """The ids of the documents whose row is here and whose bytes are not (for the header)."""
    me = team_device.current(session)
    if me is None:
        return []
    uids = session.execute(
        text("SELECT uid FROM attachment WHERE length(content) = 0 AND size_bytes > 0"
             " AND uid IS NOT NULL ORDER BY uid")
    ).scalars()  # fmt: skip
    return [blob_id(me.team, str(uid)) for uid in uids]


def remember_lacks(session: Session, writer: str, ids: object) -> None:
    """What the writer of an imported file said it lacks (the next export to it follows)."""
    if not writer or not isinstance(ids, list):
        return
    session.execute(
        text("INSERT INTO team_peer (device, last_contact, holds) VALUES (:d, :t, :h)"
             " ON CONFLICT (device) DO UPDATE SET last_contact = excluded.last_contact,"
             " holds = excluded.holds"),
        {"d": _PEER_PREFIX + writer, "t": datetime.now(UTC),
         "h": json.dumps({"lacks": sorted(str(i) for i in ids)})},
    )  # fmt: skip


def _known_lacks(session: Session, peer: str) -> set[str] | None:
    found = session.execute(
        text("SELECT holds FROM team_peer WHERE device = :d"), {"d": _PEER_PREFIX + peer}
    ).scalar()
    if not found:
        return None
    return set(json.loads(found).get("lacks", []))


def _known_holdings(session: Session, peer: str) -> dict[str, int]:
    found = session.execute(
        text("SELECT holds FROM team_peer WHERE device = :d"), {"d": peer}
    ).scalar()
    return dict(json.loads(found)) if found else {}


def _hash_dots(session: Session, uids: set[str]) -> dict[str, list[Dot]]:
    """For each document, the change sets that wrote the hash its row holds here (none for a
    row as it was before the team)."""
    found: dict[str, list[Dot]] = {}
    for uid, family, state in session.execute(
        text("SELECT uid, family, state FROM team_row WHERE tbl = 'attachment'")
    ).all():
        if uid in uids and state not in ("", "{}"):
            field = codec.row_from_json("attachment", uid, family, state).fields.get("sha256")
            found[uid] = [w.dot for w in field.frontier] if field else []
    return found


def outgoing(vault: Vault, peer: str | None, budget: int = DOCUMENTS_BUDGET) -> Outgoing:
    """Seal the documents ``peer`` (every other active device, for None) lacks and is
    entitled to, up to ``budget`` bytes of documents."""
    with vault.session() as session:
        me = team_device.current(session)
        if me is None:
            return Outgoing([], 0, 0)
        withheld = offers.withheld_families(session)
        rows = [
            (int(i), str(uid), str(sha), int(size), str(family))
            for i, uid, sha, size, family in session.execute(
                text("SELECT a.id, a.uid, a.sha256, a.size_bytes, f.uid FROM attachment a"
                     " JOIN family f ON f.id = a.family_id"
                     " WHERE length(a.content) > 0 AND a.uid IS NOT NULL"
                     " ORDER BY a.added_at, a.id")
            ).all()
            if family not in withheld
        ]  # fmt: skip
        if not rows:
            return Outgoing([], 0, 0)
        active = entitlement.active_devices(session)
        targets = [peer] if peer else [d for d in active if d != me.device]
        targets = [t for t in targets if t in active]  # never a revoked device
        wanted_by = {t: _known_lacks(session, t) for t in targets}
        holds = {t: _known_holdings(session, t) for t in targets}
        dots = _hash_dots(session, {r[1] for r in rows})
        entitled = entitlement.entitled_devices_of(session, {r[4] for r in rows})
        publics = {d.device: exchange.public_of(d) for d in devices.list_devices(session)
                   if d.active}  # fmt: skip
    blobs: list[tuple[str, bytes]] = []
    size = left_out = left_out_size = 0
    for attachment_id, uid, sha256, bytes_, family in rows:
        ident = blob_id(me.team, uid)
        allowed = entitled.get(family, frozenset())
        if not any(t in allowed and _lacks(wanted_by[t], holds[t], ident, dots.get(uid, []))
                   for t in targets):  # fmt: skip
            continue
        if size + bytes_ > budget:
            left_out, left_out_size = left_out + 1, left_out_size + bytes_
            continue
        with vault.session() as session:
            content = session.execute(
                text("SELECT content FROM attachment WHERE id = :i"), {"i": attachment_id}
            ).scalar()
        recipients = [publics[d] for d in sorted(allowed) if d in publics]
        if not content or not recipients:
            continue
        blobs.append((ident, seal(bytes(content), recipients, blob_context(me.team, uid, sha256))))
        size += bytes_
    return Outgoing(blobs, len(blobs), size, left_out, left_out_size)


def _lacks(said: set[str] | None, holds: dict[str, int], ident: str, dots: list[Dot]) -> bool:
    if said is None or ident in said:
        return True  # never heard from it, or it said so
    return any(dot.seq > holds.get(dot.origin, 0) for dot in dots)


def keep(vault: Vault, carried: list[tuple[str, bytes]]) -> Kept:
    """Store the documents a file carries that this device lacks and can open."""
    if not carried:
        return Kept(0, 0)
    with vault.session() as session:
        me = team_device.current(session)
        if me is None:
            return Kept(0, 0)
        keys = exchange.keys_of(session)
        missing = {
            blob_id(me.team, str(uid)): (int(i), str(uid), str(sha))
            for i, uid, sha in session.execute(
                text("SELECT id, uid, sha256 FROM attachment WHERE length(content) = 0"
                     " AND size_bytes > 0 AND uid IS NOT NULL")
            ).all()
        }  # fmt: skip
    kept = size = 0
    for ident, sealed in carried:
        if ident not in missing:
            continue  # here already, or not a document of this laptop's families
        attachment_id, uid, sha256 = missing.pop(ident)
        try:
            plain = open_sealed(sealed, keys, blob_context(me.team, uid, sha256))
        except (SealError, ValueError, KeyError):
            log.warning("a document's sealed bytes in a team file do not open")
            continue
        if plain is None:
            continue  # sealed before this device was entitled to its family
        if hashlib.sha256(plain).hexdigest() != sha256:
            log.warning("a document's bytes in a team file do not match the hash of its row")
            continue
        with vault.changing() as session:
            stored = session.execute(
                text("UPDATE attachment SET content = :c WHERE id = :i AND uid = :u"
                     " AND length(content) = 0"),
                {"c": plain, "i": attachment_id, "u": uid},
            ).rowcount  # fmt: skip
        if stored:
            kept, size = kept + 1, size + len(plain)
    return Kept(kept, size)
