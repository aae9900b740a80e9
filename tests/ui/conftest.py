"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hostdesk.ui.operations import Operations


@pytest.fixture
def operations() -> Iterator[Operations]:
    """The database thread of a window, drained at the end of the test."""
    ops = Operations()
    yield ops
    ops.wait_idle()
