"""Each export, report, submission and change leaves its entry: who, what, which record."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import text

from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.reports.family import render_family_report
from hostdesk.reports.monthly import (
    build_monthly_report,
    export_revision,
    store_revision,
    submit_revision,
)
from hostdesk.storage import casework, families, settings
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE

MONTH = "2026-11"


def _entries(vault: Vault, after: int = 0) -> list[tuple[str, str, str, str, dict[str, object]]]:
    with vault.session() as session:
        rows = session.execute(
            text("SELECT actor, action, object_type, object_id, detail FROM audit_log"
                 " WHERE seq > :after ORDER BY seq"), {"after": after},
        ).all()  # fmt: skip
    return [(a, b, c, d, json.loads(e) if e else {}) for a, b, c, d, e in rows]


def _last_seq(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.execute(text("SELECT max(seq) FROM audit_log")).scalar() or 0)


def _family(vault: Vault) -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 1, 5), case_number="HD-2026-00007",
        )  # fmt: skip
        families.add_member(session, vault.user, family, name_latin="Amanuel Berhe",
                            is_head=True, relationship="head")  # fmt: skip
        assert family.id is not None
        return family.id


def test_exports_reports_and_submissions_are_audited(vault: Vault) -> None:
    family_id = _family(vault)
    start = _last_seq(vault)
    render_family_report(vault, family_id, date(2026, 10, 1), date(2026, 10, 31))
    draft = build_monthly_report(vault, MONTH)
    stored = store_revision(vault, draft)
    export_revision(vault, MONTH, stored.revision)
    submit_revision(vault, MONTH, stored.revision)
    vault.raw_key_hex(PASSPHRASE)
    seen = [(actor, action, otype, oid) for actor, action, otype, oid, _ in _entries(vault, start)]
    assert seen == [
        (COORDINATOR, "family.open", "family", str(family_id)),
        (COORDINATOR, "report.family.export", "family", str(family_id)),
        (COORDINATOR, "report.monthly.export", "monthly_report", MONTH),
        (COORDINATOR, "report.monthly.store", "monthly_report", str(stored.id)),
        (COORDINATOR, "report.monthly.save", "monthly_report", str(stored.id)),
        (COORDINATOR, "report.monthly.submit", "monthly_report", str(stored.id)),
        (COORDINATOR, "key.export_raw", "vault", vault.header.vault_id),
    ]
    assert vault.audit_report().ok


def test_a_setting_change_is_audited_once_and_an_unchanged_save_not_at_all(
    vault: Vault,
) -> None:
    start = _last_seq(vault)
    for _ in range(2):
        with vault.changing() as session:
            settings.put(session, COORDINATOR, settings.BACKUP_REMINDER_DAYS, 14)
    assert [e[1:4] for e in _entries(vault, start)] == [
        ("setting.change", "setting", settings.BACKUP_REMINDER_DAYS.key)
    ]
    with vault.session() as session:
        assert settings.get(session, settings.BACKUP_REMINDER_DAYS) == 14


def test_a_new_head_of_family_audits_the_change_to_the_previous_head(vault: Vault) -> None:
    family_id = _family(vault)
    with vault.session() as session:
        file = families.load_family(session, vault.user, family_id)
        assert file is not None
        old_head = file.members[0].member.id
    start = _last_seq(vault)
    new_head = casework.MemberDraft(name_latin="Saba Berhe", is_head=True, relationship="head")
    with vault.changing() as session:
        added = casework.add_member(session, vault.user, family_id, new_head)
    entries = _entries(vault, start)
    assert ("member.update", "member", str(old_head)) in [e[1:4] for e in entries]
    assert ("member.create", "member", str(added.id)) in [e[1:4] for e in entries]
    previous = next(e for e in entries if e[1] == "member.update")
    assert previous[4] == {"fields": ["is_head", "relationship"]}
