"""The main flows with every logger at DEBUG, SQLAlchemy's echo included: no name, number or note.

The test first checks that the flows really used the synthetic data (search
found the name, the report and the export hold it) and that SQL statements
were logged at all, so that an empty log cannot pass it.
"""

from __future__ import annotations

import io
import json
import logging
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hostdesk.cli.commands import families_for_hits
from hostdesk.domain.partial_date import PartialDate
from hostdesk.reports.family import render_family_report
from hostdesk.reports.monthly import build_monthly_report
from hostdesk.reports.subject_access import build_subject_access, write_subject_access
from hostdesk.storage import attachments, casework, retention, search
from hostdesk.storage.backup import create_backup
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.document_samples import png

LATIN, ARABIC, GEEZ = "Khadija Benhaddou", "خديجة بنحدو", "ሰላም ተስፋይ"
NIF, NISS, ARP = "204716624", "11234567892", "ARP-PT-5531"
NOTE = "Quinceberry landlord promised the repair"
REASON = "Wolfsbane clinic appointment"
SECRETS = (LATIN, "Khadija", "Benhaddou", ARABIC, GEEZ, NIF, NISS, ARP, "Quinceberry", "Wolfsbane")
LOGGERS = ("", "sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm", "alembic", "hostdesk")


def _pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in pages))


def _every_logger_live(monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo ``disable_existing_loggers`` (import-linter's dictConfig in test_layering does it)."""
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger) and logger.disabled:
            monkeypatch.setattr(logger, "disabled", False)


def test_the_main_flows_log_no_personal_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    _every_logger_live(monkeypatch)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    vault, _recovery = Vault.create(tmp_path / "v", entity_name="Associação de Teste",
                                    username=COORDINATOR, passphrase=PASSPHRASE,
                                    kdf=KDF_FLOOR)  # fmt: skip
    with vault:
        head = casework.MemberDraft(
            LATIN, ARABIC, "Arab", sex="F", birth=PartialDate(1984, 2), relationship="head",
            is_head=True, identifiers={"nif": NIF, "niss": NISS},
            permit=casework.PermitDraft(ARP, date(2026, 1, 10), date(2026, 7, 9)),
        )  # fmt: skip
        other = casework.MemberDraft("Selam", GEEZ, "Ethi", relationship="other_relative",
                                     birth=PartialDate(1999))  # fmt: skip
        draft = casework.FamilyDraft("resettlement", date(2026, 1, 5), nair_reference="NAIR/9/1")
        with vault.changing() as session:
            family = casework.create_family_with_members(session, vault.user, draft, [head, other])
            assert family.id is not None
            family_id = family.id
        with vault.session() as session:
            file = casework.read_family(session, family_id)
        assert file is not None
        head_id = file.members[0].member.id
        assert head_id is not None
        with vault.changing() as session:
            casework.record_consents(session, vault.user, head_id, casework.ConsentDraft(
                ["referrals", "reporting"], date(2026, 1, 5), "written", "Folder 3"))  # fmt: skip
            casework.record_visit(session, vault.user, family_id, casework.VisitDraft(
                date(2026, 2, 3), members_present=[head_id], notes={"housing": NOTE},
                referral=casework.ReferralDraft("sns", date(2026, 2, 3), head_id,
                                                reason=REASON),
            ))  # fmt: skip
        with vault.session() as session:
            hits = search.search(session, "Khadija")
            lines = families_for_hits(session, hits)
        assert [h.family_id for h in hits] == [family_id] and LATIN in lines[0]
        report = render_family_report(vault, family_id, date(2026, 2, 1), date(2026, 2, 28))
        assert ARABIC in _pdf_text(report) and "Quinceberry" in _pdf_text(report)
        monthly = build_monthly_report(vault, "2026-02")
        assert monthly.data["families"][0]["case_number"] == family.case_number
        scan = attachments.AttachmentDraft("residence_permit", f"ARP of {LATIN}", png(NOTE),
                                           head_id)  # fmt: skip
        with vault.changing() as session:
            scanned = attachments.add(session, vault.user, family_id, scan)
        attachments.open_in_vault(vault, scanned.id)
        attachments.export(vault, scanned.id, tmp_path / f"{LATIN}.png")
        create_backup(vault, tmp_path / "backup.hdbak")
        export = build_subject_access(vault, head_id)
        write_subject_access(export, tmp_path / "access")
        assert json.loads(export.json_bytes)["identifiers"][0]["value"] in (NIF, NISS)
        with vault.changing() as session:
            retention.record_exit(session, vault.user, family_id, "left_portugal",
                                  date(2026, 3, 1))  # fmt: skip
        assert retention.anonymise(vault, [family_id], date(2032, 1, 1)) == 1
        with vault.session() as session:
            assert search.search(session, "Khadija") == []

    messages = [r.getMessage() for r in caplog.records] + [caplog.text]
    # The log really saw the flows' SQL (rows and statements), so a leak would show.
    assert any(r.name.startswith("sqlalchemy.engine") for r in caplog.records)
    assert any("INSERT INTO member" in m for m in messages)
    for secret in SECRETS:
        leaks = [m for m in messages if secret in m or secret.lower() in m.lower()]
        assert leaks == [], f"{secret!r} is in the log"
