"""One contact with the hub: send what this device sealed, take in what others did.

Own change sets go up in order, from the first the hub lacks; the others'
come down a page at a time after the cursor this device keeps, each merged
in its own transaction (a process killed halfway loses nothing: a change set
merged twice changes nothing). A coordinator's device also keeps the hub's
list of the team's signing keys current, which is how a revocation reaches it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session, select

from hostdesk.domain.vocabulary import Role
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import devices
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import blobs, exchange, withdrawal
from hostdesk.sync.team.envelope import EnvelopeError
from hostdesk.sync.team.hub_client import HubClient, HubError
from hostdesk.sync.team.sealing import SealError

HUB_PEER = "hub"


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HubSyncReport:
    uploaded: int
    received: int
    merged: int
    held: int
    refused: int
    damaged: int
    documents_sent: int = 0  # documents' bytes sealed and put on the hub (§12)


def roster(session: Session) -> list[dict[str, object]]:
    coordinators = set(
        session.execute(
            text("SELECT user_uuid FROM app_user WHERE role = :r AND active"),
            {"r": Role.COORDINATOR.value},
        ).scalars()
    )
    return [
        {"device": d.device, "signing": d.signing_public,
         "coordinator": d.user_uuid in coordinators and d.active, "revoked": not d.active}
        for d in devices.list_devices(session)
    ]  # fmt: skip


def _cursor(session: Session) -> int:
    found = session.execute(
        text("SELECT holds FROM team_peer WHERE device = :d"), {"d": HUB_PEER}
    ).scalar()
    return int(json.loads(found).get("cursor", 0)) if found else 0


def _save_cursor(vault: Vault, cursor: int) -> None:
    with vault.changing() as session:
        session.execute(
            text("INSERT INTO team_peer (device, last_contact, holds) VALUES (:d, :t, :h)"
                 " ON CONFLICT (device) DO UPDATE SET last_contact = excluded.last_contact,"
                 " holds = excluded.holds"),
            {"d": HUB_PEER, "t": datetime.now(UTC), "h": json.dumps({"cursor": cursor})},
        )  # fmt: skip


def client_for(vault: Vault, url: str | None = None) -> HubClient:
    with vault.session() as session:
        me = team_device.current(session)
        if me is None:
            raise ValueError("this vault takes part in no team")
        hub = url or session.execute(text("SELECT hub_url FROM team_state")).scalar()
        keys = exchange.keys_of(session)
    if not hub:
        raise ValueError("no hub address is set for this team")
    return HubClient(str(hub), keys, me.team)


def publish_roster(vault: Vault, client: HubClient) -> None:
    """A coordinator's device registers the team and gives the hub its devices' keys."""
    with vault.session() as session:
        me = team_device.current(session)
        assert me is not None
        mine = [d for d in devices.list_devices(session) if d.device == me.device]
        if not vault.user.is_coordinator or not mine:
            return
        listed = roster(session)
    client.register_team(mine[0].signing_public)
    client.put_roster(listed)


def sync_with_hub(vault: Vault, client: HubClient) -> HubSyncReport:
    exchange.seal_pending(vault)
    publish_roster(vault, client)
    with vault.session() as session:
        me = team_device.current(session)
        assert me is not None
        cursor = _cursor(session)
    status = client.status()
    uploaded = _upload(vault, client, me.device, int(status["holds"].get(me.device, 0)))
    counts = {outcome: 0 for outcome in exchange.Outcome}
    damaged = received = 0
    while True:
        page = client.page(cursor)
        for position, data in page.items:
            received += 1
            try:
                counts[exchange.receive(vault, data).outcome] += 1
            except (EnvelopeError, SealError):
                damaged += 1  # kept out; the hub checked its signature, so this is rare
            cursor = position
        _save_cursor(vault, cursor)
        if not page.more or not page.items:
            break
    for result in exchange.retry_held(vault):
        if result.outcome is exchange.Outcome.MERGED:
            counts[exchange.Outcome.MERGED] += 1
    _record_contacts(vault, status.get("devices", {}))
    # After the pull: the devices entitled to each family are the latest known.
    try:
        documents = blobs.upload(vault, client)
    except HubError as error:
        log.warning("documents' bytes not sent this time: %s", error.code)
        documents = 0
    try:
        withdrawal.withdraw_at_hub(vault, client)  # erased families' parcels leave the hub
    except HubError as error:
        log.warning("erased families not withdrawn at the hub this time: %s", error.code)
    with vault.session() as session:
        held = session.execute(
            text("SELECT count(*) FROM team_changeset WHERE state = 'held'")
        ).scalar_one()
    return HubSyncReport(uploaded, received, counts[exchange.Outcome.MERGED], int(held),
                         counts[exchange.Outcome.REFUSED], damaged, documents)  # fmt: skip


def _upload(vault: Vault, client: HubClient, device: str, hub_has: int) -> int:
    with vault.session() as session:
        own = session.execute(
            text("SELECT seq, envelope FROM team_changeset WHERE origin = :o AND seq > :s"
                 " AND envelope IS NOT NULL ORDER BY seq"),
            {"o": device, "s": hub_has},
        ).all()  # fmt: skip
    for _seq, data in own:
        client.upload(data)  # stops at the first failure: the hub never holds a gap
    return len(own)


def _record_contacts(vault: Vault, listed: dict[str, dict[str, object]]) -> None:
    with vault.changing() as session:
        for device, info in listed.items():
            seen = info.get("last_seen")
            if not seen:
                continue
            session.execute(
                text("INSERT INTO team_peer (device, last_contact, holds) VALUES (:d, :t, '{}')"
                     " ON CONFLICT (device) DO UPDATE SET last_contact = excluded.last_contact"),
                {"d": device, "t": datetime.fromisoformat(str(seen))},
            )  # fmt: skip


@dataclass(frozen=True)
class WaitingJoin:
    invite: str
    username: str
    fingerprint: str
    label: str


def waiting_joins(vault: Vault, client: HubClient) -> list[WaitingJoin]:
    """Laptops that answered one of this device's open invitations through the hub."""
    from hostdesk.storage.models import AppUser
    from hostdesk.sync.team import invite

    publish_roster(vault, client)
    with vault.session() as session:
        invites = [(i.id, i.user_uuid) for i in invite.open_invites(session)]
        names = {u.user_uuid: u.username for u in session.exec(select(AppUser)).all()}
    found = []
    for invite_id, user_uuid in invites:
        data = client.join_request(invite_id)
        if data is None:
            continue
        request = invite.read_join_request(data)
        with vault.session() as session:
            label = invite.label_of(session, data)
        found.append(WaitingJoin(invite_id, names.get(user_uuid, ""), request.fingerprint(),
                                 label))  # fmt: skip
    return found


def accept_from_hub(
    vault: Vault,
    client: HubClient,
    invite_id: str,
    fingerprint: str,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Add the laptop that answered ``invite_id`` (its fingerprint read aloud) and leave its
    welcome on the hub, a part as soon as it is sealed (the laptop merges one while the
    next is sealed); the hub learns the new device's signing key right after the head."""
    from hostdesk.sync.team import invite

    data = client.join_request(invite_id)
    if data is None:
        raise invite.InvitationError("No laptop has answered this invitation on the hub yet.")
    from hostdesk.sync.team import welcome

    parts = invite.accept_join_in_parts(vault, data, fingerprint, welcome.FAMILIES_PER_PART)
    for part in parts:
        client.put_welcome_part(invite_id, part.number, part.data)
        if part.number == 0:  # the new device is committed: its key goes to the hub now
            publish_roster(vault, client)
        if progress is not None:
            progress(part.number + 1, part.count)
    sync_with_hub(vault, client)
