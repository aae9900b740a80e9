"""The Team tab's "This laptop's own families": those it held before it joined the team.

Each waits here, seen by no one else, with what the import's duplicate check found among
the team's families. The user ticks those to share and offers them; the others stay on
this laptop alone (they can be offered later). Offering one the check flagged asks first:
the team would then hold two records of one family.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hostdesk.domain.vocabulary import IdentifierKind
from hostdesk.storage.team.offers import Withheld
from hostdesk.ui.common.labels import label

_FAMILY = Qt.ItemDataRole.UserRole


class OwnFamiliesBox(QGroupBox):
    """Shows the withheld families; emits ``offer_requested`` with the chosen global ids."""

    offer_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This laptop's own families"), parent)
        self.families: list[Withheld] = []
        explain = QLabel(
            self.tr("These families were on this laptop before it joined the team. Nobody "
                    "else sees them. Tick those to share with the team and press Share; the "
                    "others stay on this laptop only, and you can share them later.")
        )  # fmt: skip
        explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("This laptop's own families"))
        self.list.itemChanged.connect(self._update_buttons)
        self.share = QPushButton(self.tr("Share the ticked families with the team"))
        self.share.clicked.connect(self._share)
        row = QHBoxLayout()
        row.addWidget(self.share)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.set_families([])

    def set_families(self, families: list[Withheld]) -> None:
        self.families = families
        self.list.clear()
        for family in families:
            item = QListWidgetItem(self._line(family))
            item.setData(_FAMILY, family.family)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.setVisible(bool(families))
        self._update_buttons()

    def _line(self, family: Withheld) -> str:
        line = f"{family.case_number} · {family.head or '—'}"
        if family.duplicate_case:
            why = (
                self.tr("same name and year of birth")
                if family.duplicate_by == "name"
                else self.tr("same %1").replace(
                    "%1", label(IdentifierKind, family.duplicate_by))
            )
            line += " · " + self.tr("may be the team's %1: %2").replace(
                "%1", family.duplicate_case).replace("%2", why)  # fmt: skip
        return line

    def ticked(self) -> list[str]:
        return [
            str(self.list.item(i).data(_FAMILY)) for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]  # fmt: skip

    def _update_buttons(self) -> None:
        self.share.setEnabled(bool(self.ticked()))

    def _share(self) -> None:
        chosen = set(self.ticked())
        doubtful = [f.case_number for f in self.families
                    if f.family in chosen and f.duplicate_case]  # fmt: skip
        if doubtful:
            answer = QMessageBox.question(
                self, self.tr("Share possible duplicates?"),
                self.tr("%1 may already be in the team. Shared, the team holds two records of "
                        "one family, to be merged by a coordinator. Share anyway?")
                .replace("%1", ", ".join(doubtful)),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.offer_requested.emit(sorted(chosen))
