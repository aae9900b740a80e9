"""The service's database on SQLite and PostgreSQL: one row per bundle, whoever wins a race."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest

from hostdesk.nair.registry import register_entity
from hostdesk.nair.store import (
    BundleConflict,
    IncomingBundle,
    RevisionConflict,
    Store,
    StoredBundle,
)
from tests.nair_support import make_entity


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    register_entity(opened, make_entity("ent-a").enrollment_bytes())
    yield opened
    opened.close()


def _incoming(bundle_id: str = "b-1", *, revision: int = 1, content: str = "{}") -> IncomingBundle:
    return IncomingBundle(
        bundle_id=bundle_id, entity_id="ent-a", period="2026-11", revision=revision,
        schema_version="monthly-report-v1", sha256=f"sha-of-{bundle_id}", data=b"sealed",
        received_at="2026-12-01T10:00:00+00:00", receipt=f"receipt-{bundle_id}".encode(),
        report_json=content, report_sha256=f"sha-of-{content}", report_pdf=b"%PDF-",
    )  # fmt: skip


def _count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_a_lost_race_on_the_bundle_id_answers_with_the_winners_receipt(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert store.save(_incoming()).created
    # The second upload looked before the first was committed: it saw nothing.
    original = Store.stored_bundle
    looks: list[str] = []

    def late_look(self: Store, bundle_id: str) -> StoredBundle | None:
        looks.append(bundle_id)
        return None if len(looks) == 1 else original(self, bundle_id)

    monkeypatch.setattr(Store, "stored_bundle", late_look)
    second = store.save(replace(_incoming(), receipt=b"a receipt signed later"))
    assert not second.created
    assert second.receipt == b"receipt-b-1"
    assert len(looks) == 2  # the insert failed on the key, then it looked again
    assert _count(store, "bundle") == 1


def test_other_bytes_under_a_stored_id_are_refused(store: Store) -> None:
    store.save(_incoming())
    with pytest.raises(BundleConflict):
        store.save(replace(_incoming(), sha256="another"))


def test_a_revision_comes_once_and_other_content_for_it_is_refused(store: Store) -> None:
    store.save(_incoming("b-1"))
    assert store.save(_incoming("b-2")).created  # the same content re-sealed
    with pytest.raises(RevisionConflict):
        store.save(_incoming("b-3", content='{"other": 1}'))
    assert (_count(store, "bundle"), _count(store, "report")) == (2, 1)


def test_the_latest_revision_of_each_month_is_the_one_exported(store: Store) -> None:
    store.save(_incoming("b-1", revision=1))
    store.save(_incoming("b-2", revision=2, content='{"r": 2}'))
    store.save(replace(_incoming("b-3", revision=1), period="2026-12"))
    latest = {(r.period, r.revision) for r in store.latest_reports()}
    assert latest == {("2026-11", 2), ("2026-12", 1)}


def test_threads_saving_one_bundle_at_once_make_one_row(store: Store) -> None:
    workers = 6
    start = threading.Barrier(workers)
    created: list[bool] = []

    def save(n: int) -> None:
        start.wait()
        created.append(store.save(replace(_incoming(), receipt=f"r{n}".encode())).created)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(created) == [False] * (workers - 1) + [True]
    assert (_count(store, "bundle"), _count(store, "report")) == (1, 1)


def test_the_schema_is_created_once_and_reopening_keeps_the_data(db_url: str) -> None:
    first = Store.open(db_url)
    register_entity(first, make_entity("ent-b").enrollment_bytes())
    first.close()
    again = Store.open(db_url)
    assert [e.entity_id for e in again.entities()] == ["ent-b"]
    assert again.ping()
    again.close()
