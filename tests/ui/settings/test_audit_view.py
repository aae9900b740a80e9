"""The coordinator's audit log viewer: pages on demand, filters, and the chain's state."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex
from pytestqt.qtbot import QtBot

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit, audit_query
from hostdesk.storage.audit_query import PAGE_SIZE
from hostdesk.storage.errors import PermissionDenied
from hostdesk.storage.vault import Vault
from hostdesk.ui.common.numbers import format_number
from hostdesk.ui.common.operations import Operations
from hostdesk.ui.main_window import MainWindow
from hostdesk.ui.settings.audit_view import AuditView
from tests.conftest import COORDINATOR

ENTRIES = 1_500


def _fill(vault: Vault) -> None:
    """Many entries: a family opened now and then by two people."""
    with vault.changing() as session:
        for i in range(ENTRIES):
            actor = "rita.tecnica" if i % 3 == 0 else COORDINATOR
            audit.append(session, actor, "family.open", "family", i % 40 + 1)


def _viewer(qtbot: QtBot, vault: Vault) -> tuple[AuditView, Operations]:
    operations = Operations()
    viewer = AuditView(vault, operations)
    qtbot.add_widget(viewer)
    qtbot.waitUntil(lambda: viewer.chain is not None, timeout=10_000)
    operations.wait_idle()
    return viewer, operations


def test_the_newest_entries_come_first_a_page_at_a_time(qtbot: QtBot, vault: Vault) -> None:
    _fill(vault)
    viewer, operations = _viewer(qtbot, vault)
    model = viewer.model
    total = ENTRIES + 1  # and the vault's creation
    assert model.rowCount() == PAGE_SIZE
    assert model.index(0, 0).data() == format_number(total)
    assert model.index(0, 3).data() == "Opened the case file"
    assert model.index(PAGE_SIZE - 1, 0).data() == format_number(total - PAGE_SIZE + 1)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=5_000)
    qtbot.waitUntil(
        lambda: viewer.count.text().startswith(format_number(total)), timeout=5_000
    )
    assert viewer.chain is not None and viewer.chain.ok
    assert format_number(total) in viewer.chain_state.text()
    operations.wait_idle()


def test_filters_by_who_what_and_when(qtbot: QtBot, vault: Vault) -> None:
    _fill(vault)
    viewer, operations = _viewer(qtbot, vault)
    viewer.actor.setCurrentIndex(viewer.actor.findData("rita.tecnica"))
    qtbot.waitUntil(lambda: viewer.model.rowCount() == PAGE_SIZE, timeout=5_000)
    operations.wait_idle()
    assert {viewer.model.entry(r).actor for r in range(PAGE_SIZE)} == {"rita.tecnica"}
    # The count arrives as a queued signal after the worker is idle.
    qtbot.waitUntil(lambda: viewer.count.text().startswith(str(ENTRIES // 3)), timeout=5_000)
    viewer.clear_filters()
    viewer.action.setCurrentIndex(viewer.action.findData("vault.create"))
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 1, timeout=5_000)
    assert viewer.model.entry(0).seq == 1
    operations.wait_idle()
    tomorrow = date.today() + timedelta(days=1)
    viewer.since.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    qtbot.waitUntil(lambda: not viewer.model.loading, timeout=5_000)
    operations.wait_idle()
    assert viewer.model.rowCount() == 0
    viewer.clear_filters()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == PAGE_SIZE, timeout=5_000)
    operations.wait_idle()


def test_an_entry_changed_behind_the_apps_back_is_shown(qtbot: QtBot, vault: Vault) -> None:
    _fill(vault)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'nobody' WHERE seq = 700")
    viewer, operations = _viewer(qtbot, vault)
    assert viewer.chain is not None and viewer.chain.first_broken_seq == 700
    assert "BROKEN at entry 700" in viewer.chain_state.text()
    assert not viewer.show_broken.isHidden()
    viewer.show_broken.click()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == PAGE_SIZE, timeout=5_000)
    assert viewer.model.entry(0).seq == 700
    assert viewer.model.entry(0).actor == "nobody"
    operations.wait_idle()


def test_only_a_coordinator_reads_the_log(qtbot: QtBot, vault: Vault) -> None:
    vault.add_user("rita.tecnica", Role.SOCIAL_WORKER, "another long passphrase")
    path = vault.path
    vault.close()
    with Vault.open(path, "rita.tecnica", "another long passphrase") as worker:
        with pytest.raises(PermissionDenied):
            AuditView(worker, Operations())
        with pytest.raises(PermissionDenied):
            audit_query.page(worker, audit_query.AuditFilter())


def test_the_main_window_opens_the_viewer_from_the_file_menu(qtbot: QtBot, vault: Vault) -> None:
    operations = Operations()
    window = MainWindow(vault, operations)
    qtbot.add_widget(window)
    action = next(a for a in window.findChildren(type(window.lock_action))
                  if a.text() == "&Audit log…")  # fmt: skip
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    viewer = window.findChild(AuditView)
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.chain is not None, timeout=10_000)
    viewer.close()
    operations.wait_idle()


def _changed_behind_the_apps_back(vault: Vault) -> None:
    import sqlcipher3

    from hostdesk.storage.database import DB_NAME, key_pragma
    from tests.conftest import PASSPHRASE

    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    outside = sqlcipher3.connect(str(vault.path / DB_NAME), isolation_level=None)
    outside.execute(key_pragma(key))
    outside.execute("UPDATE hosting_entity SET name = 'Another Entity'")
    outside.close()


def test_every_saved_record_is_checked_on_request(qtbot: QtBot, vault: Vault) -> None:
    _changed_behind_the_apps_back(vault)
    viewer, operations = _viewer(qtbot, vault)
    assert viewer.chain is not None and viewer.chain.ok  # the chain alone holds
    assert viewer.check_records.isEnabled()
    viewer.check_records.click()
    qtbot.waitUntil(lambda: viewer.chain is not None and viewer.chain.rows_verified,
                    timeout=10_000)  # fmt: skip
    assert "changed outside HostDesk" in viewer.chain_state.text()
    assert "hosting_entity 1" in viewer.chain_state.toolTip()
    operations.wait_idle()


def test_records_changed_behind_the_apps_back_are_named_in_portuguese(
    qtbot: QtBot, vault: Vault, portuguese: None
) -> None:
    _changed_behind_the_apps_back(vault)
    viewer, operations = _viewer(qtbot, vault)
    viewer.check_records.click()
    qtbot.waitUntil(lambda: viewer.chain is not None and viewer.chain.rows_verified,
                    timeout=10_000)  # fmt: skip
    assert viewer.chain_state.toolTip().startswith(
        "entidade de acolhimento 1: registo alterado fora do HostDesk"
    )
    operations.wait_idle()


def test_entries_read_as_portuguese_sentences_with_case_numbers_and_field_labels(
    qtbot: QtBot, vault: Vault, portuguese: None
) -> None:
    from hostdesk.storage import casework, families

    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel="resettlement",
            programme_start=date(2026, 1, 5), case_number="HD-2026-00301",
        )  # fmt: skip
        assert family.id is not None
        families.add_member(session, vault.user, family, name_latin="Samir Haddad", is_head=True)
        referral = casework.create_referral(
            session, vault.user, family.id,
            casework.ReferralDraft("sns", date(2026, 2, 1), sharing_basis="vital_interest"),
        )  # fmt: skip
        casework.answer_referral(session, vault.user, referral.id, date(2026, 2, 10), "Consulta")
    viewer, operations = _viewer(qtbot, vault)
    model = viewer.model
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    answer = next(r for r in rows if r[3] == "Registou a resposta a um encaminhamento")
    assert answer[4] == "Processo HD-2026-00301"
    assert answer[5] == "Campos: data da resposta, resultado"
    without = next(r for r in rows if r[3].startswith("Fez um encaminhamento sem"))
    assert without[4] == "Processo HD-2026-00301" and "interesse vital" in without[5].lower()
    assert next(r for r in rows if r[3] == "Criou o cofre")[4] == "O cofre"
    texts = " ".join(" ".join(r[3:]) for r in rows)
    for code in ("referral.", "answered_on", "family 1", "fields:"):
        assert code not in texts
    operations.wait_idle()


def test_a_removal_and_its_change_of_key_read_as_sentences(
    qtbot: QtBot, vault: Vault, portuguese: None
) -> None:
    from sqlalchemy import text

    vault.add_user("rita", Role.SOCIAL_WORKER, "a passphrase for rita")
    vault.remove_user("rita")
    with vault.changing() as session:  # a save that names no entry of its own
        session.execute(text("UPDATE hosting_entity SET name = 'Outra Associação'"))
    viewer, operations = _viewer(qtbot, vault)
    model = viewer.model
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    rekey = next(r for r in rows if r[3] == "Mudou a chave de dados do cofre")
    assert rekey[4] == "O cofre" and "Nova chave de recuperação: não" in rekey[5]
    removal = next(r for r in rows if r[3] == "Retirou um utilizador")
    assert removal[5] == "Chave mudada: sim; Função: Técnico(a)"
    saved = next(r for r in rows if r[3] == "Guardou registos")
    assert saved[5] == "Registos: hosting_entity 1"
    assert not any(r[3] in ("vault.rekey", "rows.save") for r in rows)
    operations.wait_idle()
