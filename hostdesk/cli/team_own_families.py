"""``hostdesk team join --existing`` and ``hostdesk team offers``: a laptop that held
families before it joined its team, and those families (docs/team-sync.md §12)."""

from __future__ import annotations

import argparse
import sys

from hostdesk.cli.options import open_vault
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
            joined = joining.join_existing(vault, pending, welcome, passphrase, args.hub)
        except (HubError, invite.InvitationError) as error:
            return _fail(message_text(error))
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
                translate(
                    "cli", "{n} families shared; they travel with the next sync."
                ).format(n=offered.families)
            )
            return 0
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
