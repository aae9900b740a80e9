"""``hostdesk team …``: invite a laptop, join a team, exchange changes, see and revoke devices.

The hub transport comes with ``hostdesk-hub``; files work everywhere (a USB
stick between two laptops with no network at all).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options
from hostdesk.cli.progress import end_progress, percent_progress
from hostdesk.cli.team_devices import device_id as _device_id
from hostdesk.cli.team_devices import fail as _fail
from hostdesk.cli.team_devices import list_devices, revoke_device
from hostdesk.cli.team_devices import when as _when
from hostdesk.cli.team_own_families import join_existing, join_existing_by_file, own_families
from hostdesk.errors_text import message_text, sentence_text
from hostdesk.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    team = sub.add_parser(
        "team", help=translate("cli", "share the caseload between the entity's laptops")
    )
    team_sub = team.add_subparsers(dest="team_command", metavar="TEAM", required=True)

    invite = team_sub.add_parser(
        "invite", help=translate("cli", "invite a laptop, or add the one that asked")
    )
    vault_options(invite)
    invite.add_argument(
        "--for-user", metavar="NAME", help=translate("cli", "the user the new laptop is for")
    )
    invite.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=translate("cli", "write the invitation (with --accept: the welcome) here"),
    )
    invite.add_argument(
        "--hub", metavar="URL", help=translate("cli", "the team hub's address, if any")
    )
    invite.add_argument(
        "--accept",
        type=Path,
        metavar="REQUEST",
        help=translate("cli", "add the laptop whose join request this is"),
    )
    invite.add_argument(
        "--fingerprint",
        metavar="FP",
        help=translate("cli", "the fingerprint the new laptop's user read to you"),
    )
    invite.add_argument(
        "--from-hub",
        action="store_true",
        help=translate("cli", "list (or, with --accept-hub, add) laptops that asked on the hub"),
    )
    invite.add_argument(
        "--accept-hub",
        metavar="INVITE",
        help=translate("cli", "add the laptop that answered this invitation on the hub"),
    )
    invite.set_defaults(run=invite_device)

    join = team_sub.add_parser(
        "join", help=translate("cli", "make this laptop's vault from an invitation")
    )
    vault_options(join)
    join.add_argument("--invitation", type=Path, metavar="FILE")
    join.add_argument(
        "--code", metavar="CODE", help=translate("cli", "the invitation code (with --hub)")
    )
    join.add_argument("--hub", metavar="URL", help=translate("cli", "the team hub's address"))
    join.add_argument("--wait", type=float, default=900.0, metavar="S", help=argparse.SUPPRESS)
    join.add_argument(
        "--out",
        type=Path,
        metavar="REQUEST",
        help=translate("cli", "write the join request here (first step)"),
    )
    join.add_argument(
        "--welcome",
        type=Path,
        metavar="FILE",
        help=translate("cli", "the welcome file the coordinator gave back (second step)"),
    )
    join.add_argument(
        "--label", default="", metavar="TEXT", help=translate("cli", "a name for this laptop")
    )
    join.add_argument(
        "--existing",
        action="store_true",
        help=translate(
            "cli",
            "join with this vault, which holds families already (with --code and --hub, or "
            "--invitation and --out, then --welcome; they stay here until offered)",
        ),
    )
    join.set_defaults(run=join_team)

    offers = team_sub.add_parser(
        "offers",
        help=translate("cli", "this laptop's own families: list them, or share some"),
    )
    vault_options(offers)
    offers.add_argument(
        "--share",
        nargs="+",
        default=[],
        metavar="CASE",
        help=translate("cli", "share these families (by case number) with the team"),
    )
    offers.set_defaults(run=own_families)

    status = team_sub.add_parser(
        "status", help=translate("cli", "this device, the others, what waits")
    )
    vault_options(status)
    status.set_defaults(run=show_status)

    sync = team_sub.add_parser("sync", help=translate("cli", "exchange changes by file (or hub)"))
    vault_options(sync)
    sync.add_argument(
        "--from-file",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help=translate("cli", "merge what this file carries (any order, any times)"),
    )
    sync.add_argument(
        "--to-file",
        type=Path,
        metavar="FILE",
        help=translate("cli", "write what another device lacks to this file"),
    )
    sync.add_argument(
        "--for-device",
        metavar="ID",
        help=translate("cli", "the device the file is for (default: everything)"),
    )
    sync.set_defaults(run=sync_team)

    revoke = team_sub.add_parser("revoke", help=translate("cli", "revoke a lost or retired device"))
    vault_options(revoke)
    revoke.add_argument(
        "device", metavar="ID", help=translate("cli", "the device's id (or its first characters)")
    )
    revoke.set_defaults(run=revoke_device)

    listing = team_sub.add_parser("devices", help=translate("cli", "list the team's devices"))
    vault_options(listing)
    listing.set_defaults(run=list_devices)


def invite_device(args: argparse.Namespace) -> int:
    from hostdesk.storage.durable import write_atomically
    from hostdesk.storage.team import device as team_device
    from hostdesk.sync.team import invite, setup

    with open_vault(args) as vault:
        if args.accept is not None:
            return _accept(vault, args)
        if args.from_hub or args.accept_hub:
            return _from_hub(vault, args)
        if not args.for_user or args.out is None:
            return _fail(
                translate(
                    "cli",
                    "say who the laptop is for with --for-user NAME and where to "
                    "write the invitation with --out FILE.",
                )
            )
        with vault.session() as session:
            in_team = team_device.current(session) is not None
        if not in_team:
            team = setup.create_team(vault, hub_url=args.hub or "")
            print(
                translate("cli", "This vault is now the first device of team {team}.").format(
                    team=team
                )
            )
        made = invite.create_invitation(vault, args.for_user, args.hub or "")
    write_atomically(args.out, made.file_bytes)
    print(
        translate("cli", "Invitation for {user} written to {path}.").format(
            user=args.for_user, path=args.out
        )
    )
    print(
        translate("cli", "Invitation code (one use, valid until {when}): {code}").format(
            when=_when(made.expires_at), code=made.code
        )
    )
    print(
        translate(
            "cli", "This device's fingerprint, to read aloud to the new laptop's user: {fp}"
        ).format(fp=made.fingerprint)
    )
    return 0


def _accept(vault: object, args: argparse.Namespace) -> int:
    from hostdesk.storage.durable import write_atomically
    from hostdesk.sync.team import invite

    try:
        request = args.accept.read_bytes()
        fingerprint = invite.read_join_request(request).fingerprint()
    except (OSError, invite.InvitationError) as error:
        return _fail(message_text(error))
    spoken = args.fingerprint
    if spoken is None:
        if not sys.stdin.isatty():
            return _fail(
                translate(
                    "cli",
                    "ask the new laptop's user to read its fingerprint aloud, then run "
                    "again with --fingerprint FP.",
                )
            )
        print(
            translate("cli", "The new laptop's fingerprint should be: {fp}").format(fp=fingerprint)
        )
        answer = input(
            translate("cli", "Did its user read you exactly this fingerprint? Type yes: ")
        )
        if answer.strip().lower() != "yes":
            return _fail(translate("cli", "the laptop was not added."))
        spoken = fingerprint
    if args.out is None:
        return _fail(translate("cli", "say where to write the welcome with --out FILE."))
    try:
        welcome = invite.accept_join(vault, request, spoken)  # type: ignore[arg-type]
    except invite.InvitationError as error:
        return _fail(message_text(error))
    write_atomically(args.out, welcome)
    print(
        translate("cli", "The laptop was added; give it the welcome file {path}.").format(
            path=args.out
        )
    )
    return 0


def _from_hub(vault: object, args: argparse.Namespace) -> int:
    from hostdesk.sync.team import hub_sync, invite
    from hostdesk.sync.team.hub_client import HubError

    try:
        with hub_sync.client_for(vault) as client:  # type: ignore[arg-type]
            waiting = hub_sync.waiting_joins(vault, client)  # type: ignore[arg-type]
            if not args.accept_hub:
                if not waiting:
                    print(translate("cli", "No laptop is waiting to join."))
                for join in waiting:
                    print(
                        translate("cli", "{invite}  for {user}, {label}: fingerprint {fp}").format(
                            invite=join.invite[:8],
                            user=join.username,
                            label=join.label,
                            fp=join.fingerprint,
                        )
                    )
                return 0
            chosen = [j for j in waiting if j.invite.startswith(args.accept_hub)]
            if len(chosen) != 1:
                return _fail(
                    translate("cli", "no single waiting laptop matches {id}.").format(
                        id=args.accept_hub
                    )
                )
            if not args.fingerprint:
                return _fail(
                    translate(
                        "cli", "give the fingerprint its user read to you with --fingerprint FP."
                    )
                )
            hub_sync.accept_from_hub(vault, client, chosen[0].invite, args.fingerprint,  # type: ignore[arg-type]
                                     percent_progress)  # fmt: skip
    except (HubError, invite.InvitationError, ValueError) as error:
        end_progress()
        return _fail(message_text(error))
    end_progress()
    print(translate("cli", "The laptop was added; it receives its welcome from the hub."))
    return 0


def _join_by_code(args: argparse.Namespace) -> int:
    import time

    from hostdesk.cli.passphrase import read_new_passphrase
    from hostdesk.sync.team import invite
    from hostdesk.sync.team.hub_client import HubClient, HubError

    try:
        pending = invite.new_pending_join(args.code, args.label)
        token = invite.poll_token(pending.secret)
        with HubClient(args.hub, pending.keys, "") as client:
            client.post_join(pending.invite, pending.request, token)
            print(
                translate(
                    "cli", "This laptop's fingerprint, to read aloud to the coordinator: {fp}"
                ).format(fp=pending.fingerprint()),
                flush=True,
            )
            deadline = time.monotonic() + args.wait
            welcome = client.welcome(pending.invite, token)
            while welcome is None and time.monotonic() < deadline:
                time.sleep(3)
                welcome = client.welcome(pending.invite, token)
    except (HubError, invite.InvitationError) as error:
        return _fail(message_text(error))
    if welcome is None:
        return _fail(
            translate(
                "cli", "the coordinator did not add this laptop in time; ask for a new invitation."
            )
        )
    passphrase = read_new_passphrase(args.passphrase_file)
    from hostdesk.sync.team.joining import forget_welcome, part_fetcher

    try:
        fetch = part_fetcher(pending, args.hub)
        vault, recovery = invite.complete_join(
            args.vault, pending, welcome, passphrase, args.hub, fetch_part=fetch,
            progress=percent_progress,
        )  # fmt: skip
    except (HubError, invite.InvitationError) as error:
        end_progress()
        return _fail(message_text(error))
    end_progress()
    forget_welcome(pending, args.hub)
    vault.close()
    print(translate("cli", "Joined the team."))
    print(
        translate(
            "cli",
            "RECOVERY KEY (shown only now; print it or write it down and keep it locked away):",
        )
    )
    print(f"    {recovery}")
    return 0


def join_team(args: argparse.Namespace) -> int:
    from hostdesk.cli.passphrase import read_new_passphrase
    from hostdesk.storage.durable import write_atomically
    from hostdesk.sync.team import invite
    from hostdesk.sync.team.envelope import EnvelopeError

    if args.code:
        if not args.hub:
            return _fail(translate("cli", "a code needs the hub's address: --hub URL."))
        return join_existing(args) if args.existing else _join_by_code(args)
    if args.existing:
        if args.invitation is None and args.welcome is None:
            return _fail(
                translate(
                    "cli",
                    "--existing needs --code CODE and --hub URL, or --invitation FILE and "
                    "--out REQUEST, then --welcome FILE.",
                )
            )
        return join_existing_by_file(args)
    if args.invitation is None:
        return _fail(
            translate(
                "cli", "give the invitation with --invitation FILE, or --code CODE and --hub URL."
            )
        )
    try:
        invitation = invite.read_invitation(args.invitation.read_bytes())
    except (OSError, invite.InvitationError) as error:
        return _fail(message_text(error))
    if args.welcome is not None:
        with open_vault(args) as vault:
            try:
                result = invite.finish_join(vault, args.welcome.read_bytes(), invitation.secret)
            except (OSError, invite.InvitationError, EnvelopeError) as error:
                return _fail(message_text(error))
        print(translate("cli", "Joined the team: {n} change sets merged.").format(n=result.merged))
        return 0
    if args.out is None:
        return _fail(translate("cli", "say where to write the join request with --out FILE."))
    print(
        translate("cli", "The coordinator's device fingerprint (check it aloud): {fp}").format(
            fp=invitation.fingerprint()
        )
    )
    passphrase = read_new_passphrase(args.passphrase_file)
    vault, request, recovery = invite.begin_join(args.vault, invitation, passphrase, args.label)
    vault.close()
    write_atomically(args.out, request)
    print(
        translate("cli", "Join request written to {path}; give it to the coordinator.").format(
            path=args.out
        )
    )
    print(
        translate(
            "cli", "This laptop's fingerprint, to read aloud to the coordinator: {fp}"
        ).format(fp=invite.read_join_request(request).fingerprint())
    )
    print()
    print(
        translate(
            "cli",
            "RECOVERY KEY (shown only now; print it or write it down and keep it locked away):",
        )
    )
    print(f"    {recovery}")
    return 0


def show_status(args: argparse.Namespace) -> int:
    from hostdesk.sync.team.status import team_status

    with open_vault(args) as vault, vault.session() as session:
        status = team_status(session)
    if status is None:
        print(translate("cli", "This vault is not in a team."))
        return 0
    print(
        translate("cli", "Team {team}; this device {device} (code {code}).").format(
            team=status.team, device=status.device[:8], code=status.code or "-"
        )
    )
    print(
        translate("cli", "Hub: {hub}").format(
            hub=status.hub_url or translate("cli", "none (files only)")
        )
    )
    print(
        translate("cli", "Rows changed here and not sealed yet: {n}").format(n=status.unsealed_rows)
    )
    for reason, count in sorted(status.held.items()):
        print(
            translate("cli", "Held back ({reason}): {n}").format(
                reason=_hold_words(reason), n=count
            )
        )
    print(
        translate("cli", "Conflicts to resolve: {n} in {families} families").format(
            n=status.conflicts, families=status.conflicted_families
        )
    )
    print(
        translate("cli", "Edits dropped because their family was erased: {n}").format(
            n=status.drops
        )
    )
    for device in status.devices:
        mark = "*" if device.is_me else " "
        state = "" if device.active else " " + translate("cli", "(revoked)")
        print(
            f"{mark} {device.device[:8]}  {device.username:<20} {device.label:<16} "
            + translate("cli", "last contact {when}, {n} waiting for it").format(
                when=_when(device.last_contact), n=device.waiting_for_it
            )
            + state
        )
    return 0


def _hold_words(reason: str) -> str:
    return {
        "newer_schema": translate("cli", "a newer HostDesk wrote it: update HostDesk"),
        "clock_ahead": translate("cli", "its device's clock is ahead of this one"),
        "unknown_device": translate("cli", "from a device not known here yet"),
    }.get(reason, reason)


def sync_team(args: argparse.Namespace) -> int:
    from hostdesk.cli.team_file_words import exported_lines, imported_lines, no_room
    from hostdesk.storage.durable import write_atomically
    from hostdesk.sync.team import files
    from hostdesk.sync.team.envelope import EnvelopeError

    if not args.from_file and args.to_file is None:
        return _sync_hub(args)
    with open_vault(args) as vault:
        for path in args.from_file:
            try:
                result = files.import_file(vault, path.read_bytes())
            except (OSError, EnvelopeError) as error:
                return _fail(message_text(error))
            for line in imported_lines(path, result):
                print(line)
        if args.to_file is not None:
            exported = files.export_file(vault, _device_id(vault, args.for_device))
            refused = no_room(args.to_file, len(exported.data))
            if refused:
                return _fail(refused)
            write_atomically(args.to_file, exported.data)
            for line in exported_lines(args.to_file, exported):
                print(line)
    return 0


def _sync_hub(args: argparse.Namespace) -> int:
    from hostdesk.sync.team import blobs, hub_sync
    from hostdesk.sync.team.hub_client import HubError

    with open_vault(args) as vault:
        try:
            with hub_sync.client_for(vault) as client:
                report = hub_sync.sync_with_hub(vault, client)
                # Documents' bytes follow their rows (docs/team-sync.md §12).
                fetched = blobs.fetch(vault, client)
        except ValueError:
            return _fail(
                translate(
                    "cli", "this team has no hub; exchange files with --to-file and --from-file."
                )
            )
        except HubError as error:
            return _fail(sentence_text(error.reason))
    print(
        translate(
            "cli",
            "Sent {up}; received {down}: {merged} merged, {held} held back, {refused} refused.",
        ).format(
            up=report.uploaded,
            down=report.received,
            merged=report.merged,
            held=report.held,
            refused=report.refused,
        )
    )
    if report.documents_sent or fetched:
        print(
            translate("cli", "Documents: {sent} sent, {got} received.").format(
                sent=report.documents_sent, got=fetched
            )
        )
    return 0
