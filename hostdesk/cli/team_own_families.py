"""``hostdesk team join --existing`` and ``hostdesk team offers``: a laptop that held
families before it joined its team, and those families (docs/team-sync.md §12)."""

from __future__ import annotations

import argparse
import sys

from hostdesk.cli.options import open_vault
from hostdesk.cli.progress import end_progress, percent_progress
from hostdesk.errors_text import message_text
from hostdesk.i18n import translate
from hostdesk.storage.vault import Vault


def _fail(text: str) -> int:
    print(f"hostdesk: {text}", file=sys.stderr)
    return 2


def join_existing(args: argparse.Namespace) -> int:
    from hostdesk.cli.passphrase import read_passphrase
    from hostdesk.sync.team import invite, joining
    from hostdesk.sync.team.hub_client import HubError

    passphrase = read_passphrase(args.passphrase_file)
    try:
        pending = invite.new_pending_join(args.code, args.label)
    except invite.InvitationError as error:
        return _fail(message_text(error))
    with Vault.open(args.vault, args.user, passphrase) as vault:
        print(
            translate(
                "cli", "This laptop's fingerprint, to read aloud to the coordinator: {fp}"
            ).format(fp=pending.fingerprint()),
            flush=True,
        )
        try:
            welcome = joining.wait_for_welcome(pending, args.hub, wait=args.wait)
            fetch = joining.part_fetcher(pending, args.hub)
            joined = joining.join_existing(vault, pending, welcome, passphrase, args.hub, fetch,
                                           percent_progress)  # fmt: skip
            joining.forget_welcome(pending, args.hub)
        except (HubError, invite.InvitationError) as error:
            end_progress()
            return _fail(message_text(error))
        end_progress()
    print(
        translate(
            "cli",
            "Joined the team. {n} of this laptop's families stay here until you share them "
            "({d} may already be in the team): hostdesk team offers.",
        ).format(n=joined.withheld, d=joined.duplicates)
    )
    if not joined.complete:
        print(
            translate(
                "cli",
                "Some of the team's families are still on their way: they arrive with "
                "hostdesk team sync.",
            )
        )
    return 0


def join_existing_by_file(args: argparse.Namespace) -> int:
    """With no hub: ``--invitation FILE --out REQUEST`` writes the join request; once the
    coordinator gave back the welcome, ``--welcome FILE`` joins (docs/team-sync.md §12)."""
    from hostdesk.cli.passphrase import read_passphrase
    from hostdesk.storage.durable import write_atomically
    from hostdesk.sync.team import file_join, invite
    from hostdesk.sync.team.envelope import EnvelopeError

    passphrase = read_passphrase(args.passphrase_file)
    with Vault.open(args.vault, args.user, passphrase) as vault:
        try:
            if args.welcome is not None:
                joined = file_join.finish(vault, args.welcome.read_bytes(), passphrase)
            else:
                if args.out is None:
                    return _fail(
                        translate("cli", "say where to write the join request with --out FILE.")
                    )
                invitation = invite.read_invitation(args.invitation.read_bytes())
                request, asked = file_join.begin(vault, invitation, passphrase, args.label)
                write_atomically(args.out, request)
        except (OSError, invite.InvitationError, EnvelopeError) as error:
            return _fail(message_text(error))
    if args.welcome is None:
        print(translate("cli", "The coordinator's device fingerprint (check it aloud): {fp}")
              .format(fp=asked.coordinator_fingerprint))  # fmt: skip
        print(translate("cli", "Join request written to {path}; give it to the coordinator.")
              .format(path=args.out))  # fmt: skip
        print(translate("cli", "This laptop's fingerprint, to read aloud to the coordinator: "
                               "{fp}").format(fp=asked.fingerprint))  # fmt: skip
        print(translate("cli", "Then open the welcome file they give back: hostdesk team join "
                               "--existing --welcome FILE."))  # fmt: skip
        return 0
    print(
        translate(
            "cli",
            "Joined the team. {n} of this laptop's families stay here until you share them "
            "({d} may already be in the team): hostdesk team offers.",
        ).format(n=joined.withheld, d=joined.duplicates)
    )
    return 0


def own_families(args: argparse.Namespace) -> int:
    from hostdesk.storage.team import offers

    with open_vault(args) as vault:
        with vault.session() as session:
            waiting = offers.list_withheld(session)
        if args.share:
            by_case = {w.case_number: w.family for w in waiting}
            unknown = [case for case in args.share if case not in by_case]
            if unknown:
                return _fail(
                    translate("cli", "not among this laptop's own families: {cases}.").format(
                        cases=", ".join(unknown)
                    )
                )
            with vault.changing() as session:
                offered = offers.offer(session, vault.user, [by_case[c] for c in args.share])
            print(
                translate("cli", "{n} families shared; they travel with the next sync.").format(
                    n=offered.families
                )
            )
            return 0
        with vault.session() as session:
            shared = offers.offered_status(session)
    if shared.sent:
        print(
            translate(
                "cli",
                "Shared with the team: {sent}; a coordinator's laptop has them: {received} "
                "(as of its last file imported here).",
            ).format(sent=shared.sent, received=shared.received)
        )
    if not waiting:
        print(translate("cli", "This laptop holds no families of its own outside the team."))
    for family in waiting:
        line = f"{family.case_number}  {family.head}"
        if family.duplicate_case:
            line += "  " + translate("cli", "(may be the team's {case})").format(
                case=family.duplicate_case
            )
        print(line)
    return 0
