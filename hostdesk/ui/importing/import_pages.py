"""The import wizard's simple pages: choose the file, match the columns, the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.importing.columns import ImportField, Mapping, column_letter
from hostdesk.domain.importing.table import SheetTable, is_empty
from hostdesk.storage.importing import ImportSummary
from hostdesk.ui.common.field_validation import ERROR_COLOUR
from hostdesk.ui.importing.import_labels import field_label
from hostdesk.ui.importing.import_preview import shown

MAX_SAMPLE = 40
SHOWN_CASES = 5


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    label = _wrapped()
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


class FilePage(QWidget):
    """Which file: a path field and a button that opens the file dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        self.path.setPlaceholderText(self.tr("A .csv, .xlsx, .ods or .xls file"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.error = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(200)
        self.busy.setAccessibleName(self.tr("Reading the file"))
        self.busy.hide()

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Import families from a spreadsheet")))
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Choose a CSV, Excel (.xlsx, .xls) or OpenDocument (.ods) file with one row "
                    "per person. Rows with the "
                    "same household key (a case number or family id) become one family. "
                    "You will match the columns and see every row checked before anything is "
                    "saved; then every family is saved, or none."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet"),
            self.path.text(),
            self.tr("Spreadsheets (*.csv *.xlsx *.xls *.ods *.txt);;All files (*)"),
        )
        if path:
            self.path.setText(path)


def _position(combo: QComboBox, target: ImportField | None) -> int:
    return 0 if target is None else max(0, combo.findData(target.value))


def _field(combo: QComboBox) -> ImportField | None:
    # Qt hands back the stored value as a plain string.
    data = combo.currentData()
    return ImportField(data) if data else None


class ColumnsPage(QWidget):
    """One choice per column of the sheet: which field it holds, or none."""

    changed = Signal(int, object)  # column, ImportField | None
    sheet_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: list[QComboBox] = []
        self.intro = _wrapped()
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet of the workbook"))
        self.sheet.activated.connect(lambda _i: self.sheet_chosen.emit(self.sheet.currentText()))
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet)
        self.problems = error_label()
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        sheets = QHBoxLayout()
        sheets.addWidget(self.sheet_label)
        sheets.addWidget(self.sheet)
        sheets.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("What each column holds")))
        layout.addLayout(sheets)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)

    def show_sheets(self, sheets: tuple[str, ...], current: str) -> None:
        """The workbook's sheets, the one read selected; hidden for a CSV or one sheet."""
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(sheets))
        self.sheet.setCurrentText(current)
        self.sheet.blockSignals(False)
        for widget in (self.sheet, self.sheet_label):
            widget.setVisible(len(sheets) > 1)

    def show_table(self, table: SheetTable, mapping: Mapping, saved: bool) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        self.intro.setText(
            self.tr("As you set them the last time a file with these columns was imported.")
            if saved
            else self.tr(
                "Guessed from the header names (row %1); correct what is wrong. "
                "A column set to “Not imported” is left out."
            ).replace("%1", str(table.header_row))
        )
        for title, column in ((self.tr("Column"), 0), (self.tr("Holds"), 1)):
            self._grid.addWidget(_heading(title), 0, column)
        self._grid.addWidget(_heading(self.tr("First value")), 0, 2)
        for index, header in enumerate(table.headers):
            name = QLabel(f"{column_letter(index)}  {header}" if header else column_letter(index))
            name.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field of column %1").replace("%1", name.text()))
            combo.addItem(self.tr("Not imported"), None)
            for target in ImportField:
                combo.addItem(field_label(target), target.value)
            combo.setCurrentIndex(_position(combo, mapping.get(index)))
            combo.currentIndexChanged.connect(
                lambda _i, column=index, box=combo: self.changed.emit(column, _field(box))
            )
            filled = (r.cells[index] for r in table.rows if not is_empty(r.cells[index]))
            sample = next(filled, None)
            example = QLabel(shown(sample, MAX_SAMPLE))
            example.setTextFormat(Qt.TextFormat.PlainText)
            # Arabic text would otherwise sit at the far right of the page.
            example.setAlignment(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
            )
            self._grid.addWidget(name, index + 1, 0)
            self._grid.addWidget(combo, index + 1, 1)
            self._grid.addWidget(example, index + 1, 2)
            self.combos.append(combo)
        self._grid.setRowStretch(len(table.headers) + 1, 1)

    def set_mapping(self, mapping: Mapping) -> None:
        """Show ``mapping`` (after the flow moved a field from another column)."""
        for index, combo in enumerate(self.combos):
            wanted = _position(combo, mapping.get(index))
            if combo.currentIndex() != wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(wanted)
                combo.blockSignals(False)

    def show_problems(self, messages: list[str]) -> None:
        self.problems.setText("\n".join(messages))
        self.problems.setVisible(bool(messages))


class DonePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = _wrapped()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Import finished")))
        layout.addWidget(self.text)
        layout.addStretch(1)

    def show_summary(self, summary: ImportSummary) -> None:
        numbers = ", ".join(summary.case_numbers[:SHOWN_CASES])
        more = len(summary.case_numbers) - SHOWN_CASES
        if more > 0:
            numbers += self.tr(" and %n more", "", more)
        lines = [
            self.tr("%n family(ies) imported", "", summary.families)
            + self.tr(", with %n person(s).", "", summary.people),
            self.tr("Case numbers: %1.").replace("%1", numbers),
            self.tr("The families are now in the caseload."),
        ]
        if summary.left_out_with_errors:
            lines.append(
                self.tr("%n family(ies) with errors left out.", "", summary.left_out_with_errors)
            )
        if summary.left_out_duplicates:
            lines.append(
                self.tr(
                    "%n family(ies) with a possible duplicate left out.",
                    "",
                    summary.left_out_duplicates,
                )
            )
        self.text.setText("\n".join(lines))
