"""A read that runs on the database thread while a view stays usable.

A result arrives only if it is still wanted: a newer read supersedes an older
one, and a view closed in the meantime receives nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar, QWidget

from hostdesk.ui.common.operations import Operations


class BackgroundRead:
    """Owns a busy indicator (``busy``) to place in the view's layout."""

    def __init__(self, view: QWidget, operations: Operations) -> None:
        self._view = view
        self._operations = operations
        self._generation = 0
        self.loading = False
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(
            QCoreApplication.translate("BackgroundRead", "Reading the caseload")
        )
        self.busy.hide()

    def start(
        self,
        work: Callable[[], Any],
        on_loaded: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.busy.show()
        self._operations.run(
            work,
            lambda result: self._finish(generation) and on_loaded(result),
            lambda error: self._finish(generation) and on_failed(error),
        )

    def _finish(self, generation: int) -> bool:
        if not shiboken6.isValid(self._view):
            return False  # the view was closed while the vault was being read
        if generation != self._generation:
            return False  # a newer read is on its way
        self.loading = False
        self.busy.hide()
        return True
