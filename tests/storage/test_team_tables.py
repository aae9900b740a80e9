"""Every table is declared travelling or local: a table added later is a decision."""

from __future__ import annotations

from sqlalchemy import text

from hostdesk.storage.models import SQLModel
from hostdesk.storage.team.tables import BY_TABLE, LOCAL, TRAVELLING, is_declared
from hostdesk.storage.vault import Vault


def test_every_table_of_the_vault_travels_or_stays_by_declaration(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        tables = (
            conn.execute(
                text(
                    "SELECT name FROM sqlite_master"
                    " WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            )
            .scalars()
            .all()
        )
    undeclared = sorted(t for t in tables if not is_declared(t))
    assert undeclared == [], (
        f"declare {undeclared} in hostdesk/storage/team/tables.py: TRAVELLING or LOCAL"
    )
    assert not set(BY_TABLE) & LOCAL


def test_travelling_declarations_name_real_columns() -> None:
    for spec in TRAVELLING:
        table = SQLModel.metadata.tables[spec.table]
        named = [spec.key, *spec.references, *spec.id_lists, *spec.skipped]
        named += [c for c in (spec.family_column, spec.member_column) if c]
        named += [c for c in spec.derived_from]
        assert set(named) <= set(table.c.keys()), spec.table
        for target in [*spec.references.values(), *spec.id_lists.values()]:
            assert target in BY_TABLE, f"{spec.table} refers to {target}, which does not travel"
