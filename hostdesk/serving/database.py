"""The services' databases (the NAIR's and the team hub's): SQLite by default,
PostgreSQL by URL, opened the same way.

An SQLite file is made 0600 before SQLite makes it (it would follow the umask);
SQLite gives its WAL and shared-memory files the same mode. What goes wrong is
raised as the service's own ``unavailable`` exception, with a sentence for the
person who started it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, Table, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import SQLAlchemyError

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 30000",
)


def private_sqlite_file(url: str) -> None:
    """Create an SQLite database file 0600 before SQLite does."""
    database = make_url(url).database
    if not database or database == ":memory:":
        return
    path = Path(database)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def service_engine(url: str, unavailable: type[Exception], *, foreign_keys: bool = True) -> Engine:
    """An engine for ``url``; ``unavailable`` with a sentence when it cannot be."""
    options: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith("sqlite"):
        try:
            private_sqlite_file(url)
        except OSError as error:
            raise unavailable(
                f"Cannot create the database file ({error.strerror}): check --db and --data."
            ) from None
        engine = create_engine(url, connect_args={"timeout": 30}, **options)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_size=10, **options)
    except (SQLAlchemyError, ImportError, ValueError) as error:
        raise unavailable(
            "The database URL is not usable: write sqlite:///FILE or "
            "postgresql+psycopg://USER@HOST:PORT/DB."
        ) from error


def open_tables(
    url: str,
    metadata: MetaData,
    unavailable: type[Exception],
    then: Iterable[Callable[[Engine], None]] = (),
) -> Engine:
    """Connect and create the tables that are missing (then ``then``'s upgrades)."""
    engine = service_engine(url, unavailable)
    try:
        metadata.create_all(engine)
        for upgrade in then:
            upgrade(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        raise unavailable(
            f"Cannot open the database ({type(error.orig or error).__name__}): check --db "
            "and that the server is running."
        ) from error
    return engine


def adding_columns(added: Iterable[tuple[Table, str]]) -> Callable[[Engine], None]:
    """An upgrade for ``open_tables``: the ``added`` (table, column) pairs, columns made
    since a database was first made (all nullable), added where missing; SQLite and
    PostgreSQL alike."""
    wanted = list(added)

    def upgrade(engine: Engine) -> None:
        inspector = inspect(engine)
        with engine.begin() as conn:
            for table, name in wanted:
                present = {column["name"] for column in inspector.get_columns(table.name)}
                if name not in present:
                    kind = table.c[name].type.compile(dialect=engine.dialect)
                    conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{name}" {kind}'))

    return upgrade


def answers(engine: Engine) -> bool:
    """Whether the database answers now (the services' health)."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return False
    return True


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()
