"""``hostdesk team revoke|devices``: the team's devices, and revoking a lost one."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from hostdesk.cli.options import open_vault
from hostdesk.errors_text import message_text, sentence_text
from hostdesk.i18n import translate


def when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else translate("cli", "never")


def fail(text: str) -> int:
    print(f"hostdesk: {text}", file=sys.stderr)
    return 2


def device_id(vault: object, prefix: str | None) -> str | None:
    from hostdesk.storage.team import devices

    if not prefix:
        return None
    with vault.session() as session:  # type: ignore[attr-defined]
        found = [d.device for d in devices.list_devices(session) if d.device.startswith(prefix)]
    if len(found) != 1:
        raise SystemExit(
            fail(translate("cli", "no single device's id starts with {id}.").format(id=prefix))
        )
    return found[0]


def revoke_device(args: argparse.Namespace) -> int:
    from hostdesk.sync.team import invite, setup

    with open_vault(args) as vault:
        device = device_id(vault, args.device)
        assert device is not None
        try:
            held = setup.revoke_device(vault, device)
        except invite.InvitationError as error:
            return fail(message_text(error))
        _tell_hub(vault)
    print(
        translate(
            "cli",
            "Device {id} revoked: its changes from now on are refused, and nothing sealed "
            "from now on can be read by it.",
        ).format(id=device[:8])
    )
    print(translate("cli", "It held these families (for the breach notice, within 72 hours):"))
    for number in held:
        print(f"    {number}")
    return 0


def _tell_hub(vault: object) -> None:
    """The hub refuses the revoked device from now on (or from the next sync, if unreachable)."""
    from hostdesk.sync.team import hub_sync
    from hostdesk.sync.team.hub_client import HubError

    try:
        with hub_sync.client_for(vault) as client:  # type: ignore[arg-type]
            hub_sync.publish_roster(vault, client)  # type: ignore[arg-type]
    except ValueError:
        return  # no hub: files only
    except HubError as error:
        print(
            translate(
                "cli", "The hub could not be told yet ({reason}); it will be at the next sync."
            ).format(reason=sentence_text(error.reason)),
            file=sys.stderr,
        )


def list_devices(args: argparse.Namespace) -> int:
    from hostdesk.storage.team import devices

    with open_vault(args) as vault, vault.session() as session:
        listed = devices.list_devices(session)
    if not listed:
        print(translate("cli", "This vault is not in a team."))
    for info in listed:
        state = (
            translate("cli", "active")
            if info.active
            else translate("cli", "revoked {when}").format(when=when(info.revoked_at))
        )
        print(f"{info.device}  {info.code or '-':<3} {info.username:<20} {info.label:<16} {state}")
    return 0
