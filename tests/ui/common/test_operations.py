"""Work off the GUI thread hands everything it held back to the GUI thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from hostdesk.ui.common.operations import Operations


class _Held:
    """Stands for a dialog that only the work's closure still holds."""

    def __init__(self, freed_on: list[str]) -> None:
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.current_thread().name)


def _start(operations: Operations, freed_on: list[str], fail: bool, results: list[object]) -> None:
    held = _Held(freed_on)

    def work() -> str:
        assert held is not None
        if fail:
            raise ValueError("refused")
        return "done"

    # Only words are kept: an exception kept would hold the work's frames, as it should.
    operations.run(work, lambda value: results.append(value), lambda e: results.append(repr(e)))


@pytest.mark.parametrize("fail", [False, True])
def test_what_the_work_held_is_let_go_on_the_gui_thread(qtbot: QtBot, fail: bool) -> None:
    # Let go on a worker, a dialog's widgets are deleted there and Qt crashes later
    # on the GUI thread (seen after unlocking with Enter).
    operations = Operations()
    freed_on: list[str] = []
    results: list[object] = []
    _start(operations, freed_on, fail, results)
    qtbot.waitUntil(lambda: bool(results))
    operations.wait_idle()
    qtbot.waitUntil(lambda: bool(freed_on))
    assert freed_on == [threading.main_thread().name]
    assert results == (["ValueError('refused')"] if fail else ["done"])
