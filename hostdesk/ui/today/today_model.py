"""The Today list's data: items read from the caseload, grouped, and the table model.

The caseload is read on the database thread (:func:`load_today`, no Qt there);
items are plain dataclasses in a flat table model, never a widget per row:
two sections, "This week" (urgent: must be done this week) and "Coming up"
("Próximos": everything else, soonest first), each with a heading row per
kind of item, then its items (docs/alerts.md). :mod:`hostdesk.ui.today.today_view`
shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from hostdesk.domain.alerts import AlertKind, AlertThresholds, Severity, alert_key, task_key
from hostdesk.domain.names import fold
from hostdesk.storage import alert_responses, alert_snapshots, caseload, settings
from hostdesk.storage.alert_responses import Answer
from hostdesk.storage.vault import Vault
from hostdesk.ui.today.today_words import (
    TASK,
    WEEK,
    answer_text,
    describe_item,
    group_label,
    pt_date,
    section_label,
    service_label,
    severity_label,
)

__all__ = ["describe_item", "group_label", "pt_date", "service_label", "severity_label"]

# The two sections: what must be done this week (WEEK), and what waits (docs/alerts.md).
UPCOMING = "upcoming"
SECTIONS = (WEEK, UPCOMING)
ANSWERED_COLOUR = "#6b6b6b"

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
    AlertKind.YOUNG_ADULT_PROTECTION_ENDING.value: "members",
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
    AlertKind.YOUNG_ADULT_PROTECTION_ENDING.value,
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
    key: str = ""  # names this occurrence, for an acknowledgement or a snooze
    answer: Answer | None = None  # acknowledged or snoozed, and why
    task_id: int | None = None

    @property
    def tab(self) -> str:
        return TAB_FOR[self.kind]

    @property
    def section(self) -> str:
        """Urgent items must be done this week; everything else waits in Próximos."""
        return WEEK if self.severity is Severity.URGENT else UPCOMING


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
        answers = alert_responses.answers_in_force(session, today, ids)

    def item(
        kind: str, severity: Severity, due: date | None, family_id: int, **extra: Any
    ) -> TodayItem:
        case, latin, original = found.families.get(family_id, ("", "", ""))
        key = fold(" ".join((case, latin, original, extra.get("member", ""))))
        answer = answers.get(extra.get("key", ""))
        return TodayItem(kind, severity, due, family_id, case, latin, original,
                         search_key=key, answer=answer, **extra)  # fmt: skip

    items = []
    for a in alerts:
        extra: dict[str, Any] = {"key": alert_key(a)}
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
                 days=(t.due - today).days if t.due else 0, task=found.tasks.get(t.task_id, ""),
                 key=task_key(t.task_id, t.due), task_id=t.task_id)
        )  # fmt: skip
    # Grouping sorts each group once here; filtering later keeps that order cheaply.
    groups = group_items(items)
    # Every item, acknowledged and snoozed ones too: "Show acknowledged" needs no new read.
    return TodayData(today, items, groups)


@dataclass(frozen=True)
class TodayGroup:
    """Items of one kind in one section; ``severity`` is the most urgent one's."""

    kind: str
    items: list[TodayItem]
    severity: Severity
    urgent: int  # how many items are urgent
    section: str = WEEK

    @classmethod
    def of(cls, kind: str, items: list[TodayItem], section: str = WEEK) -> TodayGroup:
        order = _item_order if section == WEEK else _upcoming_order
        ordered = sorted(items, key=order)
        urgent = sum(i.severity is Severity.URGENT for i in ordered)
        severity = max(i.severity for i in ordered)
        return cls(kind, ordered, severity, urgent, section)

    @property
    def fold_key(self) -> str:
        return f"{self.section}/{self.kind}"


@dataclass(frozen=True)
class TodaySection:
    """The heading of "This week" or "Coming up", with how many items are under it."""

    section: str
    count: int


def _item_order(item: TodayItem) -> tuple[int, date, str, str]:
    return (-item.severity, item.due or date.max, item.case_number, item.member)


def _upcoming_order(item: TodayItem) -> tuple[date, int, str, str]:
    # What waits comes in the order its dates come; undated items last.
    return (item.due or date.max, -item.severity, item.case_number, item.member)


def group_items(
    items: list[TodayItem],
    query: str = "",
    urgent_only: bool = False,
    kind: str = "",
    show_answered: bool = False,
) -> list[TodayGroup]:
    """Items grouped by section and kind: "This week" first, each group most urgent first.

    ``query`` keeps items whose case number or names contain it (any case or
    accents), ``urgent_only`` the urgent ones, ``kind`` one kind only;
    acknowledged or snoozed items only with ``show_answered``.
    """
    needle = fold(query.strip())
    by_kind: dict[tuple[str, str], list[TodayItem]] = {}
    for item in items:
        if urgent_only and item.severity is not Severity.URGENT:
            continue
        if kind and item.kind != kind:
            continue
        if item.answer is not None and not show_answered:
            continue
        if needle and needle not in item.search_key:
            continue
        by_kind.setdefault((item.section, item.kind), []).append(item)
    groups = [TodayGroup.of(kind, found, section) for (section, kind), found in by_kind.items()]
    return sorted(
        groups,
        key=lambda g: (
            SECTIONS.index(g.section),
            -g.severity,
            -g.urgent,
            GROUP_ORDER.index(g.kind),
        ),
    )


def hidden_answers(items: list[TodayItem]) -> int:
    """How many items are out of sight because someone acknowledged or snoozed them."""
    return sum(item.answer is not None for item in items)


class TodayModel(QAbstractTableModel):
    """A flat table: each section's heading, each group's heading, then its items.

    Flat, so the view lays out only the rows on screen: a tree would ask for
    an index of every row of an expanded group, tens of thousands of Python
    calls on a large caseload.
    """

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[TodayItem] = []
        self._groups: list[TodayGroup] = []
        self._rows: list[TodaySection | TodayGroup | TodayItem] = []
        self._folded: set[str] = set()
        self._query = ""
        self._urgent_only = False
        self._kind = ""
        self._show_answered = False
        self._icons: dict[Severity, QIcon] = {}
        self.week_ends: date | None = None  # the last day of "this week", for its heading

    # -- contents --------------------------------------------------------------

    def set_items(self, items: list[TodayItem], groups: list[TodayGroup] | None = None) -> None:
        """Show ``items``; ``groups`` are them already grouped, when the caller has that."""
        self._items = items
        filtered = self._query or self._urgent_only or self._kind or self._show_answered
        if groups is None or filtered:
            self._regroup()
            return
        self.beginResetModel()
        self._groups = groups
        self._lay_out()
        self.endResetModel()

    def set_filter(
        self, query: str, urgent_only: bool, kind: str = "", show_answered: bool = False
    ) -> None:
        self._query, self._urgent_only, self._kind = query, urgent_only, kind
        self._show_answered = show_answered
        self._regroup()

    def toggle(self, row: int) -> None:
        """Fold or unfold the group whose heading is ``row``."""
        group = self._rows[row]
        if isinstance(group, TodayGroup):
            self._folded ^= {group.fold_key}
            self.beginResetModel()
            self._lay_out()
            self.endResetModel()

    def is_folded(self, row: int) -> bool:
        group = self._rows[row]
        return isinstance(group, TodayGroup) and group.fold_key in self._folded

    def _regroup(self) -> None:
        self.beginResetModel()
        self._groups = group_items(
            self._items, self._query, self._urgent_only, self._kind, self._show_answered
        )
        self._lay_out()
        self.endResetModel()

    def _lay_out(self) -> None:
        self._rows = []
        for section in SECTIONS:
            groups = [g for g in self._groups if g.section == section]
            if not groups:
                continue
            self._rows.append(TodaySection(section, sum(len(g.items) for g in groups)))
            for group in groups:
                self._rows.append(group)
                if group.fold_key not in self._folded:
                    self._rows.extend(group.items)

    @property
    def groups(self) -> list[TodayGroup]:
        return self._groups

    @property
    def items(self) -> list[TodayItem]:
        """Every item read, shown or not."""
        return self._items

    def heading_rows(self) -> list[int]:
        """Rows that span the table: the sections' and the groups' headings."""
        return [n for n, row in enumerate(self._rows) if not isinstance(row, TodayItem)]

    def is_section(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], TodaySection)

    def item(self, index: QModelIndex | QPersistentModelIndex) -> TodayItem | None:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        return row if isinstance(row, TodayItem) else None

    def row_of(self, key: str) -> int:
        """The row of the item named ``key``; -1 when it is not shown."""
        return next(
            (n for n, r in enumerate(self._rows) if isinstance(r, TodayItem) and r.key == key), -1
        )

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
        if isinstance(row, TodaySection):
            return self._section_data(row, index.column(), role)
        if isinstance(row, TodayGroup):
            return self._heading_data(row, index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icon(row.severity)
        if role == Qt.ItemDataRole.ForegroundRole and row.answer is not None:
            return QColor(ANSWERED_COLOUR)
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
        what = describe_item(row)
        if row.answer is not None:
            what += " — " + answer_text(row.answer)
        return what

    def _section_data(self, section: TodaySection, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QPalette().brush(QPalette.ColorRole.Mid)
        if column != 0:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            title = section_label(section.section).replace("%1", pt_date(self.week_ends))
            return f"{title} — {self.tr('%Ln item(s)', '', section.count)}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QPalette().brush(QPalette.ColorRole.BrightText)
        return None

    def _heading_data(self, group: TodayGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QPalette().brush(QPalette.ColorRole.Button)
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            marker = "▸" if group.fold_key in self._folded else "▾"
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
