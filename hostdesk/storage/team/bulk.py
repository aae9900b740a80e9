"""Statements over many rows at once: what keeps a merge of tens of thousands of rows to a
few statements per table instead of several per row.

Values are converted by each column type's own bind and result processors and sent
through the driver directly, as ``storage.creating`` does for an import: SQLAlchemy's
per-row parameter handling costs more than the statements themselves at this scale.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Connection, Table

from hostdesk.storage.models import SQLModel
from hostdesk.storage.team import jsontext

T = TypeVar("T")
# SQLite allows 32,766 parameters a statement; chunks well below it keep statements short.
CHUNK = 900


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def table_of(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def select_in(
    connection: Connection, sql: str, values: Iterable[Any], *, before: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` whose ``{in}`` placeholder is each chunk of ``values`` in turn
    (``before``: parameters written before it)."""
    unique = list(dict.fromkeys(values))
    found: list[tuple[Any, ...]] = []
    if not unique:
        return found
    cursor = driver_cursor(connection)
    for chunk in chunks(unique):
        marks = ", ".join("?" for _ in chunk)
        found += cursor.execute(sql.format(**{"in": marks}), (*before, *chunk)).fetchall()
    return found


# Lookups of this many values or more first ask whether there is anything to find at all:
# one short query that spares a joining laptop's tens of thousands of misses.
MANY = 100


def none_where(
    connection: Connection, table: str, where: str = "1", params: Sequence[Any] = ()
) -> bool:
    """True when no row of ``table`` matches ``where``."""
    sql = f"SELECT 1 FROM {table} WHERE {where} LIMIT 1"
    return driver_cursor(connection).execute(sql, tuple(params)).fetchone() is None


def driver_cursor(connection: Connection) -> Any:
    """A cursor of the driver's connection under ``connection``, in its transaction: rows
    come back as plain tuples, all at once (SQLAlchemy's result fetches and wraps them one
    by one: a joining laptop reads a hundred thousand)."""
    if not connection.in_transaction():
        connection.begin()  # as executing through the connection would (autobegin)
    return connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]


@cache
def processors(table: str, dialect: Any) -> tuple[list[str], list[Any], list[Any]]:
    # The dialect's own types (SQLite's dates as text), as the ORM converts them.
    columns = list(table_of(table).columns)
    # JSON columns' processors with json's machinery made once (the same text and values).
    binds = [jsontext.bind_processor(c, dialect) for c in columns]
    results = [jsontext.result_processor(c, dialect) for c in columns]
    return [c.name for c in columns], binds, results


def typed_rows(
    connection: Connection,
    table: str,
    column: str,
    values: Iterable[Any],
    *,
    skip: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Whole rows (``rowid`` included, the ``skip`` columns left out: a document's bytes)
    whose ``column`` is one of ``values``, typed as the model declares them (dates, JSON
    lists), not as SQLite keeps them."""
    dialect = connection.dialect
    names, _binds, results = processors(table, dialect)
    wanted = [(n, f) for n, f in zip(names, results, strict=True) if n not in skip]
    listed = ", ".join(n for n, _f in wanted)
    rows = select_in(
        connection, f"SELECT rowid, {listed} FROM {table} WHERE {column} IN ({{in}})", values
    )
    typed = []
    for row in rows:
        record = {"rowid": row[0]}
        for (name, convert), value in zip(wanted, row[1:], strict=True):
            record[name] = convert(value) if convert is not None and value is not None else value
        typed.append(record)
    return typed


def raw_rows(
    connection: Connection,
    table: str,
    column: str,
    values: Iterable[Any],
    *,
    skip: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Like ``typed_rows``, with each value as SQLite keeps it (``rowmap.encode_raw`` turns
    them into the travelling form without making Python dates first)."""
    names = [c.name for c in table_of(table).columns if c.name not in skip]
    rows = select_in(
        connection,
        f"SELECT rowid, {', '.join(names)} FROM {table} WHERE {column} IN ({{in}})",
        values,
    )
    keys = ["rowid", *names]
    return [dict(zip(keys, row, strict=True)) for row in rows]


def insert_many(connection: Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """One INSERT for all ``rows``; a column a row lacks is written NULL."""
    if rows:
        names = processors(table, connection.dialect)[0]
        insert_tuples(connection, table, names, bound_rows(table, connection.dialect, rows))


def bound_rows(table: str, dialect: Any, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Each row as a tuple of every column's value (NULL where it lacks one), bound."""
    names, binds, _results = processors(table, dialect)
    converted = [(i, f) for i, f in enumerate(binds) if f is not None]
    params = []
    for row in rows:
        values = [row.get(name) for name in names]
        for i, convert in converted:
            if values[i] is not None:
                values[i] = convert(values[i])
        params.append(tuple(values))
    return params


def insert_tuples(
    connection: Connection, table: str, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """One INSERT for ``rows``, each already a tuple of ``names``' values, bound."""
    if rows:
        marks = ", ".join("?" for _ in names)
        connection.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows
        )


def update_many(
    connection: Connection, table: str, rows: Sequence[tuple[int, dict[str, Any]]]
) -> None:
    """``UPDATE … WHERE rowid = ?`` for each (rowid, values), one statement per set of columns."""
    dialect = connection.dialect
    names, binds, _results = processors(table, dialect)
    convert = dict(zip(names, binds, strict=True))
    grouped: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for rowid, values in rows:
        if not values:
            continue
        columns = tuple(values)
        params = tuple(
            convert[c](values[c]) if convert[c] is not None else values[c] for c in columns
        )
        grouped.setdefault(columns, []).append((*params, rowid))
    for columns, params_list in grouped.items():
        sets = ", ".join(f"{c} = ?" for c in columns)
        connection.exec_driver_sql(f"UPDATE {table} SET {sets} WHERE rowid = ?", params_list)


def delete_many(connection: Connection, table: str, rowids: Sequence[int]) -> None:
    if rowids:
        connection.exec_driver_sql(
            f"DELETE FROM {table} WHERE rowid = ?", [(rowid,) for rowid in rowids]
        )
