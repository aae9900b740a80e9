"""After a few refused passphrases, each next try waits longer; the button counts down."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from hostdesk.ui.common.retry_gate import RetryGate


def test_repeated_failures_disable_the_controls_for_a_growing_wait(qtbot: QtBot) -> None:
    button = QPushButton("Unlock")
    field = QLineEdit()
    qtbot.add_widget(button)
    qtbot.add_widget(field)
    gate = RetryGate(button, [field])
    gate.failed()
    gate.failed()
    assert button.isEnabled() and not gate.waiting  # two slips are free
    gate.failed()
    assert gate.waiting and not button.isEnabled() and not field.isEnabled()
    assert button.text() == "Wait 2 s"
    gate._timer.timeout.emit()  # one second passes
    assert button.text() == "Wait 1 s"
    with qtbot.waitSignal(gate.reopened):
        gate._timer.timeout.emit()
    assert button.isEnabled() and field.isEnabled() and button.text() == "Unlock"
    gate.failed()
    assert button.text() == "Wait 4 s"
    for _ in range(4):
        gate._timer.timeout.emit()
    gate.succeeded()
    gate.failed()
    assert not gate.waiting  # a success starts the count again
