"""``hostdesk``: the desktop app and the vault's command-line tools."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from hostdesk import LICENCE, __version__, resources
from hostdesk.cli import (
    backup_commands,
    commands,
    family_doc_commands,
    gdpr_commands,
    import_commands,
    report_commands,
    sync_commands,
    team_commands,
    user_commands,
)
from hostdesk.cli.options import vault_options
from hostdesk.errors_text import message_text
from hostdesk.i18n import translate
from hostdesk.i18n_argparse import ArgumentParser
from hostdesk.storage.errors import VaultError

log = logging.getLogger("hostdesk")


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="hostdesk", description=translate(
        "cli", "Case management for hosting entities of the refugee integration programme."
    ))  # fmt: skip
    parser.add_argument("-v", "--verbose", action="store_true",
                        help=translate("cli", "log more (never personal data)"))  # fmt: skip
    parser.add_argument(
        "--version", action="version", version=f"HostDesk {__version__} ({LICENCE})"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help=translate("cli", "open the desktop application (the default)"))
    vault_options(gui, required=False)
    gui.add_argument("--demo", action="store_true",
                     help=translate("cli", "open a synthetic demo vault"))  # fmt: skip
    gui.set_defaults(run=commands.gui)

    init = sub.add_parser("init", help=translate("cli", "create an empty vault"))
    vault_options(init)
    init.add_argument("--entity", required=True, metavar="NAME",
                      help=translate("cli", "hosting entity's name"))  # fmt: skip
    init.set_defaults(run=commands.init)

    demo = sub.add_parser(
        "demo", help=translate("cli", "create a vault filled with synthetic families")
    )
    vault_options(demo)
    demo.add_argument("--families", type=int, default=300, metavar="N", help=translate(
        "cli", "how many synthetic families (default %(default)s)"))  # fmt: skip
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=translate(
        "cli", "another seed makes other families (default %(default)s)"))  # fmt: skip
    demo.set_defaults(run=commands.demo)

    search = sub.add_parser("search", help=translate("cli", "find families and members"))
    vault_options(search)
    search.add_argument("query", metavar="QUERY", help=translate(
        "cli", "a name in any script or spelling, a case number or an identifier"))  # fmt: skip
    search.add_argument("--limit", type=int, default=50, metavar="N", help=translate(
        "cli", "at most this many results (default %(default)s)"))  # fmt: skip
    search.set_defaults(run=commands.search)

    verify = sub.add_parser(
        "verify", help=translate("cli", "check the database and the audit chain")
    )
    vault_options(verify)
    verify.add_argument("--against-nair", action="store_true", help=translate(
        "cli", "also check the chain against the NAIR's receipts"))  # fmt: skip
    verify.add_argument("--receipts", type=Path, metavar="DIR", help=translate(
        "cli", "also check the chain against receipts saved in DIR"))  # fmt: skip
    verify.set_defaults(run=commands.verify)

    key = sub.add_parser("key", help=translate("cli", "key management"))
    key_sub = key.add_subparsers(dest="key_command", metavar="KEY_COMMAND", required=True)
    export_raw = key_sub.add_parser("export-raw", help=translate(
        "cli", "print the raw database key in hex, to open the data in any SQLCipher 4 tool "
        "(coordinator; asks the passphrase again; audited)"
    ))  # fmt: skip
    vault_options(export_raw)
    export_raw.set_defaults(run=commands.export_raw_key)
    new_recovery = key_sub.add_parser("new-recovery", help=translate(
        "cli", "replace the recovery key and print the new one once (coordinator)"
    ))  # fmt: skip
    vault_options(new_recovery)
    new_recovery.set_defaults(run=commands.new_recovery_key)

    # Each further group of commands lives in its own module.
    for group in (
        report_commands,
        backup_commands,
        user_commands,
        import_commands,
        gdpr_commands,
        sync_commands,
        family_doc_commands,
        team_commands,
    ):
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # plain ``hostdesk`` opens the app
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except VaultError as error:
        print(f"hostdesk: {message_text(error)}", file=sys.stderr)
        return 2
    except resources.MissingResource as error:
        print(f"hostdesk: {message_text(error)}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print(translate("cli", "hostdesk: interrupted; nothing was left half-done."),
              file=sys.stderr)  # fmt: skip
        return 130


if __name__ == "__main__":
    sys.exit(main())
