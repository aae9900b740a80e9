"""A batch pauses the cyclic garbage collector and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from hostdesk.storage.team.collecting import paused


def test_the_collector_is_off_inside_and_as_it_was_after() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():  # a batch inside a batch (a merge inside a receive)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_leaves_the_collector_on() -> None:
    with pytest.raises(ValueError), paused():
        raise ValueError("a damaged parcel")
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_decorated_batch_pauses_it_at_each_call() -> None:
    @paused()
    def batch() -> bool:
        return gc.isenabled()

    assert batch() is False and batch() is False
    assert gc.isenabled()
