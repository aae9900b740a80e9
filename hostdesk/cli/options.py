"""Options shared by the subcommands that open a vault."""

from __future__ import annotations

import argparse
from pathlib import Path

from hostdesk.cli.passphrase import read_passphrase
from hostdesk.i18n import translate
from hostdesk.storage.vault import Vault


def vault_options(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """``--vault``, ``--user`` and ``--passphrase-file``, as every vault command takes them."""
    parser.add_argument("--vault", type=Path, required=required, metavar="DIR",
                        help=translate("cli", "vault folder"))  # fmt: skip
    parser.add_argument("--user", metavar="NAME", help=translate(
        "cli", "user name (default: the vault's only user)"))  # fmt: skip
    parser.add_argument(
        "--passphrase-file",
        metavar="F",
        help=translate("cli", "read the passphrase from the first line of F (also "
                       "HOSTDESK_PASSPHRASE_FILE)"),
    )  # fmt: skip


def open_vault(args: argparse.Namespace) -> Vault:
    """Unlock the vault named by the options, asking for the passphrase if need be."""
    passphrase = read_passphrase(args.passphrase_file)
    return Vault.open(args.vault, args.user, passphrase)
