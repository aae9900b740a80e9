"""The audit log's tables: the hash-chained entries, the row hashes (0011), the key
they are made with and the tables sealed by a baseline.

Kept apart from ``models`` (the case file), which imports it so that the
metadata, and the check that the models match the migrations, include these
tables; import them from ``hostdesk.storage.models`` as before.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class AuditEntry(SQLModel, table=True):
    """One link of the append-only, hash-chained audit log. No personal data in it."""

    __tablename__ = "audit_log"

    seq: int = Field(primary_key=True)
    at: str  # UTC ISO-8601, microseconds
    actor: str
    action: str
    object_type: str
    object_id: str = ""
    detail: str = ""  # canonical JSON; ids and field names only
    prev_hash: str
    hash: str
    # SHA-256 of the rows the entry covers (audit_row); "" for an entry that covers none.
    rows_digest: str = Field(default="", sa_column_kwargs={"server_default": ""})


class AuditRow(SQLModel, table=True):
    """A row an audit entry covers: its keyed hash as saved (empty: the row was deleted)."""

    __tablename__ = "audit_row"
    __table_args__ = {"sqlite_with_rowid": False}

    tbl: str = Field(primary_key=True)
    row_key: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    mac: bytes


class AuditKey(SQLModel, table=True):
    """The row-hash key of the entries from ``first_seq`` on (see ``audit_keys``)."""

    __tablename__ = "audit_key"

    epoch: int = Field(primary_key=True)
    first_seq: int
    key_check: str
    retired_key: bytes | None = None


class AuditSealedTable(SQLModel, table=True):
    """A covered table whose every row is covered by an entry, since ``since_seq``."""

    __tablename__ = "audit_sealed_table"

    name: str = Field(primary_key=True)
    since_seq: int
