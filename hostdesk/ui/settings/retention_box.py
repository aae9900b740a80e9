"""Settings ▸ Data protection: the retention period, and the families due for anonymisation.

The coordinator sets how many years after an exit a family's file is kept
named (default five: an assumption each entity confirms with its
data-protection officer) and reviews the families due, from here. The period
and the count are read on the database thread; until they arrive the period
cannot be changed.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlmodel import Session

from hostdesk.domain.retention import MAX_RETENTION_YEARS, MIN_RETENTION_YEARS
from hostdesk.storage import retention, settings
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.background_read import BackgroundRead
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.anonymisation_dialog import AnonymisationDialog
from hostdesk.ui.workspace.forms import show_window_modal

log = logging.getLogger(__name__)


def store_period(session: Session, actor: str, years: int | None) -> None:
    """Store the period in the caller's transaction (any thread); None or unchanged: nothing."""
    if years is not None and settings.get(session, settings.RETENTION_YEARS) != years:
        settings.put(session, actor, settings.RETENTION_YEARS, years)


class RetentionBox(QGroupBox):
    def __init__(
        self, vault: Vault, operations: Operations | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data protection"))
        self._vault = vault
        self._operations = operations or Operations(self)
        self._stored_years: int | None = None  # None until read
        self.dialog: AnonymisationDialog | None = None
        self._read = BackgroundRead(self, self._operations)
        self.busy = self._read.busy
        self.busy.setAccessibleName(self.tr("Counting the families due"))
        self.years = QSpinBox()
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.years.setMinimumWidth(110)
        self.years.setAccessibleName(self.tr("Years a file is kept after the family's exit"))
        self.years.setEnabled(False)
        self.due = QLabel()
        self.due.setAccessibleName(self.tr("Families due for anonymisation"))
        self.review = QPushButton(self.tr("Re&view and anonymise…"))
        self.review.setEnabled(False)
        self.review.clicked.connect(self.open_review)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.busy)
        due_row.addWidget(self.review)
        due_row.addStretch(1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Anonymise a family's file after its &exit (years)"), self.years)
        form.addRow(self.tr("Due for anonymisation"), due_row)
        if not vault.user.is_coordinator:
            form.addRow("", QLabel(self.tr("Only a coordinator can change this or anonymise.")))
        self.refresh_due()

    def refresh_due(self) -> None:
        """Read the period and count the families due, on the database thread."""
        vault = self._vault

        def read() -> tuple[int, int]:
            with vault.session() as session:
                years = settings.get(session, settings.RETENTION_YEARS)
                return years, len(retention.due_for_anonymisation(session, date.today()))

        self._read.start(read, self._show, self._failed)

    def _show(self, result: tuple[int, int]) -> None:
        years, count = result
        if self._stored_years is None:  # the first read; later ones keep what is being typed
            self.years.setValue(years)
            self.years.setEnabled(self._vault.user.is_coordinator)
        self._stored_years = years
        self.due.setText(
            self.tr("%1 families").replace("%1", format_number(count))
            if count != 1
            else self.tr("1 family")
        )
        self.review.setEnabled(count > 0 and self._vault.user.is_coordinator)

    def _failed(self, error: BaseException) -> None:
        fallback = self.tr("The families due could not be counted; see the log.")
        self.due.setText(error_text(error, fallback, "retention count", log))

    def chosen_years(self) -> int | None:
        """The period to store (read on the GUI thread): a coordinator's, once it was read."""
        if self._stored_years is None or not self._vault.user.is_coordinator:
            return None
        return self.years.value()

    def open_review(self) -> None:
        self.dialog = AnonymisationDialog(self._vault, self._operations, self)
        self.dialog.anonymised.connect(self._anonymised)
        show_window_modal(self.dialog, None, self._dialog_gone)

    def _anonymised(self, _count: int) -> None:
        self.refresh_due()

    def _dialog_gone(self) -> None:
        self.dialog = None
