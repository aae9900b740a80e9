"""Which saved rows each audit entry covers, and the keyed hash of their content.

Every connection to a vault gets temporary triggers on the covered tables
(``COVERED``): an insert, update or delete notes the row in a temporary table.
Each audit entry then takes the rows noted since the previous one (``drain``)
and stores, in ``audit_row``, an HMAC of each row's whole content (a deleted
row: an empty value); a digest of that list goes into the entry's own hash, so
the chain covers what every saved row held. A change made behind the app's
back (a SQLCipher tool and the raw key) leaves the row no longer matching the
last entry that covered it, which ``audit_verify`` reports.

So every path that saves (the forms, the importers' bulk inserts, the demo
writer, migrations) is covered in this one place, without each having to hash
its rows: it is enough to write through the vault's engine and to add an audit
entry in the same transaction (or let the commit add ``rows.save``).
``row_mac`` is the hash itself, for code that wants it directly.

The key is HMAC-SHA256 under a key derived from the data key with HKDF
(``mac_key``), truncated to 128 bits: without the data key a low-entropy value
(a NIF, a date of birth) cannot be tried against its hash. When the data key
changes, the old hashes stay checkable (``audit_keys``).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAC_INFO = b"hostdesk audit row mac v1"
MAC_LENGTH = 16
CHANGED = "hostdesk_changed_rows"
_BATCH = 500
_NONE = object()  # no declared default

# Table -> its key column. Every table of the vault is either here or in
# EXCLUDED (a test checks), so that a new table is a decision, not an oversight.
COVERED: dict[str, str] = {
    "activity": "id", "alert_response": "id", "allowance_payment": "id",
    "allowance_rate": "id", "app_user": "id", "attachment": "id", "case_alias": "id",
    "channel_rule": "id", "consent": "id", "education": "id",
    "employment": "id", "family": "id", "family_share": "id", "follow_up_task": "id",
    "handover": "id", "health_record": "id", "hosting_entity": "id", "housing": "id",
    "identifier": "id", "iss_transition": "id", "language_course": "id", "member": "id",
    "monthly_report": "id", "nair_key": "id", "plan_goal": "id", "referral": "id",
    "residence_permit": "id", "setting": "key", "sync_identity": "id",
    "sync_identity_pq": "id", "team_device": "id",
    # Which of a joining laptop's families stay off the team: a decision, covered.
    "team_withheld": "family",
}  # fmt: skip
EXCLUDED = frozenset({
    # The log and its own bookkeeping.
    "audit_log", "audit_row", "audit_key", "audit_sealed_table", "alembic_version",
    # Derived from covered rows, rebuilt at will: the full-text index and its shadow tables.
    "search_index", "search_index_config", "search_index_data", "search_index_docsize",
    "search_index_idx", "sqlite_stat1", "sqlite_stat4",
    # Delivery state the sync worker updates on every attempt; what is sent is covered
    # (monthly_report) and each submission is audited.
    "outbox",
    # Team sync bookkeeping (docs/team-sync.md): notes of changes to send, global ids,
    # sealed change sets as received, peers, invitations, erasures to pass on. What they
    # carry lands in covered tables when merged, and is covered there.
    "team_state", "team_pending", "team_row", "team_erasure", "team_drop", "team_changeset",
    "team_peer", "team_family_recipients", "team_invite",
    # Whom each document's bytes were sealed for (docs/team-sync.md §12); the flag a merge
    # sets, inside its own transaction, so that the capture triggers stay quiet (0019).
    "team_blob", "team_merging",
})  # fmt: skip


def key_sql(table: str, prefix: str = "") -> str:
    """SQL giving a row's key as ``audit_row`` keeps it (``row_key``)."""
    pk = COVERED[table]
    return f"printf('%012d', {prefix}{pk})" if pk == "id" else f"{prefix}{pk}"


def row_key(table: str, value: Any) -> str:
    """A row's key as text: integer ids zero-padded to 12 digits, so that text order is
    id order and a table and its hashes can be read side by side (``audit_verify``)."""
    return f"{int(value):012d}" if COVERED[table] == "id" else str(value)


def shown_key(row_key: str) -> str:
    """The key as a person reads it: the id without its padding."""
    return (row_key.lstrip("0") or "0") if row_key.isdigit() else row_key


def mac_key(data_key: bytes) -> bytes:
    """The row-hash key of a data key (HKDF-SHA256, no salt, info ``MAC_INFO``)."""
    return HKDF(hashes.SHA256(), length=32, salt=None, info=MAC_INFO).derive(data_key)


def key_check(key: bytes) -> str:
    """A public check value naming a row-hash key."""
    return hmac.new(key, b"hostdesk audit key check", hashlib.sha256).hexdigest()[:16]


def canonical(
    table: str, row_key: str, row: Mapping[str, Any], defaults: Mapping[str, Any]
) -> bytes:
    """A row's content as bytes: every column that holds something else than NULL or the
    column's declared default, in the order of their names, each length-prefixed with a
    type tag (so no two contents give the same bytes). Leaving out defaults keeps a hash
    valid when a later version adds a column with a default."""
    parts = [_field("table", table), _field("key", row_key)]
    for name in sorted(row):
        value = row[name]
        if value is None or (name in defaults and defaults[name] == value):
            continue
        parts.append(_field(name, value))
    return "".join(parts).encode("utf-8")


def _field(name: str, value: Any) -> str:
    if isinstance(value, str):
        tag, text = "s", value
    elif isinstance(value, bool | int):
        tag, text = "i", str(int(value))
    elif isinstance(value, float):
        tag, text = "f", repr(value)
    elif isinstance(value, bytes | bytearray | memoryview):
        # A scanned document can be megabytes: its SHA-256 stands for it (and its length).
        raw = bytes(value)
        tag, text = "b", f"{len(raw)}:{hashlib.sha256(raw).hexdigest()}"
    else:
        raise TypeError(f"a column of type {type(value).__name__} cannot be hashed")
    return f"{len(name)}:{name}{tag}{len(text)}:{text}"


def row_mac(
    key: bytes, table: str, row_key: str, row: Mapping[str, Any], defaults: Mapping[str, Any]
) -> bytes:
    """The keyed hash of one row as read back from the database (``SELECT *``)."""
    return hmac.digest(key, canonical(table, row_key, row, defaults), "sha256")[:MAC_LENGTH]


def rows_digest(rows: Iterable[tuple[str, str, bytes]]) -> str:
    """SHA-256 over (table, key, hash) in that order: what the entry's own hash covers."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(digest_line(*row))
    return digest.hexdigest()


def digest_line(table: str, rk: str, mac: bytes) -> bytes:
    return f"{table}\0{rk}\0{mac.hex()}\n".encode()


# -- the triggers ---------------------------------------------------------------


def install_triggers(conn: Any) -> None:
    """Temporary triggers on the covered tables that exist; again after a schema change.

    ``conn`` is a SQLAlchemy connection of a vault engine (its ``info`` remembers
    the schema version the triggers were made for)."""
    version = conn.exec_driver_sql("PRAGMA main.schema_version").scalar()
    if conn.info.get("hostdesk_triggers") == version:
        return
    existing = set(
        conn.exec_driver_sql("SELECT name FROM main.sqlite_master WHERE type = 'table'").scalars()
    )
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {CHANGED} (tbl TEXT NOT NULL, row_key TEXT NOT NULL,"
        " PRIMARY KEY (tbl, row_key)) WITHOUT ROWID"
    )
    for table in COVERED:
        if table not in existing:
            continue
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):  # fmt: skip
            body = " ".join(
                f"INSERT OR IGNORE INTO temp.{CHANGED} VALUES "
                f"('{table}', {key_sql(table, row + '.')});"
                for row in rows
            )
            conn.exec_driver_sql(
                f"CREATE TEMP TRIGGER IF NOT EXISTS hostdesk_{table}_{event.lower()} "
                f"AFTER {event} ON main.{table} BEGIN {body} END"
            )
    conn.info["hostdesk_triggers"] = version


# -- covering the noted rows ----------------------------------------------------------


class TableShape:
    """A table's columns as ``SELECT *`` returns them: names, the key's place, defaults."""

    def __init__(self, conn: Any, table: str) -> None:
        self.names: list[str] = []
        self.defaults: dict[str, Any] = {}
        for row in conn.exec_driver_sql(f"PRAGMA main.table_info({table})"):
            name, default = str(row[1]), row[4]
            self.names.append(name)
            if default is None or "(" in str(default) or "CURRENT" in str(default).upper():
                continue
            try:  # a default that is not a plain constant is simply not left out
                self.defaults[name] = conn.exec_driver_sql(f"SELECT {default}").scalar()
            except Exception:
                continue
        self.key_index = self.names.index(COVERED[table])
        self._keyed: dict[bytes, Any] = {}
        self._mac = _compile_mac(
            _field("table", table),
            self.key_index,
            COVERED[table] == "id",
            [(self.names.index(name), f"{len(name)}:{name}", self.defaults.get(name, _NONE))
             for name in sorted(self.names)],
        )  # fmt: skip

    def as_row(self, values: Sequence[Any]) -> dict[str, Any]:
        return dict(zip(self.names, values, strict=True))

    def mac(self, key: bytes, values: Sequence[Any]) -> tuple[str, bytes]:
        """(row key, hash) of one row as ``SELECT *`` returned it; as ``row_mac`` gives."""
        base = self._keyed.get(key)
        if base is None:  # the key's two padded hashes, made once and copied for each row
            base = self._keyed[key] = _hmac_pads(key)
        return self._mac(*base, values)  # type: ignore[no-any-return]


def _hmac_pads(key: bytes) -> tuple[Any, Any]:
    """HMAC-SHA256 (RFC 2104) under ``key`` as its inner and outer hashes with the padded key
    already taken in: a row's HMAC is then two copies, two updates and two digests, all in C
    (``hmac.HMAC.copy`` does the same through Python code; a test holds the two equal)."""
    block = hashlib.sha256().block_size
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key.ljust(block, b"\0")
    return (hashlib.sha256(bytes(b ^ 0x36 for b in key)),
            hashlib.sha256(bytes(b ^ 0x5C for b in key)))  # fmt: skip


def _compile_mac(
    head: str, key_index: int, integer_key: bool, plan: list[tuple[int, str, Any]]
) -> Callable[[Any, Any, Sequence[Any]], tuple[str, bytes]]:
    """``canonical`` and ``row_mac`` (given the key's padded hashes) for a tuple of values,
    as one function made for the table: each column's place written into its code, with no
    loop over a plan per row (a joining laptop's merge hashes some fifty thousand rows).
    Only numbers go into the code's text: each column's name prefix and default are
    constants beside it (``P0``, ``C0``, ...), never text written into code."""
    scope: dict[str, Any] = {"HEAD": head, "FIELD": _field, "LENGTH": MAC_LENGTH}
    key_text = f"f'{{int(v{key_index}):012d}}'" if integer_key else f"str(v{key_index})"
    # The row's values unpacked at once into v0, v1, ... (its width is the table's).
    unpacked = "".join(f"v{i}, " for i in range(len(plan)))
    lines = [
        "def mac(inner, outer, values):",
        f"    {unpacked}= values",
        f"    rk = {key_text}",
        "    text = ''.join((HEAD, f'3:keys{len(rk)}:{rk}',",
    ]
    # Each column's part, or '' when it is NULL or its default: one expression per column,
    # text and whole numbers (most values) written in place, anything else by ``_field``.
    for number, (index, prefix, default) in enumerate(plan):
        scope[f"P{number}"] = prefix
        v = f"v{index}"
        skip = f"{v} is None"
        if default is not _NONE:
            scope[f"C{number}"] = default
            skip += f" or {v} == C{number}"
        lines.append(
            f"        '' if {skip} else f'{{P{number}}}s{{len({v})}}:{{{v}}}'"
            f" if type({v}) is str else f'{{P{number}}}i{{len(t := str({v}))}}:{{t}}'"
            f" if type({v}) is int else P{number} + FIELD('', {v})[2:],"
        )
    lines.append("    ))")
    lines += [
        "    h = inner.copy()",
        "    h.update(text.encode('utf-8'))",
        "    o = outer.copy()",
        "    o.update(h.digest())",
        "    return rk, o.digest()[:LENGTH]",
    ]
    exec("\n".join(lines), scope)  # our own code, made from numbers and names
    return scope["mac"]  # type: ignore[no-any-return]


def table_shape(conn: Any, table: str) -> TableShape:
    """``TableShape`` of ``table``, kept per connection until the schema changes."""
    version = conn.exec_driver_sql("PRAGMA main.schema_version").scalar()
    cache = conn.info.setdefault("hostdesk_shapes", {})
    shape = cache.get((table, version))
    if shape is None:
        shape = cache[(table, version)] = TableShape(conn, table)
    return shape


def column_defaults(conn: Any, table: str) -> dict[str, Any]:
    """Each column's declared default as a value (constants only)."""
    return table_shape(conn, table).defaults


def read_macs(
    conn: Any, key: bytes, table: str, row_keys: Sequence[str]
) -> list[tuple[str, str, bytes]]:
    """(table, key, hash) for ``row_keys`` of ``table``; a row that is gone hashes to b''."""
    pk = COVERED[table]
    shape = table_shape(conn, table)
    found: dict[str, bytes] = {}
    for start in range(0, len(row_keys), _BATCH):
        chunk = list(row_keys[start : start + _BATCH])
        marks = ",".join("?" * len(chunk))
        # Integer keys as integers, so that the primary key's index is used.
        wanted = tuple(int(k) for k in chunk) if pk == "id" else tuple(chunk)
        result = _raw(conn).execute(f"SELECT * FROM main.{table} WHERE {pk} IN ({marks})", wanted)
        for values in result:
            rk, mac = shape.mac(key, values)
            found[rk] = mac
    return [(table, rk, found.get(rk, b"")) for rk in row_keys]


def drain(conn: Any, key: bytes) -> list[tuple[str, str, bytes]]:
    """The rows noted since the last drain, with their hashes now; the note is emptied."""
    raw = _raw(conn)
    try:
        noted = raw.execute(f"SELECT tbl, row_key FROM temp.{CHANGED} ORDER BY tbl, row_key")
        noted = noted.fetchall()
    except Exception:  # no triggers on this connection (not a vault engine's)
        return []
    if not noted:
        return []
    raw.execute(f"DELETE FROM temp.{CHANGED}")
    by_table: dict[str, list[str]] = {}
    for table, rk in noted:
        by_table.setdefault(table, []).append(rk)
    covered: list[tuple[str, str, bytes]] = []
    for table in sorted(by_table):
        covered.extend(read_macs(conn, key, table, by_table[table]))
    return covered


def store(conn: Any, seq: int, covered: Sequence[tuple[str, str, bytes]]) -> None:
    _raw(conn).executemany(
        "INSERT INTO audit_row (tbl, row_key, seq, mac) VALUES (?, ?, ?, ?)",
        [(table, rk, seq, mac) for table, rk, mac in covered],
    )


def _raw(conn: Any) -> Any:
    """The DB-API connection under a SQLAlchemy one (same transaction), for speed."""
    return conn.connection.dbapi_connection
