"""A growing wait after failed unlocks: the controls stay disabled, the button counts down."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QWidget

from hostdesk.domain.passphrases import delay_after_failures


class RetryGate(QObject):
    """Call ``failed()`` after each refused attempt and ``succeeded()`` after a good one."""

    reopened = Signal()

    def __init__(self, button: QAbstractButton, controls: list[QWidget]) -> None:
        super().__init__(button)
        self._button = button
        self._controls = controls
        self._label = button.text()
        self._failures = 0
        self._left = 0
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)

    @property
    def waiting(self) -> bool:
        return self._left > 0

    def succeeded(self) -> None:
        self._failures = 0

    def failed(self) -> None:
        self._failures += 1
        self._left = delay_after_failures(self._failures)
        if self._left:
            self._set_enabled(False)
            self._show_wait()
            self._timer.start()

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show_wait()
            return
        self._timer.stop()
        self._button.setText(self._label)
        self._set_enabled(True)
        self.reopened.emit()

    def _show_wait(self) -> None:
        self._button.setText(self.tr("Wait %1 s").replace("%1", str(self._left)))

    def _set_enabled(self, enabled: bool) -> None:
        self._button.setEnabled(enabled)
        for control in self._controls:
            control.setEnabled(enabled)
