"""Joining a team with a code through the hub, as one call for the first-run wizard and
the Team tab; and joining with a vault that already holds families of its own."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from hostdesk.domain.team.identity import ENTITY_PARCEL
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import keyring
from hostdesk.storage.models import AppUser
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import devices, offers
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team import exchange, files, parcels
from hostdesk.sync.team.hub_client import HubClient, HubError
from hostdesk.sync.team.invite import (
    FetchPart,
    InvitationError,
    JoinProgress,
    PendingJoin,
    complete_join,
    finish_join,
    poll_token,
    welcome_user,
)
from hostdesk.sync.team.sealing import DeviceKeys, SealError, open_sealed

log = logging.getLogger(__name__)

WAIT_SECONDS = 30 * 60
POLL_SECONDS = 3.0
# The coordinator's device is sealing the welcome's later parts as the laptop merges:
# asked for often, and given up on only when none came for this long.
PART_POLL_SECONDS = 0.25
PART_WAIT_SECONDS = 10 * 60


def wait_for_welcome(
    pending: PendingJoin,
    hub_url: str,
    *,
    wait: float | None = None,
    poll: float | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> bytes:
    """Post the join request and wait until the coordinator has added this laptop (or the
    user gave up: ``cancelled`` is asked between polls)."""
    token = poll_token(pending.secret)
    with HubClient(hub_url, pending.keys, "") as client:
        client.post_join(pending.invite, pending.request, token)
        deadline = time.monotonic() + (wait if wait is not None else WAIT_SECONDS)
        welcome = client.welcome(pending.invite, token)
        while welcome is None:
            if cancelled():
                raise HubError("cancelled", "Joining the team was cancelled.")
            if time.monotonic() > deadline:
                raise HubError("timeout", "The coordinator did not add this laptop in time; "
                               "ask for a new invitation.")  # fmt: skip
            time.sleep(poll if poll is not None else POLL_SECONDS)
            welcome = client.welcome(pending.invite, token)
    return welcome


def part_fetcher(
    pending: PendingJoin,
    hub_url: str,
    *,
    wait: float | None = None,
    poll: float | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> FetchPart:
    """What brings the welcome's later parts from the hub, one by one, waiting for each
    while the coordinator's device seals it."""
    token = poll_token(pending.secret)

    def fetch(number: int) -> bytes:
        deadline = time.monotonic() + (wait if wait is not None else PART_WAIT_SECONDS)
        with HubClient(hub_url, pending.keys, "") as client:
            while True:
                found = client.welcome_part(pending.invite, token, number)
                if found is not None:
                    return found
                if cancelled():
                    raise HubError("cancelled", "Joining the team was cancelled.")
                if time.monotonic() > deadline:
                    raise HubError("timeout", "The rest of the team's welcome did not arrive "
                                   "in time; ask for a new invitation.")  # fmt: skip
                time.sleep(poll if poll is not None else PART_POLL_SECONDS)

    return fetch


def forget_welcome(pending: PendingJoin, hub_url: str) -> None:
    """The whole welcome is merged: the hub need not keep it (it forgets it after 48 hours
    anyway, so a hub out of reach now changes nothing)."""
    try:
        with HubClient(hub_url, pending.keys, "") as client:
            client.forget_welcome(pending.invite, poll_token(pending.secret))
    except HubError as error:
        log.info("the hub keeps the welcome until it expires: %s", error.code)


def join_by_code(
    pending: PendingJoin,
    hub_url: str,
    folder: Path,
    passphrase: str,
    *,
    wait: float | None = None,
    poll: float | None = None,
    progress: JoinProgress | None = None,
) -> tuple[Vault, str]:
    """Post the join request, wait for the coordinator to add this laptop, make its vault.

    Returns the open vault and its recovery key (to show once).
    """
    welcome = wait_for_welcome(pending, hub_url, wait=wait, poll=poll)
    fetch = part_fetcher(pending, hub_url)
    joined = complete_join(folder, pending, welcome, passphrase, hub_url, fetch_part=fetch,
                           progress=progress)  # fmt: skip
    forget_welcome(pending, hub_url)
    return joined


def check_passphrase(vault: Vault, passphrase: str) -> None:
    """``WrongPassphrase`` unless this is the signed-in user's (reads the header only)."""
    keyring.unlock_with_passphrase(vault.header, vault.user.username, passphrase)


@dataclass(frozen=True)
class JoinedWithFamilies:
    withheld: int  # this laptop's own families, waiting to be offered
    duplicates: int  # of them, those the import's check finds among the team's
    complete: bool = True  # False: some of the team's families arrive with the next sync


def _team_usernames(welcome_bytes: bytes, keys: DeviceKeys) -> dict[str, str]:
    """The users (global id -> user name) the welcome's entity parcels carry. Read before
    the welcome is checked and merged, only to refuse early what the merge would refuse."""
    names: dict[str, str] = {}
    for data in files.read(welcome_bytes)[1]:
        envelope = env.parse(data)
        for index, (entry, body) in enumerate(zip(envelope.entries, envelope.parcels, strict=True)):
            if body is None or entry.family != ENTITY_PARCEL or keys.device not in entry.to:
                continue
            context = exchange.parcel_context(envelope.team, envelope.origin, envelope.seq,
                                              index, entry.family)  # fmt: skip
            try:
                plain = open_sealed(body, keys, context)
            except SealError:
                continue  # the merge refuses it with its own sentence
            if plain is None:
                continue
            for row in parcels.decode(plain)[1]:
                if row.table == "app_user":
                    for name, write in row.all_writes():
                        if name == "username" and isinstance(write.value, str):
                            names[row.uid] = write.value
    return names


def join_existing(
    vault: Vault,
    pending: PendingJoin,
    welcome_bytes: bytes,
    passphrase: str,
    hub_url: str,
    fetch_part: FetchPart | None = None,
    progress: JoinProgress | None = None,
) -> JoinedWithFamilies:
    """This open vault, which may hold families of its own, joins the team as the user the
    welcome names (docs/team-sync.md §12).

    The signed-in user takes the team's global id, name and role (same passphrase); every
    family already here is withheld (nothing of it travels), the welcome is merged, and the
    withheld families are checked for duplicates against the team's families now here. The
    user then offers them (``offers.offer``) or keeps them on this laptop alone.
    """
    team, user = welcome_user(welcome_bytes, pending.keys)
    code = str(files.read(welcome_bytes)[0].get("code", ""))
    with vault.session() as session:
        if team_device.current(session) is not None:
            raise InvitationError("This vault is already in a team.")
        local = {u.user_uuid: u.username for u in session.exec(select(AppUser)).all()
                 if u.id != vault.user.id}  # fmt: skip
    # The team's users arrive with the welcome; a user name is unique in a vault. Said now,
    # before anything here changes.
    taken = {name.casefold() for name in _team_usernames(welcome_bytes, pending.keys).values()}
    clash = sorted(name for uuid, name in local.items()
                   if name.casefold() in taken and uuid != user["uuid"])  # fmt: skip
    if clash:
        raise InvitationError(
            f"This vault has a user called {clash[0]}, and so does the team; a coordinator "
            "removes that user here first, then asks for a new invitation."
        )
    vault.adopt_team_identity(
        passphrase, user["uuid"], user["username"], user.get("display_name", ""),
        Role(user.get("role", Role.SOCIAL_WORKER.value)),
    )  # fmt: skip
    with vault.changing() as session:
        # Withheld before the capture triggers exist: none of these rows becomes a write.
        withheld = offers.withhold_all(session)
        team_device.start(session, team=team, device=pending.keys.device, code=code,
                          hub_url=hub_url, adopt=True)  # fmt: skip
        devices.save_keys(session, *pending.keys.raw())
        # The team's families may carry the numbers this laptop gave (both began at 00001).
        offers.renumber_withheld(session, vault.user.username)
    merged = finish_join(vault, welcome_bytes, pending.secret, _or_stop(fetch_part), progress)
    with vault.changing() as session:
        duplicates = offers.check_duplicates(session)
    return JoinedWithFamilies(withheld, duplicates, merged.complete)


def _or_stop(fetch_part: FetchPart | None) -> Callable[[int], bytes | None] | None:
    """This vault has joined once the head is merged: a part the hub cannot give now is
    left for the next sync, which brings the coordinator's change sets, these among them
    (starting again would find the vault in a team already)."""
    if fetch_part is None:
        return None

    def fetch(number: int) -> bytes | None:
        try:
            return fetch_part(number)
        except HubError as error:
            log.info("the welcome's part %d is left for the next sync: %s", number, error.code)
            return None

    return fetch
