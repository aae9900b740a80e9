"""Today lists the team's conflicts; a person picks a value and the conflict ends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from hostdesk.storage import casework
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.today.conflicts_box import ConflictsBox, ResolveDialog
from tests.storage.team_support import add_family, new_vault, send, start_team, welcome


@pytest.fixture
def conflicted(tmp_path: Path) -> Iterator[Vault]:
    first = new_vault(tmp_path / "a", "ana.coordenadora")
    second = new_vault(tmp_path / "b", "rui.tecnico")
    family = add_family(first, "Amina Haddad")
    start_team(first, second)
    welcome(first, second)
    for vault, town in ((first, "Porto"), (second, "Faro")):
        with vault.changing() as session:
            fid = session.exec(select(Family.id).where(Family.uid == family.uid)).one()
            casework.update_family(session, vault.user, fid, casework.FamilyDraft(
                "relocation", date(2026, 3, 1), municipality=town))  # fmt: skip
    send(first, second)
    first.close()
    yield second
    second.close()


def test_a_conflict_is_listed_and_resolved_by_picking(
    qtbot: QtBot, operations: Operations, conflicted: Vault
) -> None:
    box = ConflictsBox(conflicted, operations)
    qtbot.addWidget(box)
    assert not box.isVisibleTo(box.parentWidget() or box)
    box.refresh()
    qtbot.waitUntil(lambda: box.list.count() == 1)
    assert "HD-2026-00001" in box.list.item(0).text()
    dialog = ResolveDialog(box.items[0], box)
    qtbot.addWidget(dialog)
    labels = [b.text() for b in dialog.group.buttons()]
    assert any("Porto" in t for t in labels) and any("Faro" in t for t in labels)
    porto = next(i for i, t in enumerate(labels) if "Porto" in t)
    dialog.group.buttons()[porto].setChecked(True)
    with qtbot.waitSignal(box.resolved, timeout=10_000):
        box.resolve_with(box.items[0], dialog.chosen())
    qtbot.waitUntil(lambda: box.list.count() == 0)
    with conflicted.session() as session:
        assert session.exec(select(Family.municipality)).one() == "Porto"
