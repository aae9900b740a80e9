"""Today: every alert and follow-up task across the caseload, most urgent first.

The caseload is read on the database thread (:mod:`hostdesk.storage.alert_snapshots`);
the view only groups, filters and renders. Items are plain tuples in a tree
model (one group per kind of alert), never a widget per row, so tens of
thousands of them stay cheap. Enter or a double click opens the family at the
tab where the problem is solved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.alerts import AlertKind, AlertThresholds, Severity
from hostdesk.domain.names import fold
from hostdesk.storage import alert_snapshots, caseload, settings
from hostdesk.storage.vault import Vault
from hostdesk.ui.operations import Operations

log = logging.getLogger(__name__)

TASK = "task"
FILTER_DEBOUNCE_MS = 200

# Where each kind of item is dealt with in the family workspace.
TAB_FOR = {
    AlertKind.ARP_EXPIRING.value: "members",
    AlertKind.ARP_EXPIRED.value: "members",
    AlertKind.PROGRAMME_ENDING.value: "plan",
    AlertKind.NO_RECENT_VISIT.value: "timeline",
    AlertKind.CHILD_WITHOUT_SCHOOL.value: "education",
    AlertKind.NO_LANGUAGE_COURSE.value: "language",
    AlertKind.REFERRAL_UNANSWERED.value: "timeline",
    TASK: "timeline",
}
# Groups with equally urgent items keep this order.
GROUP_ORDER = [
    AlertKind.ARP_EXPIRED.value,
    AlertKind.ARP_EXPIRING.value,
    AlertKind.REFERRAL_UNANSWERED.value,
    AlertKind.NO_RECENT_VISIT.value,
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


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TodayView", text, None, n)


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
    return TodayData(today, items)


@dataclass(frozen=True)
class TodayGroup:
    kind: str
    items: list[TodayItem]

    @property
    def severity(self) -> Severity:
        return max(i.severity for i in self.items)

    @property
    def urgent(self) -> int:
        return sum(i.severity is Severity.URGENT for i in self.items)


def _item_order(item: TodayItem) -> tuple[int, date, str, str]:
    return (-item.severity, item.due or date.max, item.case_number, item.member)


def group_items(
    items: list[TodayItem], query: str = "", urgent_only: bool = False
) -> list[TodayGroup]:
    """Items grouped by kind, each group and each item most urgent first."""
    needle = fold(query.strip())
    by_kind: dict[str, list[TodayItem]] = {}
    for item in items:
        if urgent_only and item.severity is not Severity.URGENT:
            continue
        if needle and needle not in item.search_key:
            continue
        by_kind.setdefault(item.kind, []).append(item)
    groups = [TodayGroup(kind, sorted(found, key=_item_order)) for kind, found in by_kind.items()]
    return sorted(groups, key=lambda g: (-g.severity, -g.urgent, GROUP_ORDER.index(g.kind)))


def group_label(kind: str) -> str:
    return {
        AlertKind.ARP_EXPIRED.value: _tr("ARP expired"),
        AlertKind.ARP_EXPIRING.value: _tr("ARP expiring"),
        AlertKind.PROGRAMME_ENDING.value: _tr("ISS transition and programme end"),
        AlertKind.NO_RECENT_VISIT.value: _tr("Visits overdue"),
        AlertKind.CHILD_WITHOUT_SCHOOL.value: _tr("Children without school"),
        AlertKind.NO_LANGUAGE_COURSE.value: _tr("Without a Portuguese course"),
        AlertKind.REFERRAL_UNANSWERED.value: _tr("Referrals unanswered"),
        TASK: _tr("Follow-up tasks"),
    }[kind]


def severity_label(severity: Severity) -> str:
    return {
        Severity.URGENT: _tr("Urgent"),
        Severity.WARNING: _tr("Important"),
        Severity.INFO: _tr("To check"),
    }[severity]


def service_label(service: str) -> str:
    return {
        "sns": _tr("SNS (health)"),
        "school": _tr("school"),
        "iefp": _tr("IEFP"),
        "iss": _tr("ISS"),
        "tts": _tr("TTS (interpreting)"),
        "psychologist": _tr("psychologist"),
        "legal": _tr("legal counselling"),
    }.get(service, _tr("another service"))


def describe_item(item: TodayItem) -> str:
    """What the item is about, in one line."""
    kind, days = item.kind, item.days
    if kind == AlertKind.ARP_EXPIRING.value:
        return _tr("ARP expires today") if days == 0 else _tr("ARP expires in %n day(s)", days)
    if kind == AlertKind.ARP_EXPIRED.value:
        return _tr("ARP expired %n day(s) ago", -days)
    if kind == AlertKind.PROGRAMME_ENDING.value:
        if days >= 0:
            return _tr("Programme ends in %n day(s): plan the transition with ISS", days)
        return _tr("Programme ended %n day(s) ago: record the exit or an extension", -days)
    if kind == AlertKind.NO_RECENT_VISIT.value:
        return _tr("No visit recorded for %n day(s)", days)
    if kind == AlertKind.CHILD_WITHOUT_SCHOOL.value:
        if item.severity is Severity.INFO:
            return _tr("May be of school age (birth date incomplete); no school enrolment")
        return _tr("No school enrolment recorded")
    if kind == AlertKind.NO_LANGUAGE_COURSE.value:
        return _tr("No Portuguese course recorded")
    if kind == AlertKind.REFERRAL_UNANSWERED.value:
        return (
            _tr("Referral to %1 sent on %2, not answered yet")
            .replace("%1", service_label(item.service))
            .replace("%2", pt_date(item.since))
        )
    return item.task


class TodayModel(QAbstractItemModel):
    """Two levels: a row per group of alerts, and under it a row per alert or task.

    A group's index has internal id 0; an item's has its group's row plus one.
    """

    ItemRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[TodayItem] = []
        self._groups: list[TodayGroup] = []
        self._query = ""
        self._urgent_only = False
        self._icons: dict[Severity, QIcon] = {}

    # -- contents --------------------------------------------------------------

    def set_items(self, items: list[TodayItem]) -> None:
        self._items = items
        self._regroup()

    def set_filter(self, query: str, urgent_only: bool) -> None:
        self._query, self._urgent_only = query, urgent_only
        self._regroup()

    def _regroup(self) -> None:
        self.beginResetModel()
        self._groups = group_items(self._items, self._query, self._urgent_only)
        self.endResetModel()

    @property
    def groups(self) -> list[TodayGroup]:
        return self._groups

    def item(self, index: QModelIndex | QPersistentModelIndex) -> TodayItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].items[index.row()]

    # -- structure -------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

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
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        item = self._groups[index.internalId() - 1].items[index.row()]
        column = index.column()
        if role == self.ItemRole:
            return item
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icon(item.severity)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return severity_label(item.severity)
        if column == 1:
            return pt_date(item.due)
        if column == 2:
            return item.case_number
        if column == 3:
            original = item.head_original
            if role == Qt.ItemDataRole.ToolTipRole or not original:
                return "\\n".join(filter(None, (item.head, original)))
            return f"{item.head} · {original}"
        if column == 4:
            return item.member
        return describe_item(item)

    def _group_data(self, group: TodayGroup, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = group_label(group.kind)
            count = self.tr("%n item(s)", "", len(group.items))
            if group.urgent:
                count += ", " + self.tr("%n urgent", "", group.urgent)
            return f"{label} — {count}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(group.severity)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class TodayView(QWidget):
    """Alerts and tasks across the caseload; Enter opens the family at the right tab."""

    familyRequested = Signal(int, str)

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self._generation = 0
        self.setAccessibleName(self.tr("Today"))

        self.title = QLabel(self.tr("Today"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by case number or name"))
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._debounce.start)
        self.urgent_only = QCheckBox(self.tr("&Urgent only"))
        self.urgent_only.toggled.connect(self._apply_filter)
        self.mine_only = QCheckBox(self.tr("Only &my families"))
        self.mine_only.setEnabled(vault.user.id is not None)
        self.mine_only.toggled.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the caseload again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Reading the caseload"))
        self.busy.hide()

        self.model = TodayModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Alerts and tasks"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 95, 125, 260, 170)):
            self.tree.setColumnWidth(column, width)
        self.tree.activated.connect(self._activated)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        controls = QHBoxLayout()
        controls.addWidget(self.filter, 1)
        controls.addWidget(self.urgent_only)
        controls.addWidget(self.mine_only)
        controls.addWidget(self.busy)
        controls.addWidget(self.refresh_button)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        QWidget.setTabOrder(self.filter, self.urgent_only)
        QWidget.setTabOrder(self.urgent_only, self.mine_only)
        QWidget.setTabOrder(self.mine_only, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.tree)

    # -- loading ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the caseload again on the database thread; the list stays usable meanwhile."""
        self._generation += 1
        generation = self._generation
        vault, today = self._vault, date.today()
        worker = vault.user.id if self.mine_only.isChecked() else None
        self.busy.show()
        self.refresh_button.setEnabled(False)
        self._operations.run(
            lambda: load_today(vault, today, worker),
            lambda data: self._loaded(generation, data),
            lambda error: self._failed(generation, error),
        )

    def is_loading(self) -> bool:
        return self.busy.isVisible() or not self.refresh_button.isEnabled()

    def _finish(self, generation: int) -> bool:
        if generation != self._generation:
            return False  # a newer refresh is on its way
        self.busy.hide()
        self.refresh_button.setEnabled(True)
        return True

    def _loaded(self, generation: int, data: TodayData) -> None:
        if not self._finish(generation):
            return
        self.message.hide()
        self._today = data.today
        self.model.set_items(data.items)
        self._after_reset()

    def _failed(self, generation: int, error: BaseException) -> None:
        if not self._finish(generation):
            return
        log.error("reading today's alerts failed: %s", type(error).__name__)
        self.message.setText(
            self.tr("The alerts could not be read from the vault. Try again with Refresh.")
        )
        self.message.show()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter.text(), self.urgent_only.isChecked())
        self._after_reset()

    def _after_reset(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        groups = self.model.groups
        if groups:
            self.tree.setCurrentIndex(self.model.index(0, 0, self.model.index(0, 0)))
        self._update_summary()

    def _update_summary(self) -> None:
        items = [i for g in self.model.groups for i in g.items]
        if not items:
            if self.filter.text().strip() or self.urgent_only.isChecked():
                text = self.tr("Nothing matches the filter.")
            else:
                text = self.tr("Nothing needs attention today.")
        else:
            urgent = sum(i.severity is Severity.URGENT for i in items)
            text = self.tr("%n item(s) to act on", "", len(items))
            text += " · " + self.tr("%n urgent", "", urgent)
        today = getattr(self, "_today", None)
        if today is not None:
            when = QLocale().toString(QDate(today.year, today.month, today.day),
                                      QLocale.FormatType.LongFormat)  # fmt: skip
            text += " · " + when
        self.summary.setText(text)

    # -- opening a family -------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if item is None:
            group = index.siblingAtColumn(0)
            self.tree.setExpanded(group, not self.tree.isExpanded(group))
            return
        self.familyRequested.emit(item.family_id, item.tab)
