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
from hostdesk.nair import keystore, limits
from hostdesk.nair.errors import NairError
from hostdesk.nair.store import Store

DB_FILE = "nair.sqlite3"
ENV_DB = "HOSTDESK_NAIR_DB"
ENV_PASSPHRASE_FILE = "HOSTDESK_NAIR_PASSPHRASE_FILE"
DEFAULT_PORT = 8470


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hostdesk-nair", description="The NAIR's service that receives monthly reports."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more (never contents)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = sub.add_parser("init", help="create the NAIR key pair and its public key file")
    _data(init)
    init.add_argument("--name", default="NAIR", help="the name entities see with the key")
    _passphrase(init)
    init.set_defaults(run=init_command)

    upgrade = sub.add_parser(
        "upgrade-key", help="add post-quantum keys (ML-KEM-768, ML-DSA-65) to the NAIR key"
    )
    _data(upgrade)
    _passphrase(upgrade)
    upgrade.set_defaults(run=upgrade_command)

    serve = sub.add_parser("serve", help="run the HTTP service")
    _data(serve, db=True)
    _passphrase(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--max-body", type=int, default=limits.MAX_BODY, metavar="BYTES",
                       help="largest bundle accepted (default 8 MiB)")  # fmt: skip
    serve.add_argument("--max-uploads", type=int, default=limits.MAX_UPLOADS, metavar="N",
                       help="bodies of --max-body held at once (default %(default)s)")  # fmt: skip
    serve.add_argument("--max-connections", type=int, default=limits.MAX_CONNECTIONS, metavar="N",
                       help="open connections; idle ones make room (default %(default)s)",
                       )  # fmt: skip
    serve.add_argument("--tls-cert", metavar="FILE", help="serve HTTPS with this certificate")
    serve.add_argument("--tls-key", metavar="FILE", help="the certificate's private key")
    serve.set_defaults(run=serve_command)

    register = sub.add_parser("register-entity", help="register an entity's enrollment file")
    _data(register, db=True)
    register.add_argument("file", type=Path, metavar="FILE")
    register.add_argument("--replace", action="store_true",
                          help="accept a new key for an entity already registered")  # fmt: skip
    register.set_defaults(run=register_command)

    entities = sub.add_parser("entities", help="list the registered entities")
    _data(entities, db=True)
    entities.set_defaults(run=entities_command)

    reports = sub.add_parser("reports", help="list the reports received, by entity and month")
    _data(reports, db=True)
    reports.set_defaults(run=reports_command)

    export = sub.add_parser("export", help="write the national CSV of the indicators")
    _data(export, db=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    export.set_defaults(run=export_command)
    return parser


def _data(parser: argparse.ArgumentParser, *, db: bool = False) -> None:
    parser.add_argument("--data", type=Path, required=True, metavar="DIR", help="service folder")
    if db:
        parser.add_argument(
            "--db", metavar="URL",
            help=f"database URL (also {ENV_DB}); default sqlite in DIR, "
            "or postgresql+psycopg://USER@HOST:PORT/DB",
        )  # fmt: skip


def _passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="F",
        help=f"read the key's passphrase from the first line of F (also {ENV_PASSPHRASE_FILE})",
    )  # fmt: skip


def read_passphrase(file_option: str | None, prompt: str = "NAIR key passphrase: ") -> str:
    """From ``--passphrase-file``, then the environment, then a prompt."""
    path = file_option or os.environ.get(ENV_PASSPHRASE_FILE)
    if path:
        try:
            content = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise NairError(f"Cannot read the passphrase file {path} ({error.strerror}).") from None
        return content.splitlines()[0] if content else ""
    if not sys.stdin.isatty():
        raise NairError(
            "No passphrase given: run in a terminal, or use --passphrase-file or "
            f"{ENV_PASSPHRASE_FILE}."
        )
    return getpass.getpass(prompt)


def db_url(args: argparse.Namespace) -> str:
    if args.db or os.environ.get(ENV_DB):
        return str(args.db or os.environ.get(ENV_DB))
    keystore.private_folder(args.data)  # the default database lives in the data folder
    return f"sqlite:///{(args.data / DB_FILE).resolve()}"


def init_command(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file, "New passphrase for the NAIR key: ")
    if len(passphrase) < MIN_LENGTH:
        raise NairError(f"The passphrase is too short: use at least {MIN_LENGTH} characters.")
    pair = keystore.create_keystore(args.data, args.name, passphrase)
    print(f"NAIR key created in {args.data / keystore.SECRET_FILE} (keep its passphrase safe).")
    print(f"Public key file for entities: {args.data / keystore.PUBLIC_FILE}")
    print(f"Fingerprint (read it to each entity by phone): {pair.public().fingerprint()}")
    return 0


def upgrade_command(args: argparse.Namespace) -> int:
    pair = keystore.upgrade_keystore(args.data, read_passphrase(args.passphrase_file))
    print(f"Post-quantum keys added; new public key file: {args.data / keystore.PUBLIC_FILE}")
    print(f"New fingerprint (read it to each entity by phone): {pair.public().fingerprint()}")
    print("Bundles sealed to the previous key are still opened.")
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
        print(f"NAIR service {keys.public().fingerprint()} on {args.host}:{args.port}")
        server.run()
    finally:
        store.close()
    return 0


def register_command(args: argparse.Namespace) -> int:
    from hostdesk.nair.registry import register_entity

    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise NairError(f"Cannot read {args.file} ({error.strerror}).") from None
    with _store(args) as store:
        done = register_entity(store, data, replace=args.replace)
    e = done.enrollment
    print(f"{e.entity_id} ({e.entity_name}, {e.nair_code}): {done.outcome}")
    if done.previous_fingerprint:
        print(f"Previous key fingerprint: {done.previous_fingerprint}")
    print(f"Fingerprint (check it with the entity by phone): {e.fingerprint()}")
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
    print("ENTITY\tMONTH\tREVISION\tRECEIVED\tBUNDLE")
    for r in records:
        mark = " (latest)" if latest[(r.entity_id, r.period)] == r.revision else ""
        print(f"{r.entity_id}\t{r.period}\tr{r.revision}{mark}\t{r.received_at}\t{r.bundle_id}")
    print(f"{len(records)} report(s), {len(latest)} entity-month(s)")
    return 0


def export_command(args: argparse.Namespace) -> int:
    from hostdesk.nair.export import export_csv

    with _store(args) as store:
        rows = export_csv(store, args.out)
    print(f"{rows} row(s) written to {args.out}")
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
        print(f"hostdesk-nair: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
