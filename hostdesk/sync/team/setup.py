"""Making the team, and the coordinator's decisions about its devices."""

from __future__ import annotations

import base64

from sqlalchemy import text

from hostdesk.storage import audit
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import devices
from hostdesk.storage.team.held import families_held_by
from hostdesk.storage.vault import Vault
from hostdesk.sync.team.invite import InvitationError
from hostdesk.sync.team.sealing import DeviceKeys


def create_team(vault: Vault, hub_url: str = "", label: str = "") -> str:
    """This vault becomes the team's first device (the coordinator's); returns the team id."""
    vault.require_coordinator("create the team")
    with vault.changing() as session:
        if team_device.current(session) is not None:
            raise InvitationError("This vault is already in a team.")
        me = team_device.start(session, hub_url=hub_url)
        keys = DeviceKeys.generate(me.device)
        devices.save_keys(session, *keys.raw())
        public = keys.public()
        user_uuid = session.execute(
            text("SELECT user_uuid FROM app_user WHERE id = :i"), {"i": vault.user.id}
        ).scalar_one()
        devices.add(session, device=me.device, user_uuid=user_uuid, label=label, code="",
                    signing_public=base64.b64encode(public.signing_raw()).decode(),
                    box_public=base64.b64encode(public.box_raw()).decode(),
                    added_by=me.device)  # fmt: skip
        audit.append(session, vault.user.username, "team.create", "team", me.team)
    return me.team


def revoke_device(vault: Vault, device: str) -> list[str]:
    """Revoke a device: its later change sets are refused and nothing sealed from now on is
    sealed for it. Returns the case numbers of the families it held (the breach notice)."""
    vault.require_coordinator("revoke a device")
    with vault.changing() as session:
        me = team_device.current(session)
        info = devices.get(session, device)
        if me is None or info is None:
            raise InvitationError("There is no such device in this team.")
        if device == me.device:
            raise InvitationError("A device cannot revoke itself; revoke it from another one.")
        if not info.active:
            raise InvitationError("This device was already revoked.")
        last = devices.highest_contiguous(session, device)
        held = families_held_by(session, device)
        devices.revoke(session, device, me.device, last)
        audit.append(session, vault.user.username, "team.device_revoke", "team_device", device,
                     {"families": len(held), "last_seq": last})  # fmt: skip
    return held
