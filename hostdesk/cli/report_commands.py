"""``hostdesk report …``: family progress reports and the NAIR monthly report."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options
from hostdesk.errors_text import message_text
from hostdesk.i18n import fill, format_moment, translate


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's subcommands to the top-level parser."""
    report = sub.add_parser("report", help=translate(
        "cli", "progress reports (PDF) and the NAIR monthly report"))  # fmt: skip
    report_sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)

    family = report_sub.add_parser(
        "family", help=translate("cli", "one family's progress report for a period")
    )
    vault_options(family)
    family.add_argument("--case", required=True, metavar="N",
                        help=translate("cli", "case number, e.g. HD-2026-00042"))  # fmt: skip
    family.add_argument("--from", dest="start", required=True, type=_date, metavar="DATE",
                        help=translate("cli", "first day of the period (YYYY-MM-DD)"))  # fmt: skip
    family.add_argument("--to", dest="end", required=True, type=_date, metavar="DATE",
                        help=translate("cli", "last day of the period (YYYY-MM-DD)"))  # fmt: skip
    family.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help=translate("cli", "the PDF file to write"))  # fmt: skip
    family.add_argument("--lang", choices=("pt", "en"), default="pt",
                        help=translate("cli", "language of the PDF"))  # fmt: skip
    family.set_defaults(run=family_report)

    monthly = report_sub.add_parser(
        "monthly", help=translate("cli", "the month's report to the NAIR (JSON + PDF)")
    )
    vault_options(monthly)
    monthly.add_argument("--month", required=True, metavar="YYYY-MM",
                         help=translate("cli", "the month, e.g. 2026-11"))  # fmt: skip
    monthly.add_argument("--out", required=True, type=Path, metavar="DIR",
                         help=translate("cli", "folder to write the two files in"))  # fmt: skip
    monthly.add_argument("--lang", choices=("pt", "en"), default="pt",
                         help=translate("cli", "language of the PDF"))  # fmt: skip
    monthly.add_argument(
        "--submit",
        action="store_true",
        help=translate("cli", "also store it as the month's next revision and freeze it "
                       "(coordinator only)"),
    )  # fmt: skip
    monthly.set_defaults(run=monthly_report)

    par = report_sub.add_parser("par", help=translate(
        "cli", "the month's entity-level figures for the PAR coordinator (JSON + sheet)"
    ))  # fmt: skip
    vault_options(par)
    par.add_argument("--month", required=True, metavar="YYYY-MM",
                     help=translate("cli", "the month, e.g. 2026-11"))  # fmt: skip
    par.add_argument("--out", required=True, type=Path, metavar="DIR",
                     help=translate("cli", "folder to write the two files in"))  # fmt: skip
    par.add_argument("--format", choices=("ods", "xlsx"), default="ods", help=translate(
        "cli", "spreadsheet format beside the JSON (default: ods)"))  # fmt: skip
    par.add_argument("--lang", choices=("pt", "en"), default="pt",
                     help=translate("cli", "spreadsheet headers"))  # fmt: skip
    par.set_defaults(run=par_report)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate(
            "cli", '"%1" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.'), value)
        ) from None  # fmt: skip


def _fail(error: BaseException) -> None:
    print(f"hostdesk: {message_text(error)}", file=sys.stderr)


def family_report(args: argparse.Namespace) -> int:
    from hostdesk.reports.family import ReportError, family_id_for_case, render_family_report
    from hostdesk.storage.durable import write_atomically

    if args.end < args.start:
        print(translate("cli", "hostdesk: the period ends before it starts; swap --from and "
                        "--to."), file=sys.stderr)  # fmt: skip
        return 2
    with open_vault(args) as vault:
        try:
            with vault.session() as session:
                family_id = family_id_for_case(session, args.case)
            pdf = render_family_report(vault, family_id, args.start, args.end, args.lang)
        except (ReportError, ValueError) as error:
            _fail(error)
            return 1
    write_atomically(args.out, pdf)
    print(fill(translate("cli", "Progress report for %1 written to %2."), args.case.strip(),
               args.out))  # fmt: skip
    return 0


def monthly_report(args: argparse.Namespace) -> int:
    from hostdesk.reports.monthly import RevisionError, build_monthly_report, store_revision
    from hostdesk.reports.monthly_build import Month
    from hostdesk.storage.durable import make_private_folder, write_atomically

    try:
        month = str(Month.parse(args.month))
    except ValueError as error:
        _fail(error)
        return 2
    with open_vault(args) as vault:
        try:
            draft = build_monthly_report(vault, month, args.lang)
            if args.submit:
                store_revision(vault, draft, submit=True)
        except (RevisionError, ValueError) as error:
            _fail(error)
            return 1
        if args.submit:
            from hostdesk.sync.outbox import heal, summary

            heal(vault)  # its bundle goes into the outbox now (also healed at every send)
            queued = (
                translate("cli", "queued for the NAIR")
                if summary(vault).configured
                else translate("cli", "waiting for NAIR set-up (hostdesk sync configure)")
            )
    make_private_folder(args.out)
    stem = draft.file_stem()
    write_atomically(args.out / f"{stem}.json", draft.json_bytes)
    write_atomically(args.out / f"{stem}.pdf", draft.pdf_bytes)
    if args.submit:
        state = translate("cli", "submitted and frozen")
    else:
        state = translate("cli", "draft, not submitted")
    print(fill(translate("cli", "Monthly report %1, revision %2 (%3): %4.json/.pdf"), month,
               draft.revision, state, args.out / stem))  # fmt: skip
    print(fill(translate("cli", "SHA-256 of the JSON: %1"), draft.sha256))
    _warn_out_of_touch(draft, month)
    if args.submit:
        print(fill(translate("cli", "Bundle: %1."), queued))
    return 0


def par_report(args: argparse.Namespace) -> int:
    from hostdesk.reports.par_export import ParExportRefused, build_par_export, json_text
    from hostdesk.reports.spreadsheet import SheetFormat
    from hostdesk.storage.durable import write_atomically

    with open_vault(args) as vault:
        try:
            export = build_par_export(vault, args.month)
        except ParExportRefused:
            print(translate("cli", "hostdesk: the entity is not marked as a PAR member "
                                   "(Settings); there is no PAR export to make."),
                  file=sys.stderr)  # fmt: skip
            return 1
        except ValueError as error:
            _fail(error)
            return 2
    kind = SheetFormat(args.format)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = export.file_stem()
    write_atomically(args.out / f"{stem}.json", json_text(export))
    write_atomically(args.out / f"{stem}.{kind.value}", export.spreadsheet(kind, args.lang))
    print(fill(translate("cli", "PAR figures for %1 (aggregates only): %2.json and .%3"),
               export.month, args.out / stem, kind.value))  # fmt: skip
    return 0


def _warn_out_of_touch(draft: object, month: str) -> None:
    """Team laptops not heard from since the month ended: their changes may be missing."""
    for device in getattr(draft, "out_of_touch", ()):
        when = (
            format_moment(device.last_contact)
            if device.last_contact
            else translate("cli", "never")
        )
        print(
            translate(
                "cli",
                "Warning: the laptop {label} of {user} has not been in contact since {month} "
                "ended (last contact: {when}); what it changed may be missing from this report.",
            ).format(
                label=device.label or device.device[:8],
                user=device.username,
                month=month,
                when=when,
            ),
            file=sys.stderr,
        )
