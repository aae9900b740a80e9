"""``json.dumps`` and ``json.loads`` with their default arguments, their machinery made once.

A joining laptop's welcome reads and writes some fifty thousand JSON columns (a visit's
dimensions and members present, a member's languages): each ``json.dumps`` call makes its
C encoder again, and each ``json.loads`` call goes through the decoder's Python layers.
Here the same C encoder and scanner are made once: the same text, the same values (a test
holds them equal over the awkward cases: non-ASCII, control characters, U+2028, floats).
The column types' own processors (SQLAlchemy's JSON type) keep everything else.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import (
    c_make_encoder,  # type: ignore[attr-defined]
    encode_basestring_ascii,
)
from typing import Any

from sqlalchemy import JSON, Column, String

# json.dumps' defaults: ASCII only, ", " and ": ", keys as given, NaN allowed. No check for a
# value that contains itself (a column's value read from the database never does).
_ENCODE = (
    c_make_encoder(None, json.JSONEncoder().default, encode_basestring_ascii, None, ": ", ", ",
                   False, False, True)
    if c_make_encoder is not None
    else None
)  # fmt: skip
_SCAN = json.JSONDecoder().scan_once  # the C scanner where there is one
_BLANK_OR_BOM = frozenset(" \t\n\r\ufeff")


def plain_dumps(value: Any) -> str:
    """``json.dumps(value)``."""
    if _ENCODE is None or type(value) is str:
        return json.dumps(value)
    return "".join(_ENCODE(value, 0))


def plain_loads(text: str) -> Any:
    """``json.loads(text)`` for text: the same value, or the same error."""
    if text and text[0] not in _BLANK_OR_BOM:
        try:
            value, end = _SCAN(text, 0)
        except StopIteration:
            pass  # not JSON: json.loads says why
        else:
            if end == len(text):
                return value
    return json.loads(text)  # blanks around it, a BOM, or not JSON


def _plain_json(column: Column[Any], dialect: Any) -> bool:
    """A JSON column that the dialect serialises with ``json.dumps``/``json.loads`` as text,
    with nothing done to the text itself."""
    return (
        isinstance(column.type, JSON)
        and dialect._json_serializer is None
        and dialect._json_deserializer is None
        and String().bind_processor(dialect) is None
        and String().result_processor(dialect, None) is None
    )


def bind_processor(column: Column[Any], dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's bind processor; for a JSON column, lists and objects are written
    with ``plain_dumps`` (what it does for them), anything else by the type itself."""
    found = column.type.dialect_impl(dialect).bind_processor(dialect)
    if found is None or not _plain_json(column, dialect):
        return found  # type: ignore[no-any-return]
    original = found

    def process(value: Any) -> Any:
        if type(value) is list or type(value) is dict:
            return "".join(_ENCODE(value, 0)) if _ENCODE is not None else json.dumps(value)
        return original(value)

    return process


def result_processor(column: Column[Any], dialect: Any) -> Callable[[Any], Any] | None:
    """The column type's result processor; for a JSON column, text is read with
    ``plain_loads`` (what it does with text), anything else by the type itself."""
    found = column.type.dialect_impl(dialect).result_processor(dialect, None)
    if found is None or not _plain_json(column, dialect):
        return found  # type: ignore[no-any-return]
    original = found

    def process(value: Any) -> Any:
        if type(value) is str:
            return plain_loads(value)
        return original(value)

    return process
