"""Every hub test runs against SQLite and a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.helpers import team
from tests.hub_support import HubService
from tests.postgres_support import postgres_cluster, postgres_url

__all__ = ["postgres_cluster", "postgres_url", "team"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def hub(tmp_path: Path, db_url: str | None) -> Iterator[HubService]:
    with HubService(tmp_path / "hub", db_url) as running:
        yield running
