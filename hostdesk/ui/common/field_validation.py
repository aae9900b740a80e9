"""Validate as you type: a message beside each field, the typed text always kept.

``Validation`` re-checks every field it holds whenever one of them changes (a
form has a few dozen fields at most), so checks that involve two fields, such
as an expiry date before its issue date, stay right whichever field changes.
A check returns a translated sentence, or "" when the field is acceptable;
nothing here ever clears or rewrites what the person typed.

``ChangeTracker`` says whether a form holds unsaved changes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from hostdesk.domain.identifiers import validate_identifier
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import IdentifierKind
from hostdesk.ui.common.formatting import format_date, format_partial, parse_date, parse_euros

ERROR_COLOUR = "#b00020"


def fit_width(field: QLineEdit, sample: str) -> None:
    """A fixed width that shows ``sample`` in the field's font (scales with the display)."""
    field.setFixedWidth(field.fontMetrics().horizontalAdvance(sample) + 20)


# -- fields that hold a value, not only text ---------------------------------------


class DateField(QLineEdit):
    """A full date typed as dd/mm/yyyy; empty means unknown."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Validation", "dd/mm/yyyy"))
        fit_width(self, "00/00/00000")
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))

    def value(self) -> date | None:
        """The date, or None when the field is empty or not a date (see ``problem``)."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def problem(self) -> str:
        try:
            parse_date(self.text())
        except ValueError:
            return QCoreApplication.translate(
                "Validation", "Write the date as day/month/year, for example 31/12/2026."
            )
        return ""


class PartialDateField(QLineEdit):
    """A date that may be known only to the year or the month: 1987, 03/1987, 12/03/1987."""

    def __init__(self, value: PartialDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            QCoreApplication.translate("Validation", "yyyy, mm/yyyy or dd/mm/yyyy")
        )
        fit_width(self, "dd/mm/aaaa ou aaaa")
        self.set_value(value)

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(format_partial(value))

    def value(self) -> PartialDate | None:
        try:
            return PartialDate.parse(self.text()) if self.text().strip() else None
        except ValueError:
            return None

    def problem(self) -> str:
        if not self.text().strip():
            return ""
        try:
            PartialDate.parse(self.text())
        except ValueError:
            return QCoreApplication.translate(
                "Validation", "Write the year (1987), month and year (03/1987) or the full date."
            )
        return ""


class MoneyField(QLineEdit):
    """An amount in euros typed as 1 234,50; held as cents."""

    def __init__(self, cents: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0,00 €")
        fit_width(self, "000 000,00 €")
        self.set_cents(cents)

    def set_cents(self, cents: int | None) -> None:
        self.setText("" if cents is None else f"{cents // 100},{cents % 100:02d}")

    def cents(self) -> int | None:
        try:
            return parse_euros(self.text())
        except ValueError:
            return None

    def problem(self) -> str:
        try:
            parse_euros(self.text())
        except ValueError:
            return QCoreApplication.translate(
                "Validation", "Write an amount in euros, for example 107,50."
            )
        return ""


# -- the checks forms use -------------------------------------------------------------


def birth_problem(field: PartialDateField, today: date) -> str:
    if problem := field.problem():
        return problem
    birth = field.value()
    if birth is not None and birth.is_in_future(today):
        return QCoreApplication.translate("Validation", "A date of birth cannot be in the future.")
    return ""


def order_problem(first: DateField, then: DateField, message: str) -> str:
    """``message`` when both dates are known and ``then`` comes before ``first``."""
    if problem := then.problem():
        return problem
    start, end = first.value(), then.value()
    return message if start and end and end < start else ""


def required_problem(field: QLineEdit) -> str:
    return (
        ""
        if field.text().strip()
        else QCoreApplication.translate("Validation", "This field is needed.")
    )


# The domain's messages, with their numbers as %1, %2…: listed so lupdate finds them.
_IDENTIFIER_MESSAGES = (
    QT_TRANSLATE_NOOP("Validation", "A NIF has only digits."),
    QT_TRANSLATE_NOOP("Validation", "A NIF has %1 digits; this one has %2."),
    QT_TRANSLATE_NOOP("Validation", "A NIF cannot start with %1."),
    QT_TRANSLATE_NOOP("Validation", "The last digit of this NIF should be %1; check the number."),
    QT_TRANSLATE_NOOP("Validation", "A NISS has only digits."),
    QT_TRANSLATE_NOOP("Validation", "A NISS has %1 digits; this one has %2."),
    QT_TRANSLATE_NOOP("Validation", "A NISS starts with %1 (a person) or %2 (an organisation)."),
    QT_TRANSLATE_NOOP("Validation", "The last digit of this NISS should be %1; check the number."),
    QT_TRANSLATE_NOOP("Validation", "An SNS user number has only digits."),
    QT_TRANSLATE_NOOP("Validation", "An SNS user number has %1 digits; this one has %2."),
    QT_TRANSLATE_NOOP("Validation", "A Citizen Card number has %1 characters; this one has %2."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A Citizen Card number is %1 digits, then %2 letters or digits, then %3 digit.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The last digit of this Citizen Card number should be %1; check the number.",
    ),
    QT_TRANSLATE_NOOP("Validation", "A passport number has at most %1 characters."),
    QT_TRANSLATE_NOOP("Validation", "A passport number has only Latin letters and digits."),
    QT_TRANSLATE_NOOP("Validation", "A travel document number has at most %1 characters."),
    QT_TRANSLATE_NOOP("Validation", "A travel document number has only Latin letters and digits."),
    QT_TRANSLATE_NOOP("Validation", "A NAIR reference has at most %1 characters."),
    QT_TRANSLATE_NOOP("Validation", "A NAIR reference has only Latin letters, digits and slashes."),
)
_NUMBER = re.compile(r"\d+")


def translate_domain_message(message: str) -> str:
    """A domain message in the interface language, its numbers kept."""
    numbers = _NUMBER.findall(message)
    counter = iter(range(1, len(numbers) + 1))
    template = _NUMBER.sub(lambda _m: f"%{next(counter)}", message)
    translated = QCoreApplication.translate("Validation", template)
    for index, number in enumerate(numbers, start=1):
        translated = translated.replace(f"%{index}", number)
    return translated


def identifier_problem(kind: IdentifierKind, field: QLineEdit) -> str:
    result = validate_identifier(kind, field.text())
    return "" if result.ok else translate_domain_message(result.message)


def identifier_value(kind: IdentifierKind, field: QLineEdit) -> str:
    """The value to store: normalised (spaces and dots dropped), or "" when unknown."""
    return validate_identifier(kind, field.text()).normalized


# -- the message beside the field, and the group that keeps them right -----------------


class Validation(QObject):
    """Checks for a form's fields, each with its message label beside the field.

    A field's message shows once the field has been edited, or after an attempt
    to save: a new, empty form is not covered in red before anything is typed.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checks: list[tuple[QWidget, QLabel, Callable[[], str]]] = []
        self._touched: set[int] = set()
        self._valid = True

    def add(
        self,
        field: QWidget,
        check: Callable[[], str],
        watch: Sequence[QWidget] = (),
        collapse: bool | None = None,
    ) -> QWidget:
        """Check ``field`` as it changes (and as ``watch`` change); returns field + message.

        The message takes room beside the field only while there is something to say
        when ``collapse`` is true (the default for fields that grow).
        """
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {ERROR_COLOUR};")
        message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        message.setMinimumWidth(message.fontMetrics().horizontalAdvance("m" * 16))
        message.setAccessibleName(
            QCoreApplication.translate("Validation", "Problem with this field")
        )
        fixed = field.minimumWidth() == field.maximumWidth()
        collapses = not fixed if collapse is None else collapse
        message.setProperty("collapses", collapses)
        message.setVisible(not collapses)
        self._checks.append((field, message, check))
        _on_change(field, lambda: self._touch(field))
        for widget in watch:
            _on_change(widget, self.recheck)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 0 if fixed else 3)
        layout.addWidget(message, 2)
        row.setFocusProxy(field)
        return row

    def _touch(self, field: QWidget) -> None:
        self._touched.add(id(field))
        self.recheck()

    def touch_all(self) -> None:
        self._touched.update(id(field) for field, _label, _check in self._checks)
        self.recheck()

    def message_for(self, field: QWidget) -> str:
        return next((label.text() for f, label, _c in self._checks if f is field), "")

    def recheck(self) -> bool:
        valid = True
        for field, label, check in self._checks:
            problem = check()
            valid = valid and not problem
            shown = problem if id(field) in self._touched else ""
            if shown != label.text():
                label.setText(shown)
                field.setAccessibleDescription(shown)
                field.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if shown else "")
                if label.property("collapses"):
                    label.setVisible(bool(shown))
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        return valid

    def first_invalid(self) -> QWidget | None:
        """After an attempt to save: every problem shown, and the first field that has one."""
        self.touch_all()
        return next((field for field, label, _c in self._checks if label.text()), None)


def _on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QGroupBox | QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(slot)
    else:
        raise TypeError(f"cannot watch a {type(widget).__name__}")


class ChangeTracker(QObject):
    """Whether the watched fields changed since the form was loaded or saved."""

    dirty_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._paused = 0

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            _on_change(widget, self._changed)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._set(False)

    def mark_dirty(self) -> None:
        self._set(True)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill the fields from stored data without counting it as a change."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def _changed(self) -> None:
        if not self._paused:
            self._set(True)

    def _set(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
