"""The dashboard shows the small vault's figures, in cards, charts and the status table."""

from __future__ import annotations

import gc
from datetime import date

from pytestqt.qtbot import QtBot

from hostdesk.domain.vocabulary import Dimension, DimensionStatus
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.dashboard.dashboard_view import STATUS_ORDER, DashboardView, nice_step
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
