"""Acknowledge or snooze one item of Today, always with a reason (docs/alerts.md)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage.alert_responses import ResponseAction
from hostdesk.ui.common.field_validation import ERROR_COLOUR
from hostdesk.ui.common.screen_fit import keep_on_screen
from hostdesk.ui.today.today_model import TodayItem
from hostdesk.ui.today.today_words import describe_item

SNOOZE_DAYS = 7


class AnswerDialog(QDialog):
    """Asks the reason (and, to snooze, until when); the caller saves ``reason``/``until``."""

    def __init__(
        self,
        item: TodayItem,
        action: ResponseAction,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never taller than the screen (screen_fit)
        self.action = action
        snooze = action is ResponseAction.SNOOZED
        self.setWindowTitle(self.tr("Snooze") if snooze else self.tr("Acknowledge"))
        what = QLabel(
            self.tr("%1 · case %2")
            .replace("%1", describe_item(item))
            .replace("%2", item.case_number)
        )
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        explain = QLabel(
            self.tr(
                "It leaves the list until the day you choose, then comes back if it still applies."
            )
            if snooze
            else self.tr(
                "It leaves the list while the facts stay the same; it comes back if they "
                "change (a new date, a new visit)."
            )
        )
        explain.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(
            self.tr("e.g. renewal booked at AIMA on 12/01") if snooze
            else self.tr("e.g. the school confirmed the enrolment by phone")
        )  # fmt: skip
        self.reason.setMinimumWidth(self.reason.fontMetrics().horizontalAdvance("m" * 30))
        self.until = QDateEdit(_qdate(today + timedelta(days=SNOOZE_DAYS)))
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.until.setAccessibleName(self.tr("Snoozed until"))
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Snooze") if snooze else self.tr("Acknowledge"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Why"), self.reason)
        if snooze:
            form.addRow(self.tr("&Until"), self.until)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.reason.setFocus()

    @property
    def reason_text(self) -> str:
        return self.reason.text().strip()

    @property
    def until_date(self) -> date | None:
        if self.action is not ResponseAction.SNOOZED:
            return None
        value = self.until.date()
        return date(value.year(), value.month(), value.day())

    def accept(self) -> None:
        if not self.reason_text:
            self.problem.setText(self.tr("Say why in a few words: the reason is kept with it."))
            self.problem.show()
            self.reason.setFocus()
            return
        super().accept()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
