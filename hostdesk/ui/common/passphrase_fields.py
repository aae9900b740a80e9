"""A new passphrase typed twice, with its strength meter: one way, wherever one is chosen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar

from hostdesk.domain.passphrases import MIN_LENGTH, Strength, estimate

ERROR_STYLE = "color: #b00020;"


class NewPassphraseFields(QObject):
    """Adds its rows to ``form``; emits ``changed`` on every keystroke."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength = QProgressBar()
        self.strength.setRange(0, int(Strength.STRONG))
        self.strength.setTextVisible(False)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.match_error = QLabel()
        self.match_error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength, 1)
        strength_row.addWidget(self.strength_label, 2)
        form.addRow(self.tr("Strength"), strength_row)
        form.addRow(self.tr("&Repeat it"), self.confirm)
        form.addRow("", self.match_error)
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.passphrase.text()

    def is_acceptable(self) -> bool:
        """Strong enough and typed the same twice."""
        return (
            estimate(self.passphrase.text()).acceptable
            and self.confirm.text() == self.passphrase.text()
        )

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()

    def _update(self) -> None:
        result = estimate(self.passphrase.text())
        self.strength.setValue(int(result.strength))
        self.strength_label.setText(
            {
                Strength.TOO_SHORT: self.tr("Too short: at least %1 characters").replace(
                    "%1", str(MIN_LENGTH)
                ),
                Strength.WEAK: self.tr("Weak: easy to guess"),
                Strength.FAIR: self.tr("Fair"),
                Strength.GOOD: self.tr("Good"),
                Strength.STRONG: self.tr("Strong"),
            }[result.strength]
        )
        mismatch = bool(self.confirm.text()) and self.confirm.text() != self.passphrase.text()
        self.match_error.setText(self.tr("The two passphrases differ.") if mismatch else "")
        self.changed.emit()
