"""A tab of records (housing, health, education, language, employment, plan goals).

A table of the family's rows and, under it, the selected row's fields to
change, or a new row's. What a tab shows is declared in ``record_specs``;
this module only renders a spec. Unsaved changes survive a redraw caused by
a save elsewhere in the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage import casework
from hostdesk.ui.common.field_validation import (
    ERROR_COLOUR,
    ChangeTracker,
    DateField,
    MoneyField,
    Validation,
    order_problem,
)
from hostdesk.ui.workspace.context import CaseContext
from hostdesk.ui.workspace.forms import add_save_shortcuts
from hostdesk.ui.workspace.member_form import fill_combo


@dataclass(frozen=True)
class FieldSpec:
    """One field: ``kind`` is text, multiline, choice, date, int, bool, optbool, money or member."""

    name: str
    label: str  # a QT_TRANSLATE_NOOP("Records", ...) literal
    kind: str = "text"
    choices: Callable[[], list[tuple[str, str]]] | None = None
    required: bool = False
    optional: bool = False  # a choice or member that may be left empty


@dataclass
class PanelRow:
    record_id: int | None
    owner: dict[str, Any]
    record: Any | None = None


@dataclass(frozen=True)
class PanelSpec:
    model: type
    fields: tuple[FieldSpec, ...]
    columns: tuple[tuple[str, Callable[[CaseContext, PanelRow], str]], ...]
    rows: Callable[[CaseContext], list[PanelRow]]
    summary: Callable[[CaseContext], str] | None = None
    allow_new: bool = True
    date_order: tuple[tuple[str, str], ...] = (("start_date", "end_date"),)


class RecordPanel(QWidget):
    def __init__(self, context: CaseContext, spec: PanelSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._spec = spec
        self._rows: list[PanelRow] = []
        self._current: PanelRow | None = None
        self._saving = False
        self.validation = Validation(self)
        self.tracker = ChangeTracker(self)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setVisible(spec.summary is not None)
        self.table = QTableWidget(0, len(spec.columns))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Records", header) for header, _f in spec.columns]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(QCoreApplication.translate("RecordPanel", "Records"))
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec_field in spec.fields:
            widget = self._make(spec_field)
            self.widgets[spec_field.name] = widget
            widget.setAccessibleName(QCoreApplication.translate("Records", spec_field.label))
            self.tracker.watch(widget)
            form.addRow(
                QCoreApplication.translate("Records", spec_field.label),
                self._checked(spec_field, widget),
            )
        self.editor = QGroupBox(QCoreApplication.translate("RecordPanel", "Details"))

        self.new_button = QPushButton(QCoreApplication.translate("RecordPanel", "&New"))
        self.new_button.setVisible(spec.allow_new)
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(QCoreApplication.translate("RecordPanel", "&Save"))
        self.save_button.setToolTip(QCoreApplication.translate("RecordPanel", "Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(
            QCoreApplication.translate("RecordPanel", "&Discard changes")
        )
        self.discard_button.clicked.connect(self._discard)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.tracker.dirty_changed.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        editor_column = QVBoxLayout(self.editor)
        editor_column.addLayout(form)
        editor_column.addStretch(1)
        editor_column.addWidget(self.status)
        editor_column.addLayout(buttons)

        # Side by side: the list keeps its height on a 768-pixel screen.
        list_side = QWidget()
        list_column = QVBoxLayout(list_side)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addWidget(self.table, 1)
        list_column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(list_side)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        add_save_shortcuts(self, self.save)
        context.loaded.connect(self.refresh)
        self.refresh()
        self._update_buttons()

    # -- building the fields -----------------------------------------------------------

    def _make(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            return edit
        if spec.kind == "date":
            return DateField()
        if spec.kind == "money":
            return MoneyField()
        if spec.kind == "bool":
            return QCheckBox()
        if spec.kind == "int":
            box = QSpinBox()
            box.setRange(0, 100_000)
            box.setFixedWidth(box.fontMetrics().horizontalAdvance("0000000") + 40)
            return box
        if spec.kind in ("choice", "optbool", "member"):
            return QComboBox()
        return QLineEdit()

    def _checked(self, spec: FieldSpec, widget: QWidget) -> QWidget:
        if isinstance(widget, DateField):
            earlier = next((a for a, b in self._spec.date_order if b == spec.name), None)
            if earlier is not None:
                first = self.widgets[earlier]
                assert isinstance(first, DateField)
                message = QCoreApplication.translate(
                    "RecordPanel", "The end date cannot be before the start date."
                )
                return self.validation.add(
                    widget, lambda: order_problem(first, widget, message), watch=[first]
                )
            return self.validation.add(widget, widget.problem)
        if isinstance(widget, MoneyField):
            return self.validation.add(widget, widget.problem)
        if spec.required:
            return self.validation.add(
                widget,
                lambda: (
                    "" if _value(widget) else QCoreApplication.translate("RecordPanel", "Needed.")
                ),
            )
        return widget

    def _fill_choices(self) -> None:
        for spec in self._spec.fields:
            combo = self.widgets[spec.name]
            if not isinstance(combo, QComboBox):
                continue
            current = combo.currentData()
            if spec.kind == "member":
                pairs: list[tuple[Any, str]] = [
                    (mf.member.id, mf.member.name_latin) for mf in self._context.file.members
                ]
                if spec.optional:
                    pairs.insert(
                        0, (None, QCoreApplication.translate("RecordPanel", "Whole family"))
                    )
            elif spec.kind == "optbool":
                pairs = [
                    (None, QCoreApplication.translate("RecordPanel", "Not known")),
                    (True, QCoreApplication.translate("RecordPanel", "Yes")),
                    (False, QCoreApplication.translate("RecordPanel", "No")),
                ]
            else:
                assert spec.choices is not None
                pairs = list(spec.choices())
                if spec.optional:
                    pairs.insert(0, (None, "—"))
            with self.tracker.loading():
                fill_combo(combo, pairs)
                combo.setCurrentIndex(max(combo.findData(current), 0))

    # -- showing rows ----------------------------------------------------------------

    def refresh(self) -> None:
        spec = self._spec
        if spec.summary is not None:
            self.summary.setText(spec.summary(self._context))
        self._rows = spec.rows(self._context)
        self.editor.setEnabled(not self._context.read_only)
        self.new_button.setEnabled(not self._context.read_only)
        keep = self._current.record_id if self._current else None
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            for c, (_header, text_of) in enumerate(spec.columns):
                self.table.setItem(r, c, QTableWidgetItem(text_of(self._context, row)))
        self.table.blockSignals(False)
        if self.tracker.dirty:
            self._fill_choices()
            return  # what is being typed stays; the table alone is redrawn
        self._fill_choices()
        self._select(keep)

    def _select(self, record_id: int | None) -> None:
        index = next((i for i, r in enumerate(self._rows) if r.record_id == record_id), 0)
        if self._rows:
            self.table.selectRow(index)
            self._load(self._rows[index])
        else:
            self.start_new()

    def _selection_changed(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row = self._rows[selected[0].row()]
        if row is self._current:
            return
        if self.tracker.dirty and not self._may_discard():
            self._reselect_current()
            return
        self._load(row)

    def _reselect_current(self) -> None:
        self.table.blockSignals(True)
        if self._current in self._rows:
            self.table.selectRow(self._rows.index(self._current))
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)

    def _may_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("RecordPanel", "Unsaved changes"),
            QCoreApplication.translate(
                "RecordPanel", "The record you were changing is not saved. Discard the changes?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _load(self, row: PanelRow) -> None:
        self._current = row
        record = row.record
        with self.tracker.loading():
            for spec in self._spec.fields:
                value = getattr(record, spec.name, None) if record is not None else None
                if value is None and spec.name in row.owner:
                    value = row.owner[spec.name]
                _set_value(self.widgets[spec.name], value)
            owner = next((f for f in self._spec.fields if f.name == "member_id"), None)
            if owner is not None and not owner.optional:
                # Whose record it is is chosen when it is created, not changed afterwards.
                self.widgets["member_id"].setEnabled(row.record_id is None)
        self.tracker.mark_clean()
        self.validation.recheck()
        self.status.clear()

    def start_new(self) -> None:
        if self.tracker.dirty and not self._may_discard():
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._load(PanelRow(None, {}))
        first = self.widgets[self._spec.fields[0].name]
        first.setFocus()

    def _discard(self) -> None:
        if self._current is not None:
            self._load(self._current)

    def _update_buttons(self) -> None:
        dirty = self.tracker.dirty
        self.save_button.setEnabled(dirty and not self._saving)
        self.discard_button.setEnabled(dirty and not self._saving)

    # -- saving ----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {spec.name: _value(self.widgets[spec.name]) for spec in self._spec.fields}

    def save(self) -> None:
        if self._saving or not self.tracker.dirty or self._current is None:
            return
        invalid = self.validation.first_invalid()
        if invalid is not None:
            self.status.setText(
                QCoreApplication.translate(
                    "RecordPanel", "Correct the fields marked in red; nothing was lost."
                )
            )
            invalid.setFocus()
            return
        values = self.values()
        row = self._current
        if row.record_id is None:
            values = {**values, **row.owner}
            if hasattr(self._spec.model, "family_id"):
                values["family_id"] = self._context.family_id
        model, actor = self._spec.model, self._context.vault.user

        def write(session: Any) -> int | None:
            return casework.save_record(session, actor, model, row.record_id, values).id

        self._saving = True
        self._update_buttons()
        self._context.save(write, self._failed, self._saved)

    def _saved(self, record_id: int | None) -> None:
        self._saving = False
        self.tracker.mark_clean()
        self._select(record_id)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._saving = False
        self.status.setText(message)
        self._update_buttons()


def _value(widget: QWidget) -> Any:
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, MoneyField):
        return widget.cents()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    return widget.text().strip()  # type: ignore[attr-defined]


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, DateField):
        widget.set_value(value)
    elif isinstance(widget, MoneyField):
        widget.set_cents(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else 0)
    else:
        widget.setText(value or "")  # type: ignore[attr-defined]
