"""``hostdesk subject-access``: everything held on one person, for a GDPR access request."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's subcommands to the top-level parser."""
    access = sub.add_parser(
        "subject-access",
        help="export everything held on one person (JSON and PDF), for an access request",
        description="Without --member, lists the case's members and their numbers.",
    )
    vault_options(access)
    access.add_argument(
        "--case", required=True, metavar="N", help="case number, e.g. HD-2026-00042"
    )
    access.add_argument("--member", type=int, metavar="ID",
                        help="the person's member number (without it: a list)")  # fmt: skip
    access.add_argument("--out", type=Path, metavar="DIR", help="folder to write the two files in")
    access.add_argument("--lang", choices=("pt", "en"), default="pt", help="language of the PDF")
    access.set_defaults(run=subject_access)


def subject_access(args: argparse.Namespace) -> int:
    from hostdesk.reports.subject_access import build_subject_access, write_subject_access
    from hostdesk.storage.subject_access import members_of_case

    with open_vault(args) as vault:
        with vault.session() as session:
            members = members_of_case(session, args.case)
        if not members:
            print(f"hostdesk: there is no case {args.case.strip()} in this vault.", file=sys.stderr)
            return 1
        if args.member is None or args.out is None:
            print(f"Members of {args.case.strip()} (choose one with --member ID, and --out DIR):")
            for m in members:
                head = " (head)" if m.is_head else ""
                print("\t".join(part for part in (str(m.id), m.name_latin, m.name_original) if part)
                      + head)  # fmt: skip
            return 2
        if args.member not in {m.id for m in members}:
            print(f"hostdesk: member {args.member} is not in case {args.case.strip()}; "
                  "run without --member to list them.", file=sys.stderr)  # fmt: skip
            return 2
        export = build_subject_access(vault, args.member, args.lang)
    paths = write_subject_access(export, args.out)
    print(f"Subject-access export written: {paths[0]} and {paths[1]}.")
    print("Keep it as safe as the vault, and check it before handing it over.")
    return 0
