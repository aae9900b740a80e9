"""Settings a coordinator changes: the idle lock, the alerts, the reports' logo."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from hostdesk.domain.vocabulary import ArrivalChannel, Role
from hostdesk.reports.family import render_family_report
from hostdesk.storage import families, settings
from hostdesk.storage.vault import Vault
from hostdesk.ui.common import preferences
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.settings.settings_view import SettingsView


@pytest.fixture(autouse=True)
def _keep_preferences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preferences, "set_language", lambda value: None)


def test_a_chosen_logo_appears_in_the_next_progress_report(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f77b4"))
    assert image.save(str(logo))
    monkeypatch.setattr(
        "hostdesk.ui.settings.settings_view.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(logo), ""),
    )
    view = SettingsView(vault)
    qtbot.add_widget(view)
    view.choose_logo.click()
    assert view.clear_logo.isEnabled()
    view.recipient.setText("AIMA — Unidade de Integração")
    view.idle_minutes.setValue(5)
    with qtbot.waitSignal(view.idleMinutesChanged):
        view.save()

    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 1, 1),
        )  # fmt: skip
        families.add_member(session, vault.user, family, name_latin="Selam Tesfay", is_head=True)
        assert family.id is not None
        family_id = family.id
    with vault.session() as session:
        assert settings.get(session, settings.IDLE_LOCK_MINUTES) == 5
    pdf = render_family_report(vault, family_id, date(2026, 10, 1), date(2026, 10, 31))
    assert PdfReader(io.BytesIO(pdf)).pages[0].images


def test_a_file_that_is_not_an_image_is_refused_and_nothing_changes(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "logo.png"
    bogus.write_bytes(b"not an image")
    monkeypatch.setattr(
        "hostdesk.ui.settings.settings_view.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(bogus), ""),
    )
    warned: list[str] = []
    monkeypatch.setattr(
        "hostdesk.ui.settings.settings_view.QMessageBox.warning",
        lambda _parent, _title, text: warned.append(text),
    )
    view = SettingsView(vault)
    qtbot.add_widget(view)
    view.choose_logo.click()
    assert warned and "PNG or JPEG" in warned[0]
    assert view.logo_state.text() == "No logo."


def test_a_social_worker_cannot_change_the_alerts_or_the_logo(
    qtbot: QtBot, vault: Vault
) -> None:
    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "another long passphrase")
    path = vault.path
    vault.close()
    with Vault.open(path, "joao.tecnico", "another long passphrase") as worker:
        view = SettingsView(worker)
        qtbot.add_widget(view)
        assert view.idle_minutes.isEnabled()
        assert not view.arp_days.isEnabled()
        assert not view.choose_logo.isEnabled()
        assert not view.recipient.isEnabled()


def test_the_retention_count_and_the_users_are_read_on_the_database_thread(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    release = threading.Event()
    operations.run(lambda: release.wait(5), lambda _r: None, lambda _e: None)  # a long job
    view = SettingsView(vault, operations)  # opens at once, with the reads still to come
    qtbot.add_widget(view)
    box, panel = view.retention, view.users_panel
    assert panel is not None
    assert box.due.text() == "" and not box.years.isEnabled() and not box.busy.isHidden()
    assert panel.model.rowCount() == 0 and not panel.busy.isHidden()
    release.set()
    qtbot.waitUntil(lambda: box.due.text() == "0 families", timeout=10_000)
    assert box.years.isEnabled() and box.years.value() == 5 and box.busy.isHidden()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert panel.busy.isHidden()


def test_saving_waits_for_a_long_write_on_the_database_thread_without_freezing_the_window(
    qtbot: QtBot, vault: Vault, operations: Operations
) -> None:
    view = SettingsView(vault, operations)
    qtbot.add_widget(view)
    qtbot.waitUntil(view.retention.years.isEnabled, timeout=10_000)
    locked, release = threading.Event(), threading.Event()

    def long_import() -> None:  # holds the write lock, as an import or an anonymisation does
        with vault.changing() as session:
            settings.put(session, vault.user.username, settings.IDLE_LOCK_MINUTES, 9)
            locked.set()
            release.wait(3)

    operations.run(long_import, lambda _r: None, lambda _e: None)
    assert locked.wait(10)
    view.idle_minutes.setValue(5)
    view.retention.years.setValue(3)
    view.save()  # returns at once: the write waits its turn on the database thread
    assert view.saved.text() != "Saved." and not view.save_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: view.saved.text() == "Saved.", timeout=10_000)
    assert view.save_button.isEnabled()
    with vault.session() as session:
        assert settings.get(session, settings.IDLE_LOCK_MINUTES) == 5
        assert settings.get(session, settings.RETENTION_YEARS) == 3
