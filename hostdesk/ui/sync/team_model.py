"""The team's devices as a table model: one row per device, this one first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hostdesk.sync.team.status import DeviceStatus
from hostdesk.ui.sync.sync_model import when

COLUMNS = (
    QT_TRANSLATE_NOOP("TeamModel", "Device"),
    QT_TRANSLATE_NOOP("TeamModel", "User"),
    QT_TRANSLATE_NOOP("TeamModel", "Code"),
    QT_TRANSLATE_NOOP("TeamModel", "Last contact"),
    QT_TRANSLATE_NOOP("TeamModel", "Waiting for it"),
    QT_TRANSLATE_NOOP("TeamModel", "State"),
)
_REVOKED = QColor("#a4262c")
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamModel", text)


class TeamModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._devices: list[DeviceStatus] = []

    def set_devices(self, devices: list[DeviceStatus]) -> None:
        self.beginResetModel()
        self._devices = sorted(devices, key=lambda d: (not d.is_me, not d.active, d.username))
        self.endResetModel()

    def device_at(self, row: int) -> DeviceStatus | None:
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._devices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        device = self.device_at(index.row())
        if device is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not device.active:
            return QBrush(_REVOKED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            name = device.label or device.device[:8]
            mine = QCoreApplication.translate("TeamModel", "%1 (this one)")
            return mine.replace("%1", name) if device.is_me else name
        if column == 1:
            return device.username
        if column == 2:
            return device.code or "—"
        if column == 3:
            never = QCoreApplication.translate("TeamModel", "never")
            return "—" if device.is_me else (when(device.last_contact) or never)
        if column == 4:
            return "" if device.is_me else str(device.waiting_for_it)
        if device.active:
            return QCoreApplication.translate("TeamModel", "active")
        return QCoreApplication.translate("TeamModel", "revoked")
