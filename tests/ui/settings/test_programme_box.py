"""Settings ▸ Programme rules: PAR membership, pro-rating, the temporary-protection rule."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from hostdesk.domain.channel_rules import RuleBasis
from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import families, programme_rules, settings
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import preferences
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.settings.settings_view import SettingsView


@pytest.fixture(autouse=True)
def _keep_preferences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preferences, "set_language", lambda value: None)


def test_the_entity_confirms_temporary_protection_and_saves_par_membership(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    with vault.changing() as s:
        families.create_family(s, vault.user, arrival_channel="temporary_protection",
                               programme_start=date(2026, 1, 5))  # fmt: skip
    view = SettingsView(vault, operations)
    qtbot.add_widget(view)
    box = view.programme
    qtbot.waitUntil(lambda: box.par_member.isEnabled(), timeout=5_000)
    assert "sources set no rule" in box.state.text() and "(1 active)" in box.state.text()

    box.since.set_value(date(2026, 1, 1))
    box.months.setValue(12)
    box.counts.setChecked(True)
    box.confirm.click()
    qtbot.waitUntil(lambda: box.result.text() == "The rule was confirmed.", timeout=5_000)
    assert "entity's choice" in box.state.text()
    with vault.session() as s:
        rule = programme_rules.rule_book(s).rule_on(ArrivalChannel.TEMPORARY_PROTECTION,
                                                    date(2026, 2, 1))  # fmt: skip
    assert (rule.basis, rule.programme_months, rule.counts_in_nair_figures) == (
        RuleBasis.ENTITY, 12, True,
    )  # fmt: skip

    box.par_member.setChecked(True)
    box.pro_rate.setChecked(True)
    with qtbot.waitSignal(view.settingsSaved, timeout=5_000):
        view.save()
    with vault.session() as s:
        assert settings.get(s, settings.PAR_MEMBER) is True
        assert settings.get(s, settings.PRO_RATE_PARTIAL_MONTHS) is True


def test_no_clock_means_no_transition_and_no_figures(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    view = SettingsView(vault, operations)
    qtbot.add_widget(view)
    box = view.programme
    qtbot.waitUntil(lambda: box.months.isEnabled(), timeout=5_000)
    box.months.setValue(12)
    box.counts.setChecked(True)
    box.months.setValue(0)
    assert not box.counts.isChecked() and not box.counts.isEnabled()
    assert box.months.text() == "no programme clock"
