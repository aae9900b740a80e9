"""The encrypted database: an SQLAlchemy engine over SQLCipher 4 with a raw key.

Every connection is keyed before anything else runs and is set up so that
nothing readable reaches the disk: the WAL is encrypted page by page by
SQLCipher, temporary tables and sorts stay in memory.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from hostdesk.storage import audit_rows
from hostdesk.storage.errors import DatabaseUnreadable, StorageFull, StorageIOError, VaultError

DB_NAME = "vault.db"
# Execution option marking a transaction that will write (see create_vault_engine).
WRITE_OPTION = "hostdesk_write"

# Applied to every connection after the key. FULL sync: a save acknowledged to
# the user survives a power cut, not only a killed process.
_PRAGMAS = (
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)


class _NoRowValues(logging.Filter):
    """Drops SQLAlchemy's DEBUG echo, which logs every result row: names, numbers, notes.

    Statements (INFO) stay: their values are bound parameters, hidden by
    ``hide_parameters``.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


def _keep_rows_out_of_logs() -> None:
    engine_log = logging.getLogger("sqlalchemy.engine.Engine")
    if not any(isinstance(f, _NoRowValues) for f in engine_log.filters):
        engine_log.addFilter(_NoRowValues())


def key_pragma(key: bytes) -> str:
    """The SQLCipher statement that gives ``key`` as a raw 256-bit key."""
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    """Open one keyed DB-API connection, or raise DatabaseUnreadable."""
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher prints its own errors to stderr otherwise; ours are clearer.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(key_pragma(key))
        # The key is only checked when the first page is read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _PRAGMAS:
            conn.execute(pragma).fetchall()
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise DatabaseUnreadable(
            f"The database {db_path.name} does not open with this vault's key: it is damaged "
            "or comes from another vault; restore it from a backup."
        ) from error
    return conn


def create_vault_engine(db_path: Path, key: bytes | Callable[[], bytes]) -> Engine:
    """An engine whose connections are keyed and whose transactions really begin.

    pysqlite's own transaction handling does not wrap DDL; we switch it off
    and emit BEGIN ourselves so that migrations are atomic (SQLAlchemy's
    documented recipe for SQLite). ``key`` may be a callable, read for each new
    connection: after the database is re-encrypted, the same engine (disposed)
    goes on with the new key.
    """
    current: Callable[[], bytes] = key if callable(key) else (lambda: key)
    connect_raw(db_path, current()).close()  # fail early, with a clear message
    _keep_rows_out_of_logs()
    context = EngineContext(current)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: connect_raw(db_path, current()),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        # Error messages must not carry the values of a statement: they are personal data.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _connect(_dbapi_connection: Any, record: Any) -> None:
        record.info[CONTEXT] = context

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Every change to a covered table is noted for the next audit entry (audit_rows).
        audit_rows.install_triggers(conn)
        # A write transaction takes the write lock at once, so that a second writer
        # waits (busy_timeout) instead of failing when it upgrades a read lock.
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    engine_contexts[engine] = context
    return engine


CONTEXT = "hostdesk_context"


class EngineContext:
    """What the audit log needs from a vault engine: the data key (for the row-hash
    key) and who is signed in (named by the entries the app adds by itself)."""

    def __init__(self, key: Callable[[], bytes]) -> None:
        self._key = key
        self._derived: tuple[bytes, bytes] | None = None
        self.actor = "hostdesk"

    def data_key(self) -> bytes:
        return self._key()

    def mac_key(self) -> bytes:
        current = self._key()
        if self._derived is None or self._derived[0] != current:
            self._derived = (current, audit_rows.mac_key(current))
        return self._derived[1]


engine_contexts: weakref.WeakKeyDictionary[Engine, EngineContext] = weakref.WeakKeyDictionary()


_SQLITE_IOERR = 10
_SQLITE_FULL = 13


def storage_error(error: OperationalError) -> VaultError | None:
    """The sentence for a disk problem; other database errors pass unchanged."""
    code = (getattr(error.orig, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == _SQLITE_FULL:
        return StorageFull(
            "The disk holding the vault is full; free some space, then save again "
            "(nothing already saved was lost)."
        )
    if code == _SQLITE_IOERR:
        return StorageIOError(
            "The disk holding the vault could not be written; check it, then save again "
            "(nothing already saved was lost)."
        )
    return None
