"""Fixtures of the NAIR service's tests: every store and HTTP test runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.nair_support import NairService, SampleEntity, make_entity, nair_entity, nair_service
from tests.postgres_support import postgres_cluster, postgres_url

__all__ = ["nair_entity", "nair_service", "postgres_cluster", "postgres_url"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'nair.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def service(tmp_path: Path, db_url: str) -> Iterator[NairService]:
    """The running service on the database of this parameter."""
    with NairService(tmp_path / "nair", db_url) as running:
        yield running


@pytest.fixture
def entity(service: NairService) -> SampleEntity:
    registered = make_entity()
    service.register(registered)
    return registered
