"""Malformed spreadsheets never crash the import and never leave it half done.

Whatever the file (random bytes, a truncated or altered .xlsx, text in a wrong
encoding, random cells, missing columns, huge cells), the import either ends
with a ``SpreadsheetError`` whose message is one sentence, and the vault is
exactly as it was, or it saves exactly the families it reports.
"""

from __future__ import annotations

import functools
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostdesk.storage import importing
from hostdesk.storage.importing import SpreadsheetError
from hostdesk.storage.vault import Vault
from tests.storage.import_support import GOOD_ROWS, HEADER, counts, csv_bytes, xlsx_bytes

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Good rows whose NIF, once saved, does not turn every later example into a duplicate.
WITHOUT_NIF = [[*row[:6], "", *row[7:]] for row in GOOD_ROWS]
# A value no message may ever repeat.
SENTINEL = "Zbigniewa"


def attempt(vault: Vault, data: bytes, *, only_valid: bool = False) -> None:
    """Run the whole import on ``data`` and check the promise, whichever way it ends."""
    before = counts(vault)
    try:
        table = importing.parse_sheet(data)
        with vault.session() as session:
            mapping, _saved = importing.mapping_for(session, table)
        done = importing.preview(vault, table, mapping)
        summary = importing.commit(vault, done, only_valid=only_valid)
    except SpreadsheetError as error:
        message = str(error)
        assert message[:1].isupper() and message.endswith("."), message
        assert SENTINEL not in message
        assert counts(vault) == before
        return
    after = counts(vault)
    assert after["family"] - before["family"] == summary.families > 0
    assert after["member"] - before["member"] == summary.people


@functools.cache
def good_xlsx() -> bytes:
    return xlsx_bytes([HEADER, *GOOD_ROWS])


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(vault: Vault, data: bytes) -> None:
    attempt(vault, data)


@FUZZ
@given(data=st.binary(max_size=600))
def test_random_bytes_behind_a_zip_signature(vault: Vault, data: bytes) -> None:
    attempt(vault, b"PK\x03\x04" + data)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=20_000))
def test_truncated_xlsx(vault: Vault, cut: int) -> None:
    data = good_xlsx()
    attempt(vault, data[: cut % len(data)])


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8))
def test_altered_xlsx(vault: Vault, flips: list[tuple[int, int]]) -> None:
    data = bytearray(good_xlsx())
    for position, value in flips:
        data[position % len(data)] = value
    attempt(vault, bytes(data))


_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)


@FUZZ
@given(
    rows=st.lists(st.lists(_TEXT, max_size=12), max_size=8),
    encoding=st.sampled_from(
        [
            "utf-8",
            "utf-8-sig",
            "utf-16",
            "utf-16-le",
            "utf-32",
            "cp1252",
            "latin-1",
            "shift_jis",
            "koi8-r",
            "mac-roman",
        ]
    ),
    sep=st.sampled_from([";", ",", "\t", "|"]),
)
def test_text_in_any_encoding_under_the_real_header(
    vault: Vault, rows: list[list[str]], encoding: str, sep: str
) -> None:
    text = csv_bytes([HEADER, *rows], sep=sep, encoding="utf-8").decode("utf-8")
    attempt(vault, text.encode(encoding, errors="replace"))


_CELL = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 1, 1)),
    st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 1, 1)),
    st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), max_size=30),
    st.sampled_from(
        [
            "sim",
            "não",
            "F",
            "M",
            "1985",
            "03/1985",
            "31/02/1990",
            "espontâneo",
            "Reinstalação",
            "271104619",
            "501964842",
            "=1+1",
            "=NOW()",
            SENTINEL,
            "P1",
            "P2",
            "",
        ]
    ),
    st.just("x" * 1500),
)


@FUZZ
@given(
    columns=st.lists(st.sampled_from(range(len(HEADER))), min_size=1, unique=True),
    rows=st.lists(
        st.one_of(
            st.lists(_CELL, min_size=len(HEADER), max_size=len(HEADER)),
            st.sampled_from(WITHOUT_NIF),
        ),
        max_size=6,
    ),
    as_xlsx=st.booleans(),
)
def test_random_cells_and_missing_columns(
    vault: Vault, columns: list[int], rows: list[list[object]], as_xlsx: bool
) -> None:
    table = [[HEADER[c] for c in columns], *([r[c] for c in columns] for r in rows)]
    # Families without errors are saved and the others left out: both ways are exercised.
    attempt(vault, xlsx_bytes(table) if as_xlsx else csv_bytes(table), only_valid=True)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(fail_at=st.integers(min_value=1, max_value=6))
def test_a_failure_at_any_family_saves_nothing(vault: Vault, fail_at: int) -> None:
    rows = [[f"H{i}", "sim", f"Pessoa {i}", "", "F", "1980", "", "espontâneo", "01/02/2025", ""]
            for i in range(6)]  # fmt: skip
    done = importing.preview(vault, *_table_and_mapping(rows))
    before = counts(vault)
    calls = iter(range(1, 100))

    def cancelled() -> bool:
        if next(calls) == fail_at:
            raise RuntimeError("power cut")
        return False

    with pytest.raises(RuntimeError):
        importing.commit(vault, done, cancelled=cancelled)
    assert counts(vault) == before


def _table_and_mapping(rows: list[list[object]]) -> tuple[importing.SheetTable, dict]:  # type: ignore[type-arg]
    from hostdesk.domain.importing.columns import guess_mapping

    table = importing.parse_sheet(csv_bytes([HEADER, *rows]))
    return table, guess_mapping(table.headers)
