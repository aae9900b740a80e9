"""The dashboard's two charts, drawn with QPainter (PySide6-Essentials has no QtCharts).

Each chart carries its figures in its accessible description, shows a bar's
figure in a tooltip, and emits ``barActivated`` when a bar with families behind
it is clicked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hostdesk.storage.dashboard import Selection

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def number(value: int) -> str:
    """A whole number as written in Portugal (thousands grouped)."""
    return QLocale(QLocale.Language.Portuguese, QLocale.Country.Portugal).toString(value)


def nice_step(top: int, ticks: int = 5) -> int:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` gridlines."""
    if top <= 0:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(int(factor * power), 1)
    return int(10 * power)


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: list[int]


class _Chart(QWidget):
    """Shared parts: a legend, bar tooltips, clickable bars and the accessible description."""

    barActivated = Signal(object, str)  # a Selection, and the bar's words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Hit areas: the tooltip, and what a click opens (None: nothing behind it).
        self._bars: list[tuple[QRectF, str, Selection | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _grid_colour(self) -> QColor:
        colour = self._text_colour()
        colour.setAlpha(40)
        return colour

    def _draw_legend(self, painter: QPainter, entries: list[tuple[str, str]], top: float) -> None:
        metrics = QFontMetrics(self.font())
        x = 8.0
        box = metrics.height() * 0.7
        for name, colour in entries:
            painter.fillRect(
                QRectF(x, top + (metrics.height() - box) / 2, box, box), QColor(colour)
            )
            x += box + 6
            painter.setPen(self._text_colour())
            painter.drawText(QRectF(x, top, metrics.horizontalAdvance(name) + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignVCenter, name)  # fmt: skip
            x += metrics.horizontalAdvance(name) + 18

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            for rect, tip, selection in self._bars:
                if rect.adjusted(-1, -3, 1, 3).contains(event.position()):
                    if selection is not None:
                        tip += "\n" + QCoreApplication.translate(
                            "DashboardView", "Click to see these families"
                        )
                    QToolTip.showText(event.globalPos(), tip, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        for rect, tip, selection in self._bars:
            if selection is not None and rect.adjusted(-1, -3, 1, 3).contains(event.position()):
                self.barActivated.emit(selection, tip)
                return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = any(
            s is not None and r.adjusted(-1, -3, 1, 3).contains(event.position())
            for r, _t, s in self._bars
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)


class BarChart(_Chart):
    """Vertical bars, grouped: one group per category, one bar per series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[str] = []
        self._series: list[Series] = []
        self._selections: list[Selection | None] = []
        self.axis_title = ""
        self.setMouseTracking(True)

    def set_data(
        self,
        categories: list[str],
        series: list[Series],
        selections: list[Selection | None] | None = None,
    ) -> None:
        self._categories, self._series = categories, series
        self._selections = selections or [None] * len(categories)
        lines = [
            f"{category}: " + ", ".join(f"{s.name} {number(s.values[i])}" for s in series)
            for i, category in enumerate(categories)
        ]
        self.setAccessibleDescription("; ".join(lines))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        self._bars = []
        self._draw_legend(painter, [(s.name, s.colour) for s in self._series], 2)
        top_value = max((v for s in self._series for v in s.values), default=0)
        if not self._categories or top_value == 0:
            painter.setPen(self._text_colour())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("DashboardView", "No active families"),
            )
            return
        step = nice_step(top_value)
        axis_top = step * math.ceil(top_value / step)
        left = metrics.horizontalAdvance(number(axis_top)) + 12
        plot = QRectF(left, line * 2 + 6, self.width() - left - 8, 0)
        plot.setBottom(self.height() - line * (2.6 if self.axis_title else 1.6))
        # Gridlines and their values.
        for value in range(0, axis_top + 1, step):
            y = plot.bottom() - plot.height() * value / axis_top
            painter.setPen(self._grid_colour())
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(self._text_colour())
            painter.drawText(QRectF(0, y - line / 2, left - 6, line), _RIGHT, number(value))
        group = plot.width() / len(self._categories)
        bar = group * 0.8 / max(len(self._series), 1)
        label_every = max(1, math.ceil(
            max(metrics.horizontalAdvance(c) for c in self._categories) * 1.6 / group
        ))  # fmt: skip
        for i, category in enumerate(self._categories):
            x0 = plot.left() + group * i + group * 0.1
            for j, series in enumerate(self._series):
                value = series.values[i]
                height = plot.height() * value / axis_top
                rect = QRectF(x0 + bar * j, plot.bottom() - height, bar * 0.92, height)
                painter.fillRect(rect, QColor(series.colour))
                tip = f"{category} — {series.name}: {number(value)}"
                self._bars.append((rect, tip, self._selections[i] if value else None))
            if i % label_every == 0:
                painter.setPen(self._text_colour())
                painter.drawText(QRectF(plot.left() + group * i - group, plot.bottom() + 2,
                                        group * 3, line),
                                 Qt.AlignmentFlag.AlignHCenter, category)  # fmt: skip
        if self.axis_title:
            painter.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line),
                             Qt.AlignmentFlag.AlignHCenter, self.axis_title)  # fmt: skip


class StackedBars(_Chart):
    """One horizontal bar per row, split into segments (e.g. statuses) that add up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[str] = []
        self._segments: list[tuple[str, str]] = []
        self._values: list[list[int]] = []
        self._selections: list[list[Selection | None]] = []
        self.setMouseTracking(True)

    def set_data(
        self,
        rows: list[str],
        segments: list[tuple[str, str]],
        values: list[list[int]],
        selections: list[list[Selection | None]] | None = None,
    ) -> None:
        self._rows, self._segments, self._values = rows, segments, values
        self._selections = selections or [[None] * len(segments) for _ in rows]
        lines = [
            f"{row}: " + ", ".join(f"{s[0]} {number(v)}" for s, v in zip(segments, vs, strict=True))
            for row, vs in zip(rows, values, strict=True)
        ]
        self.setAccessibleDescription("; ".join(lines))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 230)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        self._bars = []
        self._draw_legend(painter, self._segments, 2)
        if not self._rows:
            return
        left = max(metrics.horizontalAdvance(r) for r in self._rows) + 14
        top = line * 2 + 4
        pitch = (self.height() - top - 4) / len(self._rows)
        thickness = min(pitch * 0.7, line * 2)
        width = self.width() - left - 8
        for i, (row, values) in enumerate(zip(self._rows, self._values, strict=True)):
            y = top + pitch * i + (pitch - thickness) / 2
            painter.setPen(self._text_colour())
            painter.drawText(QRectF(0, y, left - 8, thickness), _RIGHT, row)
            total = sum(values)
            if not total:
                painter.setPen(self._grid_colour())
                painter.drawRect(QRectF(left, y, width, thickness))
                continue
            x = float(left)
            for j, ((name, colour), value) in enumerate(zip(self._segments, values, strict=True)):
                if not value:
                    continue
                span = width * value / total
                rect = QRectF(x, y, span, thickness)
                painter.fillRect(rect, QColor(colour))
                share = round(100 * value / total)
                tip = f"{row} — {name}: {number(value)} ({share}%)"
                self._bars.append((rect, tip, self._selections[i][j]))
                text = number(value)
                if metrics.horizontalAdvance(text) + 6 < span:
                    painter.setPen(QColor("#000000"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                x += span
