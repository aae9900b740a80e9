"""Fixtures the UI tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hostdesk.ui.operations import Operations


@pytest.fixture
def operations() -> Iterator[Operations]:
    """The database worker thread; idle again before the vault closes."""
    ops = Operations()
    yield ops
    ops.wait_idle()
