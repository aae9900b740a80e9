"""Values and registers as JSON: one form in the vault's team tables and in parcels."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import Column

from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.registers import FieldState, Write
from hostdesk.domain.team.rows import RowKey, RowState
from hostdesk.domain.team.vectors import Dot, VersionVector


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


def _text(value: Any, column: Column[Any]) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{column.name}: expected a date written as text")
    return value


# -- registers ------------------------------------------------------------------------


def vv_to_json(vv: VersionVector) -> dict[str, int]:
    return vv.as_dict()


def vv_from_json(data: Any) -> VersionVector:
    if not isinstance(data, dict):
        raise ValueError("a version vector is an object")
    for origin, seq in data.items():
        if not isinstance(origin, str) or isinstance(seq, bool) or not isinstance(seq, int):
            raise ValueError("a version vector maps device ids to numbers")
    return VersionVector.of(data)


def write_to_json(name: str, write: Write) -> list[Any]:
    return [name, write.value, write.dot.origin, write.dot.seq, str(write.hlc),
            vv_to_json(write.seen)]  # fmt: skip


def write_from_json(data: Any) -> tuple[str, Write]:
    if not isinstance(data, list) or len(data) != 6:
        raise ValueError("a write is [field, value, origin, seq, hlc, seen]")
    name, value, origin, seq, stamp, seen = data
    if not isinstance(name, str) or not isinstance(origin, str) or not isinstance(seq, int):
        raise ValueError("a write names its field, device and sequence number")
    return name, Write(value, Dot(origin, seq), Hlc.parse(stamp), vv_from_json(seen))


def row_to_json(row: RowState) -> str:
    fields = {
        name: {"w": [write_to_json(name, w)[1:] for w in state.frontier],
               "s": vv_to_json(state.seen)}
        for name, state in sorted(row.fields.items())
    }  # fmt: skip
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def row_from_json(table: str, uid: str, family: str | None, text: str) -> RowState:
    data = json.loads(text)
    fields: dict[str, FieldState] = {}
    for name, state in data.items():
        writes = tuple(write_from_json([name, *w])[1] for w in state["w"])
        fields[name] = FieldState(writes, vv_from_json(state["s"]))
    return RowState(RowKey(table, uid), family, MappingProxyType(fields))


def values_json(values: Mapping[str, Any]) -> str:
    return json.dumps(dict(values), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
