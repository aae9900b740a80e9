"""What each ``hostdesk`` subcommand does. Output never holds more personal data than asked."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from hostdesk.cli.options import open_vault
from hostdesk.cli.passphrase import read_new_passphrase, read_passphrase
from hostdesk.errors_text import sentence_text
from hostdesk.i18n import fill, format_number, translate
from hostdesk.storage import caseload, families
from hostdesk.storage import search as search_index
from hostdesk.storage.vault import Vault

if TYPE_CHECKING:
    from hostdesk.sync.anchors import AnchorReport


def gui(args: argparse.Namespace) -> int:
    from hostdesk.app import run_gui  # Qt only when the window is wanted

    return run_gui(vault_dir=getattr(args, "vault", None), demo=getattr(args, "demo", False))


def init(args: argparse.Namespace) -> int:
    if not args.user:
        print(translate("cli", "hostdesk: say who the coordinator is with --user NAME."),
              file=sys.stderr)  # fmt: skip
        return 2
    passphrase = read_new_passphrase(args.passphrase_file)
    vault, recovery = Vault.create(
        args.vault, entity_name=args.entity, username=args.user, passphrase=passphrase
    )
    vault.close()
    print(fill(translate("cli", "Vault created in %1 for %2; coordinator: %3."), args.vault,
               args.entity, args.user))  # fmt: skip
    print()
    print(translate("cli", "RECOVERY KEY (shown only now; print it or write it down and keep it "
                    "locked away):"))  # fmt: skip
    print(f"    {recovery}")
    print(translate("cli", "With it a coordinator can open the vault and reset a forgotten "
                    "passphrase."))  # fmt: skip
    return 0


def demo(args: argparse.Namespace) -> int:
    from hostdesk.storage.demo.writer import create_demo_vault

    passphrase = read_new_passphrase(args.passphrase_file)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            text = fill(translate("cli", "%1/%2 families"), format_number(done),
                        format_number(total))  # fmt: skip
            print(f"\r{text}", end="", file=sys.stderr, flush=True)

    vault = create_demo_vault(
        args.vault, passphrase, families=args.families, seed=args.seed, progress=progress
    )
    vault.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(fill(translate("cli", "Demo vault with %1 synthetic families created in %2."),
               format_number(args.families), args.vault))  # fmt: skip
    return 0


def search(args: argparse.Namespace) -> int:
    with open_vault(args) as vault, vault.session() as session:
        hits = search_index.search(session, args.query, limit=args.limit)
        rows = families_for_hits(session, hits)
    for line in rows:
        print(line)
    return 0


def families_for_hits(session: Session, hits: list[search_index.SearchHit]) -> list[str]:
    """One line per hit: case number, then the member's (or the head's) names."""
    family_rows = caseload.rows_for(session, sorted({h.family_id for h in hits}))
    member_names = families.member_names(session, [h.member_id for h in hits if h.member_id])
    lines = []
    for hit in hits:
        row = family_rows.get(hit.family_id)
        if row is None:
            continue
        if hit.member_id is not None and hit.member_id in member_names:
            latin, original = member_names[hit.member_id]
        else:
            latin, original = row.head_latin, row.head_original
        lines.append("\t".join(part for part in (row.case_number, latin, original) if part))
    return lines


def verify(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        problems = vault.integrity_problems()
        chain = vault.audit_report()
        anchors = _check_anchors(vault, args)
    failed = False
    if problems:
        failed = True
        print(translate("cli", "database integrity: FAILED"))
        for problem in problems[:20]:  # SQLite's own words: for whoever repairs the file
            print(f"    {problem}")
    else:
        print(translate("cli", "database integrity: ok"))
    if chain.first_broken_seq is not None:
        failed = True
        print(fill(translate("cli", "audit chain: BROKEN at entry %1: %2"),
                   chain.first_broken_seq, sentence_text(chain.reason)))  # fmt: skip
    elif chain.entries == 0:
        failed = True
        print(translate("cli", "audit chain: EMPTY (0 entries): the audit log was deleted"))
    else:
        print(fill(translate("cli", "audit chain: ok (%1 entries)"), format_number(chain.entries)))
    if chain.row_problem_count:
        failed = True
        print(fill(translate("cli", "saved rows: FAILED (%1 problem(s))"),
                   format_number(chain.row_problem_count)))  # fmt: skip
        for problem in chain.row_problems:
            print(f"    {sentence_text(problem)}")
    else:
        print(fill(translate("cli", "saved rows: ok (%1 rows match the audit log)"),
                   format_number(chain.rows_checked)))  # fmt: skip
    for source, report in anchors:
        if report.ok:
            print(fill(translate("cli", "audit chain against %1: ok (%2 receipts, %3 with the "
                                 "chain's head, up to entry %4)"), source,
                       format_number(report.receipts), format_number(report.anchored),
                       report.newest))  # fmt: skip
        else:
            failed = True
            print(fill(translate("cli", "audit chain against %1: FAILED"), source))
            for problem in report.problems[:20]:
                print(f"    {sentence_text(problem)}")
    return 1 if failed else 0


def _check_anchors(vault: Vault, args: argparse.Namespace) -> list[tuple[str, AnchorReport]]:
    from hostdesk.sync import anchors

    checked = []
    if getattr(args, "receipts", None) is not None:
        saved = anchors.read_receipt_folder(args.receipts)
        source = fill(translate("cli", "the receipts in %1"), args.receipts)
        checked.append((source, anchors.check_receipts(vault, saved)))
    if getattr(args, "against_nair", False):
        fetched = anchors.receipts_from_nair(vault)
        source = translate("cli", "the NAIR's receipts")
        checked.append((source, anchors.check_receipts(vault, fetched)))
    return checked


def export_raw_key(args: argparse.Namespace) -> int:
    """Coordinators only, after the passphrase once more; the export is audited."""
    with open_vault(args) as vault:
        vault.require_coordinator("export the raw database key")
        again = read_passphrase(
            args.passphrase_file,
            translate("cli", "Passphrase again, to export the raw key: "),
        )
        print(vault.raw_key_hex(again))
    return 0


def new_recovery_key(args: argparse.Namespace) -> int:
    """A coordinator replaces the recovery key; the new one is printed once."""
    with open_vault(args) as vault:
        recovery = vault.new_recovery_key()
    print_recovery_key(recovery)
    return 0


def print_recovery_key(recovery: str) -> None:
    print(translate("cli", "NEW RECOVERY KEY (shown only now; print it or write it down and "
                           "keep it locked away; the previous one no longer works):"))  # fmt: skip
    print(f"    {recovery}")
