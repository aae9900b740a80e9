"""``hostdesk user …``: the coordinator lists, adds and removes users and resets passphrases.

``--user`` and ``--passphrase-file`` (or HOSTDESK_PASSPHRASE_FILE) are the
signed-in coordinator's, as for every command; ``--name`` is the user acted
on, whose new passphrase comes from ``--new-passphrase-file`` or a prompt.
"""

from __future__ import annotations

import argparse
import sys

from hostdesk.cli.commands import print_recovery_key
from hostdesk.cli.options import open_vault, vault_options
from hostdesk.cli.passphrase import read_new_passphrase, read_recovery_key
from hostdesk.cli.progress import end_progress, percent_progress
from hostdesk.domain.vocabulary import Role
from hostdesk.i18n import translate
from hostdesk.storage.user_removal import RemovalRegister, RemovalResult
from hostdesk.storage.vault import Vault


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's subcommands to the top-level parser."""
    user = sub.add_parser("user", help="list, add and remove users; reset a passphrase")
    user_sub = user.add_subparsers(dest="user_command", metavar="USER_COMMAND", required=True)

    listing = user_sub.add_parser("list", help="every user: name, full name, role, active")
    vault_options(listing)
    listing.set_defaults(run=list_users)

    add = user_sub.add_parser("add", help="add a user with their own passphrase (coordinator)")
    vault_options(add)
    _name_option(add)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--display-name", default="", metavar="TEXT", help="the person's full name")
    _new_passphrase_option(add)
    add.set_defaults(run=add_user)

    remove = user_sub.add_parser(
        "remove",
        help="remove users: their key slots go, the vault gets a new key, "
        "their history stays (coordinator)",
    )
    vault_options(remove)
    remove.add_argument(
        "--name", required=True, action="append", metavar="U",
        help="a user to remove (repeat for several: one change of key for all)",
    )  # fmt: skip
    remove.set_defaults(run=remove_user)

    reset = user_sub.add_parser(
        "reset-passphrase",
        help="give a user a new passphrase (coordinator, or anyone with the recovery key)",
    )
    vault_options(reset)
    _name_option(reset)
    _new_passphrase_option(reset)
    reset.add_argument(
        "--recovery-key-file", metavar="F",
        help="use the recovery key on the first line of F instead of a coordinator's passphrase",
    )  # fmt: skip
    reset.set_defaults(run=reset_passphrase)


def _name_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", required=True, metavar="U", help="the user acted on")


def _new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file", metavar="F",
        help="read the user's new passphrase from the first line of F (default: ask twice)",
    )  # fmt: skip


def _new_passphrase(args: argparse.Namespace) -> str:
    return read_new_passphrase(args.new_passphrase_file, from_environment=False)


def list_users(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.list_users()
    for row in rows:
        state = "active" if row.active else "removed"
        print("\t".join((row.username, row.display_name, row.role.value, state)))
    return 0


def add_user(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.require_coordinator("add users")
        passphrase = _new_passphrase(args)
        vault.add_user(args.name, Role(args.role), passphrase, args.display_name.strip())
    print(f"User {args.name} added as {args.role}.")
    return 0


def remove_user(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.require_coordinator("remove users")
        print(translate("cli", "Removing the user and re-encrypting the vault under a new key…"),
              file=sys.stderr)  # fmt: skip
        try:
            result = vault.remove_users(
                args.name, progress=percent_progress, register=RemovalRegister.default()
            )
        finally:
            end_progress()
    report_removal(result)
    return 0


def report_removal(result: RemovalResult) -> None:
    """What a removal tells the coordinator: done, a new recovery key, users to reset."""
    names = ", ".join(result.usernames)
    print(translate("cli", "Removed: %1. The vault now has a new key: what they kept "
                           "no longer opens it.").replace("%1", names))  # fmt: skip
    if result.new_recovery_key is not None:
        print_recovery_key(result.new_recovery_key)
    if result.need_new_passphrase:
        print(translate("cli", "These users must be given a new passphrase "
                               "(hostdesk user reset-passphrase): %1")
              .replace("%1", ", ".join(result.need_new_passphrase)))  # fmt: skip


def reset_passphrase(args: argparse.Namespace) -> int:
    if args.recovery_key_file:
        recovery = read_recovery_key(args.recovery_key_file)
        passphrase = _new_passphrase(args)
        Vault.reset_forgotten_passphrase(args.vault, recovery, args.name, passphrase)
    else:
        with open_vault(args) as vault:
            vault.require_coordinator("reset passphrases")
            vault.reset_passphrase(args.name, _new_passphrase(args))
    print(f"The passphrase of {args.name} was reset; the old one no longer works.")
    return 0
