"""``hostdesk-hub serve``: the team hub (SQLite in the data folder, or PostgreSQL by URL)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from hostdesk.hub import limits
from hostdesk.hub.store import HubStore, StoreUnavailable
from hostdesk.i18n import fill, translate
from hostdesk.i18n_argparse import ArgumentParser
from hostdesk.services_text import message_text

DB_FILE = "hub.sqlite3"
ENV_DB = "HOSTDESK_HUB_DB"
DEFAULT_PORT = 8471


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="hostdesk-hub",
        description=translate("cli", "The team hub: relays a hosting entity's sealed change sets "
                              "between laptops."),
    )  # fmt: skip
    parser.add_argument("-v", "--verbose", action="store_true",
                        help=translate("cli", "log more (never contents)"))  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = sub.add_parser("serve", help=translate("cli", "run the HTTP service"))
    serve.add_argument("--data", type=Path, required=True, metavar="DIR", help=translate(
        "cli", "the hub's folder (its SQLite database by default)"))  # fmt: skip
    serve.add_argument("--db", metavar="URL", help=fill(translate(
        "cli", "postgresql+psycopg://USER@HOST:PORT/DB (also %1)"), ENV_DB))  # fmt: skip
    serve.add_argument("--host", default="127.0.0.1", help=translate(
        "cli", "the address to listen on (default %(default)s)"))  # fmt: skip
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=translate(
        "cli", "the port to listen on (default %(default)s)"))  # fmt: skip
    serve.add_argument("--max-body", type=int, default=limits.MAX_BODY, metavar="BYTES",
                       help=translate("cli", "largest change set accepted, in bytes "
                                      "(default %(default)s)"))  # fmt: skip
    serve.add_argument("--max-uploads", type=int, default=limits.MAX_UPLOADS, metavar="N",
                       help=translate("cli", "bodies of --max-body held at once "
                                      "(default %(default)s)"))  # fmt: skip
    serve.add_argument("--max-connections", type=int, default=limits.MAX_CONNECTIONS, metavar="N",
                       help=translate("cli", "open connections; idle ones make room "
                                      "(default %(default)s)"))  # fmt: skip
    serve.add_argument("--tls-cert", metavar="FILE",
                       help=translate("cli", "serve HTTPS with this certificate"))  # fmt: skip
    serve.add_argument("--tls-key", metavar="FILE",
                       help=translate("cli", "the certificate's private key"))  # fmt: skip
    serve.set_defaults(run=serve_command)
    return parser


def database_url(args: argparse.Namespace) -> str:
    url = args.db or os.environ.get(ENV_DB)
    if url:
        return str(url)
    args.data.mkdir(parents=True, exist_ok=True, mode=0o700)
    return f"sqlite:///{args.data / DB_FILE}"


def serve_command(args: argparse.Namespace) -> int:
    from hostdesk.hub.app import create_app
    from hostdesk.serving import make_server

    os.umask(0o077)  # the database and its WAL: private to the hub's user
    store = HubStore.open(database_url(args))
    try:
        app = create_app(store, max_body=args.max_body, max_uploads=args.max_uploads)
        server = make_server(
            app,
            host=args.host,
            port=args.port,
            tls_cert=args.tls_cert,
            tls_key=args.tls_key,
            limits=limits.connection_limits(args.max_connections),
        )
        print("hostdesk-hub: " + fill(translate("cli", "listening on %1:%2"), args.host,
                                      args.port), flush=True)  # fmt: skip
        server.run()
    finally:
        store.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.run(args))
    except StoreUnavailable as error:
        print(f"hostdesk-hub: {message_text(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
