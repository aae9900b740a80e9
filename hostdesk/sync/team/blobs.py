"""Documents' bytes between a team's devices, after their rows (docs/team-sync.md §12).

A document's row travels in change sets like any other, without its bytes (up to 20 MB:
a change set must stay small, and a laptop joining must not wait for scans). The bytes
follow on their own: the device that has them seals them (``sealing.seal``, the parcels'
primitives) for the active devices entitled to the family and puts them on the hub under
a pseudonymous id; a device holding the row without the bytes fetches them when the
document is opened, or after a sync, and keeps them only if their SHA-256 is the one the
row carries (the row came signed by its device, so the hash vouches for the bytes).

A device that holds the bytes seals them again when the family's entitled devices grow
(a family reassigned or shared): ``team_blob`` remembers whom each document was sealed
for. A revoked device is never among them again.

Each step is its own call so that a window can run the network part beside its database
thread: ``fetch_plan`` (database), ``download`` (network, no vault), ``keep`` (database).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.identity import family_pseudonym
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import devices, entitlement, offers
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import exchange
from hostdesk.sync.team.hub_client import HubClient
from hostdesk.sync.team.sealing import DeviceKeys, SealError, open_sealed, recipients_of, seal

log = logging.getLogger(__name__)


def blob_id(team: str, attachment: str) -> str:
    """What the hub stores the bytes under: not the document's id, which only devices see."""
    return hashlib.sha256(f"hostdesk-team-blob-id-v1\0{team}\0{attachment}".encode()).hexdigest()[
        :32
    ]


def context(team: str, attachment: str, sha256: str) -> bytes:
    """What a document's sealed bytes are bound to (hub and file alike)."""
    return f"hostdesk-team-blob-v1\0{team}\0{attachment}\0{sha256}".encode()


# -- sending ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ToSend:
    attachment_id: int
    uid: str
    sha256: str
    devices: frozenset[str]
    family: str = ""


def to_send(session: Session) -> list[ToSend]:
    """Documents whose bytes are here and whose last sealing lacks a device entitled now."""
    if team_device.current(session) is None:
        return []
    withheld = offers.withheld_families(session)
    rows = [
        r for r in session.execute(
            text("SELECT a.id, a.uid, a.sha256, f.uid FROM attachment a"
                 " JOIN family f ON f.id = a.family_id WHERE length(a.content) > 0")
        ).all()
        if r[3] not in withheld
    ]  # fmt: skip
    if not rows:
        return []
    sealed = {
        uid: frozenset(devices_.split())
        for uid, devices_ in session.execute(text("SELECT attachment, sealed_for FROM team_blob"))
    }
    entitled = entitlement.entitled_devices_of(session, {r[3] for r in rows})
    plan = []
    for attachment_id, uid, sha256, family in rows:
        wanted = entitled.get(family, frozenset())
        if wanted and not wanted <= sealed.get(uid, frozenset()):
            plan.append(ToSend(int(attachment_id), str(uid), str(sha256), wanted, str(family)))
    return plan


def upload(vault: Vault, client: HubClient) -> int:
    """Seal and put on the hub the bytes other devices lack; returns how many were sent."""
    with vault.session() as session:
        plan = to_send(session)
        if not plan:
            return 0
        me = team_device.current(session)
        assert me is not None
        publics = {d.device: exchange.public_of(d) for d in devices.list_devices(session)
                   if d.active}  # fmt: skip
    sent = 0
    for item in plan:
        with vault.session() as session:
            content = session.execute(
                text("SELECT content FROM attachment WHERE id = :i"), {"i": item.attachment_id}
            ).scalar()
        if not content:
            continue  # deleted meanwhile
        recipients = [publics[d] for d in sorted(item.devices) if d in publics]
        sealed = seal(bytes(content), recipients, context(me.team, item.uid, item.sha256))
        client.put_blob(blob_id(me.team, item.uid), sealed,
                        family_pseudonym(me.team, item.family))  # fmt: skip
        with vault.changing() as session:
            _remember(session, item.uid, [r.device for r in recipients])
        sent += 1
    return sent


def _remember(session: Session, uid: str, sealed_for: list[str]) -> None:
    session.execute(
        text("INSERT OR REPLACE INTO team_blob (attachment, sent_at, sealed_for)"
             " VALUES (:a, :t, :s)"),
        {"a": uid, "t": datetime.now(UTC), "s": " ".join(sorted(sealed_for))},
    )  # fmt: skip


# -- receiving ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchPlan:
    attachment_id: int
    uid: str
    sha256: str
    team: str
    keys: DeviceKeys


def missing(session: Session) -> list[int]:
    """Documents whose row is here and whose bytes are not yet."""
    return [
        int(i) for i in session.execute(
            text("SELECT id FROM attachment WHERE length(content) = 0 AND size_bytes > 0"
                 " ORDER BY added_at DESC")
        ).scalars()
    ]  # fmt: skip


def is_missing(session: Session, attachment_id: int) -> bool:
    return bool(
        session.execute(
            text("SELECT count(*) FROM attachment WHERE id = :i AND length(content) = 0"
                 " AND size_bytes > 0"), {"i": attachment_id},
        ).scalar()
    )  # fmt: skip


def fetch_plan(vault: Vault, attachment_ids: list[int]) -> list[FetchPlan]:
    """What is needed to fetch these documents' bytes (read on the database thread)."""
    with vault.session() as session:
        if team_device.current(session) is None:
            return []
        keys = exchange.keys_of(session)
        me = team_device.current(session)
        assert me is not None
        plans = []
        for attachment_id in attachment_ids:
            row = session.execute(
                text("SELECT uid, sha256 FROM attachment WHERE id = :i AND length(content) = 0"),
                {"i": attachment_id},
            ).first()
            if row is not None:
                plans.append(FetchPlan(attachment_id, str(row[0]), str(row[1]), me.team, keys))
    return plans


@dataclass(frozen=True)
class Downloaded:
    attachment_id: int
    uid: str
    content: bytes
    sealed_for: list[str]


def download(client: HubClient, plan: FetchPlan) -> Downloaded | None:
    """The document's bytes from the hub, checked; None when they are not there for this
    device yet (not sent yet, or sealed before this device was entitled)."""
    sealed = client.blob(blob_id(plan.team, plan.uid))
    if sealed is None:
        return None
    try:
        plain = open_sealed(sealed, plan.keys, context(plan.team, plan.uid, plan.sha256))
    except SealError:
        log.warning("a document's sealed bytes on the hub do not open")
        return None
    if plain is None:
        return None
    if hashlib.sha256(plain).hexdigest() != plan.sha256:
        log.warning("a document's bytes on the hub do not match the hash of its row")
        return None
    return Downloaded(plan.attachment_id, plan.uid, plain, recipients_of(sealed))


def keep(vault: Vault, found: Downloaded) -> bool:
    """Store fetched bytes in the row (not a change: the bytes never travel as one)."""
    with vault.changing() as session:
        kept = session.execute(
            text("UPDATE attachment SET content = :c WHERE id = :i AND uid = :u"
                 " AND length(content) = 0"),
            {"c": found.content, "i": found.attachment_id, "u": found.uid},
        ).rowcount  # fmt: skip
        if kept:
            _remember(session, found.uid, found.sealed_for)
    return bool(kept)


def fetch(vault: Vault, client: HubClient, attachment_ids: list[int] | None = None) -> int:
    """Fetch the bytes of these documents (all those missing when None), in one call (the
    command line's way; the window runs the three steps apart). Returns how many arrived."""
    if attachment_ids is None:
        with vault.session() as session:
            attachment_ids = missing(session)
    arrived = 0
    for plan in fetch_plan(vault, attachment_ids):
        found = download(client, plan)
        if found is not None and keep(vault, found):
            arrived += 1
    return arrived
