"""The workspace header: who the family is, where it stands in the programme, what needs doing."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from hostdesk.domain.alerts import Alert, AlertKind, Severity, alerts_for
from hostdesk.domain.channel_rules import RuleBasis
from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import ArrivalChannel, ExitReason, FamilyStatus, ReferralService
from hostdesk.storage import casework
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.workspace.context import CaseContext

# A programme past its end: the whole bar in the urgent colour (the words say it too).
OVERRUN_STYLE = (
    "QProgressBar { border: 1px solid #b00020; border-radius: 3px; text-align: center; }"
    "QProgressBar::chunk { background: #f4c7cc; }"
)
SEVERITY_COLOURS = {Severity.URGENT: "#b00020", Severity.WARNING: "#8a5a00", Severity.INFO: "#555"}
# The most urgent come first; a long list would push the tabs off a 768-pixel screen.
MAX_ALERTS_SHOWN = 5
# Which tab an alert opens.
ALERT_TABS = {
    AlertKind.ARP_EXPIRING: "members",
    AlertKind.ARP_EXPIRED: "members",
    AlertKind.PROGRAMME_ENDING: "plan",
    AlertKind.NO_RECENT_VISIT: "timeline",
    AlertKind.CHILD_WITHOUT_SCHOOL: "education",
    AlertKind.NO_LANGUAGE_COURSE: "language",
    AlertKind.REFERRAL_UNANSWERED: "timeline",
    AlertKind.NO_VALID_PERMIT: "members",
    AlertKind.RENEWAL_APPOINTMENT: "members",
    AlertKind.MINOR_TURNING_18: "members",
    AlertKind.YOUNG_ADULT: "members",
    AlertKind.ISS_TRANSITION: "plan",
    AlertKind.YOUNG_ADULT_PROTECTION_ENDING: "members",
}


def isolate(text: str) -> str:
    """Text in its own direction: an Arabic name does not reorder the sentence around it."""
    return f"\u2068{text}\u2069" if text else ""


class FamilyHeader(QWidget):
    """Names in both scripts, case and NAIR numbers, programme month, ARP state, alerts."""

    tab_requested = Signal(str)
    exit_requested = Signal()
    iss_requested = Signal()
    delete_requested = Signal()
    merge_requested = Signal()
    assignment_requested = Signal()

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.alerts: list[Alert] = []
        self.overrun = False

        self.name_latin = QLabel()
        self.name_latin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_original = QLabel()
        self.name_original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for name_label, size in ((self.name_latin, 1.45), (self.name_original, 1.6)):
            font = QFont(name_label.font())
            font.setPointSizeF(font.pointSizeF() * size)
            font.setBold(name_label is self.name_latin)
            name_label.setFont(font)
        self.name_latin.setAccessibleName(self.tr("Head of family"))
        self.name_original.setAccessibleName(self.tr("Head of family in the original script"))
        self.case = QLabel()
        self.case.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.case.setAccessibleName(self.tr("Case"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Programme progress"))
        self.progress.setMinimumWidth(220)
        self.progress.setMaximumWidth(360)
        self.end = QLabel()
        self.arp = QLabel()
        self.arp.setWordWrap(True)
        self.arp.setAccessibleName(self.tr("Residence permit (ARP)"))
        self.alert_label = QLabel()
        self.alert_label.setWordWrap(True)
        self.alert_label.setTextFormat(Qt.TextFormat.RichText)
        self.alert_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.alert_label.setAccessibleName(self.tr("Open alerts"))
        self.alert_label.linkActivated.connect(self.tab_requested)
        self.exit_state = QLabel()
        self.exit_state.setAccessibleName(self.tr("Exit from the programme"))
        self.exit_button = QPushButton(self.tr("Record e&xit…"))
        self.exit_button.setToolTip(self.tr("The family leaves the programme; its file is kept"))
        self.exit_button.clicked.connect(self.exit_requested)
        self.iss_button = QPushButton(self.tr("ISS &transition…"))
        self.iss_button.setToolTip(self.tr("Record the ISS meeting of the programme's last months"))
        self.iss_button.clicked.connect(self.iss_requested)
        self.delete_button = QPushButton(self.tr("&Delete case…"))
        self.delete_button.setToolTip(
            self.tr("Only for a case created by mistake and never sent to the NAIR")
        )
        self.delete_button.clicked.connect(self.delete_requested)
        self.merge_button = QPushButton(self.tr("&Merge with…"))
        self.merge_button.setToolTip(self.tr("One family recorded in two cases: make them one"))
        self.merge_button.clicked.connect(self.merge_requested)
        # The coordinator's alone, as anonymisation is.
        self.delete_button.setVisible(context.vault.user.is_coordinator)
        self.merge_button.setVisible(context.vault.user.is_coordinator)
        self.worker = QLabel()
        self.worker.setAccessibleName(self.tr("Who follows this family"))
        self.assign_button = QPushButton(self.tr("&Worker…"))
        self.assign_button.setToolTip(
            self.tr("Give the family to another worker, or share it with one (coordinator)")
        )
        self.assign_button.clicked.connect(self.assignment_requested)
        self.assign_button.setVisible(context.vault.user.is_coordinator)

        # A right-to-left name would align itself to the right edge; keep it beside the Latin one.
        self.name_original.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        names = QHBoxLayout()
        names.addWidget(self.name_latin)
        names.addSpacing(16)
        names.addWidget(self.name_original)
        names.addStretch(1)
        names.addWidget(self.case)
        names.addSpacing(16)
        names.addWidget(self.worker)
        names.addWidget(self.assign_button)
        state = QHBoxLayout()
        state.addWidget(self.progress)
        state.addWidget(self.end)
        state.addSpacing(24)
        state.addWidget(self.arp, 1)
        state.addWidget(self.exit_state)
        state.addWidget(self.iss_button)
        state.addWidget(self.exit_button)
        state.addWidget(self.merge_button)
        state.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(names)
        layout.addLayout(state)
        layout.addWidget(self.alert_label)
        context.loaded.connect(self.refresh)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        file = self._context.file
        family = file.family
        head = next((mf.member for mf in file.members if mf.member.is_head), None)
        self.name_latin.setText(head.name_latin if head else self.tr("(no head of family)"))
        self.name_original.setText(head.name_original if head else "")
        self.name_original.setVisible(bool(head and head.name_original))
        case = self.tr("Case %1").replace("%1", family.case_number)
        if family.nair_reference:
            reference = family.nair_reference
            # A reference written "NAIR/2026/2498" names the NAIR already: not "NAIR NAIR/…".
            if not reference.upper().startswith("NAIR"):
                reference = self.tr("NAIR %1").replace("%1", reference)
            case += " · " + reference
        case += " · " + label(ArrivalChannel, family.arrival_channel)
        self.case.setText(case)

        rule = self._context.extras.rules.book.rule_on(family.arrival_channel, today)
        self.progress.setVisible(rule.has_clock)
        if not rule.has_clock:
            # Spontaneous asylum, or a channel whose rule the entity has not confirmed.
            self.end.setText(
                self.tr("No programme clock for this arrival channel (support since %1)").replace(
                    "%1", format_date(family.programme_start)
                )
                if rule.basis is not RuleBasis.UNCONFIRMED
                else self.tr("No programme clock until the entity confirms this channel's rules")
            )
        self._show_clock(today, rule.has_clock)
        self.arp.setText(self._arp_text(today))
        self._show_exit()
        self._show_worker()

        book = self._context.extras.rules.book
        self.alerts = alerts_for(casework.alert_snapshot(file, book, today), today)
        self.alert_label.setText(self._alerts_html(today))

    def _show_clock(self, today: date, has_clock: bool) -> None:
        if not has_clock:
            self.overrun = False
            return
        family = self._context.file.family
        clock = ProgrammeClock(family.programme_start, family.programme_months)
        month = clock.month_on(today)
        self.progress.setRange(0, family.programme_months)
        self.progress.setValue(min(max(month, 0), family.programme_months))
        past = clock.days_past_end(today)
        self.overrun = past > 0
        if month == 0:
            text = self.tr("starts on %1").replace("%1", format_date(family.programme_start))
        elif self.overrun:
            # Never "month 19 of 18": the programme is over, and how long ago says how late.
            text = self.tr("ended %n day(s) ago", "", past)
        else:
            text = (
                self.tr("month %1 of %2")
                .replace("%1", str(month))
                .replace("%2", str(family.programme_months))
            )
        self.progress.setFormat(text)
        self.progress.setAccessibleDescription(text)
        self.progress.setStyleSheet(OVERRUN_STYLE if self.overrun else "")
        ends = self.tr("ended on %1") if self.overrun else self.tr("ends on %1")
        self.end.setText(ends.replace("%1", format_date(clock.end_date)))

    def _show_exit(self) -> None:
        family = self._context.file.family
        exited = family.status == FamilyStatus.EXITED.value
        if family.anonymised_on is not None:
            text = self.tr("Anonymised on %1: names, identifiers and notes were removed")
            text = text.replace("%1", format_date(family.anonymised_on))
        elif exited:
            text = self.tr("Left on %1 (%2)").replace("%1", format_date(family.exit_date))
            text = text.replace("%2", label(ExitReason, family.exit_reason))
        else:
            text = ""
        self.exit_state.setText(text)
        self.exit_state.setVisible(bool(text))
        self.exit_button.setText(self.tr("Change e&xit…") if exited else self.tr("Record e&xit…"))
        self.exit_button.setEnabled(family.anonymised_on is None)
        rule = self._context.extras.rules.book.rule_on(family.arrival_channel, date.today())
        self.iss_button.setVisible(rule.iss_transition)
        self.iss_button.setEnabled(family.anonymised_on is None)
        self.delete_button.setEnabled(family.anonymised_on is None)
        self.merge_button.setEnabled(family.anonymised_on is None)

    def _show_worker(self) -> None:
        followed = self._context.extras.assignment
        name = followed.worker.label if followed.worker else self.tr("no worker assigned")
        text = self.tr("Worker: %1").replace("%1", name)
        if followed.shared_with:
            others = ", ".join(w.label for w in followed.shared_with)
            text += " · " + self.tr("also %1").replace("%1", others)
        self.worker.setText(text)
        self.assign_button.setEnabled(self._context.file.family.anonymised_on is None)

    def _arp_text(self, today: date) -> str:
        permits = []
        for mf in self._context.file.members:
            permit = casework.current_permit(mf.permits)
            if permit is not None and permit.expires_on is not None:
                permits.append((permit.expires_on, mf.member.name_latin))
        if not permits:
            return self.tr("ARP: no expiry date recorded")
        expires, name = min(permits)
        if expires < today:
            text = self.tr("ARP of %1 expired on %2")
        else:
            text = self.tr("ARP: next expiry %2 (%1)")
        return text.replace("%1", isolate(name)).replace("%2", format_date(expires))

    def describe(self, alert: Alert, today: date | None = None) -> str:
        today = today or date.today()
        name = isolate(self._context.member_name(alert.member_id))
        due = format_date(alert.due)
        kind = alert.kind
        if kind is AlertKind.ARP_EXPIRING:
            text = self.tr("ARP of %1 expires on %2")
        elif kind is AlertKind.ARP_EXPIRED:
            text = self.tr("ARP of %1 expired on %2")
        elif kind is AlertKind.PROGRAMME_ENDING and alert.due is not None and alert.due < today:
            days = (today - alert.due).days
            text = self.tr(
                "The programme ended on %2, %n day(s) ago: record the exit or an extension",
                "",
                days,
            )
        elif kind is AlertKind.PROGRAMME_ENDING:
            text = self.tr("The programme ends on %2")
        elif kind is AlertKind.ISS_TRANSITION:
            text = self.tr("ISS transition: the programme ends on %2; record the ISS meeting")
        elif kind is AlertKind.NO_VALID_PERMIT:
            text = self.tr("%1 has no residence permit recorded")
        elif kind is AlertKind.RENEWAL_APPOINTMENT:
            text = self.tr("Permit renewal appointment of %1 on %2")
        elif kind is AlertKind.MINOR_TURNING_18:
            text = self.tr("%1 (unaccompanied minor) turns 18 on %2")
        elif kind is AlertKind.YOUNG_ADULT:
            text = self.tr("%1 is a young adult since %2: review the support")
        elif kind is AlertKind.YOUNG_ADULT_PROTECTION_ENDING:
            text = self.tr(
                "The protection of %1 as a young adult ends on %2: arrange the support that follows"
            )
        elif kind is AlertKind.NO_RECENT_VISIT:
            text = self.tr("A visit is due since %2")
        elif kind is AlertKind.CHILD_WITHOUT_SCHOOL:
            text = self.tr("%1 is of school age and not enrolled in a school")
        elif kind is AlertKind.NO_LANGUAGE_COURSE:
            text = self.tr("%1 has no Portuguese course yet")
        else:
            referral = next(
                (r for r in self._context.file.referrals if r.id == alert.referral_id), None
            )
            service = label(ReferralService, referral.service) if referral else ""
            text = self.tr("Referral to %3 not answered (answer due %2)").replace("%3", service)
        return text.replace("%1", name).replace("%2", due)

    def _alerts_html(self, today: date) -> str:
        overdue = self._overdue_tasks_html(today)
        if not self.alerts:
            # Tasks are not alerts, but "no open alerts" alone read as "nothing to do"
            # while Today listed this family's overdue tasks as urgent.
            quiet = html.escape(self.tr("No open alerts."))
            return f"{quiet} &nbsp;·&nbsp; {overdue}" if overdue else quiet
        links = []
        for alert in self.alerts[:MAX_ALERTS_SHOWN]:
            colour = SEVERITY_COLOURS[alert.severity]
            links.append(
                f'<a href="{ALERT_TABS[alert.kind]}" style="color:{colour}">'
                f"{html.escape(self.describe(alert, today))}</a>"
            )
        hidden = len(self.alerts) - MAX_ALERTS_SHOWN
        if hidden > 0:
            links.append(html.escape(self.tr("and %n more on the Today screen", "", hidden)))
        if overdue:
            links.append(overdue)
        return " &nbsp;·&nbsp; ".join(links)

    def _overdue_tasks_html(self, today: date) -> str:
        """A link to the timeline when follow-up tasks are past their date; else nothing."""
        late = sum(
            1
            for task in self._context.extras.tasks
            if task.done_on is None and task.due_on is not None and task.due_on < today
        )
        if not late:
            return ""
        colour = SEVERITY_COLOURS[Severity.URGENT]
        words = html.escape(
            self.tr("1 follow-up task overdue")
            if late == 1
            else self.tr("%1 follow-up tasks overdue").replace("%1", format_number(late))
        )
        return f'<a href="timeline" style="color:{colour}">{words}</a>'
