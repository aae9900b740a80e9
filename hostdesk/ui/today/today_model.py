"""The Today list's data: items read from the caseload, grouped, and the table model.

The caseload is read on the database thread (:func:`load_today`, no Qt there);
items are plain dataclasses in a flat table model (a heading row per kind of
alert, then its items), never a widget per row. :mod:`hostdesk.ui.today.today_view`
shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from hostdesk.domain.alerts import AlertKind, AlertThresholds, Severity
from hostdesk.domain.names import fold
from hostdesk.storage import alert_snapshots, caseload, settings
from hostdesk.storage.vault import Vault

TASK = "task"

# Where each kind of item is dealt with in the family workspace.
TAB_FOR = {
    AlertKind.ARP_EXPIRING.value: "members",
    AlertKind.ARP_EXPIRED.value: "members",
    AlertKind.PROGRAMME_ENDING.value: "plan",
    AlertKind.NO_RECENT_VISIT.value: "timeline",
    AlertKind.CHILD_WITHOUT_SCHOOL.value: "education",
    AlertKind.NO_LANGUAGE_COURSE.value: "language",
    AlertKind.REFERRAL_UNANSWERED.value: "timeline",
    AlertKind.NO_VALID_PERMIT.value: "members",
    AlertKind.RENEWAL_APPOINTMENT.value: "members",
    AlertKind.MINOR_TURNING_18.value: "members",
    AlertKind.YOUNG_ADULT.value: "members",
    AlertKind.ISS_TRANSITION.value: "plan",
    TASK: "timeline",
}
# Groups with equally urgent items keep this order.
GROUP_ORDER = [
    AlertKind.ARP_EXPIRED.value,
    AlertKind.NO_VALID_PERMIT.value,
    AlertKind.ARP_EXPIRING.value,
    AlertKind.RENEWAL_APPOINTMENT.value,
    AlertKind.YOUNG_ADULT.value,
    AlertKind.MINOR_TURNING_18.value,
    AlertKind.REFERRAL_UNANSWERED.value,
    AlertKind.NO_RECENT_VISIT.value,
    AlertKind.ISS_TRANSITION.value,
    AlertKind.PROGRAMME_ENDING.value,
    TASK,
    AlertKind.CHILD_WITHOUT_SCHOOL.value,
    AlertKind.NO_LANGUAGE_COURSE.value,
]
# Colour-blind safe (Okabe-Ito); the urgency is always written out as well.
SEVERITY_COLOURS = {
    Severity.URGENT: "#D55E00",
    Severity.WARNING: "#E69F00",
    Severity.INFO: "#56B4E9",
}


def pt_date(value: date | None) -> str:
    """A date as written in Portugal (dd/mm/aaaa), whatever the interface language."""
    if value is None:
        return ""
    locale = QLocale(QLocale.Language.Portuguese, QLocale.Country.Portugal)
    return locale.toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")


@dataclass(frozen=True)
class TodayItem:
    """One line of the Today list: what it is, for whom, and what to show."""

    kind: str  # an AlertKind value, or TASK
    severity: Severity
    due: date | None
    family_id: int
    case_number: str
    head: str  # Latin script
    head_original: str
    member: str = ""
    service: str = ""  # of a referral
    since: date | None = None  # a referral's sending date
    days: int = 0  # days left or late, as the kind needs
    task: str = ""
    search_key: str = ""  # folded case number and names, for the filter

    @property
    def tab(self) -> str:
        return TAB_FOR[self.kind]


@dataclass(frozen=True)
class TodayData:
    today: date
    items: list[TodayItem]
    groups: list[TodayGroup]  # grouped on the database thread too: the GUI thread only shows


def load_today(vault: Vault, today: date, only_worker: int | None = None) -> TodayData:
    """Read the caseload's alerts and tasks; runs on the database thread (no Qt here)."""
    with vault.session() as session:
        thresholds: AlertThresholds = settings.get(session, settings.ALERT_THRESHOLDS)
        ids = None
        if only_worker is not None:
            filters = caseload.CaseloadFilter(status="active", worker_id=only_worker)
            ids = caseload.family_ids(session, caseload.CaseloadSort.CASE_NUMBER, filters=filters)
        alerts = alert_snapshots.open_alerts(session, today, thresholds, ids)
        tasks = alert_snapshots.open_tasks(session, today, ids)
        found = alert_snapshots.describe(session, alerts, tasks)

    def item(
        kind: str, severity: Severity, due: date | None, family_id: int, **extra: Any
    ) -> TodayItem:
        case, latin, original = found.families.get(family_id, ("", "", ""))
        key = fold(" ".join((case, latin, original, extra.get("member", ""))))
        return TodayItem(kind, severity, due, family_id, case, latin, original,
                         search_key=key, **extra)  # fmt: skip

    items = []
    for a in alerts:
        extra: dict[str, Any] = {}
        if a.member_id is not None:
            extra["member"] = found.members.get(a.member_id, ("", ""))[0]
        if a.referral_id is not None:
            extra["service"], extra["since"] = found.referrals.get(a.referral_id, ("", None))
        if a.kind is AlertKind.NO_RECENT_VISIT and a.due is not None:
            # Days since the last visit (or since the start, if there never was one).
            extra["days"] = (today - a.due).days + thresholds.visit_interval_days
        elif a.due is not None:
            extra["days"] = (a.due - today).days
        items.append(item(a.kind.value, a.severity, a.due, a.family_id, **extra))
    for t in tasks:
        items.append(
            item(TASK, t.severity, t.due, t.family_id,
                 days=(t.due - today).days, task=found.tasks.get(t.task_id, ""))
        )  # fmt: skip
    # Grouping sorts each group once here; filtering later keeps that order cheaply.
    groups = group_items(items)
    return TodayData(today, [i for g in groups for i in g.items], groups)


@dataclass(frozen=True)
class TodayGroup:
    """Items of one kind, most urgent first; ``severity`` is the most urgent one's."""

    kind: str
    items: list[TodayItem]
    severity: Severity
    urgent: int  # how many items are urgent

    @classmethod
    def of(cls, kind: str, items: list[TodayItem]) -> TodayGroup:
        ordered = sorted(items, key=_item_order)
        urgent = sum(i.severity is Severity.URGENT for i in ordered)
        return cls(kind, ordered, ordered[0].severity, urgent)


def _item_order(item: TodayItem) -> tuple[int, date, str, str]:
    return (-item.severity, item.due or date.max, item.case_number, item.member)


def group_items(
    items: list[TodayItem], query: str = "", urgent_only: bool = False, kind: str = ""
) -> list[TodayGroup]:
    """Items grouped by kind, each group and each item most urgent first.

    ``query`` keeps items whose case number or names contain it (any case or
    accents), ``urgent_only`` the urgent ones, ``kind`` one kind only.
    """
    needle = fold(query.strip())
    by_kind: dict[str, list[TodayItem]] = {}
    for item in items:
        if urgent_only and item.severity is not Severity.URGENT:
            continue
        if kind and item.kind != kind:
            continue
        if needle and needle not in item.search_key:
            continue
        by_kind.setdefault(item.kind, []).append(item)
    groups = [TodayGroup.of(kind, found) for kind, found in by_kind.items()]
    return sorted(groups, key=lambda g: (-g.severity, -g.urgent, GROUP_ORDER.index(g.kind)))


def group_label(kind: str) -> str:
    return {
        AlertKind.ARP_EXPIRED.value: QCoreApplication.translate("TodayView", "ARP expired"),
        AlertKind.ARP_EXPIRING.value: QCoreApplication.translate("TodayView", "ARP expiring"),
        AlertKind.PROGRAMME_ENDING.value: QCoreApplication.translate(
            "TodayView", "ISS transition and programme end"
        ),
        AlertKind.NO_RECENT_VISIT.value: QCoreApplication.translate("TodayView", "Visits overdue"),
        AlertKind.CHILD_WITHOUT_SCHOOL.value: QCoreApplication.translate(
            "TodayView", "Children without school"
        ),
        AlertKind.NO_LANGUAGE_COURSE.value: QCoreApplication.translate(
            "TodayView", "Without a Portuguese course"
        ),
        AlertKind.REFERRAL_UNANSWERED.value: QCoreApplication.translate(
            "TodayView", "Referrals unanswered"
        ),
        AlertKind.NO_VALID_PERMIT.value: QCoreApplication.translate(
            "TodayView", "Without a valid permit"
        ),
        AlertKind.RENEWAL_APPOINTMENT.value: QCoreApplication.translate(
            "TodayView", "Permit renewal appointments"
        ),
        AlertKind.MINOR_TURNING_18.value: QCoreApplication.translate(
            "TodayView", "Unaccompanied minors turning 18"
        ),
        AlertKind.YOUNG_ADULT.value: QCoreApplication.translate(
            "TodayView", "Young adults who came as unaccompanied minors"
        ),
        AlertKind.ISS_TRANSITION.value: QCoreApplication.translate(
            "TodayView", "ISS transition to record"
        ),
        TASK: QCoreApplication.translate("TodayView", "Follow-up tasks"),
    }[kind]


def severity_label(severity: Severity) -> str:
    return {
        Severity.URGENT: QCoreApplication.translate("TodayView", "Urgent"),
        Severity.WARNING: QCoreApplication.translate("TodayView", "Important"),
        Severity.INFO: QCoreApplication.translate("TodayView", "To check"),
    }[severity]


def service_label(service: str) -> str:
    return {
        "sns": QCoreApplication.translate("TodayView", "SNS (health)"),
        "school": QCoreApplication.translate("TodayView", "school"),
        "iefp": QCoreApplication.translate("TodayView", "IEFP"),
        "iss": QCoreApplication.translate("TodayView", "ISS"),
        "tts": QCoreApplication.translate("TodayView", "TTS (interpreting)"),
        "psychologist": QCoreApplication.translate("TodayView", "psychologist"),
        "legal": QCoreApplication.translate("TodayView", "legal counselling"),
    }.get(service, QCoreApplication.translate("TodayView", "another service"))


def describe_item(item: TodayItem) -> str:
    """What the item is about, in one line."""
    kind, days = item.kind, item.days
    if kind == AlertKind.ARP_EXPIRING.value:
        return (
            QCoreApplication.translate("TodayView", "ARP expires today")
            if days == 0
            else QCoreApplication.translate("TodayView", "ARP expires in %n day(s)", None, days)
        )
    if kind == AlertKind.ARP_EXPIRED.value:
        return QCoreApplication.translate("TodayView", "ARP expired %n day(s) ago", None, -days)
    if kind == AlertKind.PROGRAMME_ENDING.value:
        if days >= 0:
            return QCoreApplication.translate(
                "TodayView", "Programme ends in %n day(s): plan the transition with ISS", None, days
            )
        return QCoreApplication.translate(
            "TodayView",
            "Programme ended %n day(s) ago: record the exit or an extension",
            None,
            -days,
        )
    if kind == AlertKind.NO_RECENT_VISIT.value:
        return QCoreApplication.translate(
            "TodayView", "No visit recorded for %n day(s)", None, days
        )
    if kind == AlertKind.ISS_TRANSITION.value:
        return QCoreApplication.translate(
            "TodayView", "Programme ends in %n day(s): no ISS meeting recorded yet", None, days
        )
    if kind == AlertKind.NO_VALID_PERMIT.value:
        return QCoreApplication.translate("TodayView", "No residence permit recorded")
    if kind == AlertKind.RENEWAL_APPOINTMENT.value:
        return QCoreApplication.translate(
            "TodayView", "Permit renewal appointment in %n day(s)", None, days
        )
    if kind == AlertKind.MINOR_TURNING_18.value:
        return QCoreApplication.translate("TodayView", "Turns 18 in %n day(s)", None, days)
    if kind == AlertKind.YOUNG_ADULT.value:
        return QCoreApplication.translate(
            "TodayView", "Turned 18 %n day(s) ago: review the support as a young adult", None,
            -days,
        )
    if kind == AlertKind.CHILD_WITHOUT_SCHOOL.value:
        if item.severity is Severity.INFO:
            return QCoreApplication.translate(
                "TodayView", "May be of school age (birth date incomplete); no school enrolment"
            )
        return QCoreApplication.translate("TodayView", "No school enrolment recorded")
    if kind == AlertKind.NO_LANGUAGE_COURSE.value:
        return QCoreApplication.translate("TodayView", "No Portuguese course recorded")
    if kind == AlertKind.REFERRAL_UNANSWERED.value:
        return (
            QCoreApplication.translate("TodayView", "Referral to %1 sent on %2, not answered yet")
            .replace("%1", service_label(item.service))
            .replace("%2", pt_date(item.since))
        )
    return item.task


class TodayModel(QAbstractTableModel):
    """A flat table: each group's heading row, then its items (unless folded).

    Flat, so the view lays out only the rows on screen: a tree would ask for
    an index of every row of an expanded group, tens of thousands of Python
    calls on a large caseload.
    """

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[TodayItem] = []
        self._groups: list[TodayGroup] = []
        self._rows: list[TodayGroup | TodayItem] = []
        self._folded: set[str] = set()
        self._query = ""
        self._urgent_only = False
        self._kind = ""
        self._icons: dict[Severity, QIcon] = {}

    # -- contents --------------------------------------------------------------

    def set_items(self, items: list[TodayItem], groups: list[TodayGroup] | None = None) -> None:
        """Show ``items``; ``groups`` are them already grouped, when the caller has that."""
        self._items = items
        if groups is None or self._query or self._urgent_only or self._kind:
            self._regroup()
            return
        self.beginResetModel()
        self._groups = groups
        self._lay_out()
        self.endResetModel()

    def set_filter(self, query: str, urgent_only: bool, kind: str = "") -> None:
        self._query, self._urgent_only, self._kind = query, urgent_only, kind
        self._regroup()

    def toggle(self, row: int) -> None:
        """Fold or unfold the group whose heading is ``row``."""
        group = self._rows[row]
        if isinstance(group, TodayGroup):
            self._folded ^= {group.kind}
            self.beginResetModel()
            self._lay_out()
            self.endResetModel()

    def is_folded(self, row: int) -> bool:
        group = self._rows[row]
        return isinstance(group, TodayGroup) and group.kind in self._folded

    def _regroup(self) -> None:
        self.beginResetModel()
        self._groups = group_items(self._items, self._query, self._urgent_only, self._kind)
        self._lay_out()
        self.endResetModel()

    def _lay_out(self) -> None:
        self._rows = []
        for group in self._groups:
            self._rows.append(group)
            if group.kind not in self._folded:
                self._rows.extend(group.items)

    @property
    def groups(self) -> list[TodayGroup]:
        return self._groups

    def heading_rows(self) -> list[int]:
        return [n for n, row in enumerate(self._rows) if isinstance(row, TodayGroup)]

    def item(self, index: QModelIndex | QPersistentModelIndex) -> TodayItem | None:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        return row if isinstance(row, TodayItem) else None

    # -- structure -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Urgency"),
            self.tr("Due"),
            self.tr("Case"),
            self.tr("Head of family"),
            self.tr("Person"),
            self.tr("What needs doing"),
        )[section]

    # -- contents of cells -----------------------------------------------------

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            self._icons[severity] = QIcon(pixmap)
        return self._icons[severity]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, TodayGroup):
            return self._heading_data(row, index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icon(row.severity)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return severity_label(row.severity)
        if column == 1:
            return pt_date(row.due)
        if column == 2:
            return row.case_number
        if column == 3:
            original = row.head_original
            if role == Qt.ItemDataRole.ToolTipRole or not original:
                return "\n".join(filter(None, (row.head, original)))
            return f"{row.head} · {original}"
        if column == 4:
            return row.member
        return describe_item(row)

    def _heading_data(self, group: TodayGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QPalette().brush(QPalette.ColorRole.Button)
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            marker = "▸" if group.kind in self._folded else "▾"
            count = self.tr("%Ln item(s)", "", len(group.items))
            if group.urgent:
                count += ", " + self.tr("%Ln urgent", "", group.urgent)
            text = f"{group_label(group.kind)} — {count}"
            return text if role == Qt.ItemDataRole.AccessibleTextRole else f"{marker} {text}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(group.severity)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Enter folds or unfolds the group")
        return None
