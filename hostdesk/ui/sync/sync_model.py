"""The outbox as a table model: one row per bundle, newest month first."""

from __future__ import annotations

from datetime import datetime
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

from hostdesk.sync.outbox import BundleInfo, BundleState, SyncSummary
from hostdesk.ui.common.formatting import format_period
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.numbers import format_number

COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxModel", "Month"),
    QT_TRANSLATE_NOOP("OutboxModel", "Revision"),
    QT_TRANSLATE_NOOP("OutboxModel", "State"),
    QT_TRANSLATE_NOOP("OutboxModel", "Attempts"),
    QT_TRANSLATE_NOOP("OutboxModel", "Last attempt"),
    QT_TRANSLATE_NOOP("OutboxModel", "Last error or reason"),
)
_ERROR_COLUMN = 5
_STATE_COLUMN = 2
_TONES = {
    BundleState.REJECTED: QColor("#a4262c"),
    BundleState.DELIVERED: QColor("#107c10"),
}
_HELD_TONE = QColor("#8a5300")  # queued, but the NAIR refused it until someone acts

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxModel", text)


def when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


def _received(text: str | None) -> str:
    try:
        return when(datetime.fromisoformat(text or ""))
    except ValueError:
        return text or ""


def status_text(summary: SyncSummary) -> str:
    """The status bar's words: not set up, what is pending and failed, or all delivered."""
    # Spelled out (no helper) so that lupdate files them under the status bar's context.
    if not summary.configured:
        waiting = summary.waiting
        if waiting == 1:
            return QCoreApplication.translate("MainWindow", "Sync: not set up, 1 waiting")
        if waiting:
            # Not a "%n" message: lupdate misses translate()'s count, so only the
            # singular was ever translated and "3 waiting" came out in English.
            return QCoreApplication.translate("MainWindow", "Sync: not set up, %1 waiting").replace(
                "%1", format_number(waiting)
            )
        return QCoreApplication.translate("MainWindow", "Sync: not set up")
    if summary.pending or summary.attention:
        # "failed" counts what needs a person: refused for good, or held by a refusal.
        return (
            QCoreApplication.translate("MainWindow", "Sync: %1 pending, %2 failed")
            .replace("%1", format_number(summary.pending))
            .replace("%2", format_number(summary.attention))
        )
    if summary.delivered:
        return QCoreApplication.translate("MainWindow", "Sync: all delivered")
    return QCoreApplication.translate("MainWindow", "Sync: nothing to send")


class OutboxModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BundleInfo] = []

    def set_bundles(self, bundles: list[BundleInfo]) -> None:
        self.beginResetModel()
        self._rows = list(bundles)
        self.endResetModel()

    def bundle_at(self, row: int) -> BundleInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.bundle_at(index.row())
        if info is None or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == _ERROR_COLUMN:
            return info.last_error or None
        if role == Qt.ItemDataRole.ForegroundRole and column == _STATE_COLUMN:
            tone = _HELD_TONE if info.held else _TONES.get(info.state)
            return QBrush(tone) if tone is not None and not info.set_aside else None
        if role == Qt.ItemDataRole.UserRole:
            return info
        return None

    def _text(self, info: BundleInfo, column: int) -> str:
        if column == 0:
            return format_period(info.month)
        if column == 1:
            return str(info.revision)
        if column == 2:
            if info.held:  # queued, but the NAIR refused it until someone acts
                return QCoreApplication.translate("OutboxModel", "Refused for now: tried again")
            state = label(BundleState, info.state)
            if not info.set_aside:
                return state
            return QCoreApplication.translate(
                "OutboxModel", "%1 (a later one replaces it)"
            ).replace("%1", state)
        if column == 3:
            return str(info.attempts)
        if column == 4:
            return when(info.last_attempt_at)
        if info.state is BundleState.DELIVERED:
            receipt = QCoreApplication.translate("OutboxModel", "Receipt from the NAIR: %1")
            return receipt.replace("%1", _received(info.received_at))
        return info.last_error
