"""Settings: language, idle lock, alerts, reports, backups and (for a coordinator) users."""

from __future__ import annotations

import base64
import dataclasses
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.alerts import AlertThresholds
from hostdesk.reports.family import REPORT_LOGO, REPORT_RECIPIENT
from hostdesk.storage import settings
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import preferences
from hostdesk.ui.common.background_read import BackgroundRead
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.settings.family_texts_dialog import open_family_texts
from hostdesk.ui.settings.programme_box import ProgrammeBox, store_programme
from hostdesk.ui.settings.retention_box import RetentionBox, store_period
from hostdesk.ui.settings.user_dialogs import ChangePassphraseDialog
from hostdesk.ui.settings.users_panel import UsersPanel

MAX_LOGO_BYTES = 1_000_000
log = logging.getLogger(__name__)


class SettingsView(QWidget):
    """Emits ``idleMinutesChanged(minutes)`` when the lock delay is saved, ``settingsSaved``
    after every save, and ``backupRequested`` for "Back up now…"."""

    idleMinutesChanged = Signal(int)
    settingsSaved = Signal()
    backupRequested = Signal()

    def __init__(
        self, vault: Vault, operations: Operations | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        operations = operations or Operations(self)
        with vault.session() as session:
            idle = settings.get(session, settings.IDLE_LOCK_MINUTES)
            reminder_days = settings.get(session, settings.BACKUP_REMINDER_DAYS)
            thresholds = settings.get(session, settings.ALERT_THRESHOLDS)
            self._logo = settings.get(session, REPORT_LOGO)
            recipient = settings.get(session, REPORT_RECIPIENT)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem("Português (Portugal)", "pt_PT")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language())))

        self.idle_minutes = self._spin(1, 240, idle, self.tr("Lock after idle minutes"))
        self.idle_minutes.setSuffix(self.tr(" min"))

        self.arp_days = self._spin(1, 365, thresholds.arp_warning_days, self.tr("ARP warning days"))
        self.visit_days = self._spin(
            1, 365, thresholds.visit_interval_days, self.tr("Days without a visit")
        )
        self.referral_days = self._spin(
            1, 365, thresholds.referral_answer_days, self.tr("Days for a referral answer")
        )
        self.transition_months = self._spin(
            1, 12, thresholds.transition_months, self.tr("Months of ISS transition")
        )
        self.language_months = self._spin(
            1, 24, thresholds.language_course_after_months, self.tr("Months before a course")
        )

        general = QGroupBox(self.tr("This computer"))
        general_form = QFormLayout(general)
        general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        general_form.addRow(self.tr("&Language"), self.language)
        hint = QLabel(self.tr("A new language applies the next time HostDesk starts."))
        hint.setWordWrap(True)
        general_form.addRow("", hint)

        vault_box = QGroupBox(self.tr("This vault"))
        vault_form = QFormLayout(vault_box)
        vault_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        vault_form.addRow(self.tr("Lock after &idle time"), self.idle_minutes)
        vault_form.addRow(self.tr("Warn of an &ARP expiring within (days)"), self.arp_days)
        vault_form.addRow(self.tr("Warn when no &visit for (days)"), self.visit_days)
        vault_form.addRow(
            self.tr("Warn of a &referral unanswered after (days)"), self.referral_days
        )
        vault_form.addRow(self.tr("ISS &transition starts (months before the end)"),
                          self.transition_months)
        vault_form.addRow(self.tr("Warn of an adult without a &Portuguese course after (months)"),
                          self.language_months)
        coordinator = vault.user.is_coordinator
        for spin in (self.arp_days, self.visit_days, self.referral_days, self.transition_months,
                     self.language_months):
            spin.setEnabled(coordinator)
        if not coordinator:
            vault_form.addRow("", QLabel(self.tr("Only a coordinator can change the alerts.")))

        reports_box = QGroupBox(self.tr("Progress reports"))
        reports_form = QFormLayout(reports_box)
        self.recipient = QLineEdit(recipient)
        self.recipient.setAccessibleName(self.tr("Who receives the progress reports"))
        self.recipient.setPlaceholderText(self.tr("e.g. AIMA — Integration unit"))
        self.recipient.setMinimumWidth(360)
        self.logo_state = QLabel()
        self.choose_logo = QPushButton(self.tr("C&hoose logo…"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.clear_logo = QPushButton(self.tr("No l&ogo"))
        self.clear_logo.clicked.connect(self._clear_logo)
        logo_row = QHBoxLayout()
        for widget in (self.logo_state, self.choose_logo, self.clear_logo):
            logo_row.addWidget(widget)
        logo_row.addStretch(1)
        reports_form.addRow(self.tr("&Recipient"), self.recipient)
        reports_form.addRow(self.tr("Entity logo"), logo_row)
        for widget in (self.recipient, self.choose_logo, self.clear_logo):
            widget.setEnabled(coordinator)
        self._show_logo_state()

        backups_box = QGroupBox(self.tr("Backups"))
        backups_form = QFormLayout(backups_box)
        backups_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.reminder_days = self._spin(1, 365, reminder_days, self.tr("Backup reminder days"))
        self.reminder_days.setEnabled(coordinator)
        backups_form.addRow(self.tr("Remind when the last &backup is older than (days)"),
                            self.reminder_days)
        self.back_up = QPushButton(self.tr("Back &up now…"))
        self.back_up.clicked.connect(self.backupRequested)
        self.back_up.setEnabled(coordinator)
        back_up_row = QHBoxLayout()  # its own line: the long label beside it leaves no room
        back_up_row.addWidget(self.back_up)
        back_up_row.addStretch(1)
        backups_form.addRow(back_up_row)

        account_box = QGroupBox(self.tr("Your passphrase"))
        account_row = QHBoxLayout(account_box)
        self.change_passphrase = QPushButton(self.tr("Change m&y passphrase…"))
        self.change_passphrase.clicked.connect(lambda: self.change_my_passphrase())
        account_row.addWidget(self.change_passphrase)
        account_row.addStretch(1)
        self._operations = operations

        self.users_panel = UsersPanel(vault, operations) if coordinator else None

        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setToolTip(self.tr("Save settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.saved = QLabel()
        self.saved.setAccessibleName(self.tr("Settings saved"))
        self._saving = BackgroundRead(self, operations)  # the write runs on the database thread
        self._saving.busy.setAccessibleName(self.tr("Saving the settings"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self._saving.busy)
        buttons.addWidget(self.saved, 1)
        left = QVBoxLayout()
        self.retention = RetentionBox(vault, self._operations)
        for box in (general, vault_box, reports_box, self.retention):
            left.addWidget(box)
        left.addLayout(buttons)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(account_box)
        right.addWidget(backups_box)
        self.programme = ProgrammeBox(vault, self._operations)
        right.addWidget(self.programme)
        if coordinator:  # texts given to families in their language: review before printing
            self.family_texts_button = QPushButton(self.tr("&Family documents: texts and "
                                                           "translations…"))  # fmt: skip
            self.family_texts_button.clicked.connect(
                lambda: open_family_texts(self._vault, self._operations, self))
            right.addWidget(self.family_texts_button)
        if self.users_panel is not None:
            right.addWidget(self.users_panel, 1)
        else:
            right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def change_my_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self._vault, self._operations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.saved.setText(self.tr("Your passphrase was changed.")))
        dialog.open()
        return dialog

    def _show_logo_state(self) -> None:
        self.logo_state.setText(self.tr("A logo is set.") if self._logo else self.tr("No logo."))
        self.clear_logo.setEnabled(bool(self._logo) and self._vault.user.is_coordinator)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the entity's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        data = Path(path).read_bytes()
        if len(data) > MAX_LOGO_BYTES or QImage.fromData(data).isNull():
            QMessageBox.warning(
                self,
                self.tr("Entity logo"),
                self.tr("Choose a PNG or JPEG image smaller than 1 MB."),
            )
            return
        self._logo = base64.b64encode(data).decode("ascii")
        self._show_logo_state()

    def _clear_logo(self) -> None:
        self._logo = ""
        self._show_logo_state()

    def _spin(self, low: int, high: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setAccessibleName(name)
        spin.setMinimumWidth(110)
        return spin

    def save(self) -> None:
        """Collect the values here, then write them in one transaction on the database thread
        (it may wait there behind an import); "Saved." follows."""
        if self._saving.loading:
            return
        preferences.set_language(self.language.currentData())
        vault, actor, years = self._vault, self._vault.user.username, self.retention.chosen_years()
        programme = self.programme.chosen()
        idle = self.idle_minutes.value()
        values: list[tuple[Any, Any]] = [(settings.IDLE_LOCK_MINUTES, idle)]
        thresholds: dict[str, int] | None = None
        if vault.user.is_coordinator:
            thresholds = {
                "arp_warning_days": self.arp_days.value(),
                "visit_interval_days": self.visit_days.value(),
                "referral_answer_days": self.referral_days.value(),
                "transition_months": self.transition_months.value(),
                "language_course_after_months": self.language_months.value(),
            }
            values += [(REPORT_RECIPIENT, self.recipient.text().strip()), (REPORT_LOGO, self._logo),
                       (settings.BACKUP_REMINDER_DAYS, self.reminder_days.value())]  # fmt: skip

        def write() -> int:
            with vault.changing() as session:
                for spec, value in values:
                    settings.put(session, actor, spec, value)
                if thresholds is not None:
                    current = settings.get(session, settings.ALERT_THRESHOLDS)
                    updated: AlertThresholds = dataclasses.replace(current, **thresholds)
                    settings.put(session, actor, settings.ALERT_THRESHOLDS, updated)
                store_period(session, actor, years)
                store_programme(session, actor, programme)
            return idle  # for idleMinutesChanged

        self.save_button.setEnabled(False)
        self.saved.setText(self.tr("Saving…"))
        self._saving.start(write, self._saved, self._save_failed)

    def _saved(self, idle_minutes: int) -> None:
        self.save_button.setEnabled(True)
        self.retention.refresh_due()
        self.idleMinutesChanged.emit(idle_minutes)
        self.saved.setText(self.tr("Saved."))
        self.settingsSaved.emit()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        fallback = self.tr("The settings could not be saved; see the log for the kind of error.")
        self.saved.setText(error_text(error, fallback, "settings save", log))
