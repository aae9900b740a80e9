"""Settings ▸ Data protection: the retention period, and the families due for anonymisation.

The coordinator sets how many years after an exit a family's file is kept
named (default five: an assumption each entity confirms with its
data-protection officer) and reviews the families due, from here.
"""

from __future__ import annotations

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
from hostdesk.ui.anonymisation_dialog import AnonymisationDialog
from hostdesk.ui.operations import Operations
from hostdesk.ui.workspace.forms import show_window_modal


class RetentionBox(QGroupBox):
    def __init__(
        self, vault: Vault, operations: Operations | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data protection"))
        self._vault = vault
        self._operations = operations or Operations(self)
        self.dialog: AnonymisationDialog | None = None
        coordinator = vault.user.is_coordinator
        with vault.session() as session:
            years = settings.get(session, settings.RETENTION_YEARS)
        self.years = QSpinBox()
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.years.setValue(years)
        self.years.setMinimumWidth(110)
        self.years.setAccessibleName(self.tr("Years a file is kept after the family's exit"))
        self.years.setEnabled(coordinator)
        self.due = QLabel()
        self.due.setAccessibleName(self.tr("Families due for anonymisation"))
        self.review = QPushButton(self.tr("Re&view and anonymise…"))
        self.review.clicked.connect(self.open_review)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.review)
        due_row.addStretch(1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Anonymise a family's file after its &exit (years)"), self.years)
        form.addRow(self.tr("Due for anonymisation"), due_row)
        if not coordinator:
            form.addRow("", QLabel(self.tr("Only a coordinator can change this or anonymise.")))
        self.refresh_due()

    def refresh_due(self) -> None:
        with self._vault.session() as session:
            count = len(retention.due_for_anonymisation(session, date.today()))
        self.due.setText(
            self.tr("%1 families").replace("%1", str(count)) if count != 1 else self.tr("1 family")
        )
        self.review.setEnabled(count > 0 and self._vault.user.is_coordinator)

    def save(self, session: Session, actor: str) -> None:
        """Store the period in the caller's transaction (a coordinator's change only)."""
        years = self.years.value()
        if (
            self._vault.user.is_coordinator
            and settings.get(session, settings.RETENTION_YEARS) != years
        ):
            settings.put(session, actor, settings.RETENTION_YEARS, years)

    def open_review(self) -> None:
        self.dialog = AnonymisationDialog(self._vault, self._operations, self)
        self.dialog.anonymised.connect(self._anonymised)
        show_window_modal(self.dialog, None, self._dialog_gone)

    def _anonymised(self, _count: int) -> None:
        self.refresh_due()

    def _dialog_gone(self) -> None:
        self.dialog = None
