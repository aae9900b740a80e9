"""The change-capture triggers: installed when the vault joins a team, not before.

Whatever writes a travelling row (a form, the import, anonymisation's bulk
updates, a tool through the raw key) fires them; they only note which row and
field changed, and when, in ``team_pending``. Capture turns those notes into
writes before anything is sealed or merged.

A merge writes rows whose registers it keeps itself: while it does, a row in
``team_merging`` (revision 0019) tells the triggers to note nothing. The row
is written and removed inside the merge's transaction, so no other write, and
no transaction left unfinished by a crash, ever sees it. A later migration that
gives a new column its own trigger (as 0010 and 0018 did) gives it the same
condition, ``NOT_MERGING``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from hostdesk.storage.models import SQLModel
from hostdesk.storage.team.tables import BY_TABLE, TRAVELLING, Travelling

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
# Every trigger's condition: no merge is writing (revision 0019).
NOT_MERGING = "NOT EXISTS (SELECT 1 FROM team_merging)"


def travelling_columns(spec: Travelling) -> list[str]:
    table = SQLModel.metadata.tables[spec.table]
    names = [column.name for column in table.c]
    return [c for c in names if c not in ("id", spec.key) and c not in spec.skipped]


def _statements(spec: Travelling) -> list[str]:
    name = spec.table
    keys = ", ".join(f"'{k}'" for k in spec.only_keys)
    only = f"WHEN NEW.{spec.key} IN ({keys}) AND {NOT_MERGING}" if keys else f"WHEN {NOT_MERGING}"
    only_old = (
        f"WHEN OLD.{spec.key} IN ({keys}) AND {NOT_MERGING}" if keys else f"WHEN {NOT_MERGING}"
    )
    note = "INSERT OR REPLACE INTO team_pending (tbl, rid, fld, uid, family, at)"
    changed = "\n".join(
        f"  {note} SELECT '{name}', NEW.rowid, '{col}', NULL, NULL, {_NOW_MS}"
        f" WHERE OLD.{col} IS NOT NEW.{col};"
        for col in travelling_columns(spec)
    )
    fill_uid = (
        f"  UPDATE {name} SET uid = lower(hex(randomblob(16)))"
        " WHERE rowid = NEW.rowid AND NEW.uid IS NULL;\n"
        if spec.key == "uid"
        else ""
    )
    return [
        f"CREATE TRIGGER team_insert_{name} AFTER INSERT ON {name} {only} BEGIN\n"
        f"{fill_uid}  {note} VALUES ('{name}', NEW.rowid, '*', NULL, NULL, {_NOW_MS});\nEND",
        f"CREATE TRIGGER team_update_{name} AFTER UPDATE ON {name} {only} BEGIN\n{changed}\nEND",
        f"CREATE TRIGGER team_delete_{name} AFTER DELETE ON {name} {only_old} BEGIN\n"
        f"  {note} VALUES ('{name}', OLD.rowid, '-', OLD.{spec.key}, {_family_of(spec)},"
        f" {_NOW_MS});\nEND",
    ]


def _family_of(spec: Travelling) -> str:
    """The family of a row being deleted, read while its parents still exist."""
    if spec.table == "family":
        return "OLD.uid"
    if spec.family_column:
        return f"(SELECT uid FROM family WHERE id = OLD.{spec.family_column})"
    if spec.member_column:
        return (
            "(SELECT f.uid FROM family f JOIN member m ON m.family_id = f.id"
            f" WHERE m.id = OLD.{spec.member_column})"
        )
    return "NULL"


def install(session: Session) -> None:
    for spec in TRAVELLING:
        for statement in _statements(spec):
            session.execute(text(statement))


def install_table(connection: Connection | Session, table: str) -> None:
    """One table's triggers (a table that travels since a later version, in its migration)."""
    for statement in _statements(BY_TABLE[table]):
        connection.execute(text(statement))


@contextmanager
def merging(session: Session) -> Iterator[None]:
    """Writes made inside are a merge's: the triggers note none of them (the merge keeps
    their registers). The whole block is in the caller's transaction."""
    session.execute(text("INSERT OR IGNORE INTO team_merging (id) VALUES (1)"))
    try:
        yield
    finally:
        session.execute(text("DELETE FROM team_merging"))


def installed(session: Session) -> bool:
    return bool(
        session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                 " AND name LIKE 'team_insert_%'")
        ).scalar_one()
    )  # fmt: skip
