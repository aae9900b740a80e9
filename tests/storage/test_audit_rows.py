"""The keyed row hash: one definition, stable when a later version adds a column."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, create_engine, text

from hostdesk.storage import audit_rows
from hostdesk.storage.vault import Vault

KEY = os.urandom(32)
# A table as a vault's has them: an integer key, text, numbers, a blob, defaults.
_MEMBER = (
    "CREATE TABLE {name} (id INTEGER PRIMARY KEY, name TEXT, n INTEGER DEFAULT 0,"
    " scan BLOB, f REAL, empty TEXT DEFAULT '', z TEXT)"
)


@pytest.fixture()
def conn() -> Iterator[Connection]:
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def _shape(conn: Connection, ddl: str, table: str = "member") -> audit_rows.TableShape:
    conn.exec_driver_sql(ddl.format(name=table))
    return audit_rows.TableShape(conn, table)


def _public(shape: audit_rows.TableShape, table: str, values: Sequence[Any]) -> bytes:
    """The hash through the public function, from a row as a dict."""
    row_key = audit_rows.row_key(table, values[shape.key_index])
    return audit_rows.row_mac(KEY, table, row_key, shape.as_row(values), shape.defaults)


_VALUES = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False),
    st.binary(max_size=40),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.integers(min_value=0, max_value=10**11), values=st.tuples(*[_VALUES] * 6))
def test_the_fast_path_and_the_public_function_give_the_same_hash(
    conn: Connection, key: int, values: tuple[Any, ...]
) -> None:
    table = "member"
    if not conn.exec_driver_sql(f"PRAGMA table_info({table})").first():
        conn.exec_driver_sql(_MEMBER.format(name=table))
    shape = audit_rows.TableShape(conn, table)
    row = (key, *values)
    row_key, mac = shape.mac(KEY, row)
    assert row_key == audit_rows.row_key(table, key)
    assert mac == _public(shape, table, row)


def test_defaults_unicode_and_a_text_key_hash_alike(conn: Connection) -> None:
    member = _shape(conn, _MEMBER)
    rows = [
        (5, "Ana ção ሰላም", 0, b"\x00\x01", 1.5, "", None),
        (7, "x", 3, None, 0.0, "a", "q"),
        (8, None, False, b"", -0.0, None, ""),
    ]
    for row in rows:
        assert member.mac(KEY, row)[1] == _public(member, "member", row)
    setting = _shape(conn, "CREATE TABLE {name} (key TEXT PRIMARY KEY, value TEXT)", "setting")
    row_key, mac = setting.mac(KEY, ("kdf.floor", "64 MiB"))
    assert row_key == "kdf.floor"
    assert mac == _public(setting, "setting", ("kdf.floor", "64 MiB"))


@pytest.mark.parametrize("length", [0, 1, 16, 32, 63, 64, 65, 200])
def test_the_fast_path_hashes_under_keys_of_any_length_as_hmac_does(
    conn: Connection, length: int
) -> None:
    member = _shape(conn, _MEMBER)
    key = os.urandom(length)
    for row in [
        (5, "Ana ção ሰላም", 0, b"\x00", 1.5, "", None),
        (7, None, None, None, None, None, None),
    ]:
        expected = audit_rows.row_mac(key, "member", audit_rows.row_key("member", row[0]),
                                      member.as_row(row), member.defaults)  # fmt: skip
        assert member.mac(key, row)[1] == expected
        assert member.mac(key, row)[1] == expected  # the key's pads, kept, hash alike again


def test_a_column_added_later_with_a_default_leaves_the_hash_as_it_was(conn: Connection) -> None:
    before = audit_rows.row_mac(KEY, "member", "000000000003", {"id": 3, "name": "Ana"}, {})
    conn.exec_driver_sql(
        "CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT, phone TEXT DEFAULT '',"
        " flags INTEGER DEFAULT 0)"
    )
    after = audit_rows.TableShape(conn, "member")
    assert after.mac(KEY, (3, "Ana", "", 0)) == ("000000000003", before)
    assert after.mac(KEY, (3, "Ana", "912", 0))[1] != before


def test_the_hash_names_its_table_and_row_and_needs_the_key(conn: Connection) -> None:
    ddl = "CREATE TABLE {name} (id INTEGER PRIMARY KEY, name TEXT)"
    member, family = _shape(conn, ddl), _shape(conn, ddl, "family")
    assert member.mac(KEY, (3, "Ana"))[1] != family.mac(KEY, (3, "Ana"))[1]
    assert member.mac(KEY, (3, "Ana"))[1] != member.mac(KEY, (4, "Ana"))[1]
    assert member.mac(KEY, (3, "Ana"))[1] != member.mac(os.urandom(32), (3, "Ana"))[1]
    assert member.mac(KEY, (3, "Ana, Rui"))[1] != member.mac(KEY, (3, "Ana"))[1]
    # A value of another type that prints the same is another content.
    assert member.mac(KEY, (3, "12"))[1] != member.mac(KEY, (3, 12))[1]


def test_every_save_leaves_the_rows_it_changed_covered(vault: Vault) -> None:
    with vault.changing() as session:  # a save that names no entry of its own
        session.execute(text("UPDATE hosting_entity SET name = 'Outra Associação'"))
    with vault.session() as session:
        last = session.execute(
            text("SELECT action, rows_digest FROM audit_log ORDER BY seq DESC LIMIT 1")
        ).one()
    assert last[0] == "rows.save" and last[1]
    assert vault.audit_report().ok
