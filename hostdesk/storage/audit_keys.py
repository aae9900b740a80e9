"""The audit log's row-hash keys over time, and which tables are covered since when.

The row-hash key is derived from the data key (``audit_rows.mac_key``). When a
removal changes the data key, the entries written so far keep the key they were
hashed with: the last *epoch* is closed with its key kept (``retired_key``,
inside the database, which only the new data key opens) and a new epoch starts
at the next entry. ``key_check`` names each epoch's key, so that a database put
under another key behind the app's back is noticed.

``audit_sealed_table`` lists the covered tables whose every row is covered by an
entry, and since which entry: from the first entry for a vault made with row
coverage, from the ``audit.baseline`` entry for an older vault (and for a table
a later version starts to cover).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hostdesk.storage import audit_rows


@dataclass(frozen=True)
class Epoch:
    first_seq: int
    key: bytes  # the row-hash key of the entries from first_seq on (until the next epoch)
    check: str


def start_new_vault(conn: Any, data_key: bytes) -> None:
    """A vault made with row coverage: every covered table is covered from entry 1."""
    check = audit_rows.key_check(audit_rows.mac_key(data_key))
    conn.exec_driver_sql("UPDATE audit_key SET key_check = ? WHERE key_check = ''", (check,))
    existing = _existing_covered(conn)
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO audit_sealed_table (name, since_seq) VALUES (?, 1)",
        [(name,) for name in existing],
    )


def set_up(conn: Any, data_key: bytes) -> None:
    """Name the current key if no one has yet (the first opening after the upgrade)."""
    check = audit_rows.key_check(audit_rows.mac_key(data_key))
    conn.exec_driver_sql("UPDATE audit_key SET key_check = ? WHERE key_check = ''", (check,))


def unsealed_tables(conn: Any) -> list[str]:
    """Covered tables not yet covered row by row (an older vault, a newly covered table)."""
    sealed = set(conn.exec_driver_sql("SELECT name FROM audit_sealed_table").scalars())
    return [name for name in _existing_covered(conn) if name not in sealed]


def mark_sealed(conn: Any, names: Sequence[str], since_seq: int) -> None:
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO audit_sealed_table (name, since_seq) VALUES (?, ?)",
        [(name, since_seq) for name in names],
    )


def start_epoch(conn: Any, old_key: bytes, new_key: bytes) -> bool:
    """After the data key changed: close the current epoch, start one at the next entry.

    Returns False when it was already done (a finished change being finished again).
    """
    new_check = audit_rows.key_check(audit_rows.mac_key(new_key))
    last = conn.exec_driver_sql(
        "SELECT epoch, key_check FROM audit_key ORDER BY epoch DESC LIMIT 1"
    ).first()
    if last is None or last[1] == new_check:
        return False
    next_seq = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) + 1 FROM audit_log").scalar()
    conn.exec_driver_sql(
        "UPDATE audit_key SET retired_key = ? WHERE epoch = ?",
        (audit_rows.mac_key(old_key), last[0]),
    )
    conn.exec_driver_sql(
        "INSERT INTO audit_key (epoch, first_seq, key_check, retired_key) VALUES (?, ?, ?, NULL)",
        (last[0] + 1, next_seq, new_check),
    )
    return True


def epochs(conn: Any, data_key: bytes) -> list[Epoch]:
    """Every epoch, oldest first; the last one's key is derived from ``data_key``."""
    current = audit_rows.mac_key(data_key)
    return [
        Epoch(int(first_seq), bytes(retired) if retired is not None else current, str(check))
        for first_seq, check, retired in conn.exec_driver_sql(
            "SELECT first_seq, key_check, retired_key FROM audit_key ORDER BY epoch"
        )
    ]


def _existing_covered(conn: Any) -> list[str]:
    tables = set(
        conn.exec_driver_sql("SELECT name FROM main.sqlite_master WHERE type = 'table'").scalars()
    )
    return sorted(name for name in audit_rows.COVERED if name in tables)
