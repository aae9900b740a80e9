"""Settings ▸ Programme: PAR membership, pro-rating, and the rules the entity confirms.

Where the programme's sources say nothing (temporary protection), the entity
decides how its families are followed: programme length, allowance, ISS
transition, and whether they count in the NAIR's figures. Until a coordinator
confirms that here, nothing is computed for them and this box says so. A
confirmed rule applies from its date on and shows everywhere as the entity's
choice (docs/programme-rules.md). Everything is read and written on the
database thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlmodel import Session, col, func, select

from hostdesk.domain.channel_rules import ChannelRule, RuleBasis
from hostdesk.domain.vocabulary import AllowanceScheme, ArrivalChannel, FamilyStatus
from hostdesk.storage import programme_rules, settings
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.background_read import BackgroundRead
from hostdesk.ui.common.error_text import error_text
from hostdesk.ui.common.field_validation import DateField
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import choices, label
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)
CHANNEL = ArrivalChannel.TEMPORARY_PROTECTION


@dataclass(frozen=True)
class ProgrammeState:
    par_member: bool
    pro_rate: bool
    rule: ChannelRule  # temporary protection's rule today
    waiting: int  # active families of that channel


def read_state(session: Session) -> ProgrammeState:
    rules = programme_rules.entity_rules(session)
    waiting = session.exec(
        select(func.count()).where(
            Family.arrival_channel == CHANNEL.value,
            col(Family.status) == FamilyStatus.ACTIVE.value,
        )
    ).one()
    return ProgrammeState(
        rules.par_member, rules.pro_rate, rules.book.rule_on(CHANNEL, date.today()), int(waiting)
    )


def store_programme(session: Session, actor: str, values: tuple[bool, bool] | None) -> None:
    """PAR membership and pro-rating, in the caller's transaction (the Save button's)."""
    if values is None:
        return
    par_member, pro_rate = values
    settings.put(session, actor, settings.PAR_MEMBER, par_member)
    settings.put(session, actor, settings.PRO_RATE_PARTIAL_MONTHS, pro_rate)


class ProgrammeBox(QGroupBox):
    def __init__(
        self, vault: Vault, operations: Operations | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Programme rules"))
        self._vault = vault
        self._read = BackgroundRead(self, operations or Operations(self))
        self._read.busy.setAccessibleName(self.tr("Reading the programme rules"))
        self._loaded = False
        coordinator = vault.user.is_coordinator

        self.par_member = QCheckBox(self.tr("The entity is a &PAR member (PAR-Famílias)"))
        self.par_member.setToolTip(
            self.tr("PAR members commit to 24 months and host only families with children.")
        )
        self.pro_rate = QCheckBox(
            self.tr("Pro-rate the allowance of partial &first and last months")
        )

        self.state = QLabel()
        self.state.setWordWrap(True)
        # Room for three lines: a wrapped label in a form row is otherwise squeezed to one.
        self.state.setMinimumHeight(self.state.fontMetrics().lineSpacing() * 3 + 4)
        self.state.setAccessibleName(self.tr("Temporary protection rule"))
        self.since = DateField(date.today())
        self.since.setAccessibleName(self.tr("Rule applies from"))
        self.months = QSpinBox()
        self.months.setRange(0, 60)
        self.months.setSpecialValueText(self.tr("no programme clock"))
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Programme length for temporary protection"))
        self.scheme = QComboBox()
        self.scheme.setAccessibleName(self.tr("Allowance for temporary protection"))
        for value, text in choices(AllowanceScheme):
            self.scheme.addItem(text, value)
        # Nothing is offered as the EU scheme's by default: the entity chooses.
        self.scheme.setCurrentIndex(self.scheme.findData(AllowanceScheme.NONE.value))
        self.transition = QCheckBox(self.tr("ISS &transition in the last months"))
        self.counts = QCheckBox(self.tr("Counts in the NAIR's &programme figures"))
        self.confirm = QPushButton(self.tr("&Confirm the temporary-protection rule"))
        self.confirm.clicked.connect(self.confirm_rule)
        self.result = QLabel()
        self.result.setWordWrap(True)

        # Compact: the Settings page must fit a 1366x768 screen beside the users list.
        form = QFormLayout(self)
        form.addRow(self.par_member)
        form.addRow(self.pro_rate)
        form.addRow(self.state)
        rule_row = QHBoxLayout()
        for caption, widget in ((self.tr("From"), self.since), (self.tr("Length"), self.months),
                                (self.tr("Allowance"), self.scheme)):  # fmt: skip
            name = QLabel(caption)
            name.setBuddy(widget)
            rule_row.addWidget(name)
            rule_row.addWidget(widget)
        form.addRow(rule_row)
        boxes = QHBoxLayout()
        boxes.addWidget(self.transition)
        boxes.addWidget(self.counts)
        boxes.addStretch(1)
        form.addRow(boxes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addWidget(self._read.busy)
        buttons.addWidget(self.result, 1)
        form.addRow(buttons)
        if not coordinator:
            form.addRow(QLabel(self.tr("Only a coordinator can change the programme rules.")))
        for widget in (self.par_member, self.pro_rate, self.since, self.months, self.scheme,
                       self.transition, self.counts, self.confirm):  # fmt: skip
            widget.setEnabled(False)  # until read; then for a coordinator only
        self.months.valueChanged.connect(self._clock_changed)
        self.refresh()

    def refresh(self) -> None:
        vault = self._vault

        def read() -> ProgrammeState:
            with vault.session() as session:
                return read_state(session)

        self._read.start(read, self._show, self._failed)

    def _show(self, state: ProgrammeState) -> None:
        if not self._loaded:
            self.par_member.setChecked(state.par_member)
            self.pro_rate.setChecked(state.pro_rate)
        self._loaded = True
        rule = state.rule
        if rule.basis is RuleBasis.UNCONFIRMED:
            text = self.tr(
                "Temporary protection: the programme's sources set no rule. Until you confirm "
                "one, no programme clock, allowance or NAIR figures are worked out for these "
                "families (%1 active)."
            ).replace("%1", str(state.waiting))
        else:
            text = self.tr(
                "Temporary protection follows the entity's choice since %1: %2; %3."
            ).replace("%1", format_date(rule.effective_from))
            text = text.replace("%2", self._length_text(rule.programme_months))
            text = text.replace("%3", label(AllowanceScheme, rule.allowance_scheme.value))
            self.months.setValue(rule.programme_months or 0)
            self.scheme.setCurrentIndex(max(self.scheme.findData(rule.allowance_scheme.value), 0))
            self.transition.setChecked(rule.iss_transition)
            self.counts.setChecked(rule.counts_in_nair_figures)
        self.state.setText(text)
        coordinator = self._vault.user.is_coordinator
        for widget in (self.par_member, self.pro_rate, self.since, self.months, self.scheme,
                       self.confirm):  # fmt: skip
            widget.setEnabled(coordinator)
        self._clock_changed()

    def _length_text(self, months: int | None) -> str:
        if months is None:
            return self.tr("no programme clock")
        return self.tr("%1 months").replace("%1", str(months))

    def _clock_changed(self) -> None:
        # Without a programme clock there is no last months and no place in the figures.
        has_clock = self.months.value() > 0
        enabled = has_clock and self._loaded and self._vault.user.is_coordinator
        for box in (self.transition, self.counts):
            box.setEnabled(enabled)
            if not has_clock:
                box.setChecked(False)

    def _failed(self, error: BaseException) -> None:
        fallback = self.tr("The programme rules could not be read; see the log.")
        self.state.setText(error_text(error, fallback, "programme rules", log))

    def chosen(self) -> tuple[bool, bool] | None:
        """PAR membership and pro-rating to store with Save; None until read or for a worker."""
        if not self._loaded or not self._vault.user.is_coordinator:
            return None
        return self.par_member.isChecked(), self.pro_rate.isChecked()

    def confirm_rule(self) -> None:
        since = self.since.value()
        if since is None or self.since.problem():
            self.result.setText(self.tr("Enter the date from which the rule applies."))
            return
        vault, months = self._vault, self.months.value() or None
        scheme = AllowanceScheme(self.scheme.currentData())
        transition, counts = self.transition.isChecked(), self.counts.isChecked()

        def write() -> ProgrammeState:
            with vault.changing() as session:
                programme_rules.confirm_rule(
                    session, vault.user, CHANNEL, since, programme_months=months,
                    allowance_scheme=scheme, iss_transition=transition,
                    counts_in_nair_figures=counts,
                )  # fmt: skip
            with vault.session() as session:
                return read_state(session)

        self.confirm.setEnabled(False)
        self.result.setText(self.tr("Saving…"))
        self._read.start(write, self._confirmed, self._confirm_failed)

    def _confirmed(self, state: ProgrammeState) -> None:
        self.result.setText(self.tr("The rule was confirmed."))
        self._show(state)

    def _confirm_failed(self, error: BaseException) -> None:
        self.confirm.setEnabled(self._vault.user.is_coordinator)
        fallback = self.tr("The rule could not be confirmed; see the log.")
        self.result.setText(error_text(error, fallback, "channel rule", log))
