"""Lookups of many global ids, and of many rows' registers, find what one query per id
finds, whether or not the table holds anything (an empty one is not searched through)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from hostdesk.storage.demo.writer import create_demo_vault
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.team import bulk, store
from hostdesk.storage.team.rowmap import Refs
from tests.conftest import PASSPHRASE


def test_many_ids_are_found_as_one_at_a_time_in_full_and_empty_tables(tmp_path: Path) -> None:
    vault = create_demo_vault(tmp_path / "demo", PASSPHRASE, 12, 3, FAST_TEST_PARAMS)
    try:
        with vault.session() as session:
            uids = list(session.execute(text("SELECT uid FROM member")).scalars())
            assert len(uids) >= 10
            wanted = [*uids, *(f"{n:032x}" for n in range(bulk.MANY))]
            refs = Refs(session)
            refs.load_ids("member", wanted)
            for uid in wanted:
                one = session.execute(
                    text("SELECT rowid FROM member WHERE uid = :u"), {"u": uid}
                ).scalar()
                assert refs.id_of("member", uid) == one
            session.execute(text("DELETE FROM follow_up_task"))  # rolled back below
            empty = Refs(session)
            empty.load_ids("follow_up_task", wanted)
            assert all(empty.id_of("follow_up_task", uid) is None for uid in wanted)
            session.rollback()
    finally:
        vault.close()


def test_many_rows_registers_are_found_where_their_table_has_some(tmp_path: Path) -> None:
    vault = create_demo_vault(tmp_path / "demo", PASSPHRASE, 2, 3, FAST_TEST_PARAMS)
    try:
        with vault.session() as session:
            kept = [("member", f"{n:032x}") for n in range(0, 2 * bulk.MANY, 2)]
            store.save_many(session, [(t, u, None, "[]", False, False) for t, u in kept])
            asked = [(t, f"{n:032x}") for t in ("member", "family") for n in range(2 * bulk.MANY)]
            found = store.load_texts(session, asked)
            assert set(found) == set(kept)
            assert all(found[key] == (None, "[]") for key in kept)
            session.rollback()
    finally:
        vault.close()
