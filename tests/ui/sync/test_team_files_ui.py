"""The Team tab's USB-stick exchange, in Portuguese: documents go with the changes and the
summary says how many and how big; a stick without room is said before writing."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from hostdesk.storage.vault import Vault
from hostdesk.sync.team import blobs, setup
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.sync import team_files
from hostdesk.ui.sync.team_panel import TeamPanel
from tests.document_samples import png
from tests.hub.test_hub_documents import add_document
from tests.sync.team.team_support import add_family, add_worker, coordinator_vault, join
from tests.ui.boxes import Boxes


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Vault, Vault, str]]:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    family = add_family(coordinator, "Amina Haddad", rui)
    laptop = join(coordinator, "rui.tecnico", tmp_path / "laptop").vault
    yield coordinator, laptop, family
    laptop.close()
    coordinator.close()


def _panel(qtbot: QtBot, vault: Vault, operations: Operations) -> TeamPanel:
    panel = TeamPanel(vault, operations)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.busy and panel.status is not None)
    return panel


def _idle(qtbot: QtBot, panel: TeamPanel, operations: Operations) -> None:
    operations.wait_idle()
    qtbot.waitUntil(lambda: not panel.busy)
    operations.wait_idle()
    qtbot.waitUntil(lambda: not panel.busy)


def test_a_document_goes_on_the_stick_and_both_summaries_say_so_in_portuguese(
    qtbot: QtBot, operations: Operations, portuguese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, team: tuple[Vault, Vault, str],
) -> None:  # fmt: skip
    coordinator, laptop, family = team
    scan = png("stick", width=900, height=700, seed=21)
    add_document(coordinator, family, scan)
    stick = tmp_path / "pen" / "equipa.hdteam"
    stick.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(stick), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(stick), ""))

    sender = _panel(qtbot, coordinator, operations)
    sender.to_file.click()
    _idle(qtbot, sender, operations)
    assert stick.exists()
    said = sender.last_message
    assert said.startswith(f"Gravado em {stick}") and "Documentos: 1 (" in said
    assert "kB" in said or "MB" in said

    receiver = _panel(qtbot, laptop, operations)
    receiver.from_file.click()
    _idle(qtbot, receiver, operations)
    size = team_files.format_size(len(scan))
    assert f"Documentos recebidos: 1 ({size})" in receiver.last_message
    assert "," in size  # "9,5 kB": the Portuguese decimal comma
    with laptop.session() as session:
        assert blobs.missing(session) == []


def test_a_stick_without_room_is_said_before_anything_is_written(
    qtbot: QtBot, operations: Operations, portuguese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, team: tuple[Vault, Vault, str],
) -> None:  # fmt: skip
    coordinator, _laptop, family = team
    add_document(coordinator, family, png("full", width=900, height=700, seed=22))
    stick = tmp_path / "equipa.hdteam"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(stick), ""))
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(team_files.shutil, "disk_usage", lambda _p: usage(10, 10, 1000))
    Boxes(monkeypatch)
    sender = _panel(qtbot, coordinator, operations)
    sender.to_file.click()
    _idle(qtbot, sender, operations)
    assert not stick.exists()
    assert sender.last_message.startswith("Não há espaço suficiente em")
    assert "1\u00a0kB" in sender.last_message and "nada foi gravado" in sender.last_message


def test_a_large_file_is_announced_and_not_written_when_refused(
    qtbot: QtBot, operations: Operations, portuguese: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, team: tuple[Vault, Vault, str],
) -> None:  # fmt: skip
    coordinator, _laptop, family = team
    add_document(coordinator, family, png("large", width=900, height=700, seed=23))
    stick = tmp_path / "equipa.hdteam"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(stick), ""))
    monkeypatch.setattr(team_files, "CONFIRM_ABOVE", 10)
    boxes = Boxes(monkeypatch)
    boxes.answer = boxes.answer.No
    sender = _panel(qtbot, coordinator, operations)
    sender.to_file.click()
    _idle(qtbot, sender, operations)
    [(kind, asked)] = boxes.shown
    assert kind == "question" and asked.startswith("O ficheiro terá")
    assert not stick.exists() and sender.last_message == "Nada foi gravado."
