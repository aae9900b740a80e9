"""``hostdesk subject-access``: everything held on one person, for a GDPR access request."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options
from hostdesk.i18n import fill, translate


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's subcommands to the top-level parser."""
    access = sub.add_parser(
        "subject-access",
        help=translate("cli", "export everything held on one person (JSON and PDF), for an "
                       "access request"),
        description=translate("cli", "Without --member, lists the case's members and their "
                              "numbers."),
    )  # fmt: skip
    vault_options(access)
    access.add_argument("--case", required=True, metavar="N",
                        help=translate("cli", "case number, e.g. HD-2026-00042"))  # fmt: skip
    access.add_argument("--member", type=int, metavar="ID", help=translate(
        "cli", "the person's member number (without it: a list)"))  # fmt: skip
    access.add_argument("--out", type=Path, metavar="DIR",
                        help=translate("cli", "folder to write the two files in"))  # fmt: skip
    access.add_argument("--lang", choices=("pt", "en"), default="pt",
                        help=translate("cli", "language of the PDF"))  # fmt: skip
    access.set_defaults(run=subject_access)


def subject_access(args: argparse.Namespace) -> int:
    from hostdesk.reports.subject_access import build_subject_access, write_subject_access
    from hostdesk.storage.subject_access import members_of_case

    with open_vault(args) as vault:
        with vault.session() as session:
            members = members_of_case(session, args.case)
        case = args.case.strip()
        if not members:
            print("hostdesk: " + fill(translate("cli", "there is no case %1 in this vault."),
                                      case), file=sys.stderr)  # fmt: skip
            return 1
        if args.member is None or args.out is None:
            print(fill(translate("cli", "Members of %1 (choose one with --member ID, and "
                                 "--out DIR):"), case))  # fmt: skip
            head = translate("cli", " (head)")
            for m in members:
                parts = (str(m.id), m.name_latin, m.name_original)
                print("\t".join(part for part in parts if part) + (head if m.is_head else ""))
            return 2
        if args.member not in {m.id for m in members}:
            print("hostdesk: " + fill(translate("cli", "member %1 is not in case %2; run without "
                                                "--member to list them."), args.member, case),
                  file=sys.stderr)  # fmt: skip
            return 2
        export = build_subject_access(vault, args.member, args.lang)
    paths = write_subject_access(export, args.out)
    print(fill(translate("cli", "Subject-access export written: %1 and %2."), paths[0], paths[1]))
    print(translate("cli", "Keep it as safe as the vault, and check it before handing it over."))
    return 0
