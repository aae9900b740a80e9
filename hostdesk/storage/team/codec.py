"""Values and registers as JSON: one form in the vault's team tables and in parcels."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import lru_cache
from json.encoder import (
    c_make_encoder,  # type: ignore[attr-defined]
    encode_basestring,
)
from types import MappingProxyType
from typing import Any

from sqlalchemy import Column

from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.registers import FieldState, Write
from hostdesk.domain.team.rows import RowKey, RowState, Uniform
from hostdesk.domain.team.vectors import EMPTY, Dot, VersionVector


def encode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        raise TypeError(f"{column.name}: bytes never travel")
    return value


def _python_type(column: Column[Any]) -> type | None:
    kind = column.type
    try:
        found = kind.python_type
        if found is object and hasattr(kind, "impl"):  # a TypeDecorator (UTC datetimes)
            found = kind.impl.python_type
        return found
    except NotImplementedError:
        return None


def decode_value(column: Column[Any], value: Any) -> Any:
    """The Python value for ``column``; a value of the wrong kind raises ValueError."""
    if value is None:
        return None
    kind = _python_type(column)
    if kind is datetime:
        return datetime.fromisoformat(_text(value, column))
    if kind is date:
        return date.fromisoformat(_text(value, column))
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{column.name}: expected true or false")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{column.name}: expected a whole number")
        return value
    return value


def value_decoder(column: Column[Any]) -> Callable[[Any], Any]:
    """``decode_value`` for one column, its type looked up once (a welcome decodes fifty
    thousand rows): the same values, the same ValueError for a value of the wrong kind."""
    kind = _python_type(column)
    name = column.name
    if kind is datetime:
        return lambda value: datetime.fromisoformat(_text(value, column))
    if kind is date:
        return lambda value: date.fromisoformat(_text(value, column))
    if kind is bool:

        def boolean(value: Any) -> Any:
            if value is not True and value is not False:
                raise ValueError(f"{name}: expected true or false")
            return value

        return boolean
    if kind is int:

        def whole(value: Any) -> Any:
            if type(value) is not int and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValueError(f"{name}: expected a whole number")
            return value

        return whole
    return lambda value: value


def _text(value: Any, column: Column[Any]) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{column.name}: expected a date written as text")
    return value


# -- registers ------------------------------------------------------------------------


def vv_to_json(vv: VersionVector) -> dict[str, int]:
    return vv.as_dict()


# A merge reads the same few vectors, stamps and dots tens of thousands of times: each is
# made once (they are immutable) rather than parsed again for every field.
_VECTORS: dict[tuple[tuple[str, int], ...], VersionVector] = {}
_DOTS: dict[tuple[str, int], Dot] = {}
_CACHE_AT_MOST = 50_000


def vv_from_json(data: Any) -> VersionVector:
    if not isinstance(data, dict):
        raise ValueError("a version vector is an object")
    if not data:
        return EMPTY  # every genesis write's context: half the vectors a row keeps
    for origin, seq in data.items():
        if not isinstance(origin, str) or isinstance(seq, bool) or not isinstance(seq, int):
            raise ValueError("a version vector maps device ids to numbers")
    key = tuple(data.items())
    found = _VECTORS.get(key)
    if found is None:
        found = VersionVector.of(data)
        if len(_VECTORS) < _CACHE_AT_MOST:
            _VECTORS[key] = found
    return found


def hlc_from_text(text: Any) -> Hlc:
    if not isinstance(text, str):
        raise ValueError("a clock stamp is text")
    return _hlc(text)


@lru_cache(maxsize=_CACHE_AT_MOST)
def _hlc(text: str) -> Hlc:
    return Hlc.parse(text)


def dot_of(origin: Any, seq: Any) -> Dot:
    if not isinstance(origin, str) or isinstance(seq, bool) or not isinstance(seq, int):
        raise ValueError("a write names its device and sequence number")
    found = _DOTS.get((origin, seq))
    if found is None:
        found = Dot(origin, seq)
        if len(_DOTS) < _CACHE_AT_MOST:
            _DOTS[(origin, seq)] = found
    return found


def write_to_json(name: str, write: Write) -> list[Any]:
    return [name, write.value, write.dot.origin, write.dot.seq, str(write.hlc),
            vv_to_json(write.seen)]  # fmt: skip


def write_from_json(data: Any) -> tuple[str, Write]:
    if not isinstance(data, list) or len(data) != 6:
        raise ValueError("a write is [field, value, origin, seq, hlc, seen]")
    name, value, origin, seq, stamp, seen = data
    if not isinstance(name, str):
        raise ValueError("a write names its field")
    return name, Write(value, dot_of(origin, seq), hlc_from_text(stamp), vv_from_json(seen))


def _kept_write(data: Any) -> Write:
    """``write_from_json([name, *data])[1]`` for a kept register's write (no list made)."""
    if not isinstance(data, list) or len(data) != 5:
        raise ValueError("a write is [field, value, origin, seq, hlc, seen]")
    value, origin, seq, stamp, seen = data
    return Write(value, dot_of(origin, seq), hlc_from_text(stamp), vv_from_json(seen))


def uniform_to_json(uniform: Uniform) -> list[Any]:
    """``[origin, seq, hlc, seen]``: what every field of a Uniform shares."""
    return [uniform.dot.origin, uniform.dot.seq, str(uniform.hlc), vv_to_json(uniform.seen)]


def uniform_from_json(meta: Any, values: Any) -> Uniform:
    if not isinstance(meta, list) or len(meta) != 4 or not isinstance(values, dict):
        raise ValueError("shared writes are [origin, seq, hlc, seen] and an object of values")
    origin, seq, stamp, seen = meta
    return Uniform(dot_of(origin, seq), hlc_from_text(stamp), vv_from_json(seen), values)


# One encoder for every register kept (``json.dumps`` with options builds one per call).
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
# ``_ENCODER.encode`` still makes its C encoder again on every call; a joining laptop keeps
# fifty thousand registers, so the C encoder is made once (the same arguments, no check for
# a value that contains itself: registers never do). None where the C module is missing.
_C_ENCODE = (
    c_make_encoder(None, _ENCODER.default, encode_basestring, None, ":", ",", True, False, True)
    if c_make_encoder is not None
    else None
)


def _dumps(data: Any) -> str:
    if _C_ENCODE is None:
        return _ENCODER.encode(data)
    return "".join(_C_ENCODE(data, 0))


@lru_cache(maxsize=1024)
def _uniform_head(dot: Dot, hlc: Hlc, seen: VersionVector) -> str:
    """``[origin,seq,hlc,seen,`` of a kept Uniform: a welcome's rows share a few of them."""
    return _dumps([dot.origin, dot.seq, str(hlc), vv_to_json(seen)])[:-1] + ","


def row_to_json(row: RowState) -> str:
    """A row's registers; a row whose fields are one Uniform is kept as
    ``[origin, seq, hlc, seen, values]`` (most rows: as created, or as at a genesis)."""
    uniform = row.as_uniform()
    if uniform is not None:
        return uniform_state_json(uniform)
    # [value, origin, seq, hlc, seen]: write_to_json without the name, made directly (a
    # row edited since the team began has a write and two vectors in every field).
    fields = {
        name: {"w": [[w.value, w.dot.origin, w.dot.seq, _hlc_text(w.hlc), dict(w.seen.entries)]
                     for w in state.frontier],
               "s": dict(state.seen.entries)}
        for name, state in sorted(row.fields.items())
    }  # fmt: skip
    return _dumps(fields)


@lru_cache(maxsize=_CACHE_AT_MOST)
def _hlc_text(hlc: Hlc) -> str:
    return str(hlc)


# The last head made, with the dot, stamp and context it is of: a welcome's rows share the
# same three objects, found by identity before any hashing. One tuple, swapped whole, so a
# thread reads a head with its own three.
_last_head: tuple[Any, Any, Any, str] = (None, None, None, "")


def uniform_state_json(uniform: Uniform, values: dict[str, Any] | None = None) -> str:
    """The registers ``uniform.state`` makes, in the kept form of ``row_to_json``: the same
    text as ``_dumps([*uniform_to_json(uniform), values])``, its head made once. ``values``:
    a dict copy of ``uniform.values`` the caller has made already."""
    global _last_head
    dot, hlc, seen = uniform.dot, uniform.hlc, uniform.seen
    last = _last_head
    if last[0] is dot and last[1] is hlc and last[2] is seen:
        head = last[3]
    else:
        head = _uniform_head(dot, hlc, seen)
        _last_head = (dot, hlc, seen, head)
    return head + _dumps(dict(uniform.values) if values is None else values) + "]"


def row_from_json(table: str, uid: str, family: str | None, text: str) -> RowState:
    data = json.loads(text)
    key = RowKey(table, uid)
    if isinstance(data, list):
        return uniform_from_json(data[:4], data[4]).state(key, family)
    fields: dict[str, FieldState] = {}
    for name, state in data.items():
        writes = tuple(map(_kept_write, state["w"]))
        fields[name] = FieldState(writes, vv_from_json(state["s"]))
    return RowState(key, family, MappingProxyType(fields))


def writes_of_dot_json(text: str, dot: Dot) -> tuple[tuple[str, Write], ...]:
    """``(name, write)`` of a kept row's frontier writes made under ``dot``, in
    ``row_from_json(...).writes()`` order, without making the row's other registers (what a
    change set being gathered needs of a row edited here)."""
    data = json.loads(text)
    if isinstance(data, list):
        uniform = uniform_from_json(data[:4], data[4])
        return tuple(uniform.writes()) if uniform.dot == dot else ()
    origin, seq = dot.origin, dot.seq
    return tuple(
        write_from_json([name, *w])
        for name, state in data.items()
        for w in state["w"]
        if w[1] == origin and w[2] == seq
    )


def uniform_of_json(text: str) -> Uniform | None:
    """The Uniform a kept row is, without making its registers (None: it is not one)."""
    if not text.startswith("["):
        return None
    data = json.loads(text)
    return uniform_from_json(data[:4], data[4])


def values_json(values: Mapping[str, Any]) -> str:
    return _dumps(dict(values))
