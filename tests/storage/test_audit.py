"""The audit log records who did what, and any later change to it is found."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import families
from hostdesk.storage.vault import Vault


def _family(vault: Vault) -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RELOCATION,
            programme_start=date(2026, 5, 1),
        )  # fmt: skip
        families.add_member(session, vault.user, family, name_latin="Selam Tesfamariam")
        assert family.id is not None
        return family.id


def test_changes_and_openings_are_recorded_without_personal_data(vault: Vault) -> None:
    family_id = _family(vault)
    with vault.session() as session:
        assert families.load_family(session, vault.user, family_id) is not None
    with vault.session() as session:
        entries = session.execute(
            text("SELECT actor, action, object_type, object_id, detail FROM audit_log ORDER BY seq")
        ).all()
    actions = [e.action for e in entries]
    assert "family.create" in actions
    assert "member.create" in actions
    assert actions[-1] == "family.open"
    assert entries[-1].object_id == str(family_id)
    assert all(e.actor == vault.user.username for e in entries)
    assert not any("Selam" in str(tuple(e)) for e in entries)
    assert vault.audit_report().ok


def test_an_altered_entry_is_named(vault: Vault) -> None:
    _family(vault)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2")
    report = vault.audit_report()
    assert not report.ok
    assert report.first_broken_seq == 2
    assert "altered" in report.reason


def test_a_removed_entry_is_named(vault: Vault) -> None:
    _family(vault)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log WHERE seq = 2")
    report = vault.audit_report()
    assert report.first_broken_seq == 2
    assert "missing" in report.reason
