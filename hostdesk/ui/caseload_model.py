"""The caseload as a Qt table model: ids in memory, rows fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hostdesk.storage.caseload import CaseloadRow

PAGE = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseloadModel", text)


class CaseloadModel(QAbstractTableModel):
    """Rows are looked up through ``fetch_rows(ids)`` the first time they are shown."""

    COLUMNS = ("case", "head", "head_original", "members", "end", "worker", "status")

    def __init__(self, fetch_rows: Callable[[Sequence[int]], dict[int, CaseloadRow]]) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._cache: dict[int, CaseloadRow | None] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def family_id(self, row: int) -> int:
        return self._ids[row]

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
            _tr("Case"),
            _tr("Head of family"),
            _tr("Original script"),
            _tr("Members"),
            _tr("Programme ends"),
            _tr("Social worker"),
            _tr("Status"),
        )[section]

    def _row(self, row: int) -> CaseloadRow | None:
        family_id = self._ids[row]
        if family_id not in self._cache:
            start = row - row % PAGE
            page = self._ids[start : start + PAGE]
            fetched = self._fetch_rows(page)
            for fid in page:
                # A row that fails to load shows as empty, never as an exception.
                self._cache[fid] = fetched.get(fid)
        return self._cache[family_id]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        return {
            "case": row.case_number,
            "head": row.head_latin,
            "head_original": row.head_original,
            "members": row.members,
            "end": row.programme_end.strftime("%d/%m/%Y"),
            "worker": row.worker,
            "status": row.status,
        }[column]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self._row(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)
