"""The dashboard: where the caseload stands, in figures and two simple charts.

Figures are read on the database thread (:mod:`hostdesk.storage.dashboard`).
The charts are drawn with QPainter (PySide6-Essentials has no QtCharts); each
chart also carries its figures in its accessible description, and the
status chart has a table beside it with the exact numbers.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.vocabulary import Dimension, DimensionStatus
from hostdesk.storage import dashboard, settings
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.background_read import BackgroundRead
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)

# Colour-blind safe (Okabe-Ito).
FAMILIES_COLOUR = "#0072B2"
MEMBERS_COLOUR = "#E69F00"
STATUS_COLOURS = {
    DimensionStatus.NOT_STARTED: "#A0A0A0",
    DimensionStatus.IN_PROGRESS: "#56B4E9",
    DimensionStatus.ACHIEVED: "#009E73",
    DimensionStatus.AT_RISK: "#D55E00",
}
STATUS_ORDER = [
    DimensionStatus.AT_RISK,
    DimensionStatus.NOT_STARTED,
    DimensionStatus.IN_PROGRESS,
    DimensionStatus.ACHIEVED,
]
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def number(value: int) -> str:
    """A whole number as written in Portugal (thousands grouped)."""
    return QLocale(QLocale.Language.Portuguese, QLocale.Country.Portugal).toString(value)


def dimension_label(dimension: Dimension) -> str:
    return label(Dimension, dimension)


def status_label(status: DimensionStatus) -> str:
    return label(DimensionStatus, status)


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
    """Shared parts: a legend, bar tooltips and the accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[QRectF, str]] = []  # hit areas for tooltips
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
            for rect, tip in self._bars:
                if rect.adjusted(-1, -3, 1, 3).contains(event.position()):
                    QToolTip.showText(event.globalPos(), tip, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


class BarChart(_Chart):
    """Vertical bars, grouped: one group per category, one bar per series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[str] = []
        self._series: list[Series] = []
        self.axis_title = ""

    def set_data(self, categories: list[str], series: list[Series]) -> None:
        self._categories, self._series = categories, series
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
                self._bars.append((rect, f"{category} — {series.name}: {number(value)}"))
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

    def set_data(
        self, rows: list[str], segments: list[tuple[str, str]], values: list[list[int]]
    ) -> None:
        self._rows, self._segments, self._values = rows, segments, values
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
            for (name, colour), value in zip(self._segments, values, strict=True):
                if not value:
                    continue
                span = width * value / total
                rect = QRectF(x, y, span, thickness)
                painter.fillRect(rect, QColor(colour))
                share = round(100 * value / total)
                self._bars.append((rect, f"{row} — {name}: {number(value)} ({share}%)"))
                text = number(value)
                if metrics.horizontalAdvance(text) + 6 < span:
                    painter.setPen(QColor("#000000"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                x += span


def load_figures(vault: Vault, today: date) -> dashboard.DashboardFigures:
    """Runs on the database thread: no Qt here."""
    with vault.session() as session:
        thresholds = settings.get(session, settings.ALERT_THRESHOLDS)
        return dashboard.figures(session, today, thresholds.transition_months)


class FigureCard(QFrame):
    """A big number with a caption under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, value: int) -> None:
        self.value.setText(number(value))
        self.setAccessibleDescription(number(value))


class DashboardView(QWidget):
    """Figures for the active caseload: by programme month and by status on each dimension."""

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._operations = operations
        self.figures: dashboard.DashboardFigures | None = None
        self.setAccessibleName(self.tr("Dashboard"))

        self.title = QLabel(self.tr("Dashboard"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.as_of = QLabel()
        self._read = BackgroundRead(self, operations)
        self.busy = self._read.busy
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the caseload again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self._refresh_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.cards = {
            "active": FigureCard(self.tr("Active families")),
            "people": FigureCard(self.tr("People in active families")),
            "transition": FigureCard(self.tr("In the ISS transition")),
            "ended": FigureCard(self.tr("Still active after the programme end")),
            "not_started": FigureCard(self.tr("Programme not started yet")),
            "exited": FigureCard(self.tr("Families who have exited")),
        }

        self.months_chart = BarChart()
        self.months_chart.axis_title = self.tr("Month of the programme")
        self.months_chart.setAccessibleName(self.tr("Families and people by programme month"))
        months_box = QGroupBox(self.tr("Families and people by programme month"))
        QVBoxLayout(months_box).addWidget(self.months_chart)

        self.status_chart = StackedBars()
        self.status_chart.setAccessibleName(self.tr("Families by status on each dimension"))
        self.status_table = QTableWidget(len(Dimension), len(STATUS_ORDER))
        self.status_table.setAccessibleName(self.tr("Families by status on each dimension"))
        self.status_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_table.setHorizontalHeaderLabels([status_label(s) for s in STATUS_ORDER])
        self.status_table.setVerticalHeaderLabels([dimension_label(d) for d in Dimension])
        self.status_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.status_table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.status_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        status_box = QGroupBox(self.tr("Families by status on each dimension"))
        status_layout = QVBoxLayout(status_box)
        status_layout.addWidget(self.status_chart, 1)
        status_layout.addWidget(self.status_table)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.as_of, 1)
        header.addWidget(self.busy)
        header.addWidget(self.refresh_button)
        cards = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
        charts = QHBoxLayout()
        charts.addWidget(months_box, 3)
        charts.addWidget(status_box, 2)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(header)
        body.addWidget(self.message)
        body.addLayout(cards)
        body.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.refresh_button)

    def refresh(self) -> None:
        """Read the figures again on the database thread."""
        vault, today = self._vault, date.today()
        self._read.start(lambda: load_figures(vault, today), self._loaded, self._failed)

    def _refresh_requested(self, _checked: bool = False) -> None:
        # A bound method, not a lambda: a lambda holding ``self`` on a child's signal
        # makes a cycle, and PySide6 then deletes the view from the garbage collector.
        self.refresh()

    def is_loading(self) -> bool:
        return self._read.loading

    def _failed(self, error: BaseException) -> None:
        log.error("reading the dashboard figures failed: %s", type(error).__name__)
        self.message.setText(
            self.tr("The figures could not be read from the vault. Try again with Refresh.")
        )
        self.message.show()

    def _loaded(self, figures: dashboard.DashboardFigures) -> None:
        self.message.hide()
        self.figures = figures
        day = QDate(figures.today.year, figures.today.month, figures.today.day)
        self.as_of.setText(
            self.tr("As of %1").replace(
                "%1", QLocale().toString(day, QLocale.FormatType.LongFormat)
            )
        )
        for key, value in (
            ("active", figures.active_families),
            ("people", figures.active_members),
            ("transition", figures.in_transition),
            ("ended", figures.ended.families),
            ("not_started", figures.not_started.families),
            ("exited", figures.exited_families),
        ):
            self.cards[key].set_value(value)
        self.months_chart.set_data(
            [str(m.month) for m in figures.by_month],
            [
                Series(
                    self.tr("Families"), FAMILIES_COLOUR, [m.families for m in figures.by_month]
                ),
                Series(self.tr("People"), MEMBERS_COLOUR, [m.members for m in figures.by_month]),
            ],
        )
        self.status_chart.set_data(
            [dimension_label(d) for d in Dimension],
            [(status_label(s), STATUS_COLOURS[s]) for s in STATUS_ORDER],
            [[figures.by_status[d][s] for s in STATUS_ORDER] for d in Dimension],
        )
        for row, dimension in enumerate(Dimension):
            for column, status in enumerate(STATUS_ORDER):
                cell = QTableWidgetItem(number(figures.by_status[dimension][status]))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.status_table.setItem(row, column, cell)
