"""Joining a team by files with a vault that already holds families (docs/team-sync.md §12).

With no hub, joining takes two trips of a USB stick: the laptop opens the invitation file
and writes its join request; the coordinator adds it (the fingerprints read aloud) and
writes the welcome; the laptop opens the welcome, days later perhaps, the vault closed
and opened again meanwhile. Between the two, the laptop keeps what the welcome will need
(the invitation's secret and its new device keys) inside its encrypted vault, in a local
setting that never travels, and nothing of the team's starts before the welcome: its own
families keep working as before. Opening the welcome then does what joining through the
hub does (``joining.join_existing``): the families are withheld, renumbered, checked for
duplicates, and wait for the user to offer them; the offers travel in the next file.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.storage import audit
from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import joining
from hostdesk.sync.team.invite import (
    InvitationError,
    InvitationFile,
    PendingJoin,
    join_request,
    new_device_id,
)
from hostdesk.sync.team.sealing import DeviceKeys

PENDING_KEY = "team.pending_join"  # a local setting: never one of the shared ones


@dataclass(frozen=True)
class FileJoin:
    """A join request written and its welcome not opened yet."""

    team: str
    hub: str
    username: str  # the team's user this laptop will be
    coordinator_fingerprint: str  # of the inviting device, to check aloud
    fingerprint: str  # of this laptop, to read aloud
    asked_at: str


def begin(
    vault: Vault, invitation: InvitationFile, passphrase: str, label: str
) -> tuple[bytes, FileJoin]:
    """Keep what the welcome will need and return the join request for the coordinator.

    The passphrase is checked first: found mistyped when the welcome comes back, it would
    waste the invitation. Asking again replaces an earlier request (its welcome then no
    longer opens here).
    """
    joining.check_passphrase(vault, passphrase)
    keys = DeviceKeys.generate(new_device_id())
    request = join_request(invitation.secret, keys, label)
    signing, box = keys.raw()
    made = FileJoin(invitation.team, invitation.hub, invitation.user.get("username", ""),
                    invitation.fingerprint(), keys.public().fingerprint(),
                    datetime.now(UTC).isoformat(timespec="seconds"))  # fmt: skip
    kept = {
        "secret": invitation.secret.hex(), "device": keys.device,
        "signing": base64.b64encode(signing).decode(), "box": base64.b64encode(box).decode(),
        "team": made.team, "hub": made.hub, "username": made.username,
        "coordinator_fingerprint": made.coordinator_fingerprint,
        "fingerprint": made.fingerprint, "asked_at": made.asked_at,
    }  # fmt: skip
    with vault.changing() as session:
        if team_device.current(session) is not None:
            raise InvitationError("This vault is already in a team.")
        session.execute(
            text("INSERT OR REPLACE INTO setting (key, value) VALUES (:k, :v)"),
            {"k": PENDING_KEY, "v": json.dumps(kept, sort_keys=True)},
        )
        audit.append(session, vault.user.username, "team.join_request", "team", made.team)
    return request, made


def _kept(session: Session) -> dict[str, str] | None:
    found = session.execute(
        text("SELECT value FROM setting WHERE key = :k"), {"k": PENDING_KEY}
    ).scalar()
    return json.loads(found) if found else None


def pending(session: Session) -> FileJoin | None:
    """The join request this vault is waiting on a welcome for, if any."""
    kept = _kept(session)
    if kept is None or team_device.current(session) is not None:
        return None
    return FileJoin(kept["team"], kept["hub"], kept["username"],
                    kept["coordinator_fingerprint"], kept["fingerprint"],
                    kept["asked_at"])  # fmt: skip


def finish(vault: Vault, welcome_bytes: bytes, passphrase: str) -> joining.JoinedWithFamilies:
    """Open the welcome the coordinator wrote for this laptop's request and join."""
    with vault.session() as session:
        kept = _kept(session)
        in_team = team_device.current(session) is not None
    if in_team:
        raise InvitationError("This vault is already in a team.")
    if kept is None:
        raise InvitationError(
            "This laptop has not asked to join with an invitation file; open the invitation "
            "file first."
        )
    keys = DeviceKeys.from_raw(kept["device"], base64.b64decode(kept["signing"]),
                               base64.b64decode(kept["box"]))  # fmt: skip
    secret = bytes.fromhex(kept["secret"])
    joined = joining.join_existing(
        vault, PendingJoin(secret, keys, b""), welcome_bytes, passphrase, kept["hub"]
    )
    with vault.changing() as session:
        session.execute(text("DELETE FROM setting WHERE key = :k"), {"k": PENDING_KEY})
    return joined


def abandon(vault: Vault) -> None:
    """Forget a join request (a new invitation will be asked for)."""
    with vault.changing() as session:
        session.execute(text("DELETE FROM setting WHERE key = :k"), {"k": PENDING_KEY})
