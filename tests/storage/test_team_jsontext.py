"""JSON columns read and written the quick way give the text and values the column types'
own processors (``json.dumps``/``json.loads``) gave: what a joining laptop writes is what
the slower way wrote, byte for byte."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import JSON
from sqlalchemy.dialects import sqlite

from hostdesk.storage.models import SQLModel
from hostdesk.storage.team import jsontext

AWKWARD = [
    [], {}, ["housing", "health"], [551, 1393], ["ar"], "text", 0, -7, 10**30, 2.5, 1e16, 1e-7,
    -0.0, float("nan"), float("inf"), True, False, None, ["São João", "Ševčenko", "ሰላም", "مرحبا"],
    ["line\nbreak", "tab\t", "\x00\x1f\x7f", "quote\" back\\slash", "\u2028\u2029", "\ud83d\ude00",
     "😀", "\ufeffbom"],
    {"b": 1, "a": [1.0, 2, {"c": None}], "ç": "ã"}, [[[]]], [1.0, 1, True],
]  # fmt: skip


def _same(a: object, b: object) -> bool:
    return repr(a) == repr(b)  # 1, 1.0 and True are equal, but not the same value


@pytest.mark.parametrize("value", AWKWARD, ids=repr)
def test_dumps_writes_what_json_dumps_writes(value: object) -> None:
    assert jsontext.plain_dumps(value) == json.dumps(value)


@pytest.mark.parametrize("value", AWKWARD, ids=repr)
def test_loads_reads_what_json_loads_reads(value: object) -> None:
    for text in (json.dumps(value), json.dumps(value, ensure_ascii=False),
                 json.dumps(value, separators=(",", ":"))):  # fmt: skip
        assert _same(jsontext.plain_loads(text), json.loads(text))


@pytest.mark.parametrize(
    "text", ["", " []", "[] ", "\ufeff[]", "[1,]", "[1] x", "nul", "'a'", "[1]\n", "01", "\t{}"]
)
def test_text_that_is_not_plain_json_is_read_or_refused_as_json_loads_does(text: str) -> None:
    try:
        expected: object = ("value", json.loads(text))
    except ValueError as error:
        expected = ("refused", type(error), str(error))
    try:
        got: object = ("value", jsontext.plain_loads(text))
    except ValueError as error:
        got = ("refused", type(error), str(error))
    assert _same(got, expected)


def test_every_json_column_binds_and_reads_as_its_type_does() -> None:
    dialect = sqlite.dialect()
    columns = [c for t in SQLModel.metadata.tables.values() for c in t.columns
               if isinstance(c.type, JSON)]  # fmt: skip
    assert len(columns) >= 4
    for column in columns:
        kind = column.type.dialect_impl(dialect)
        slow_bind = kind.bind_processor(dialect)
        slow_read = kind.result_processor(dialect, None)
        quick_bind = jsontext.bind_processor(column, dialect)
        quick_read = jsontext.result_processor(column, dialect)
        assert slow_bind is not None and quick_bind is not None
        assert slow_read is not None and quick_read is not None
        for value in AWKWARD:
            written = quick_bind(value)
            assert written == slow_bind(value), (column, value)
            assert _same(quick_read(written), slow_read(written)), (column, value)
        assert quick_read(7) == slow_read(7)  # a number SQLite kept as a number
