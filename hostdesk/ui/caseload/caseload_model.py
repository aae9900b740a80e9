"""The caseload as a Qt table model: ids in memory, rows fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import FamilyStatus
from hostdesk.storage.caseload import CaseloadRow, CaseloadSort
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.common.labels import alert_label, label

PAGE = 100


class CaseloadModel(QAbstractTableModel):
    """Rows are looked up through ``fetch_rows(ids)`` the first time they are shown."""

    COLUMNS = ("case", "head", "head_original", "members", "month", "worker", "status", "alerts")
    # The storage order each column sorts by; None: the column does not sort.
    SORTS: tuple[CaseloadSort | None, ...] = (
        CaseloadSort.CASE_NUMBER,
        CaseloadSort.HEAD_NAME,
        None,
        None,
        CaseloadSort.PROGRAMME_END,
        CaseloadSort.WORKER,
        CaseloadSort.STATUS,
        None,
    )

    def __init__(
        self,
        fetch_rows: Callable[[Sequence[int]], dict[int, CaseloadRow]],
        fetch_alerts: Callable[[Sequence[int]], dict[int, list[str]]] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._fetch_alerts = fetch_alerts
        self._today = today
        self._ids: list[int] = []
        self._cache: dict[int, CaseloadRow | None] = {}
        self._alerts: dict[int, list[str]] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._alerts.clear()
        self.endResetModel()

    def row_of(self, family_id: int) -> int | None:
        try:
            return self._ids.index(family_id)
        except ValueError:
            return None

    def family_id(self, row: int) -> int:
        return self._ids[row]

    def family_ids(self) -> list[int]:
        """Every family of the list, in its order (what an export or a print takes)."""
        return list(self._ids)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("CaseloadModel", "Case"),
            QCoreApplication.translate("CaseloadModel", "Head of family"),
            QCoreApplication.translate("CaseloadModel", "Original script"),
            QCoreApplication.translate("CaseloadModel", "Members"),
            QCoreApplication.translate("CaseloadModel", "Programme"),
            QCoreApplication.translate("CaseloadModel", "Social worker"),
            QCoreApplication.translate("CaseloadModel", "Status"),
            QCoreApplication.translate("CaseloadModel", "Alerts"),
        )[section]

    def _row(self, row: int) -> CaseloadRow | None:
        family_id = self._ids[row]
        if family_id not in self._cache:
            start = row - row % PAGE
            page = self._ids[start : start + PAGE]
            fetched = self._fetch_rows(page)
            alerts = self._fetch_alerts(page) if self._fetch_alerts else {}
            for fid in page:
                # A row that fails to load shows as empty, never as an exception.
                self._cache[fid] = fetched.get(fid)
                self._alerts[fid] = alerts.get(fid, [])
        return self._cache[family_id]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "members":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if column == "month":
            return self._month_text(row, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if column == "alerts":
            kinds = self._alerts.get(row.family_id, [])
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(alert_label(k) for k in kinds)
            return ", ".join(dict.fromkeys(alert_label(k) for k in kinds))
        return {
            "case": row.case_number,
            "head": row.head_latin,
            "head_original": row.head_original,
            "members": row.members,
            "worker": row.worker,
            "status": label(FamilyStatus, row.status),
        }[column]

    def _month_text(self, row: CaseloadRow, tooltip: bool) -> str:
        if not row.has_clock:
            if tooltip:
                return QCoreApplication.translate(
                    "CaseloadModel", "No programme clock for this arrival channel"
                )
            return QCoreApplication.translate("CaseloadModel", "no programme")
        clock = ProgrammeClock(row.programme_start, row.programme_months)
        today = self._today()
        if tooltip:
            return QCoreApplication.translate("CaseloadModel", "Ends on %1").replace(
                "%1", format_date(row.programme_end)
            )
        if clock.has_ended_on(today):
            return QCoreApplication.translate("CaseloadModel", "ended")
        month = max(clock.month_on(today), 1)
        return (
            QCoreApplication.translate("CaseloadModel", "month %1 of %2")
            .replace("%1", str(month))
            .replace("%2", str(row.programme_months))
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self._row(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)
