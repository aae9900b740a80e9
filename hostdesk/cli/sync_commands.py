"""``hostdesk sync …``: enrollment, the NAIR set-up, the outbox and its file transport."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from hostdesk.cli.options import open_vault, vault_options
from hostdesk.sync.keys import NairPublicKeys
from hostdesk.sync.outbox import BundleInfo, BundleState

STATE_WORDS = {
    BundleState.WAITING: "waiting for NAIR set-up",
    BundleState.QUEUED: "queued",
    BundleState.SENDING: "sending",
    BundleState.DELIVERED: "delivered",
    BundleState.REJECTED: "rejected",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's subcommands to the top-level parser."""
    sync = sub.add_parser("sync", help="send the monthly reports to the NAIR")
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="SYNC", required=True)

    enroll = sync_sub.add_parser("enroll", help="write the enrollment file for the NAIR")
    vault_options(enroll)
    enroll.add_argument("--out", required=True, type=Path, metavar="FILE")
    enroll.set_defaults(run=enroll_entity)

    configure = sync_sub.add_parser("configure", help="set the NAIR's address and pin its key")
    vault_options(configure)
    address = configure.add_mutually_exclusive_group()
    address.add_argument("--url", metavar="URL",
                         help="the NAIR's https:// address (default: the one saved)")  # fmt: skip
    address.add_argument("--no-url", action="store_true",
                         help="no address: bundles go by file only")  # fmt: skip
    source = configure.add_mutually_exclusive_group()
    source.add_argument("--nair-key", type=Path, metavar="FILE",
                        help="the NAIR's key file (default: the key pinned)")  # fmt: skip
    source.add_argument("--fetch", action="store_true", help="fetch the key from the address")
    configure.add_argument("--fingerprint", metavar="FP",
                           help="the fingerprint the NAIR read to you by phone")  # fmt: skip
    configure.add_argument("--replace-key", action="store_true",
                           help="replace another key pinned before (checked by phone)")  # fmt: skip
    configure.set_defaults(run=configure_nair)

    status = sync_sub.add_parser("status", help="list the bundles and their state")
    vault_options(status)
    status.set_defaults(run=show_status)

    send = sync_sub.add_parser("send", help="send what is due now; exit 1 if something failed")
    vault_options(send)
    send.add_argument("--retry-now", action="store_true",
                      help="also send the bundles still waiting out their retry pause")  # fmt: skip
    send.add_argument("--timeout", type=float, default=60.0, metavar="S", help=argparse.SUPPRESS)
    send.set_defaults(run=send_now)

    export = sync_sub.add_parser("export", help="write a bundle to a file (USB stick, e-mail)")
    vault_options(export)
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--bundle", metavar="ID", help="the bundle's id (or its first characters)")
    which.add_argument("--month", metavar="YYYY-MM", help="the month's newest bundle")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.set_defaults(run=export_bundle)

    receipt = sync_sub.add_parser("import-receipt", help="mark a bundle delivered by its receipt")
    vault_options(receipt)
    receipt.add_argument("file", type=Path, metavar="FILE")
    receipt.add_argument("--bundle", metavar="ID", help="the bundle the receipt must be for")
    receipt.set_defaults(run=import_receipt)

    save = sync_sub.add_parser(
        "save-receipts", help="copy the NAIR's receipts to a folder outside the vault"
    )
    vault_options(save)
    save.add_argument("--out", required=True, type=Path, metavar="DIR")
    save.set_defaults(run=save_receipts)

    reseal = sync_sub.add_parser("reseal", help="seal a refused report again as a new bundle")
    vault_options(reseal)
    reseal.add_argument("--bundle", required=True, metavar="ID")
    reseal.set_defaults(run=reseal_bundle)


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "-"


def _confirmed(typed: str | None, fingerprint: str) -> bool:
    from hostdesk.sync.keys import same_fingerprint

    if typed is not None:
        if same_fingerprint(typed, fingerprint):
            return True
        print("hostdesk: the fingerprint you gave does not match the NAIR's key; "
              "nothing was pinned.", file=sys.stderr)  # fmt: skip
        return False
    if not sys.stdin.isatty():
        print("hostdesk: check the fingerprint with the NAIR by phone, then run again with "
              "--fingerprint FP.", file=sys.stderr)  # fmt: skip
        return False
    answer = input("Did the NAIR read you this fingerprint over the phone? Type yes: ")
    return answer.strip().lower() == "yes"


def enroll_entity(args: argparse.Namespace) -> int:
    from hostdesk.storage.durable import write_atomically
    from hostdesk.sync.identity import enrollment_file

    with open_vault(args) as vault:
        data, fingerprint = enrollment_file(vault)
    write_atomically(args.out, data)
    print(f"Enrollment file written to {args.out}.")
    print(f"Fingerprint (read it to the NAIR by phone): {fingerprint}")
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
                raise SyncError(
                    "No NAIR key is pinned yet: give its key file (--nair-key FILE) or --fetch."
                )
            keys = current.keys
        fingerprint = keys.fingerprint()
        print(f"NAIR key: {keys.name}")
        print(f"Fingerprint: {fingerprint}")
        if current is None or current.fingerprint != fingerprint:
            if current is not None and not args.replace_key:
                raise KeyChangeNeedsConfirmation(current.fingerprint, fingerprint)
            if not _confirmed(args.fingerprint, fingerprint):
                return 1
        elif args.fingerprint is not None and not same_fingerprint(args.fingerprint, fingerprint):
            print("hostdesk: the fingerprint you gave does not match the NAIR's key; "
                  "nothing was changed.", file=sys.stderr)  # fmt: skip
            return 1
        setup = configure(vault, url, keys, replace_key=args.replace_key)
    where = setup.url or "no address: bundles go by file"
    print(f"Pinned. NAIR: {where}.")
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
    except (OSError, KeyFileError) as error:
        raise SyncError(f"Cannot use {args.nair_key.name}: {error}") from None


def _row(info: BundleInfo) -> str:
    state = STATE_WORDS[info.state]
    if info.set_aside:
        state += " (set aside)"
    note = info.last_error or (f"received {info.received_at}" if info.received_at else "")
    return (
        f"{info.month}  r{info.revision:<3} {(info.bundle_id or '-')[:8]:<8}  {state:<24} "
        f"{info.attempts:>3}  {_when(info.last_attempt_at):<16}  {note}"
    )


def show_status(args: argparse.Namespace) -> int:
    from hostdesk.sync.endpoint import load_setup
    from hostdesk.sync.outbox import list_session, summarize

    with open_vault(args) as vault, vault.session() as session:
        setup = load_setup(session)
        bundles = list_session(session)
    if setup is None:
        print("NAIR: not set up (hostdesk sync configure).")
    else:
        print(f"NAIR: {setup.url or 'files only'}  key {setup.fingerprint}")
    summary = summarize(bundles, setup)
    held = f" ({summary.held} refused for now)" if summary.held else ""
    print(f"{summary.pending} pending{held}, {summary.failed} rejected, "
          f"{summary.delivered} delivered")  # fmt: skip
    if bundles:
        print(f"{'month':<8} {'rev':<4} {'bundle':<8}  {'state':<24} {'try':>3}  "
              f"{'last attempt':<16}  last error / receipt")  # fmt: skip
        for info in bundles:
            print(_row(info))
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
        print(f"delivered {bundle_id[:8]}")
    for bundle_id, reason in report.retrying:
        print(f"not delivered {bundle_id[:8]}: {reason}")
    for bundle_id, reason in report.rejected:
        print(f"rejected {bundle_id[:8]}: {reason}")
    if not left.configured:
        print("The NAIR is not set up yet: reports wait (hostdesk sync configure).")
    elif not left.has_url:
        print("No NAIR address: send the bundles by file (hostdesk sync export).")
    if left.held:
        print(f"{left.held} refused for now by the NAIR (hostdesk sync status says why); "
              "sent again after a pause, or at once with --retry-now.")  # fmt: skip
    print(f"{left.pending} pending, {left.failed} rejected.")
    stuck = left.waiting > 0 or left.held > 0 or (left.pending > 0 and not left.has_url)
    return 1 if report.failed or stuck else 0


def export_bundle(args: argparse.Namespace) -> int:
    from hostdesk.sync import files
    from hostdesk.sync.outbox import find_bundle

    with open_vault(args) as vault:
        outbox_id = find_bundle(vault, bundle_id=args.bundle, month=args.month)
        target = files.export_bundle(vault, outbox_id, args.out)
    print(f"Bundle written to {target}; bring the NAIR's receipt back with "
          "hostdesk sync import-receipt.")  # fmt: skip
    return 0


def import_receipt(args: argparse.Namespace) -> int:
    from hostdesk.sync import files

    data = files.read_receipt_file(args.file)
    with open_vault(args) as vault:
        info = files.import_receipt(vault, data, bundle_id=args.bundle)
    print(f"Delivered: {info.month} revision {info.revision} (received {info.received_at}).")
    return 0


def reseal_bundle(args: argparse.Namespace) -> int:
    from hostdesk.sync.outbox import find_bundle, reseal

    with open_vault(args) as vault:
        info = reseal(vault, find_bundle(vault, bundle_id=args.bundle))
    print(f"Sealed again as bundle {info.bundle_id}; it is queued.")
    return 0


def save_receipts(args: argparse.Namespace) -> int:
    from hostdesk.sync.anchors import save_receipts as save

    with open_vault(args) as vault:
        count = save(vault, args.out)
    print(f"{count} receipt(s) saved in {args.out}; keep them where the vault's key does not "
          "reach, and check with hostdesk verify --receipts.")  # fmt: skip
    return 0
