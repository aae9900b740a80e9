"""``hostdesk sync …``: enrollment, the NAIR set-up, the outbox and its file transport."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options
from hostdesk.errors_text import message_text, sentence_text
from hostdesk.i18n import (
    QT_TRANSLATE_NOOP,
    fill,
    format_moment,
    format_number,
    os_error_text,
    translate,
)
from hostdesk.sync.keys import NairPublicKeys
from hostdesk.sync.outbox import BundleInfo, BundleState

STATE_WORDS = {
    BundleState.WAITING: QT_TRANSLATE_NOOP("cli", "waiting for NAIR set-up"),
    BundleState.QUEUED: QT_TRANSLATE_NOOP("cli", "queued"),
    BundleState.SENDING: QT_TRANSLATE_NOOP("cli", "sending"),
    BundleState.DELIVERED: QT_TRANSLATE_NOOP("cli", "delivered"),
    BundleState.REJECTED: QT_TRANSLATE_NOOP("cli", "rejected"),
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's subcommands to the top-level parser."""
    sync = sub.add_parser("sync", help=translate("cli", "send the monthly reports to the NAIR"))
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="SYNC", required=True)

    enroll = sync_sub.add_parser(
        "enroll", help=translate("cli", "write the enrollment file for the NAIR")
    )
    vault_options(enroll)
    enroll.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help=translate("cli", "the enrollment file to write"))  # fmt: skip
    enroll.set_defaults(run=enroll_entity)

    configure = sync_sub.add_parser(
        "configure", help=translate("cli", "set the NAIR's address and pin its key")
    )
    vault_options(configure)
    address = configure.add_mutually_exclusive_group()
    address.add_argument("--url", metavar="URL", help=translate(
        "cli", "the NAIR's https:// address (default: the one saved)"))  # fmt: skip
    address.add_argument("--no-url", action="store_true",
                         help=translate("cli", "no address: bundles go by file only"))  # fmt: skip
    source = configure.add_mutually_exclusive_group()
    source.add_argument("--nair-key", type=Path, metavar="FILE", help=translate(
        "cli", "the NAIR's key file (default: the key pinned)"))  # fmt: skip
    source.add_argument("--fetch", action="store_true",
                        help=translate("cli", "fetch the key from the address"))  # fmt: skip
    configure.add_argument("--fingerprint", metavar="FP", help=translate(
        "cli", "the fingerprint the NAIR read to you by phone"))  # fmt: skip
    configure.add_argument("--replace-key", action="store_true", help=translate(
        "cli", "replace another key pinned before (checked by phone)"))  # fmt: skip
    configure.set_defaults(run=configure_nair)

    status = sync_sub.add_parser(
        "status", help=translate("cli", "list the bundles and their state")
    )
    vault_options(status)
    status.set_defaults(run=show_status)

    send = sync_sub.add_parser(
        "send", help=translate("cli", "send what is due now; exit 1 if something failed")
    )
    vault_options(send)
    send.add_argument("--retry-now", action="store_true", help=translate(
        "cli", "also send the bundles still waiting out their retry pause"))  # fmt: skip
    send.add_argument("--timeout", type=float, default=60.0, metavar="S", help=argparse.SUPPRESS)
    send.set_defaults(run=send_now)

    export = sync_sub.add_parser(
        "export", help=translate("cli", "write a bundle to a file (USB stick, e-mail)")
    )
    vault_options(export)
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--bundle", metavar="ID", help=translate(
        "cli", "the bundle's id (or its first characters)"))  # fmt: skip
    which.add_argument("--month", metavar="YYYY-MM",
                       help=translate("cli", "the month's newest bundle"))  # fmt: skip
    export.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help=translate("cli", "the file to write the bundle to"))  # fmt: skip
    export.set_defaults(run=export_bundle)

    receipt = sync_sub.add_parser(
        "import-receipt", help=translate("cli", "mark a bundle delivered by its receipt")
    )
    vault_options(receipt)
    receipt.add_argument("file", type=Path, metavar="FILE",
                         help=translate("cli", "the NAIR's receipt file"))  # fmt: skip
    receipt.add_argument("--bundle", metavar="ID",
                         help=translate("cli", "the bundle the receipt must be for"))  # fmt: skip
    receipt.set_defaults(run=import_receipt)

    save = sync_sub.add_parser(
        "save-receipts",
        help=translate("cli", "copy the NAIR's receipts to a folder outside the vault"),
    )
    vault_options(save)
    save.add_argument("--out", required=True, type=Path, metavar="DIR",
                      help=translate("cli", "the folder to copy the receipts to"))  # fmt: skip
    save.set_defaults(run=save_receipts)

    reseal = sync_sub.add_parser(
        "reseal", help=translate("cli", "seal a refused report again as a new bundle")
    )
    vault_options(reseal)
    reseal.add_argument("--bundle", required=True, metavar="ID", help=translate(
        "cli", "the refused bundle's id (or its first characters)"))  # fmt: skip
    reseal.set_defaults(run=reseal_bundle)


def _when(moment: datetime | None) -> str:
    return format_moment(moment) if moment else "-"


def _fail(text: str) -> None:
    print(f"hostdesk: {text}", file=sys.stderr)


def _confirmed(typed: str | None, fingerprint: str) -> bool:
    from hostdesk.sync.keys import same_fingerprint

    if typed is not None:
        if same_fingerprint(typed, fingerprint):
            return True
        _fail(translate("cli", "the fingerprint you gave does not match the NAIR's key; "
                        "nothing was pinned."))  # fmt: skip
        return False
    if not sys.stdin.isatty():
        _fail(translate("cli", "check the fingerprint with the NAIR by phone, then run again "
                        "with --fingerprint FP."))  # fmt: skip
        return False
    answer = input(translate("cli", "Did the NAIR read you this fingerprint over the phone? "
                             "Type yes: "))  # fmt: skip
    return confirmed_yes(answer)


def confirmed_yes(answer: str) -> bool:
    """The person typed "yes", or the word LANG's language uses for it ("sim")."""
    return answer.strip().lower() in {"yes", translate("cli", "yes").lower()}


def enroll_entity(args: argparse.Namespace) -> int:
    from hostdesk.storage.durable import write_atomically
    from hostdesk.sync.identity import enrollment_file

    with open_vault(args) as vault:
        data, fingerprint = enrollment_file(vault)
    write_atomically(args.out, data)
    print(fill(translate("cli", "Enrollment file written to %1."), args.out))
    print(fill(translate("cli", "Fingerprint (read it to the NAIR by phone): %1"), fingerprint))
    return 0


def configure_nair(args: argparse.Namespace) -> int:
    """Set the address and pin the key; a new key only once its fingerprint is confirmed."""
    from hostdesk.sync.endpoint import check_url, configure, load_setup
    from hostdesk.sync.errors import KeyChangeNeedsConfirmation, SyncError
    from hostdesk.sync.keys import same_fingerprint

    with open_vault(args) as vault:
        with vault.session() as session:
            current = load_setup(session)
        if args.no_url:
            url = ""
        elif args.url is not None:
            url = check_url(args.url)
        else:
            url = current.url if current is not None else ""
        keys = _key_to_pin(args, url)
        if keys is None:
            if current is None:
                raise SyncError(translate(
                    "cli", "No NAIR key is pinned yet: give its key file (--nair-key FILE) or "
                    "--fetch."))  # fmt: skip
            keys = current.keys
        fingerprint = keys.fingerprint()
        print(fill(translate("cli", "NAIR key: %1"), keys.name))
        print(fill(translate("cli", "Fingerprint: %1"), fingerprint))
        if current is None or current.fingerprint != fingerprint:
            if current is not None and not args.replace_key:
                raise KeyChangeNeedsConfirmation(current.fingerprint, fingerprint)
            if not _confirmed(args.fingerprint, fingerprint):
                return 1
        elif args.fingerprint is not None and not same_fingerprint(args.fingerprint, fingerprint):
            _fail(translate("cli", "the fingerprint you gave does not match the NAIR's key; "
                            "nothing was changed."))  # fmt: skip
            return 1
        setup = configure(vault, url, keys, replace_key=args.replace_key)
    where = setup.url or translate("cli", "no address: bundles go by file")
    print(fill(translate("cli", "Pinned. NAIR: %1."), where))
    return 0


def _key_to_pin(args: argparse.Namespace, url: str) -> NairPublicKeys | None:
    """The key given by file or fetched from ``url``; None if neither was asked for."""
    from hostdesk.sync.errors import SyncError
    from hostdesk.sync.http_transport import fetch_nair_keys
    from hostdesk.sync.keys import KeyFileError

    if args.fetch:
        return fetch_nair_keys(url)
    if args.nair_key is None:
        return None
    try:
        return NairPublicKeys.from_file_bytes(args.nair_key.read_bytes())
    except OSError as error:
        raise SyncError(fill(translate("cli", "Cannot read %1 (%2)."), args.nair_key.name,
                             os_error_text(error))) from None  # fmt: skip
    except KeyFileError as error:
        raise SyncError(fill(translate("cli", "Cannot use %1: %2"), args.nair_key.name,
                             message_text(error))) from None  # fmt: skip


def _received(stamp: str) -> str:
    """The NAIR's receipt time (ISO 8601 text) as this computer's local time."""
    try:
        return format_moment(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp


def _row(info: BundleInfo) -> list[str]:
    state = translate("cli", STATE_WORDS[info.state])
    if info.set_aside:
        state = fill(translate("cli", "%1 (set aside)"), state)
    if info.last_error:
        note = sentence_text(info.last_error)
    elif info.received_at:
        note = fill(translate("cli", "received %1"), _received(info.received_at))
    else:
        note = ""
    return [info.month, f"r{info.revision}", (info.bundle_id or "-")[:8], state,
            format_number(info.attempts), _when(info.last_attempt_at), note]  # fmt: skip


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Columns as wide as their widest cell (translated headings differ in length)."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    return [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)),
                   row[-1]]).rstrip()
        for row in [header, *rows]
    ]  # fmt: skip


def show_status(args: argparse.Namespace) -> int:
    from hostdesk.sync.endpoint import load_setup
    from hostdesk.sync.outbox import list_session, summarize

    with open_vault(args) as vault, vault.session() as session:
        setup = load_setup(session)
        bundles = list_session(session)
    if setup is None:
        print(translate("cli", "NAIR: not set up (hostdesk sync configure)."))
    else:
        print(fill(translate("cli", "NAIR: %1  key %2"),
                   setup.url or translate("cli", "files only"), setup.fingerprint))  # fmt: skip
    summary = summarize(bundles, setup)
    if summary.held:
        line = translate("cli", "%1 pending (%2 refused for now), %3 rejected, %4 delivered")
    else:
        line = translate("cli", "%1 pending, %3 rejected, %4 delivered")
    print(fill(line, *(format_number(n) for n in (summary.pending, summary.held, summary.failed,
                                                   summary.delivered))))  # fmt: skip
    if bundles:
        header = [
            translate("cli", "month"), translate("cli", "rev"), translate("cli", "bundle"),
            translate("cli", "state"), translate("cli", "tries"),
            translate("cli", "last attempt"), translate("cli", "last error / receipt"),
        ]  # fmt: skip
        for line in _table(header, [_row(info) for info in bundles]):
            print(line)
    return 0


def send_now(args: argparse.Namespace) -> int:
    from hostdesk.sync.delivery import send_due
    from hostdesk.sync.http_transport import HttpTransport
    from hostdesk.sync.outbox import summary

    with open_vault(args) as vault:
        with HttpTransport(timeout=args.timeout) as transport:
            report = send_due(vault, transport, everything=args.retry_now)
        left = summary(vault)
    for bundle_id in report.delivered:
        print(fill(translate("cli", "delivered %1"), bundle_id[:8]))
    for bundle_id, reason in report.retrying:
        print(fill(translate("cli", "not delivered %1: %2"), bundle_id[:8], sentence_text(reason)))
    for bundle_id, reason in report.rejected:
        print(fill(translate("cli", "rejected %1: %2"), bundle_id[:8], sentence_text(reason)))
    if not left.configured:
        print(translate("cli", "The NAIR is not set up yet: reports wait "
                        "(hostdesk sync configure)."))  # fmt: skip
    elif not left.has_url:
        print(translate("cli", "No NAIR address: send the bundles by file "
                        "(hostdesk sync export)."))  # fmt: skip
    if left.held:
        print(fill(translate("cli", "%1 refused for now by the NAIR (hostdesk sync status says "
                             "why); sent again after a pause, or at once with --retry-now."),
                   format_number(left.held)))  # fmt: skip
    print(fill(translate("cli", "%1 pending, %2 rejected."), format_number(left.pending),
               format_number(left.failed)))  # fmt: skip
    stuck = left.waiting > 0 or left.held > 0 or (left.pending > 0 and not left.has_url)
    return 1 if report.failed or stuck else 0


def export_bundle(args: argparse.Namespace) -> int:
    from hostdesk.sync import files
    from hostdesk.sync.outbox import find_bundle

    with open_vault(args) as vault:
        outbox_id = find_bundle(vault, bundle_id=args.bundle, month=args.month)
        target = files.export_bundle(vault, outbox_id, args.out)
    print(fill(translate("cli", "Bundle written to %1; bring the NAIR's receipt back with "
                         "hostdesk sync import-receipt."), target))  # fmt: skip
    return 0


def import_receipt(args: argparse.Namespace) -> int:
    from hostdesk.sync import files

    data = files.read_receipt_file(args.file)
    with open_vault(args) as vault:
        info = files.import_receipt(vault, data, bundle_id=args.bundle)
    print(fill(translate("cli", "Delivered: %1 revision %2 (received %3)."), info.month,
               info.revision, _received(info.received_at or "")))  # fmt: skip
    return 0


def reseal_bundle(args: argparse.Namespace) -> int:
    from hostdesk.sync.outbox import find_bundle, reseal

    with open_vault(args) as vault:
        info = reseal(vault, find_bundle(vault, bundle_id=args.bundle))
    print(fill(translate("cli", "Sealed again as bundle %1; it is queued."), info.bundle_id))
    return 0


def save_receipts(args: argparse.Namespace) -> int:
    from hostdesk.sync.anchors import save_receipts as save

    with open_vault(args) as vault:
        count = save(vault, args.out)
    print(fill(translate("cli", "%1 receipt(s) saved in %2; keep them where the vault's key "
                         "does not reach, and check with hostdesk verify --receipts."),
               format_number(count), args.out))  # fmt: skip
    return 0
