"""``hostdesk``: the desktop app and the vault's command-line tools."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

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
from hostdesk.storage.errors import VaultError

log = logging.getLogger("hostdesk")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hostdesk",
        description="Case management for hosting entities of the refugee integration programme.",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log more (never personal data)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the desktop application (the default)")
    vault_options(gui, required=False)
    gui.add_argument("--demo", action="store_true", help="open a synthetic demo vault")
    gui.set_defaults(run=commands.gui)

    init = sub.add_parser("init", help="create an empty vault")
    vault_options(init)
    init.add_argument("--entity", required=True, metavar="NAME", help="hosting entity's name")
    init.set_defaults(run=commands.init)

    demo = sub.add_parser("demo", help="create a vault filled with synthetic families")
    vault_options(demo)
    demo.add_argument("--families", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(run=commands.demo)

    search = sub.add_parser("search", help="find families and members")
    vault_options(search)
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(run=commands.search)

    verify = sub.add_parser("verify", help="check the database and the audit chain")
    vault_options(verify)
    verify.add_argument("--against-nair", action="store_true",
                        help="also check the chain against the NAIR's receipts")  # fmt: skip
    verify.add_argument("--receipts", type=Path, metavar="DIR",
                        help="also check the chain against receipts saved in DIR")  # fmt: skip
    verify.set_defaults(run=commands.verify)

    key = sub.add_parser("key", help="key management")
    key_sub = key.add_subparsers(dest="key_command", metavar="KEY_COMMAND", required=True)
    export_raw = key_sub.add_parser(
        "export-raw",
        help="print the raw database key in hex (to open the data in any SQLCipher 4 tool)",
    )
    vault_options(export_raw)
    export_raw.set_defaults(run=commands.export_raw_key)

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
        print(f"hostdesk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("hostdesk: interrupted; nothing was left half-done.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
