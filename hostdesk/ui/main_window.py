"""The main window: for now, the caseload with search as you type."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hostdesk.storage import caseload, search
from hostdesk.storage.vault import Vault
from hostdesk.ui.caseload_model import CaseloadModel

SEARCH_DEBOUNCE_MS = 200


class MainWindow(QMainWindow):
    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self._vault = vault
        self.setWindowTitle(self.tr("HostDesk — Caseload"))

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Search by name (any script or spelling), case number or identifier")
        )
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(self._debounce.start)

        self.model = CaseloadModel(self._fetch_rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Caseload"))
        for column, width in enumerate((130, 240, 200, 80, 130, 160)):
            self.table.setColumnWidth(column, width)

        self.count = QLabel()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_field)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Signed in as %1").replace("%1", vault.user.username))
        self.refresh()

    def _fetch_rows(self, ids: list[int]) -> dict[int, caseload.CaseloadRow]:
        with self._vault.session() as session:
            return caseload.rows_for(session, ids)

    def refresh(self) -> None:
        query = self.search_field.text().strip()
        with self._vault.session() as session:
            if query:
                hits = search.search(session, query, limit=200)
                ids = list(dict.fromkeys(h.family_id for h in hits))
            else:
                ids = caseload.family_ids(session, caseload.CaseloadSort.HEAD_NAME)
        self.model.set_ids(ids)
        self.count.setText(self.tr("%n family(s)", "", len(ids)))
