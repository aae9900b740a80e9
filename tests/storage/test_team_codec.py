"""Rows read as SQLite keeps them travel exactly as rows read through the models do, and come
back as the same values: a welcome of fifty thousand rows takes the short way."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.team import bulk
from hostdesk.storage.team.codec import _python_type
from hostdesk.storage.team.rowmap import (
    MissingParent,
    Refs,
    decode_row,
    encode_raw,
    encode_row,
    insert_columns,
    insert_params,
)
from hostdesk.storage.team.tables import TRAVELLING
from hostdesk.storage.team.triggers import travelling_columns
from tests.conftest import PASSPHRASE


def test_every_travelling_row_encodes_alike_either_way_and_decodes_back(tmp_path: Path) -> None:
    vault = create_demo_vault(tmp_path / "demo", PASSPHRASE, 12, 3, FAST_TEST_PARAMS,
                              with_social_workers=True)  # fmt: skip
    try:
        with vault.session() as session:
            refs = Refs(session)
            connection = session.connection()
            compared = 0
            for spec in TRAVELLING:
                ids = [r[0] for r in connection.exec_driver_sql(f"SELECT rowid FROM {spec.table}")]
                typed = bulk.typed_rows(connection, spec.table, "rowid", ids, skip=spec.skipped)
                raw = bulk.raw_rows(connection, spec.table, "rowid", ids, skip=spec.skipped)
                by_id = {r["rowid"]: r for r in raw}
                for row in typed:
                    travelling = encode_row(refs, spec, row)
                    assert encode_raw(refs, spec, by_id[row["rowid"]]) == travelling, spec.table
                    back = decode_row(refs, spec, travelling)
                    assert back == {c: row[c] for c in travelling_columns(spec)}, spec.table
                    compared += 1
        assert compared > 500
    finally:
        vault.close()


def test_a_new_rows_insert_is_what_decoding_and_binding_it_gave(tmp_path: Path) -> None:
    """``insert_params`` (one pass, a joining laptop's fifty thousand rows) gives the INSERT
    the slower way gave: ``decode_row``, the placeholders and ids, the column binds."""
    vault = create_demo_vault(tmp_path / "demo", PASSPHRASE, 12, 3, FAST_TEST_PARAMS,
                              with_social_workers=True)  # fmt: skip
    try:
        with vault.session() as session:
            refs = Refs(session)
            connection = session.connection()
            compared = refused = 0
            for spec in TRAVELLING:
                if "id" not in bulk.table_of(spec.table).c:
                    continue
                ids = [r[0] for r in connection.exec_driver_sql(f"SELECT rowid FROM {spec.table}")]
                travelling = None
                for row in bulk.typed_rows(connection, spec.table, "rowid", ids, skip=spec.skipped):
                    travelling = encode_row(refs, spec, row)
                    local, uid = 10**6 + compared, f"u{compared}"
                    decoded = decode_row(refs, spec, travelling)
                    slow = {**spec.placeholders, **decoded, "id": local, spec.key: uid}
                    expected = bulk.bound_rows(spec.table, connection.dialect, [slow])[0]
                    assert insert_columns(spec.table, connection.dialect) == tuple(
                        bulk.processors(spec.table, connection.dialect)[0]
                    )
                    assert insert_params(refs, spec, travelling, local, uid) == expected, spec.table
                    compared += 1
                # A parent not here yet is said, as decode_row says it.
                if spec.references and travelling is not None:
                    column, _target = next(iter(spec.references.items()))
                    absent = {**travelling, column: "f" * 32}
                    with pytest.raises(MissingParent):
                        insert_params(refs, spec, absent, 1, "u")
                # A date or timestamp of the wrong kind is refused as decode_row refuses it,
                # its text seen before or not (what insert_params remembers is for text).
                for name in travelling or {}:
                    if _python_type(bulk.table_of(spec.table).c[name]) not in (date, datetime):
                        continue
                    assert travelling is not None
                    for wrong in (7, True, ["2026-01-01"], "2026-13-01", "não"):
                        broken = {**travelling, name: wrong}
                        with pytest.raises(ValueError) as slow:
                            decode_row(refs, spec, broken)
                        with pytest.raises(ValueError) as quick:
                            insert_params(refs, spec, broken, 1, "u")
                        assert str(quick.value) == str(slow.value)
                        refused += 1
        assert compared > 500 and refused > 50
    finally:
        vault.close()


def test_each_column_reads_a_travelling_value_as_decode_value_does() -> None:
    """The per-column readers a merge uses give the same values, and refuse the same wrong
    kinds (a damaged or hostile parcel), as ``decode_value``."""
    from hostdesk.storage.team.codec import decode_value, value_decoder

    samples = [True, False, 0, 7, -3, 2.5, "2026-02-01", "2026-02-01T10:00:00+00:00", "x",
               [], ["a"], {"k": 1}]  # fmt: skip
    checked = 0
    for spec in TRAVELLING:
        table = bulk.table_of(spec.table)
        for name in travelling_columns(spec):
            column = table.c[name]
            reader = value_decoder(column)
            for value in samples:
                try:
                    expected: object = ("value", decode_value(column, value))
                except ValueError as error:
                    expected = ("refused", str(error))
                try:
                    got: object = ("value", reader(value))
                except ValueError as error:
                    got = ("refused", str(error))
                assert got == expected, (spec.table, name, value)
                checked += 1
    assert checked > 1000


def test_a_kept_rows_writes_of_one_dot_are_those_its_registers_hold() -> None:
    """What a change set being gathered takes from a kept row, read without making the row,
    is what the row's registers list for that dot, in the same order."""
    import random

    from hostdesk.domain.team.clock import Hlc
    from hostdesk.domain.team.registers import Write
    from hostdesk.domain.team.rows import new_row
    from hostdesk.domain.team.vectors import Dot, VersionVector
    from hostdesk.storage.team.codec import row_from_json, row_to_json, writes_of_dot_json

    rng = random.Random(5)
    dots = [Dot(o, s) for o in ("a" * 32, "b" * 32) for s in (1, 2, 3)]
    for _case in range(300):
        row = new_row("family", "f" * 32, "f" * 32)
        for step in range(rng.randrange(1, 12)):
            name, dot = rng.choice(["municipality", "status", "_exists"]), rng.choice(dots)
            value = rng.choice(["Faro", "Beja", True, None])
            stamp = Hlc(1_760_000_000_000 + step, rng.randrange(3))
            if rng.random() < 0.5:
                row = row.local(name, value, dot, stamp)
            else:  # written elsewhere, without having seen this row's writes
                row = row.merge(name, Write(value, dot, stamp, VersionVector()))
        text = row_to_json(row)
        kept = row_from_json("family", "f" * 32, "f" * 32, text)
        for dot in dots:
            assert writes_of_dot_json(text, dot) == tuple(
                (n, w) for n, w in kept.writes() if w.dot == dot
            )


def test_a_rows_registers_are_kept_in_the_documented_form() -> None:
    """``{field: {"w": [[value, origin, seq, hlc, seen], …], "s": seen}}``, keys sorted,
    compact, for a row that is not one Uniform (what older vaults hold and read)."""
    import json
    import random

    from hostdesk.domain.team.clock import Hlc
    from hostdesk.domain.team.registers import Write
    from hostdesk.domain.team.rows import new_row
    from hostdesk.domain.team.vectors import Dot, VersionVector
    from hostdesk.storage.team.codec import row_to_json

    rng = random.Random(1)
    dots = [Dot(o, s) for o in ("a" * 32, "b" * 32) for s in (1, 2, 3)]
    for _case in range(500):
        row = new_row("family", "f" * 32, "f" * 32)
        for step in range(rng.randrange(2, 12)):
            name, dot = rng.choice(["municipality", "status", "_exists"]), rng.choice(dots)
            value = rng.choice(["Faro", "Beja", True, None, 3, "ção", [1, "x"]])
            stamp = Hlc(1_760_000_000_000 + step, rng.randrange(3))
            seen = VersionVector.of({"c" * 32: rng.randrange(4)})
            row = (row.local(name, value, dot, stamp) if rng.random() < 0.5
                   else row.merge(name, Write(value, dot, stamp, seen)))  # fmt: skip
        if row.as_uniform() is not None:
            continue
        expected = {
            name: {"w": [[w.value, w.dot.origin, w.dot.seq, str(w.hlc), w.seen.as_dict()]
                         for w in state.frontier], "s": state.seen.as_dict()}
            for name, state in row.fields.items()
        }  # fmt: skip
        text = row_to_json(row)
        assert text == json.dumps(
            expected, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )


def test_a_uniform_rows_registers_are_kept_as_one_head_and_its_values() -> None:
    """``[origin, seq, hlc, seen, values]``, compact, keys sorted: the same text whether the
    head is made, found again for the same dot, stamp and context, or made for others in
    between, and whether the caller passes its copy of the values."""
    import json
    import random

    from hostdesk.domain.team.clock import Hlc
    from hostdesk.domain.team.rows import Uniform
    from hostdesk.domain.team.vectors import Dot, VersionVector
    from hostdesk.storage.team.codec import uniform_state_json

    rng = random.Random(2)
    heads = [(Dot(o, s), Hlc(1_760_000_000_000 + s, 0), VersionVector.of(seen))
             for o in ("a" * 32, "b" * 32) for s in (1, 2)
             for seen in ({}, {"c" * 32: 3})]  # fmt: skip
    for _case in range(300):
        dot, stamp, seen = rng.choice(heads)
        values = {rng.choice(["city", "ção", "_exists", "n"]): rng.choice(["Faro", 3, None,
                  True, 2.5, ["x", 1], "\u2028"]) for _ in range(rng.randrange(0, 5))}  # fmt: skip
        uniform = Uniform(dot, stamp, seen, values)
        head = [dot.origin, dot.seq, str(stamp), seen.as_dict(), values]
        expected = json.dumps(head, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert uniform_state_json(uniform) == expected
        assert uniform_state_json(uniform, dict(values)) == expected
