"""Fixtures of the sync client's tests: a vault linked to the real NAIR service on loopback."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlmodel import select as sqlmodel_select

from hostdesk.nair.registry import register_entity
from hostdesk.nair.schema import bundle, report
from hostdesk.nair.store import Store
from hostdesk.reports import monthly
from hostdesk.storage.models import HostingEntity, MonthlyReport
from hostdesk.storage.vault import Vault
from hostdesk.sync import endpoint, identity
from hostdesk.sync.backoff import Backoff
from hostdesk.sync.keys import canonical
from tests.nair_support import SAMPLE_PDF, NairService, nair_service, sample_report

__all__ = ["nair_service"]

SHORT = Backoff(base=timedelta(seconds=1), cap=timedelta(seconds=8))


@dataclass
class FakeClock:
    """Time that moves only when the test says so."""

    now: datetime = field(default_factory=lambda: datetime(2026, 12, 2, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def rng() -> random.Random:
    return random.Random(7)


def enroll_at(vault: Vault, service: NairService) -> None:
    """The enrollment file the vault makes, registered at the NAIR as its operator would."""
    data, _fingerprint = identity.enrollment_file(vault)
    store = service.store if service.running else Store.open(service.db_url)
    try:
        register_entity(store, data)
    finally:
        if not service.running:
            store.close()


def link(vault: Vault, service: NairService, url: str | None = None) -> None:
    """Enroll the vault's entity and pin the service's key, as a coordinator does."""
    enroll_at(vault, service)
    endpoint.configure(vault, service.url if url is None else url, service.public_keys)


@pytest.fixture
def linked(vault: Vault, nair_service: NairService) -> Iterator[Vault]:
    link(vault, nair_service)
    yield vault


def submit_month(vault: Vault, month: str = "2026-11") -> MonthlyReport:
    """The real thing: the month's report built from the vault, submitted by the coordinator."""
    draft = monthly.build_monthly_report(vault, month)
    return monthly.store_revision(vault, draft, submit=True)


def add_submitted(
    vault: Vault, month: str, revision: int = 1, *, report_json: bytes | None = None,
    families_followed: int = 3,
) -> MonthlyReport:
    """A submitted revision written directly (many months quickly; synthetic figures only)."""
    if report_json is None:
        report = sample_report(month=month, revision=revision, families_followed=families_followed)
        with vault.session() as session:  # the NAIR checks the report names the sender
            entity = session.exec(sqlmodel_select(HostingEntity)).one()
            report["entity"] = {"name": entity.name, "nair_code": entity.nair_code}
        report_json = canonical(report)
    now = datetime.now(UTC)
    row = MonthlyReport(
        month=month,
        revision=revision,
        schema_version="monthly-report-v1",
        json_data=report_json,
        pdf_data=SAMPLE_PDF,
        sha256="0" * 64,
        created_at=now,
        created_by=vault.user.username,
        submitted=True,
        submitted_at=now,
        submitted_by=vault.user.username,
    )
    with vault.changing() as session:
        session.add(row)
    return row


def months(count: int, start_year: int = 2020) -> list[str]:
    return [f"{start_year + i // 12:04d}-{i % 12 + 1:02d}" for i in range(count)]


def nair_counts(service: NairService) -> tuple[int, int]:
    """(bundles, reports) stored at the NAIR: what it really holds."""
    with service.store.engine.connect() as conn:
        bundles = conn.execute(select(func.count()).select_from(bundle)).scalar_one()
        reports = conn.execute(select(func.count()).select_from(report)).scalar_one()
    return bundles, reports
