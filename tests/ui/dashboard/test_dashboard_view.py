"""The dashboard shows the small vault's figures, in cards, charts and the status table."""

from __future__ import annotations

import gc
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hostdesk.domain.vocabulary import Dimension, DimensionStatus
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.dashboard.charts import nice_step
from hostdesk.ui.dashboard.dashboard_view import STATUS_ORDER, DashboardView
from hostdesk.ui.main_window import MainWindow
from tests.storage.test_alert_snapshots import build_small_caseload


def _loaded_view(qtbot: QtBot, vault: Vault) -> DashboardView:
    operations = Operations()
    view = DashboardView(vault, operations)
    qtbot.add_widget(view)
    view.resize(1366, 768)
    view.show()
    view.refresh()
    assert operations.wait_idle(10_000)  # see tests/ui/today/test_today_view.py:_wait
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    return view


def test_the_figures_of_a_small_vault(qtbot: QtBot, vault: Vault) -> None:
    build_small_caseload(vault, date.today())
    view = _loaded_view(qtbot, vault)
    cards = {key: card.value.text() for key, card in view.cards.items()}
    assert cards == {
        "active": "2",
        "people": "5",
        "transition": "1",
        "ended": "0",
        "not_started": "0",
        "exited": "1",
        "without_clock": "0",
    }
    # Month 4: one family of four; month 15: one family of one; the axis runs to month 18.
    description = view.months_chart.accessibleDescription()
    assert "4: Families 1, People 4" in description
    assert "15: Families 1, People 1" in description
    assert "18: Families 0, People 0" in description

    def cell(dimension: Dimension, status: DimensionStatus) -> str:
        item = view.status_table.item(list(Dimension).index(dimension), STATUS_ORDER.index(status))
        return item.text()

    assert cell(Dimension.HEALTH, DimensionStatus.AT_RISK) == "1"
    assert cell(Dimension.HEALTH, DimensionStatus.ACHIEVED) == "1"
    assert cell(Dimension.HOUSING, DimensionStatus.NOT_STARTED) == "1"
    assert cell(Dimension.EMPLOYMENT, DimensionStatus.ACHIEVED) == "1"
    assert cell(Dimension.EMPLOYMENT, DimensionStatus.AT_RISK) == "0"
    assert "Health: At risk 1" in view.status_chart.accessibleDescription()
    view.grab()  # paints both charts: no exception, no Qt warning


def test_an_empty_vault_draws_empty_charts(qtbot: QtBot, vault: Vault) -> None:
    view = _loaded_view(qtbot, vault)
    assert view.cards["active"].value.text() == "0"
    view.grab()


def test_chart_steps_are_round_numbers() -> None:
    assert [nice_step(n) for n in (0, 4, 9, 23, 180, 4_321, 25_000)] == [
        1, 1, 2, 5, 50, 1_000, 5_000,
    ]  # fmt: skip


def test_a_view_dropped_by_python_goes_without_a_qt_warning(qtbot: QtBot, vault: Vault) -> None:
    view = DashboardView(vault, Operations())
    view.show()
    del view
    gc.collect()
    qtbot.wait(10)


def _main_window(qtbot: QtBot, vault: Vault) -> tuple[MainWindow, Operations]:
    operations = Operations()
    window = MainWindow(vault, operations)
    qtbot.add_widget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page(window.dashboard)
    window.dashboard.refresh()
    assert operations.wait_idle(10_000)
    qtbot.waitUntil(lambda: not window.dashboard.is_loading(), timeout=10_000)
    return window, operations


def _listed(window: MainWindow) -> set[int]:
    model = window.caseload.model
    return {model.family_id(row) for row in range(model.rowCount())}


def test_a_figure_a_bar_and_a_table_cell_open_the_families_behind_them(
    qtbot: QtBot, vault: Vault
) -> None:
    caseload = build_small_caseload(vault, date.today())
    window, operations = _main_window(qtbot, vault)
    view = window.dashboard

    # The "exited" card, from the keyboard: the caseload lists that family, exited or not.
    view.cards["exited"].setFocus()
    qtbot.keyClick(view.cards["exited"], Qt.Key.Key_Return)
    assert operations.wait_idle(10_000)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.caseload, timeout=5_000)
    assert _listed(window) == {caseload.exited}
    assert window.caseload.chosen_row.isVisible()

    # A bar of the months chart: month 15 holds the family near its end.
    window.show_page(view)
    view.months_chart.grab()  # lays out the bars
    rect = next(r for r, tip, s in view.months_chart._bars if s is not None and s.month == 15)
    qtbot.mouseClick(view.months_chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert operations.wait_idle(10_000)
    qtbot.waitUntil(lambda: _listed(window) == {caseload.ending}, timeout=5_000)

    # A cell of the status table: health at risk.
    window.show_page(view)
    row, column = list(Dimension).index(Dimension.HEALTH), STATUS_ORDER.index(
        DimensionStatus.AT_RISK
    )
    view.status_table.cellActivated.emit(row, column)
    assert operations.wait_idle(10_000)
    qtbot.waitUntil(lambda: len(_listed(window)) == 1, timeout=5_000)

    qtbot.mouseClick(window.caseload.show_all_button, Qt.MouseButton.LeftButton)
    assert not window.caseload.chosen_row.isVisible()
    assert len(_listed(window)) == 2  # the active families again (the status filter's default)
    window.idle.pause()
    operations.wait_idle()
