"""Rows between the vault's tables and the travelling form: local ids <-> global ids."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.identity import derived_uid
from hostdesk.storage.models import SQLModel
from hostdesk.storage.team.codec import decode_value, encode_value
from hostdesk.storage.team.tables import BY_TABLE, Travelling
from hostdesk.storage.team.triggers import travelling_columns


class MissingParent(LookupError):
    """A row names a parent this device does not hold (yet)."""


class Refs:
    """Looks up global ids by local id and back, remembering what it found."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._uids: dict[tuple[str, int], str | None] = {}
        self._ids: dict[tuple[str, str], int | None] = {}

    def uid_of(self, table: str, local_id: int | None) -> str | None:
        if local_id is None:
            return None
        found = self._uids.get((table, local_id), "")
        if found == "":
            key = BY_TABLE[table].key
            found = self._session.execute(
                text(f"SELECT {key} FROM {table} WHERE id = :id"), {"id": local_id}
            ).scalar()
            self._uids[(table, local_id)] = found
        return found

    def id_of(self, table: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        if (table, uid) not in self._ids:
            key = BY_TABLE[table].key
            self._ids[(table, uid)] = self._session.execute(
                text(f"SELECT id FROM {table} WHERE {key} = :uid"), {"uid": uid}
            ).scalar()
        return self._ids[(table, uid)]

    def forget(self, table: str, uid: str) -> None:
        self._ids.pop((table, uid), None)

    def family_of(self, spec: Travelling, row: Mapping[str, Any]) -> str | None:
        if spec.table == "family":
            return str(row["uid"])
        if spec.family_column:
            return self.uid_of("family", row[spec.family_column])
        if spec.member_column:
            member = row[spec.member_column]
            family_id = self._session.execute(
                text("SELECT family_id FROM member WHERE id = :id"), {"id": member}
            ).scalar()
            return self.uid_of("family", family_id)
        return None


def read_row(session: Session, table: str, rowid: int) -> Mapping[str, Any] | None:
    # Typed as the models declare them (dates, JSON lists), not as SQLite's text.
    table_def = SQLModel.metadata.tables[table]
    typed = session.execute(table_def.select().where(text("rowid = :r")), {"r": rowid})
    return typed.mappings().first()


def encode_row(refs: Refs, spec: Travelling, row: Mapping[str, Any]) -> dict[str, Any]:
    """Every travelling field of ``row`` in its travelling form."""
    columns = SQLModel.metadata.tables[spec.table].c
    values: dict[str, Any] = {}
    for name in travelling_columns(spec):
        value = row[name]
        if name in spec.references:
            value = refs.uid_of(spec.references[name], value)
        elif name in spec.id_lists:
            value = [refs.uid_of(spec.id_lists[name], v) for v in value or []]
        else:
            value = encode_value(columns[name], value)
        values[name] = value
    return values


def decode_row(refs: Refs, spec: Travelling, values: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for the vault; raises MissingParent when a parent is not here."""
    columns = SQLModel.metadata.tables[spec.table].c
    decoded: dict[str, Any] = {}
    for name, value in values.items():
        if name not in columns or name in ("id", spec.key):
            continue  # a field of a newer level never gets here (held back); be safe anyway
        if name in spec.references:
            local = refs.id_of(spec.references[name], value)
            if value is not None and local is None:
                raise MissingParent(name)
            decoded[name] = local
        elif name in spec.id_lists:
            ids = [refs.id_of(spec.id_lists[name], v) for v in value or []]
            decoded[name] = [i for i in ids if i is not None]
        else:
            decoded[name] = decode_value(columns[name], value)
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
