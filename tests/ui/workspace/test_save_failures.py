"""A full or failing disk: one clear sentence, the form keeps every character, nothing is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event, exc

from hostdesk.storage.vault import Vault
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.workspace.family_form import FamilyForm
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.ui.workspace.test_forms import no_real_message_boxes, show_active, type_text  # noqa: F401

HEAD = "Amaniqwx Fictícia"
ORIGINAL = "أماني"


def _families(vault: Vault) -> int:
    with vault.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM family").scalar_one())


def _failing_commits(code: int, text: str) -> Callable[[Vault], Callable[..., None]]:
    """Every commit fails as SQLite reports a full disk (13) or a failing one (10).

    The storage tests fill a real database up to its page limit; here the form's
    reaction is what matters, so the commit itself reports the disk's state.
    """

    def install(vault: Vault) -> Callable[..., None]:
        @event.listens_for(vault.engine, "commit")
        def fail(_conn: Any) -> None:
            error = sqlcipher3.OperationalError(text)
            error.sqlite_errorcode = code  # type: ignore[attr-defined]
            raise exc.OperationalError("COMMIT", None, error)

        return fail

    return install


def _filled_form(qtbot: QtBot, vault: Vault, operations: Operations) -> FamilyForm:
    form = FamilyForm(vault, operations)
    qtbot.add_widget(form)
    show_active(qtbot, form)
    type_text(qtbot, form.head.name_latin, HEAD)
    type_text(qtbot, form.head.name_original, ORIGINAL)
    qtbot.keyClicks(form.head.birth, "1990")
    type_text(qtbot, form.municipality, "Évora")
    return form


def _save_and_wait(qtbot: QtBot, form: FamilyForm, operations: Operations) -> None:
    qtbot.keyClick(form.head.name_latin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    operations.wait_idle()
    qtbot.waitUntil(lambda: form.save_button.isEnabled())


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (_failing_commits(13, "database or disk is full"), "full"),
        (_failing_commits(10, "disk I/O error"), "could not be written"),
    ],
    ids=["disk full", "I/O error"],
)
def test_a_failed_save_says_why_keeps_the_form_and_loses_nothing(
    qtbot: QtBot, vault: Vault, operations: Operations, fault: Callable[[Vault], Any], words: str
) -> None:
    form = _filled_form(qtbot, vault, operations)
    before = _families(vault)
    listener = fault(vault)

    _save_and_wait(qtbot, form, operations)

    assert form.isVisible()
    message = form.status.text()
    assert words in message and "nothing already saved was lost" in message
    assert HEAD not in message and ORIGINAL not in message
    assert form.head.name_latin.text() == HEAD
    assert form.head.name_original.text() == ORIGINAL
    assert form.municipality.text() == "Évora"

    event.remove(vault.engine, "commit", listener)
    assert _families(vault) == before

    _save_and_wait(qtbot, form, operations)  # space freed: the same form now saves
    qtbot.waitUntil(lambda: not form.isVisible())
    path = vault.path
    vault.close()
    with Vault.open(path, COORDINATOR, PASSPHRASE) as reopened:
        assert _families(reopened) == before + 1
        assert reopened.integrity_problems() == []
