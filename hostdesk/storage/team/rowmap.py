"""Rows between the vault's tables and the travelling form: local ids <-> global ids.

A local id here is the row's ``rowid`` (the ``id`` column where a table has one;
``setting`` has none). ``Refs`` answers lookups one at a time or, before a batch,
for many ids at once (``load_ids``, ``load_uids``), and remembers what it found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import JSON, text
from sqlmodel import Session

from hostdesk.domain.team.identity import derived_uid
from hostdesk.storage.team import bulk, jsontext
from hostdesk.storage.team.codec import encode_value, value_decoder
from hostdesk.storage.team.tables import BY_TABLE, Travelling
from hostdesk.storage.team.triggers import travelling_columns

_MISSING = object()


class MissingParent(LookupError):
    """A row names a parent this device does not hold (yet)."""


class Refs:
    """Looks up global ids by local id and back, remembering what it found."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._uids: dict[str, dict[int, str | None]] = {}
        self._ids: dict[str, dict[str, int | None]] = {}
        self._member_family: dict[int, int | None] = {}
        self._dialect: Any = None

    @property
    def session(self) -> Session:
        return self._session

    @property
    def dialect(self) -> Any:
        """The connection's dialect, looked up once (not once per row of a welcome)."""
        if self._dialect is None:
            self._dialect = self._session.connection().dialect
        return self._dialect

    def uid_of(self, table: str, local_id: int | None) -> str | None:
        if local_id is None:
            return None
        known = self._uids.setdefault(table, {})
        found = known.get(local_id, _MISSING)
        if found is _MISSING:
            key = BY_TABLE[table].key
            found = self._session.execute(
                text(f"SELECT {key} FROM {table} WHERE rowid = :id"), {"id": local_id}
            ).scalar()
            known[local_id] = found
            if found is not None:
                self._ids.setdefault(table, {})[found] = local_id
        return found  # type: ignore[return-value]

    def id_of(self, table: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        known = self._ids.setdefault(table, {})
        found = known.get(uid, _MISSING)
        if found is _MISSING:
            key = BY_TABLE[table].key
            found = self._session.execute(
                text(f"SELECT rowid FROM {table} WHERE {key} = :uid"), {"uid": uid}
            ).scalar()
            known[uid] = found
        return found  # type: ignore[return-value]

    def load_ids(self, table: str, uids: Iterable[str | None]) -> None:
        """Look up the local ids of many global ids in a few statements."""
        known = self._ids.setdefault(table, {})
        wanted = [u for u in uids if u is not None and u not in known]
        if not wanted:
            return
        key = BY_TABLE[table].key
        connection = self._session.connection()
        if len(wanted) >= bulk.MANY and bulk.none_where(connection, table):
            found: dict[str, int] = {}  # an empty table (a joining laptop's): nothing to find
        else:
            sql = f"SELECT {key}, rowid FROM {table} WHERE {key} IN ({{in}})"
            found = dict(bulk.select_in(connection, sql, wanted))
        uids_known = self._uids.setdefault(table, {})
        for uid in wanted:
            local = found.get(uid)
            known[uid] = local
            if local is not None:
                uids_known[local] = uid

    def load_uids(self, table: str, ids: Iterable[int | None]) -> None:
        known = self._uids.setdefault(table, {})
        wanted = [i for i in ids if i is not None and i not in known]
        if not wanted:
            return
        key = BY_TABLE[table].key
        sql = f"SELECT rowid, {key} FROM {table} WHERE rowid IN ({{in}})"
        found = dict(bulk.select_in(self._session.connection(), sql, wanted))
        ids_known = self._ids.setdefault(table, {})
        for local in wanted:
            uid = found.get(local)
            known[local] = uid
            if uid is not None:
                ids_known[uid] = local

    def load_member_families(self, member_ids: Iterable[int | None]) -> None:
        wanted = [m for m in member_ids if m is not None and m not in self._member_family]
        if not wanted:
            return
        sql = "SELECT id, family_id FROM member WHERE id IN ({in})"
        found = dict(bulk.select_in(self._session.connection(), sql, wanted))
        for member in wanted:
            self._member_family[member] = found.get(member)
        self.load_uids("family", found.values())

    def learn(self, table: str, uid: str, local_id: int) -> None:
        """A row just written: its ids are known without asking."""
        self._ids.setdefault(table, {})[uid] = local_id
        self._uids.setdefault(table, {})[local_id] = uid

    def forget(self, table: str, uid: str) -> None:
        local = self._ids.get(table, {}).pop(uid, None)
        if local is not None:
            self._uids.get(table, {}).pop(local, None)
            if table == "member":
                self._member_family.pop(local, None)

    def family_of(self, spec: Travelling, row: Mapping[str, Any]) -> str | None:
        if spec.table == "family":
            return str(row["uid"])
        if spec.family_column:
            return self.uid_of("family", row[spec.family_column])
        if spec.member_column:
            member = row[spec.member_column]
            if member is None:
                return None
            if member not in self._member_family:
                self._member_family[member] = self._session.execute(
                    text("SELECT family_id FROM member WHERE id = :id"), {"id": member}
                ).scalar()
            return self.uid_of("family", self._member_family[member])
        return None

    def prepare_encoding(self, spec: Travelling, rows: list[Mapping[str, Any]]) -> None:
        """Look up, in a few statements, every global id encoding ``rows`` will need."""
        for column, target in spec.references.items():
            self.load_uids(target, [r[column] for r in rows])
        for column, target in spec.id_lists.items():
            self.load_uids(target, [i for r in rows for i in _id_list(r[column])])
        if spec.family_column and spec.table != "family":
            self.load_uids("family", [r[spec.family_column] for r in rows])
        if spec.member_column:
            self.load_member_families([r[spec.member_column] for r in rows])


@dataclass(frozen=True)
class _Column:
    name: str
    kind: type | None
    reference: str | None  # a table: the column holds its local id
    id_list: str | None  # a table: the column holds a list of its local ids


@cache
def _columns(table: str) -> tuple[_Column, ...]:
    spec = BY_TABLE[table]
    columns = bulk.table_of(table).c
    found = []
    for name in travelling_columns(spec):
        found.append(_Column(name, _python_type(columns[name]), spec.references.get(name),
                             spec.id_lists.get(name)))  # fmt: skip
    return tuple(found)


def _id_list(value: Any) -> list[Any]:
    """A list of local ids, typed or as SQLite keeps it (JSON text)."""
    if isinstance(value, str):
        if value == "[]":
            return []  # most rows: no JSON to read
        value = jsontext.plain_loads(value)
    return list(value or [])


class _Raw(IntEnum):
    """How a value as SQLite keeps it becomes its travelling form."""

    AS_IS = 0  # text, whole numbers, and dates (kept as ISO text, which is their form)
    BOOL = 1  # kept as 0 or 1
    TYPED = 2  # timestamps, JSON: through the column type's own reading, then encode_value
    REFERENCE = 3
    ID_LIST = 4
    JSON = 5  # JSON text: read as the column type reads it (never a date: travels as read)


@cache
def _raw_plan(table: str, dialect: Any) -> tuple[tuple[str, _Raw, Any], ...]:
    columns = bulk.table_of(table).c
    plan = []
    for column in _columns(table):
        if column.reference is not None:
            plan.append((column.name, _Raw.REFERENCE, column.reference))
        elif column.id_list is not None:
            plan.append((column.name, _Raw.ID_LIST, column.id_list))
        elif column.kind is bool:
            plan.append((column.name, _Raw.BOOL, None))
        elif column.kind in (str, int, float, date) and column.kind is not datetime:
            plan.append((column.name, _Raw.AS_IS, None))
        else:
            convert = jsontext.result_processor(columns[column.name], dialect)
            if isinstance(columns[column.name].type, JSON):
                plan.append((column.name, _Raw.JSON, convert))  # a list or an object: as read
            else:
                typed = columns[column.name]
                memo = _memo_text(convert, typed) if column.kind is datetime else None
                plan.append((column.name, _Raw.TYPED, (convert, typed, memo)))
    return tuple(plan)


# How many texts each date or timestamp column remembers the conversion of.
_MEMO_SIZE = 8192


def _memo_text(convert: Any, column: Any) -> Any:
    """A timestamp as SQLite keeps it -> its travelling text, for text: the same conversion,
    remembered (a pure function of the text; a welcome's rows share many timestamps)."""

    @lru_cache(maxsize=_MEMO_SIZE)
    def memo(text: str) -> Any:
        return encode_value(column, convert(text) if convert is not None else text)

    return memo


def encode_raw(refs: Refs, spec: Travelling, row: Mapping[str, Any]) -> dict[str, Any]:
    """``encode_row`` for a row read as SQLite keeps it (``bulk.raw_rows``): what a welcome
    of fifty thousand rows is made from (a test holds the two equal)."""
    return _raw_encoder(spec.table, refs.dialect)(refs.uid_of, row)  # type: ignore[no-any-return]


@cache
def _raw_encoder(table: str, dialect: Any) -> Any:
    """``_raw_plan`` as one function made for the table (as ``_insert_maker``): each column
    copied or converted by its own line, the dict made in one go, in the plan's order; an
    id list kept as NULL or "[]" travels as []. Only numbers go into the code's text."""
    plan = _raw_plan(table, dialect)
    scope: dict[str, Any] = {"ID_LIST": _id_list}
    lines = ["def encode(uid_of, row):"]
    for number, (name, how, extra) in enumerate(plan):
        v = f"c{number}"
        scope[f"N{number}"] = name
        lines.append(f"    {v} = row[N{number}]")
        if how is _Raw.REFERENCE:
            scope[f"T{number}"] = extra
            lines.append(f"    if {v} is not None: {v} = uid_of(T{number}, {v})")
        elif how is _Raw.BOOL:
            lines.append(f"    if {v} is not None: {v} = bool({v})")
        elif how is _Raw.ID_LIST:
            scope[f"T{number}"] = extra
            lines.append(f"    {v} = [] if {v} is None else"
                         f" [uid_of(T{number}, i) for i in ID_LIST({v})]")  # fmt: skip
        elif how is _Raw.JSON:
            if extra is not None:
                scope[f"J{number}"] = extra
                lines.append(f"    if {v} is not None: {v} = J{number}({v})")
        elif how is _Raw.TYPED:
            convert, column, memo = extra
            scope[f"E{number}"] = _typed_encoder(convert, column)
            if memo is None:
                lines.append(f"    if {v} is not None: {v} = E{number}({v})")
            else:
                scope[f"M{number}"] = memo
                lines.append(f"    if {v} is not None: {v} = M{number}({v})"
                             f" if type({v}) is str else E{number}({v})")  # fmt: skip
    made = [f"N{number}: c{number}" for number in range(len(plan))]
    listed = {name for name, _how, _extra in plan}
    for name in BY_TABLE[table].id_lists:  # not a travelling column: added, empty
        if name not in listed:
            scope[f"L_{len(made)}"] = name
            made.append(f"L_{len(made)}: []")
    lines.append(f"    return {{{', '.join(made)}}}")
    exec("\n".join(lines), scope)  # our own code, made from numbers
    return scope["encode"]


def _typed_encoder(convert: Any, column: Any) -> Any:
    return lambda value: encode_value(column, convert(value) if convert is not None else value)


def _python_type(column: Any) -> type | None:
    kind = column.type
    try:
        found = kind.python_type
        if found is object and hasattr(kind, "impl"):  # a TypeDecorator (UTC datetimes)
            found = kind.impl.python_type
        return found  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


def encode_row(refs: Refs, spec: Travelling, row: Mapping[str, Any]) -> dict[str, Any]:
    """Every travelling field of ``row`` in its travelling form."""
    values: dict[str, Any] = {}
    for column in _columns(spec.table):
        value = row[column.name]
        if column.reference is not None:
            value = refs.uid_of(column.reference, value)
        elif column.id_list is not None:
            value = [refs.uid_of(column.id_list, v) for v in value or []]
        elif isinstance(value, (date, datetime, bytes)):
            value = encode_value(bulk.table_of(spec.table).c[column.name], value)
        values[column.name] = value
    return values


@cache
def _decode_plan(table: str) -> tuple[frozenset[str], tuple[tuple[str, _Raw, Any], ...]]:
    """The columns a travelling value is written to, and those that need more than copying
    (a typed column with its reader, made once: ``codec.value_decoder``)."""
    columns = bulk.table_of(table).c
    plan = []
    for column in _columns(table):
        if column.reference is not None:
            plan.append((column.name, _Raw.REFERENCE, column.reference))
        elif column.id_list is not None:
            plan.append((column.name, _Raw.ID_LIST, column.id_list))
        elif column.kind in (int, bool, date, datetime):
            plan.append((column.name, _Raw.TYPED, value_decoder(columns[column.name])))
    return frozenset(c.name for c in _columns(table)), tuple(plan)


def decode_row(refs: Refs, spec: Travelling, values: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for the vault; raises MissingParent when a parent is not here."""
    known, plan = _decode_plan(spec.table)
    # A field of a newer level never gets here (held back); be safe anyway.
    decoded = {name: value for name, value in values.items() if name in known}
    for name, how, extra in plan:
        if name not in decoded:
            continue
        value = decoded[name]
        if how is _Raw.REFERENCE:
            local = refs.id_of(extra, value)
            if value is not None and local is None:
                raise MissingParent(name)
            decoded[name] = local
        elif how is _Raw.ID_LIST:
            ids = [refs.id_of(extra, v) for v in value or []]
            decoded[name] = [i for i in ids if i is not None]
        elif value is not None:
            decoded[name] = extra(value)
    return decoded


def expected_uid(refs: Refs, spec: Travelling, row: Mapping[str, Any]) -> str | None:
    """The derived global id a row must have, or None when its id is random."""
    if not spec.derived_from:
        return None
    parts = []
    for name in spec.derived_from:
        value = row[name]
        if name in spec.references:
            value = refs.uid_of(spec.references[name], value)
        parts.append("" if value is None else str(value))
    return derived_uid(spec.table, *parts)


# What a column of a new row is made from, in ``insert_params``.
_ID, _KEY, _CONSTANT, _TRAVELLING = range(4)


@cache
def _insert_plan(table: str, dialect: Any) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """Every column of ``table`` in its order, and how a new row's value for it is made:
    ``decode_row``'s dict, merged over the placeholders with the local and global ids, and
    put through each column type's bind processor (``bulk.insert_many``), as one plan."""
    spec = BY_TABLE[table]
    names, binds, _results = bulk.processors(table, dialect)
    travelling = {name: (how, extra) for name, how, extra in _decode_plan(table)[1]}
    known = _decode_plan(table)[0]
    plan = []
    for name, bind in zip(names, binds, strict=True):
        if name == spec.key:
            plan.append((_KEY, name, None, None, bind))
        elif name == "id":
            plan.append((_ID, name, None, None, bind))
        elif name in known:
            how, extra = travelling.get(name, (_Raw.AS_IS, None))
            plan.append((_TRAVELLING, name, how, extra, bind))
        else:
            value = spec.placeholders.get(name)
            if value is not None and bind is not None:
                value = bind(value)
            plan.append((_CONSTANT, name, None, value, None))
    return tuple(names), tuple(plan)


def insert_params(
    refs: Refs, spec: Travelling, values: Mapping[str, Any], local: int, uid: str
) -> tuple[Any, ...]:
    """A new row's parameters for ``INSERT INTO table (every column)`` straight from its
    travelling values, every one of which must be there: what ``decode_row`` and
    ``bulk.insert_many`` make, in one pass and with no dict per row (a joining laptop
    inserts fifty thousand rows; a test holds the two equal). Raises MissingParent."""
    return _insert_maker(spec.table, refs.dialect)(refs.id_of, values, local, uid)  # type: ignore[no-any-return]


@cache
def _insert_maker(table: str, dialect: Any) -> Any:
    """``_insert_plan`` as one function made for the table, each column's step written out
    (no loop over the plan, no test of each column's kind, per row). Only numbers go into
    the code's text: names, tables, readers and binds are constants beside it."""
    scope: dict[str, Any] = {"MissingParent": MissingParent}
    kinds = {column.name: column.kind for column in _columns(table)}
    lines = ["def make(id_of, values, local, uid):"]
    made = []
    for number, (kind, name, how, extra, bind) in enumerate(_insert_plan(table, dialect)[1]):
        v, n, b = f"c{number}", f"N{number}", f"B{number}"
        scope[n], scope[b] = name, bind
        if kind == _CONSTANT:
            scope[f"K{number}"] = extra
            made.append(f"K{number}")
            continue
        source = "uid" if kind == _KEY else "local" if kind == _ID else f"values[{n}]"
        lines.append(f"    {v} = {source}")
        if kind == _TRAVELLING and how is _Raw.REFERENCE:
            scope[f"T{number}"] = extra
            lines += [
                f"    if {v} is not None:",
                f"        {v} = id_of(T{number}, {v})",
                f"        if {v} is None:",
                f"            raise MissingParent({n})",
            ]
        elif kind == _TRAVELLING and how is _Raw.ID_LIST:
            scope[f"T{number}"] = extra
            lines.append(
                f"    {v} = [i for i in (id_of(T{number}, u) for u in {v} or []) if i is not None]"
            )
        elif kind == _TRAVELLING and how is _Raw.TYPED:
            scope[f"D{number}"] = extra
            if bind is not None and kinds[name] in (date, datetime):
                # A date or timestamp's text -> its bound text: read and bound as below, the
                # result remembered for text (a pure function of it; dates repeat).
                scope[f"M{number}"] = _memo_bound(extra, bind)
                lines.append(f"    if {v} is not None:")
                lines.append(f"        {v} = M{number}({v}) if type({v}) is str"
                             f" else B{number}(D{number}({v}))")  # fmt: skip
                made.append(v)
                continue
            lines.append(f"    if {v} is not None: {v} = D{number}({v})")
        if bind is not None:
            lines.append(f"    if {v} is not None: {v} = {b}({v})")
        made.append(v)
    lines.append(f"    return ({', '.join(made)},)")
    exec("\n".join(lines), scope)  # our own code, made from numbers
    return scope["make"]


def _memo_bound(decode: Any, bind: Any) -> Any:
    @lru_cache(maxsize=_MEMO_SIZE)
    def memo(text: str) -> Any:
        return bind(decode(text))  # a date or timestamp read from text is never None

    return memo


def insert_maker(table: str, dialect: Any) -> Any:
    """What ``insert_params`` calls, for many rows of one table: (id_of, values, local, uid)."""
    return _insert_maker(table, dialect)


def insert_columns(table: str, dialect: Any) -> tuple[str, ...]:
    """The columns ``insert_params`` gives values for, in its order."""
    return _insert_plan(table, dialect)[0]
