"""``hostdesk backup`` and ``hostdesk restore``: encrypted backups of a vault."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options
from hostdesk.cli.passphrase import read_passphrase, read_recovery_key
from hostdesk.cli.progress import end_progress, percent_progress
from hostdesk.cli.user_commands import report_removal
from hostdesk.i18n import fill, format_size, translate
from hostdesk.storage.backup import create_backup, restore_backup
from hostdesk.storage.user_removal import RemovalRegister
from hostdesk.storage.vault import Vault


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's subcommands to the top-level parser."""
    backup = sub.add_parser("backup", help=translate(
        "cli", "write an encrypted backup of a vault (it may stay open in the app)"))  # fmt: skip
    vault_options(backup)
    backup.add_argument(
        "--out", type=Path, required=True, metavar="FILE",
        help=translate("cli", "backup file to write, or an existing folder (e.g. a USB stick) "
                       "to write it in"),
    )  # fmt: skip
    backup.add_argument("--force", action="store_true",
                        help=translate("cli", "replace FILE if it exists"))  # fmt: skip
    backup.set_defaults(run=run_backup)

    restore = sub.add_parser(
        "restore", help=translate("cli", "restore a backup into a new, empty folder")
    )
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE",
                         help=translate("cli", "backup file"))  # fmt: skip
    restore.add_argument("--to", dest="target", type=Path, required=True, metavar="DIR",
                         help=translate("cli", "new vault folder"))  # fmt: skip
    restore.add_argument("--user", metavar="NAME", help=translate(
        "cli", "user name (default: the backup's only user)"))  # fmt: skip
    how = restore.add_mutually_exclusive_group()
    how.add_argument(
        "--passphrase-file", metavar="F",
        help=translate("cli", "read the passphrase from the first line of F (also "
                       "HOSTDESK_PASSPHRASE_FILE)"),
    )  # fmt: skip
    how.add_argument(
        "--recovery-key-file", metavar="F",
        help=translate("cli", "unlock with the recovery key written on the first line of F"),
    )  # fmt: skip
    restore.add_argument(
        "--remove-removed-users", action="store_true",
        help=translate("cli", "remove again, without asking, the users this computer removed "
                       "after the backup was made (the restored copy still lets them in)"),
    )  # fmt: skip
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        try:
            written = create_backup(vault, args.out, percent_progress, overwrite=args.force)
        finally:
            end_progress()
    size = format_size(written.stat().st_size)
    print(fill(translate("cli", "Backup written to %1 (%2); keep it as safe as the vault."),
               written, size))  # fmt: skip
    return 0


def run_restore(args: argparse.Namespace) -> int:
    if args.recovery_key_file:
        recovery = read_recovery_key(args.recovery_key_file)
        passphrase = None
    else:
        recovery = None
        passphrase = read_passphrase(args.passphrase_file)
    try:
        vault = restore_backup(
            args.source, args.target, passphrase=passphrase, username=args.user,
            recovery_key=recovery, progress=percent_progress,
        )  # fmt: skip
    finally:
        end_progress()
    with vault:
        problems = vault.integrity_problems()
        chain = vault.audit_report()
        print(fill(translate("cli", "Vault restored into %1."), args.target))
        if problems or not chain.ok:  # verified before, so this would be a bug worth shouting
            print(translate("cli", "hostdesk: the restored vault does not verify; run "
                            "“hostdesk verify”."))  # fmt: skip
            return 1
        if recovery is not None:
            print(translate("cli", "Opened with the recovery key; the users' passphrases are "
                            "those of the backup."))  # fmt: skip
        _offer_removals(vault, args)
    return 0


def _offer_removals(vault: Vault, args: argparse.Namespace) -> None:
    """Users removed after the backup was made still have their slot in it: remove them again."""
    register = RemovalRegister.default()
    removed = register.removed_since(vault.header)
    if not removed:
        return
    names = ", ".join(removed)
    print(fill(translate("cli", "This computer removed these users after the backup was made, "
                         "but the restored copy still lets them in: %1"), names))  # fmt: skip
    remove = args.remove_removed_users
    if not remove and sys.stdin.isatty() and vault.user.is_coordinator:
        question = translate("cli", "Remove them again now (the vault is re-encrypted)? [y/N] ")
        answer = input(question)
        remove = answer.strip().lower() in {"y", "yes", "s", "sim"}
    if not remove:
        hint = translate("cli", "Remove them with: hostdesk user remove --vault %1 --name USER")
        print(fill(hint, args.target))
        return
    try:
        result = vault.remove_users(removed, progress=percent_progress, register=register)
    finally:
        end_progress()
    report_removal(result)
