"""``hostdesk-nair``: create the NAIR key, run the service, register entities, read what came.

Every command takes ``--data DIR`` (the service's folder: its key files and,
by default, its SQLite database) and, where it reads the database, ``--db URL``
(also HOSTDESK_NAIR_DB) for PostgreSQL.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from hostdesk.domain.passphrases import MIN_LENGTH
from hostdesk.i18n import QT_TRANSLATE_NOOP, fill, format_number, os_error_text, translate
from hostdesk.i18n_argparse import ArgumentParser
from hostdesk.nair import keystore, limits
from hostdesk.nair.errors import NairError
from hostdesk.nair.store import Store
from hostdesk.services_text import message_text

DB_FILE = "nair.sqlite3"
ENV_DB = "HOSTDESK_NAIR_DB"
ENV_PASSPHRASE_FILE = "HOSTDESK_NAIR_PASSPHRASE_FILE"
DEFAULT_PORT = 8470

OUTCOMES = {
    "registered": QT_TRANSLATE_NOOP("cli", "registered"),
    "unchanged": QT_TRANSLATE_NOOP("cli", "unchanged"),
    "updated": QT_TRANSLATE_NOOP("cli", "updated (same key, new details)"),
    "replaced": QT_TRANSLATE_NOOP("cli", "key replaced"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="hostdesk-nair", description=translate(
        "cli", "The NAIR's service that receives monthly reports."))  # fmt: skip
    parser.add_argument("-v", "--verbose", action="store_true",
                        help=translate("cli", "log more (never contents)"))  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = sub.add_parser(
        "init", help=translate("cli", "create the NAIR key pair and its public key file")
    )
    _data(init)
    init.add_argument("--name", default="NAIR", metavar="NAME",
                      help=translate("cli", "the name entities see with the key"))  # fmt: skip
    _passphrase(init)
    init.set_defaults(run=init_command)

    upgrade = sub.add_parser("upgrade-key", help=translate(
        "cli", "add post-quantum keys (ML-KEM-768, ML-DSA-65) to the NAIR key"))  # fmt: skip
    _data(upgrade)
    _passphrase(upgrade)
    upgrade.set_defaults(run=upgrade_command)

    serve = sub.add_parser("serve", help=translate("cli", "run the HTTP service"))
    _data(serve, db=True)
    _passphrase(serve)
    serve.add_argument("--host", default="127.0.0.1", help=translate(
        "cli", "the address to listen on (default %(default)s)"))  # fmt: skip
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=translate(
        "cli", "the port to listen on (default %(default)s)"))  # fmt: skip
    serve.add_argument("--max-body", type=int, default=limits.MAX_BODY, metavar="BYTES",
                       help=translate("cli", "largest bundle accepted (default 8 MiB)"),
                       )  # fmt: skip
    serve.add_argument("--max-uploads", type=int, default=limits.MAX_UPLOADS, metavar="N",
                       help=translate("cli", "bodies of --max-body held at once "
                                      "(default %(default)s)"))  # fmt: skip
    serve.add_argument("--max-connections", type=int, default=limits.MAX_CONNECTIONS, metavar="N",
                       help=translate("cli", "open connections; idle ones make room "
                                      "(default %(default)s)"))  # fmt: skip
    _tls(serve)
    serve.set_defaults(run=serve_command)

    register = sub.add_parser(
        "register-entity", help=translate("cli", "register an entity's enrollment file")
    )
    _data(register, db=True)
    register.add_argument("file", type=Path, metavar="FILE",
                          help=translate("cli", "the entity's enrollment file"))  # fmt: skip
    register.add_argument("--replace", action="store_true", help=translate(
        "cli", "accept a new key for an entity already registered"))  # fmt: skip
    register.set_defaults(run=register_command)

    entities = sub.add_parser("entities", help=translate("cli", "list the registered entities"))
    _data(entities, db=True)
    entities.set_defaults(run=entities_command)

    reports = sub.add_parser(
        "reports", help=translate("cli", "list the reports received, by entity and month")
    )
    _data(reports, db=True)
    reports.set_defaults(run=reports_command)

    export = sub.add_parser(
        "export", help=translate("cli", "write the national CSV of the indicators")
    )
    _data(export, db=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv",
                        help=translate("cli", "the CSV file to write"))  # fmt: skip
    export.set_defaults(run=export_command)
    return parser


def _data(parser: argparse.ArgumentParser, *, db: bool = False) -> None:
    parser.add_argument("--data", type=Path, required=True, metavar="DIR",
                        help=translate("cli", "service folder"))  # fmt: skip
    if db:
        parser.add_argument("--db", metavar="URL", help=fill(translate(
            "cli", "database URL (also %1); default sqlite in DIR, or "
            "postgresql+psycopg://USER@HOST:PORT/DB"), ENV_DB))  # fmt: skip


def _passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="F", help=fill(translate(
        "cli", "read the key's passphrase from the first line of F (also %1)"),
        ENV_PASSPHRASE_FILE))  # fmt: skip


def _tls(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tls-cert", metavar="FILE",
                        help=translate("cli", "serve HTTPS with this certificate"))  # fmt: skip
    parser.add_argument("--tls-key", metavar="FILE",
                        help=translate("cli", "the certificate's private key"))  # fmt: skip


def read_passphrase(file_option: str | None, prompt: str | None = None) -> str:
    """From ``--passphrase-file``, then the environment, then a prompt."""
    path = file_option or os.environ.get(ENV_PASSPHRASE_FILE)
    if path:
        try:
            content = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise NairError(fill(translate("cli", "Cannot read the passphrase file %1 (%2)."),
                                 path, os_error_text(error))) from None  # fmt: skip
        return content.splitlines()[0] if content else ""
    if not sys.stdin.isatty():
        raise NairError(fill(translate(
            "cli", "No passphrase given: run in a terminal, or use --passphrase-file or %1."
        ), ENV_PASSPHRASE_FILE))  # fmt: skip
    return getpass.getpass(prompt or translate("cli", "NAIR key passphrase: "))


def db_url(args: argparse.Namespace) -> str:
    if args.db or os.environ.get(ENV_DB):
        return str(args.db or os.environ.get(ENV_DB))
    keystore.private_folder(args.data)  # the default database lives in the data folder
    return f"sqlite:///{(args.data / DB_FILE).resolve()}"


def init_command(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(
        args.passphrase_file, translate("cli", "New passphrase for the NAIR key: ")
    )
    if len(passphrase) < MIN_LENGTH:
        raise NairError(fill(translate("cli", "The passphrase is too short: use at least %1 "
                                       "characters."), MIN_LENGTH))  # fmt: skip
    pair = keystore.create_keystore(args.data, args.name, passphrase)
    print(fill(translate("cli", "NAIR key created in %1 (keep its passphrase safe)."),
               args.data / keystore.SECRET_FILE))  # fmt: skip
    print(fill(translate("cli", "Public key file for entities: %1"),
               args.data / keystore.PUBLIC_FILE))  # fmt: skip
    print(fill(translate("cli", "Fingerprint (read it to each entity by phone): %1"),
               pair.public().fingerprint()))  # fmt: skip
    return 0


def upgrade_command(args: argparse.Namespace) -> int:
    pair = keystore.upgrade_keystore(args.data, read_passphrase(args.passphrase_file))
    print(fill(translate("cli", "Post-quantum keys added; new public key file: %1"),
               args.data / keystore.PUBLIC_FILE))  # fmt: skip
    print(fill(translate("cli", "New fingerprint (read it to each entity by phone): %1"),
               pair.public().fingerprint()))  # fmt: skip
    print(translate("cli", "Bundles sealed to the previous key are still opened."))
    return 0


def serve_command(args: argparse.Namespace) -> int:
    from hostdesk.nair.app import create_app
    from hostdesk.serving import make_server

    keys = keystore.load_keystore(args.data, read_passphrase(args.passphrase_file))
    logging.getLogger("hostdesk.nair").setLevel(logging.INFO)  # bundle ids and codes, no content
    store = Store.open(db_url(args))
    try:
        app = create_app(keys, store, max_body=args.max_body, max_uploads=args.max_uploads)
        server = make_server(app, host=args.host, port=args.port,
                             tls_cert=args.tls_cert, tls_key=args.tls_key,
                             limits=limits.connection_limits(args.max_connections))  # fmt: skip
        print(fill(translate("cli", "NAIR service %1 on %2:%3"), keys.public().fingerprint(),
                   args.host, args.port), flush=True)  # fmt: skip
        server.run()
    finally:
        store.close()
    return 0


def register_command(args: argparse.Namespace) -> int:
    from hostdesk.nair.registry import register_entity

    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise NairError(fill(translate("cli", "Cannot read %1 (%2)."), args.file,
                             os_error_text(error))) from None  # fmt: skip
    with _store(args) as store:
        done = register_entity(store, data, replace=args.replace)
    e = done.enrollment
    outcome = translate("cli", OUTCOMES.get(done.outcome, done.outcome))
    print(f"{e.entity_id} ({e.entity_name}, {e.nair_code}): {outcome}")
    if done.previous_fingerprint:
        print(fill(translate("cli", "Previous key fingerprint: %1"), done.previous_fingerprint))
    print(fill(translate("cli", "Fingerprint (check it with the entity by phone): %1"),
               e.fingerprint()))  # fmt: skip
    return 0


def entities_command(args: argparse.Namespace) -> int:
    with _store(args) as store:
        for record in store.entities():
            print(f"{record.entity_id}\t{record.fingerprint}\t{record.nair_code}\t{record.name}")
    return 0


def reports_command(args: argparse.Namespace) -> int:
    with _store(args) as store:
        records = store.reports()
        latest = {(r.entity_id, r.period): r.revision for r in store.latest_reports()}
    headings = (translate("cli", "ENTITY"), translate("cli", "MONTH"),
                translate("cli", "REVISION"), translate("cli", "RECEIVED"),
                translate("cli", "BUNDLE"))  # fmt: skip
    print("\t".join(headings))
    newest = translate("cli", " (latest)")
    for r in records:
        mark = newest if latest[(r.entity_id, r.period)] == r.revision else ""
        print(f"{r.entity_id}\t{r.period}\tr{r.revision}{mark}\t{r.received_at}\t{r.bundle_id}")
    print(fill(translate("cli", "%1 report(s), %2 entity-month(s)"), format_number(len(records)),
               format_number(len(latest))))  # fmt: skip
    return 0


def export_command(args: argparse.Namespace) -> int:
    from hostdesk.nair.export import export_csv

    with _store(args) as store:
        rows = export_csv(store, args.out)
    print(fill(translate("cli", "%1 row(s) written to %2"), format_number(rows), args.out))
    return 0


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    store = Store.open(db_url(args))
    try:
        yield store
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except NairError as error:
        print(f"hostdesk-nair: {message_text(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
