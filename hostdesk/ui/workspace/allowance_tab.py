"""The Allowance tab: a month's amount from the household, the dated rates and the programme's
dates (worked out for the month in question, not for today); payments."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.allowance import MonthAllowance, NotDue
from hostdesk.storage import casework
from hostdesk.storage.programme_rules import month_allowance
from hostdesk.ui.common.field_validation import (
    ERROR_COLOUR,
    ChangeTracker,
    DateField,
    MoneyField,
    Validation,
    fit_width,
    required_problem,
)
from hostdesk.ui.common.formatting import (
    format_date,
    format_euros,
    format_period,
    parse_period,
)
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.forms import add_save_shortcuts


def owed_for(context: CaseContext, year: int, month: int) -> MonthAllowance:
    """What the programme owes the family for that month under the entity's rules."""
    return month_allowance(
        context.file.family, [mf.member for mf in context.file.members],
        context.extras.rates, context.extras.rules, year, month,
    )  # fmt: skip


def not_due_text(reason: NotDue) -> str:
    """Why no allowance is due, in the user's language."""
    translate = QCoreApplication.translate
    return {
        NotDue.NO_SCHEME: translate(
            "AllowanceTab",
            "No allowance is due: this family's arrival channel has no allowance under its rule "
            "(spontaneous asylum seekers receive a subsistence allowance through the ISS).",
        ),
        NotDue.UNCONFIRMED: translate(
            "AllowanceTab",
            "No allowance is worked out yet: the entity has not confirmed the rules of this "
            "arrival channel. A coordinator confirms them in Settings.",
        ),
        NotDue.BEFORE_START: translate(
            "AllowanceTab", "That month ends before the programme starts."
        ),
        NotDue.AFTER_END: translate("AllowanceTab", "That month starts after the programme ended."),
        NotDue.AFTER_EXIT: translate(
            "AllowanceTab",
            "That month starts after the family's exit; only months inside the programme "
            "can still be paid.",
        ),
        NotDue.NO_RATES: translate(
            "AllowanceTab",
            "The allowance cannot be computed: check the rates and the head of family.",
        ),
    }[reason]


class AllowanceTab(QWidget):
    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._saving = False
        self.validation = Validation(self)
        self.tracker = ChangeTracker(self)

        self.month_box = QGroupBox()
        self.lines = QGridLayout(self.month_box)
        self.line_labels = [[QLabel() for _ in range(3)] for _ in range(4)]
        for row, cells in enumerate(self.line_labels):
            for column, cell in enumerate(cells):
                self.lines.addWidget(cell, row, column)
            cells[2].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setColumnStretch(3, 1)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.lines.addWidget(self.warning, 4, 0, 1, 4)

        self.payments = QTableWidget(0, 5)
        self.payments.setHorizontalHeaderLabels(
            [self.tr("Month"), self.tr("Amount"), self.tr("Paid on"), self.tr("Pro-rated"),
             self.tr("Note")]
        )  # fmt: skip
        self.payments.setAccessibleName(self.tr("Payments"))
        self.payments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments.verticalHeader().hide()
        self.payments.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.payments.horizontalHeader().setStretchLastSection(True)

        self.period = QLineEdit()
        self.period.setAccessibleName(self.tr("Month paid for"))
        self.period.setPlaceholderText(self.tr("mm/yyyy"))
        fit_width(self.period, "00/00000")
        self.amount = MoneyField()
        self.amount.setAccessibleName(self.tr("Amount paid"))
        self.paid_on = DateField()
        self.paid_on.setAccessibleName(self.tr("Paid on"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note on the payment"))
        self.record_button = QPushButton(self.tr("&Record payment"))
        self.record_button.clicked.connect(self.record_payment)
        self.status = QLabel()
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        form = QFormLayout()
        add = self.validation.add
        form.addRow(self.tr("&Month"), add(self.period, self._period_problem))
        form.addRow(
            self.tr("&Amount"),
            add(self.amount, lambda: self.amount.problem() or required_problem(self.amount)),
        )
        form.addRow(
            self.tr("&Paid on"),
            add(self.paid_on, lambda: self.paid_on.problem() or required_problem(self.paid_on)),
        )
        form.addRow(self.tr("&Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.record_button)
        form.addRow(buttons)
        self.record_box = QGroupBox(self.tr("Record a payment"))
        self.record_box.setLayout(form)
        self.tracker.watch(self.period, self.amount, self.paid_on, self.note)
        # The figures above follow the month being paid, not today's.
        self.period.textChanged.connect(self._show_month)

        lower = QHBoxLayout()
        lower.addWidget(self.payments, 3)
        lower.addWidget(self.record_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.month_box)
        layout.addLayout(lower, 1)
        add_save_shortcuts(self, self.record_payment)
        context.loaded.connect(self.refresh)
        self.refresh()

    def _period_problem(self) -> str:
        try:
            period = parse_period(self.period.text())
        except ValueError:
            return self.tr("Write the month as mm/yyyy, for example 03/2026.")
        owed = owed_for(self._context, int(period[:4]), int(period[5:]))
        if owed.reason is not None and owed.reason is not NotDue.NO_RATES:
            return not_due_text(owed.reason)
        return ""

    def _chosen_month(self, today: date) -> tuple[int, int]:
        try:
            period = parse_period(self.period.text())
        except ValueError:
            return today.year, today.month
        return int(period[:4]), int(period[5:])

    def _show_month(self) -> None:
        year, month = self._chosen_month(date.today())
        self.owed = owed_for(self._context, year, month)
        self.month_box.setTitle(self.tr("Allowance for %1").replace("%1", f"{month:02d}/{year}"))
        owed = self.owed
        b = owed.breakdown
        if b is None:
            for cells in self.line_labels:
                for cell in cells:
                    cell.clear()
            assert owed.reason is not None
            self.warning.setText(not_due_text(owed.reason))
        else:
            lines = [
                (self.tr("Head of family"), b.heads, b.rates.head_cents, b.head_cents),
                (self.tr("Other adults"), b.adults, b.rates.other_adult_cents, b.adults_cents),
                (self.tr("Children"), b.children, b.rates.child_cents, b.children_cents),
            ]
            for cells, (name, count, rate, total) in zip(self.line_labels, lines, strict=False):
                cells[0].setText(name)
                cells[1].setText(f"{count} × {format_euros(rate)}")
                cells[2].setText(format_euros(total))
            total_cells = self.line_labels[3]
            total = self.tr("Total for the month")
            total_cells[0].setText(f"<b>{html.escape(total)}</b>")
            basis = self.tr("rates in force since %1").replace(
                "%1", format_date(b.rates.effective_from)
            )
            if owed.pro_rated:
                basis += " · " + (
                    self.tr("pro-rated: %1 of %2 days in the programme")
                    .replace("%1", str(owed.days_owed))
                    .replace("%2", str(owed.days_in_month))
                )
            total_cells[1].setText(basis)
            total_cells[2].setText(f"<b>{format_euros(owed.amount_cents)}</b>")
            self.warning.setText(
                self.tr(
                    "%n member(s) counted as children because the date of birth does not say "
                    "whether they are 18 yet; complete it in the Members tab.",
                    "",
                    b.uncertain,
                )
                if b.uncertain
                else ""
            )
        self.warning.setVisible(bool(self.warning.text()))

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        if not self.tracker.dirty:
            with self.tracker.loading():
                self.period.setText(today.strftime("%m/%Y"))
        self._show_month()
        payments = self._context.extras.payments
        self.payments.setRowCount(len(payments))
        for row, p in enumerate(payments):
            cells = [format_period(p.period), format_euros(p.amount_cents), format_date(p.paid_on),
                     self.tr("yes") if p.pro_rated else "", p.note]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.payments.setItem(row, column, item)
        self.record_box.setEnabled(not self._context.read_only)
        if not self.tracker.dirty:
            self._reset_form(today)

    def _reset_form(self, today: date) -> None:
        with self.tracker.loading():
            self.period.setText(today.strftime("%m/%Y"))
            self._show_month()
            self.amount.set_cents(self.owed.amount_cents if self.owed.due else None)
            self.paid_on.set_value(today)
            self.note.clear()
        self.tracker.mark_clean()

    def record_payment(self) -> None:
        if self._saving:
            return
        invalid = self.validation.first_invalid()
        if invalid is not None:
            self.status.setText(self.tr("Correct the fields marked in red."))
            invalid.setFocus()
            return
        period, amount = parse_period(self.period.text()), self.amount.cents()
        paid_on, note = self.paid_on.value(), self.note.text().strip()
        assert amount is not None and paid_on is not None
        actor, family_id = self._context.vault.user, self._context.family_id

        def write(session: Any) -> int | None:
            return casework.record_payment(
                session, actor, family_id, period=period, amount_cents=amount,
                paid_on=paid_on, note=note,
            ).id  # fmt: skip

        self._saving = True
        self.status.clear()
        self.record_button.setEnabled(False)
        self._context.save(write, self._failed, self._saved)

    def _saved(self, _payment_id: Any) -> None:
        self._saving = False
        self.record_button.setEnabled(True)
        self._reset_form(date.today())

    def _failed(self, message: str) -> None:
        self._saving = False
        self.record_button.setEnabled(True)
        self.status.setText(message)
