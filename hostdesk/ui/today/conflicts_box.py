"""Conflicts from the team sync, listed in Today: a field changed on two laptops that had not
seen each other's change (both values kept), or a record deleted on one and changed on the
other. A person picks; the choice reaches every laptop."""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hostdesk.storage.team import conflicts
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations

log = logging.getLogger(__name__)


# The fields people change most, by name (others show their column name).
FIELD_NAMES = {
    "municipality": QT_TRANSLATE_NOOP("ConflictsBox", "municipality"),
    "name_latin": QT_TRANSLATE_NOOP("ConflictsBox", "name"),
    "name_original": QT_TRANSLATE_NOOP("ConflictsBox", "name in its own script"),
    "status": QT_TRANSLATE_NOOP("ConflictsBox", "status"),
    "value": QT_TRANSLATE_NOOP("ConflictsBox", "number"),
    "expires_on": QT_TRANSLATE_NOOP("ConflictsBox", "expiry date"),
    "address": QT_TRANSLATE_NOOP("ConflictsBox", "address"),
    "notes": QT_TRANSLATE_NOOP("ConflictsBox", "notes"),
    "text": QT_TRANSLATE_NOOP("ConflictsBox", "notes"),
    "assigned_worker_id": QT_TRANSLATE_NOOP("ConflictsBox", "worker"),
    "programme_months": QT_TRANSLATE_NOOP("ConflictsBox", "programme length"),
    "exit_date": QT_TRANSLATE_NOOP("ConflictsBox", "exit date"),
    "nationality": QT_TRANSLATE_NOOP("ConflictsBox", "nationality"),
    "outcome": QT_TRANSLATE_NOOP("ConflictsBox", "outcome"),
    "phone": QT_TRANSLATE_NOOP("ConflictsBox", "phone"),
    "in_education_or_training": QT_TRANSLATE_NOOP("ConflictsBox", "in education or training"),
}


def field_name(field: str) -> str:
    known = FIELD_NAMES.get(field)
    return QCoreApplication.translate("ConflictsBox", known) if known else field


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ResolveDialog(QDialog):
    def __init__(self, conflict: conflicts.ConflictInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve a conflict"))
        deleted = conflict.field == "_exists"
        question = (
            self.tr("Case %1: this record was deleted on one laptop and changed on another. "
                    "Keep it deleted, or restore it?")
            if deleted
            else self.tr("Case %1: \u201c%2\u201d was changed on two laptops that had not seen "
                         "each other's change. Which value is right?")
        ).replace("%1", conflict.case_number).replace("%2", field_name(conflict.field))  # fmt: skip
        text = QLabel(question)
        text.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for index, choice in enumerate(conflict.choices):
            if deleted:
                words = (
                    self.tr("Keep it deleted") if choice.value is False else self.tr("Restore it")
                )
            else:
                words = self.tr("%1 (from %2)").replace("%1", _shown(choice.value)).replace(
                    "%2", choice.label)  # fmt: skip
            button = QRadioButton(words)
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.buttons()[0].setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._conflict = conflict

    def chosen(self) -> Any:
        return self._conflict.choices[self.group.checkedId()].value


class ConflictsBox(QGroupBox):
    """Hidden while there is no conflict; otherwise the list and a Resolve button."""

    resolved = Signal()

    def __init__(self, vault: Vault, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Conflicts from the team's laptops"))
        self._vault = vault
        self._operations = operations
        self.items: list[conflicts.ConflictInfo] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts to resolve"))
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(lambda _item: self.resolve_selected())
        self.resolve = QPushButton(self.tr("Resolve…"))
        self.resolve.clicked.connect(self.resolve_selected)
        row = QHBoxLayout(self)
        row.addWidget(self.list, 1)
        row.addWidget(self.resolve)
        self.hide()

    def refresh(self) -> None:
        def work() -> list[conflicts.ConflictInfo]:
            with self._vault.session() as session:
                return conflicts.list_conflicts(session)

        self._operations.run(work, self._show, self._failed)

    def _show(self, items: list[conflicts.ConflictInfo]) -> None:
        if not isValid(self):
            return  # the screen closed meanwhile
        self.items = items
        self.list.clear()
        for item in items:
            if item.field == "_exists":
                what = self.tr("deleted on one laptop, changed on another")
            else:
                what = self.tr("%1 changed on two laptops").replace("%1", field_name(item.field))
            self.list.addItem(self.tr("Case %1: %2").replace("%1", item.case_number or "?")
                              .replace("%2", what))  # fmt: skip
        if items:
            self.list.setCurrentRow(0)
        self.setVisible(bool(items))

    def resolve_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        conflict = self.items[row]
        dialog = ResolveDialog(conflict, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.resolve_with(conflict, dialog.chosen())

    def resolve_with(self, conflict: conflicts.ConflictInfo, value: Any) -> None:
        actor = self._vault.user.username

        def work() -> None:
            with self._vault.changing() as session:
                conflicts.resolve(session, actor, conflict.table, conflict.uid, conflict.field,
                                  value)  # fmt: skip

        def done(_result: None) -> None:
            if not isValid(self):
                return
            self.resolved.emit()
            self.refresh()

        self._operations.run(work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        log.error("the team's conflicts could not be read or resolved: %s", type(error).__name__)
