"""The dashboard: where the caseload stands, in figures and two simple charts.

Figures are read on the database thread (:mod:`hostdesk.storage.dashboard`).
The charts are drawn with QPainter (PySide6-Essentials has no QtCharts); each
chart also carries its figures in its accessible description, and the
status chart has a table beside it with the exact numbers.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
)
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.vocabulary import Dimension, DimensionStatus
from hostdesk.storage import dashboard, settings
from hostdesk.storage.dashboard import Behind, Selection
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.background_read import BackgroundRead
from hostdesk.ui.common.labels import label
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.dashboard.charts import BarChart, Series, StackedBars, number

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


def dimension_label(dimension: Dimension) -> str:
    return label(Dimension, dimension)


def status_label(status: DimensionStatus) -> str:
    return label(DimensionStatus, status)


def load_figures(vault: Vault, today: date) -> dashboard.DashboardFigures:
    """Runs on the database thread: no Qt here."""
    with vault.session() as session:
        thresholds = settings.get(session, settings.ALERT_THRESHOLDS)
        return dashboard.figures(session, today, thresholds.transition_months)


class FigureCard(QFrame):
    """A big number with a caption under it; a click (or Enter) opens its families."""

    activated = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.behind = Behind.ACTIVE
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(QCoreApplication.translate("DashboardView", "Click to see these families"))
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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class DashboardView(QWidget):
    """Figures for the active caseload: by programme month and by status on each dimension.

    Every figure, bar and table cell opens the families behind it:
    ``familiesRequested(selection, words)`` asks the window to list them.
    """

    familiesRequested = Signal(object, str)

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
            "without_clock": FigureCard(self.tr("Followed outside the programme")),
        }
        self.cards["without_clock"].setToolTip(
            self.tr(
                "Active families of a channel with no programme clock (spontaneous asylum, "
                "unless the entity set a rule). Click to see them."
            )
        )

        behind = {
            "active": Behind.ACTIVE, "people": Behind.ACTIVE, "transition": Behind.TRANSITION,
            "ended": Behind.ENDED, "not_started": Behind.NOT_STARTED, "exited": Behind.EXITED,
            "without_clock": Behind.WITHOUT_CLOCK,
        }  # fmt: skip
        for key, card in self.cards.items():
            card.behind = behind[key]
            # A bound method, not a lambda holding ``self`` (see _refresh_requested).
            card.activated.connect(self._card_activated)

        self.months_chart = BarChart()
        self.months_chart.barActivated.connect(self.familiesRequested)
        self.months_chart.axis_title = self.tr("Month of the programme")
        self.months_chart.setAccessibleName(self.tr("Families and people by programme month"))
        months_box = QGroupBox(self.tr("Families and people by programme month"))
        QVBoxLayout(months_box).addWidget(self.months_chart)

        self.status_chart = StackedBars()
        self.status_chart.barActivated.connect(self.familiesRequested)
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
        self.status_table.setToolTip(self.tr("Enter or a double click lists these families"))
        self.status_table.cellActivated.connect(self._cell_activated)
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

    def _card_activated(self) -> None:
        card = self.sender()
        if isinstance(card, FigureCard):
            self.familiesRequested.emit(Selection(card.behind), card.caption.text())

    def _cell_activated(self, row: int, column: int) -> None:
        dimension, status = list(Dimension)[row], STATUS_ORDER[column]
        words = f"{dimension_label(dimension)} — {status_label(status)}"
        self.familiesRequested.emit(Selection(Behind.STATUS, None, dimension, status), words)

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
            ("without_clock", figures.without_clock),
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
            [Selection(Behind.MONTH, month=m.month) for m in figures.by_month],
        )
        self.status_chart.set_data(
            [dimension_label(d) for d in Dimension],
            [(status_label(s), STATUS_COLOURS[s]) for s in STATUS_ORDER],
            [[figures.by_status[d][s] for s in STATUS_ORDER] for d in Dimension],
            [[Selection(Behind.STATUS, None, d, s) for s in STATUS_ORDER] for d in Dimension],
        )
        for row, dimension in enumerate(Dimension):
            for column, status in enumerate(STATUS_ORDER):
                cell = QTableWidgetItem(number(figures.by_status[dimension][status]))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.status_table.setItem(row, column, cell)
