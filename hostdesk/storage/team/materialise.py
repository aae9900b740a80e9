"""Merged registers become rows in the vault's ordinary tables, many at a time.

A batch is written in a few statements per table: deletions first (children
before parents, so that no foreign key is left dangling mid-batch), then
updates and inserts (parents before children, so that a child finds the local
id its parent has just been given). New rows take the next free ids, given here,
as ``storage.creating`` does for an import. The search index is brought in line
once for the whole batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from sqlmodel import Session

from hostdesk.domain import names
from hostdesk.domain.team.rows import EXISTS, RowState, Uniform
from hostdesk.storage import creating, search
from hostdesk.storage.casework.visits import split_notes
from hostdesk.storage.team import bulk
from hostdesk.storage.team.codec import row_to_json, uniform_state_json
from hostdesk.storage.team.rowmap import (
    MissingParent,
    Refs,
    decode_row,
    insert_columns,
    insert_maker,
)
from hostdesk.storage.team.tables import BY_TABLE, ORDER
from hostdesk.storage.team.triggers import travelling_columns

Touched = set[tuple[str, int]]  # (table, local id) written; ("-" + table, local id) removed


class Merged(NamedTuple):
    """A row's registers after a merge: what its table shows and what ``team_row`` keeps.
    A named tuple: a joining laptop makes fifty thousand, and a frozen dataclass costs a
    setattr per field to make."""

    table: str
    uid: str
    family: str | None
    exists: bool
    values: dict[str, Any]  # the shown values, travelling form, ``_exists`` left out
    state: str  # the registers as JSON (codec.row_to_json)
    conflicted: bool

    @classmethod
    def of_state(cls, row: RowState) -> Merged:
        silent = BY_TABLE[row.key.table].silent
        return cls(row.key.table, row.key.uid, row.family, row.exists, row.values(),
                   row_to_json(row), bool(row.conflicts(silent)))  # fmt: skip

    @classmethod
    def of_uniform(cls, table: str, uid: str, family: str | None, uniform: Uniform) -> Merged:
        """A row that only ``uniform`` ever wrote (a row new to this device): no register to
        build, no conflict possible."""
        values = dict(uniform.values)
        state = uniform_state_json(uniform, values)  # the copy, before ``_exists`` leaves it
        exists = values.pop(EXISTS, None) is True
        return cls(table, uid, family, exists, values, state, False)


def materialise(session: Session, refs: Refs, row: RowState, touched: Touched) -> bool:
    """Write one row's shown values (or delete it); False while a parent row it names is
    not here yet."""
    return not materialise_many(session, refs, [Merged.of_state(row)], touched)


def materialise_many(
    session: Session, refs: Refs, rows: Sequence[Merged], touched: Touched
) -> set[tuple[str, str]]:
    """Write the rows' shown values; returns (table, uid) of those whose parent is not here."""
    connection = session.connection()
    by_table: dict[str, list[Merged]] = defaultdict(list)
    for row in rows:
        by_table[row.table].append(row)
    for table in sorted(by_table, key=lambda t: ORDER[t], reverse=True):
        gone = [row.uid for row in by_table[table] if not row.exists]
        refs.load_ids(table, gone)
        rowids = []
        for uid in gone:
            local = refs.id_of(table, uid)
            if local is not None:
                rowids.append(local)
                refs.forget(table, uid)
                touched.add((f"-{table}", local))
        bulk.delete_many(connection, table, rowids)
    waiting: set[tuple[str, str]] = set()
    for table in sorted(by_table, key=lambda t: ORDER[t]):
        live = [row for row in by_table[table] if row.exists]
        if live:
            waiting |= _write(session, refs, table, live, touched)
    return waiting


def _write(
    session: Session, refs: Refs, table: str, rows: list[Merged], touched: Touched
) -> set[tuple[str, str]]:
    spec = BY_TABLE[table]
    connection = session.connection()
    refs.load_ids(table, [row.uid for row in rows])
    # Every row each row names, looked up at once below (a prefetch: decoding asks for any
    # it misses one by one).
    parents: dict[str, list[str]] = defaultdict(list)
    references, id_lists = list(spec.references.items()), list(spec.id_lists.items())
    for row in rows:
        values = row.values
        for column, target in references:
            value = values.get(column)
            if isinstance(value, str):
                parents[target].append(value)
        for column, target in id_lists:
            for value in values.get(column) or []:
                if isinstance(value, str):
                    parents[target].append(value)
    for target, uids in parents.items():
        refs.load_ids(target, uids)
    has_id = "id" in bulk.table_of(table).c
    complete = frozenset(travelling_columns(spec))
    next_id: int | None = None
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    waiting: set[tuple[str, str]] = set()
    insert = insert_maker(table, refs.dialect)  # insert_params' own function, looked up once
    for row in rows:
        local = refs.id_of(table, row.uid)
        if local is None and has_id and complete <= row.values.keys():
            # A new row with every field (most of a joining laptop's): its INSERT's
            # parameters straight from the travelling values, in one pass.
            if next_id is None:
                next_id = _max_rowid(connection, table)
            try:
                params = insert(refs.id_of, row.values, next_id + 1, row.uid)
            except MissingParent:
                waiting.add((table, row.uid))
                continue
            next_id += 1
            inserts.append(params)
            refs.learn(table, row.uid, next_id)
            touched.add((table, next_id))
            continue
        try:
            values = decode_row(refs, spec, row.values)
        except MissingParent:
            waiting.add((table, row.uid))
            continue
        if local is not None:
            updates.append((local, values))
            touched.add((table, local))
            continue
        # Rare (a setting, or a row some of whose fields never arrived): the table's own
        # defaults fill the rest.
        table_def = bulk.table_of(table)
        session.execute(
            table_def.insert().values({**spec.placeholders, spec.key: row.uid, **values})
        )
        refs.forget(table, row.uid)
        local = refs.id_of(table, row.uid)
        if local is not None:
            touched.add((table, local))
    # Updates before inserts: a unique value moved from one row to a new one stays unique.
    bulk.update_many(connection, table, updates)
    bulk.insert_tuples(connection, table, insert_columns(table, refs.dialect), inserts)
    return waiting


def _max_rowid(connection: Any, table: str) -> int:
    sql = f"SELECT coalesce(max(rowid), 0) FROM {table}"
    return int(connection.exec_driver_sql(sql).scalar_one())


_INDEXED_NOTES = {"activity": search.HitKind.ACTIVITY, "referral": search.HitKind.REFERRAL}
_REMOVED = {"-family": search.HitKind.FAMILY, "-member": search.HitKind.MEMBER,
            "-activity": search.HitKind.ACTIVITY, "-referral": search.HitKind.REFERRAL}  # fmt: skip


def reindex(session: Session, touched: Touched) -> None:
    """Bring the search index in line with the rows merged, in one write for the batch."""
    connection = session.connection()
    by_table: dict[str, list[int]] = defaultdict(list)
    for table, local in sorted(touched):
        by_table[table].append(local)
    for table, kind in _REMOVED.items():
        search.remove(session, kind, by_table.get(table, []))
    members = set(by_table.get("member", []))
    for table in ("identifier", "residence_permit"):
        sql = f"SELECT member_id FROM {table} WHERE id IN ({{in}})"
        members |= {m for (m,) in bulk.select_in(connection, sql, by_table.get(table, [])) if m}
    rows = _member_rows(connection, sorted(members))
    found = bulk.select_in(
        connection, "SELECT id, case_number, nair_reference FROM family WHERE id IN ({in})",
        by_table.get("family", []),
    )  # fmt: skip
    rows += [search.family_row(i, number, reference) for i, number, reference in found]
    found = bulk.select_in(
        connection, "SELECT id, text FROM activity WHERE id IN ({in})", by_table.get("activity", [])
    )
    rows += [
        _note_row(search.HitKind.ACTIVITY, i, " ".join(split_notes(note or "").values()))
        for i, note in found
    ]
    found = bulk.select_in(
        connection, "SELECT id, reason, outcome FROM referral WHERE id IN ({in})",
        by_table.get("referral", []),
    )  # fmt: skip
    rows += [_note_row(search.HitKind.REFERRAL, i, f"{reason} {outcome}")
             for i, reason, outcome in found]  # fmt: skip
    search.write_rows(session, rows)


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return names.fold(word)


def fold_note(note: str) -> str:
    """``names.fold(note)``, a word at a time: folding is letter by letter and notes repeat
    their words, so a joining laptop's tens of thousands of notes fold in a fraction of the
    time (a test holds it equal to ``names.fold``)."""
    return " ".join(map(_fold_word, note.split(" ")))


def _note_row(kind: search.HitKind, object_id: int, note: str) -> search.IndexRow:
    """``search.note_row``, folded a word at a time."""
    return search.IndexRow(search.rowid_for(kind, object_id), fold_note(note), "")


def _member_rows(connection: Any, members: Iterable[int]) -> list[search.IndexRow]:
    members = list(members)
    numbers: dict[int, list[str]] = defaultdict(list)
    for sql in (
        "SELECT member_id, value FROM identifier WHERE member_id IN ({in})",
        "SELECT member_id, number FROM residence_permit WHERE member_id IN ({in})",
    ):
        for member, number in bulk.select_in(connection, sql, members):
            numbers[member].append(number)
    found = bulk.select_in(
        connection, "SELECT id, name_latin, name_original, phone FROM member WHERE id IN ({in})",
        members,
    )  # fmt: skip
    return [
        member_row(i, {"name_latin": latin, "name_original": original, "phone": phone},
                   numbers.get(i, []))
        for i, latin, original, phone in found
    ]  # fmt: skip


def member_row(member_id: int, values: dict[str, Any], numbers: list[str]) -> search.IndexRow:
    """``creating.member_index_row``, its text folded a word at a time (``fold_note``): a
    joining laptop's members' names and numbers fold in a fraction of the time (a test holds
    the two equal)."""
    return creating.member_index_row(member_id, values, numbers, fold_note)  # type: ignore[no-any-return]
