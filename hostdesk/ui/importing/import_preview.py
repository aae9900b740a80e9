"""The preview: every row of the sheet as it would be imported, its problems highlighted.

A table model over the sheet's rows (thousands of them: the view asks only
for what it shows), one column per imported sheet column, with the row's
problems in the last column; rows with errors are red, possible duplicates
amber, and the cell at fault a shade stronger.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.importing.columns import Mapping
from hostdesk.domain.importing.rows import ImportPlan, Problem, ProblemKind, Selection
from hostdesk.domain.importing.table import Cell, SheetTable, is_empty
from hostdesk.ui.common.formatting import format_date
from hostdesk.ui.importing.import_labels import field_label, problem_text
from hostdesk.ui.importing.import_questions import QuestionsPanel

ProblemRole = Qt.ItemDataRole.UserRole + 1
PROBLEMS_SECTION = 2
FIRST_CELL_SECTION = 3
MAX_SHOWN = 60
_COLOURS = {
    ProblemKind.ERROR: ("#fde7e9", "#f3aab3"),
    ProblemKind.DUPLICATE: ("#fff4ce", "#ffd866"),
}


def shown(cell: Cell, limit: int = MAX_SHOWN) -> str:
    """A cell as text for the screen, shortened."""
    if is_empty(cell):
        return ""
    if isinstance(cell, datetime):
        text = format_date(cell.date())
    elif isinstance(cell, date):
        text = format_date(cell)
    elif isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        text = str(int(cell))
    else:
        text = " ".join(str(cell).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: SheetTable | None = None
        self._plan: ImportPlan | None = None
        self._columns: list[int] = []  # sheet columns shown, in order
        self._problems: dict[int, list[Problem]] = {}
        self._household: dict[int, int] = {}

    def set_preview(self, table: SheetTable, mapping: Mapping, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._table, self._plan = table, plan
        self._columns = sorted(mapping)
        self._mapping = dict(mapping)
        self._problems = {}
        for problem in plan.problems:
            self._problems.setdefault(problem.row, []).append(problem)
        self._household = plan.household_of_row
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else len(self._columns) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._table is None:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Family no.")
        if section == PROBLEMS_SECTION:
            return self.tr("Problems")
        column = self._columns[section - FIRST_CELL_SECTION]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._table.label(column)
        return field_label(self._mapping[column])

    def _worst(self, problems: list[Problem]) -> ProblemKind | None:
        kinds = {p.kind for p in problems}
        if ProblemKind.ERROR in kinds:
            return ProblemKind.ERROR
        return ProblemKind.DUPLICATE if kinds else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row = self._table.rows[index.row()]
        problems = self._problems.get(row.number, [])
        section = index.column()
        column = (
            self._columns[section - FIRST_CELL_SECTION] if section >= FIRST_CELL_SECTION else None
        )
        if role == ProblemRole:
            worst = self._worst(problems)
            return worst.value if worst else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            worst = self._worst(problems)
            if worst is None:
                return None
            at_cell = [p for p in problems if column is not None and p.column == column]
            light, strong = _COLOURS[self._worst(at_cell) or worst]
            return QBrush(QColor(strong if at_cell else light))
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(QColor("#000000"))  # readable on the light colours in a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problem_text(p.message) for p in problems)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return str(row.number)
        if section == 1:
            return str(self._household.get(row.number, ""))
        if column is None:
            return " · ".join(problem_text(p.message) for p in problems)
        return shown(row.cells[column])

    def problems_at(self, row: int) -> tuple[int, list[Problem]]:
        """The sheet row number at model row ``row``, and its problems."""
        assert self._table is not None
        number = self._table.rows[row].number
        return number, self._problems.get(number, [])

    def header_texts(self) -> list[str]:
        return [
            str(self.headerData(s, Qt.Orientation.Horizontal, 0)) for s in range(self.columnCount())
        ]


class PreviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(ProblemRole)
        self.proxy.setFilterKeyColumn(0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Rows shown"))
        self.show_filter.addItem(self.tr("All rows"), "")
        self.show_filter.addItem(self.tr("Rows with a problem"), ".")
        self.show_filter.addItem(self.tr("Rows with an error"), "^error$")
        self.show_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.setFilterRegularExpression(self.show_filter.currentData())
        )
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Rows of the spreadsheet"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(130)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName(self.tr("Problems of the selected row"))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.only_valid = QCheckBox(self.tr("Import only the families without errors"))
        self.skip_duplicates = QCheckBox(self.tr("Leave out families with a possible duplicate"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.questions = QuestionsPanel()

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_filter)
        options = QHBoxLayout()
        options.addWidget(self.only_valid)
        options.addWidget(self.skip_duplicates)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.questions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(options)
        layout.addWidget(self.outcome)
        layout.addWidget(self.progress)

    def show_preview(self, table: SheetTable, mapping: Mapping, plan: ImportPlan) -> None:
        self.model.set_preview(table, mapping, plan)
        self.detail.clear()
        # Wide enough for each header; measuring thousands of rows would take too long.
        metrics = self.table.horizontalHeader().fontMetrics()
        for section, text in enumerate(self.model.header_texts()):
            width = max(70, metrics.horizontalAdvance(text) + 24)
            if section == PROBLEMS_SECTION and plan.problems:
                width = 320
            self.table.setColumnWidth(section, width)
        errors = len(plan.rows_with(ProblemKind.ERROR))
        duplicates = len(plan.rows_with(ProblemKind.DUPLICATE))
        self.summary.setText(
            self.tr("%n row(s)", "", len(table.rows))
            + self.tr(" in %n household(s): ", "", len(plan.households))
            + self.tr("%n with errors", "", errors)
            + self.tr(", %n possible duplicate(s).", "", duplicates)
        )
        self.only_valid.setEnabled(errors > 0)
        self.skip_duplicates.setEnabled(duplicates > 0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        number, problems = self.model.problems_at(self.proxy.mapToSource(current).row())
        if not problems:
            self.detail.setText(self.tr("Row %1: no problem.").replace("%1", str(number)))
            return
        lines = [self.tr("Row %1:").replace("%1", str(number))]
        lines += [f"• {problem_text(p.message)}" for p in problems]
        self.detail.setText("\n".join(lines))

    def show_outcome(self, selection: Selection, waiting: str = "") -> None:
        """What an import would do now; ``waiting`` says what the person must decide first."""
        if waiting:
            text = waiting
        elif selection.blocked:
            text = self.tr(
                "Nothing can be imported while rows have errors: correct them in the file and "
                "choose it again, or import only the families without errors."
            )
        elif not selection.households:
            text = self.tr("No family is left to import.")
        else:
            text = self.tr("%n family(ies)", "", len(selection.households)) + self.tr(
                " (%n person(s)) will be imported, all in one go.", "", selection.people
            )
        self.outcome.setText(text)
