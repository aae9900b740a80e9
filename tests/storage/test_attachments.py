"""Documents inside the vault: kept whole and encrypted, audited, backed up, erased for good."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.domain import attachments as rule
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import attachments, backup, casework, retention
from hostdesk.storage.casework.common import FileAnonymised
from hostdesk.storage.errors import PermissionDenied, VaultError
from hostdesk.storage.models import Attachment, AuditEntry, Consent, Member
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.document_samples import pdf, png
from tests.storage.raw_pages import raw_text

MARKER = "Qx7DocumentMarkerARP"
START = date(2018, 1, 8)
WORKER = "joao.tecnico"
WORKER_PASSPHRASE = "another long passphrase"


def _family(vault: Vault, name: str = "Yohannes Tesfamariam") -> tuple[int, int, int]:
    """A family of two; returns (family, head, spouse)."""
    people = [
        casework.MemberDraft(name, relationship="head", is_head=True, birth=PartialDate(1980)),
        casework.MemberDraft("Selam Tesfay", relationship="spouse", birth=PartialDate(1984)),
    ]
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user, casework.FamilyDraft("resettlement", START), people
        )
        assert family.id is not None
        ids = session.exec(
            select(Member.id).where(Member.family_id == family.id).order_by(Member.id)
        ).all()
    return family.id, ids[0], ids[1]  # type: ignore[return-value]


def _add(
    vault: Vault, family_id: int, content: bytes, member_id: int | None = None, **kw: object
) -> attachments.AttachmentInfo:
    draft = attachments.AttachmentDraft(
        kind=str(kw.get("kind", "residence_permit")), title=str(kw.get("title", "ARP card")),
        content=content, member_id=member_id, document_date=date(2018, 1, 10),
    )  # fmt: skip
    with vault.changing() as session:
        return attachments.add(session, vault.user, family_id, draft)


def _audit(vault: Vault, prefix: str = "attachment.") -> list[AuditEntry]:
    with vault.session() as session:
        rows = session.exec(select(AuditEntry).order_by(AuditEntry.seq)).all()
    return [r for r in rows if r.action.startswith(prefix)]


def test_an_image_added_is_identical_by_hash_after_the_vault_is_closed_and_reopened(
    vault: Vault,
) -> None:
    family_id, head, _spouse = _family(vault)
    image = png(MARKER)
    added = _add(vault, family_id, image, head, title="ARP of Yohannes")
    assert (added.mime_type, added.size_bytes) == (rule.PNG, len(image))
    assert added.kind == "residence_permit"
    assert added.sha256 == hashlib.sha256(image).hexdigest()
    assert added.added_by == COORDINATOR and added.member_id == head
    path = vault.path
    vault.close()

    with Vault.open(path, COORDINATOR, PASSPHRASE) as reopened:
        with reopened.session() as session:
            (listed,) = attachments.list_for_family(session, family_id)
        assert (listed.title, listed.document_date) == ("ARP of Yohannes", date(2018, 1, 10))
        _found, content = attachments.open_in_vault(reopened, listed.id)
        assert content == image and hashlib.sha256(content).hexdigest() == listed.sha256
        entries = _audit(reopened)
    assert [(e.action, e.object_id) for e in entries] == [
        ("attachment.add", str(added.id)), ("attachment.open", str(added.id)),
    ]  # fmt: skip
    add_detail = json.loads(entries[0].detail)
    assert add_detail == {"family": family_id, "member": head, "kind": "residence_permit",
                          "mime": "image/png", "size": len(image)}  # fmt: skip
    for entry in entries:  # the title may name the person: never in the log
        assert "Yohannes" not in entry.detail and "ARP of" not in entry.detail


def test_a_document_is_not_readable_in_the_vault_file_nor_its_wal(vault: Vault) -> None:
    family_id, head, _spouse = _family(vault)
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    _add(vault, family_id, png(MARKER), head)
    wal = vault.path / "vault.db-wal"
    assert wal.exists() and MARKER.encode() not in wal.read_bytes()
    path = vault.path
    vault.close()
    assert MARKER.encode() not in (path / "vault.db").read_bytes()
    # The check can fail: decrypted, the pages hold the document.
    assert MARKER.encode() in raw_text(path / "vault.db", key)
    Vault.open(path, COORDINATOR, PASSPHRASE).close()  # (the fixture closes it again)


def test_a_backup_holds_the_documents_and_a_restore_gives_them_back_whole(
    vault: Vault, tmp_path: Path
) -> None:
    family_id, head, _spouse = _family(vault)
    image, scan = png(MARKER), pdf(3)
    photo = _add(vault, family_id, image, head)
    contract = _add(vault, family_id, scan, None, kind="tenancy_contract", title="Contrato")
    written = backup.create_backup(vault, tmp_path / "b.hdbackup")
    restored = backup.restore_backup(written, tmp_path / "restored", passphrase=PASSPHRASE)
    try:
        with restored.session() as session:
            listed = {a.id: a for a in attachments.list_for_family(session, family_id)}
        assert set(listed) == {photo.id, contract.id}
        assert attachments.open_in_vault(restored, photo.id)[1] == image
        assert attachments.open_in_vault(restored, contract.id)[1] == scan
        assert listed[contract.id].member_id is None and listed[contract.id].mime_type == rule.PDF
    finally:
        restored.close()


def test_only_jpeg_png_and_pdf_up_to_the_limit_are_accepted(vault: Vault) -> None:
    family_id, head, _spouse = _family(vault)
    other_family, other_head, _ = _family(vault, "Natalia Kovalenko")
    for content, reason in (
        (b"", "empty"), (b"PK\x03\x04 a word file", "Only JPEG and PNG"),
        (b"%PDF-1.7" + bytes(rule.MAX_BYTES), "larger than 20 MB"),
    ):  # fmt: skip
        with pytest.raises(attachments.AttachmentRefused, match=reason):
            _add(vault, family_id, content, head)
    exactly = b"%PDF-1.7\n" + bytes(rule.MAX_BYTES - 9)
    assert _add(vault, family_id, exactly).size_bytes == rule.MAX_BYTES
    with pytest.raises(VaultError, match="not a member of this family"):
        _add(vault, family_id, png(), other_head)
    with vault.session() as session:
        assert len(attachments.list_for_family(session, other_family)) == 0


def test_a_consent_links_to_its_signed_form_and_only_to_one_of_its_family(vault: Vault) -> None:
    family_id, head, spouse = _family(vault)
    other_family, other_head, _ = _family(vault, "Natalia Kovalenko")
    form = _add(vault, family_id, pdf(1), head, kind="consent_form", title="Consentimento")
    spouses = _add(vault, family_id, pdf(1), spouse, kind="consent_form")
    elsewhere = _add(vault, other_family, pdf(1), other_head, kind="consent_form")
    with vault.changing() as session:
        draft = casework.ConsentDraft(
            ["referrals", "reporting"], START, "written", "Pasta 7", attachment_id=form.id
        )
        rows = casework.record_consents(session, vault.user, head, draft)
        assert {r.attachment_id for r in rows} == {form.id}
    for wrong in (spouses.id, elsewhere.id):
        with pytest.raises(VaultError, match="belongs to someone else"), vault.changing() as s:
            casework.record_consents(s, vault.user, head, casework.ConsentDraft(
                ["case_management"], START, "written", attachment_id=wrong))  # fmt: skip
    with vault.session() as session:
        (listed,) = [a for a in attachments.list_for_family(session, family_id) if a.id == form.id]
        assert len(listed.consent_ids) == 2
        linkable = {a.id for a in attachments.linkable(session, family_id, head)}
    assert linkable == {form.id}


def test_deleting_a_document_erases_it_from_every_page_and_unlinks_its_consents(
    vault: Vault,
) -> None:
    family_id, head, _spouse = _family(vault)
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    kept = _add(vault, family_id, png("KeptMarker77", seed=2), head)
    wrong = _add(vault, family_id, png(MARKER), head, kind="consent_form")
    with vault.changing() as session:
        casework.record_consents(session, vault.user, head, casework.ConsentDraft(
            ["referrals"], START, "written", attachment_id=wrong.id))  # fmt: skip
    retention.erase_attachment(vault, wrong.id)
    with vault.session() as session:
        assert [a.id for a in attachments.list_for_family(session, family_id)] == [kept.id]
        consent = session.exec(select(Consent)).one()
        assert consent.attachment_id is None and consent.scope == "referrals"
    (entry,) = _audit(vault, "attachment.delete")
    assert json.loads(entry.detail) == {"family": family_id, "kind": "consent_form", "consents": 1}
    wal = vault.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    plain = raw_text(vault.path / "vault.db", key)
    assert b"KeptMarker77" in plain and MARKER.encode() not in plain


def test_a_worker_deletes_what_they_added_and_a_coordinator_anything(vault: Vault) -> None:
    family_id, head, _spouse = _family(vault)
    mine = _add(vault, family_id, png(), head)
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASSPHRASE)
    path = vault.path
    vault.close()
    with Vault.open(path, WORKER, WORKER_PASSPHRASE) as worker:
        theirs = _add(worker, family_id, png(seed=3), None)
        with pytest.raises(PermissionDenied, match="who added a document"):
            retention.erase_attachment(worker, mine.id)
        retention.erase_attachment(worker, theirs.id)
    with Vault.open(path, COORDINATOR, PASSPHRASE) as coordinator:
        retention.erase_attachment(coordinator, mine.id)
        with coordinator.session() as session:
            assert attachments.list_for_family(session, family_id) == []


def test_anonymisation_removes_a_family_documents_from_every_page(vault: Vault) -> None:
    family_id, head, _spouse = _family(vault)
    other_family, other_head, _ = _family(vault, "Natalia Kovalenko")
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    form = _add(vault, family_id, png(MARKER), head, kind="consent_form")
    _add(vault, family_id, pdf(2, "Familywidescan"), None, kind="tenancy_contract")
    _add(vault, other_family, png("OtherFamily55", seed=4), other_head)
    with vault.changing() as session:
        casework.record_consents(session, vault.user, head, casework.ConsentDraft(
            ["referrals"], START, "written", attachment_id=form.id))  # fmt: skip
        retention.record_exit(session, vault.user, family_id, "programme_ended", date(2019, 7, 31))
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    before = raw_text(vault.path / "vault.db", key)
    assert MARKER.encode() in before and b"Familywidescan" in before
    assert retention.anonymise(vault, [family_id], date(2026, 12, 1)) == 1

    with vault.session() as session:
        assert attachments.list_for_family(session, family_id) == []
        assert len(attachments.list_for_family(session, other_family)) == 1
        assert session.exec(select(Consent)).one().attachment_id is None
        entry = session.exec(
            select(AuditEntry).where(AuditEntry.action == "family.anonymise")
        ).one()
    assert json.loads(entry.detail)["documents"] == 2
    plain = raw_text(vault.path / "vault.db", key)
    assert b"OtherFamily55" in plain
    for gone in (MARKER, "Familywidescan"):
        assert gone.encode() not in plain, gone
    # Every pooled connection still deletes securely, as SQLCipher set it up.
    with vault.engine.connect() as one, vault.engine.connect() as two:
        for conn in (one, two):
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    with pytest.raises(FileAnonymised):
        _add(vault, family_id, png(), head)


def test_deleting_a_case_row_takes_its_documents_with_it(vault: Vault) -> None:
    """What a case deleted by mistake relies on: the rows cascade from the family and member."""
    family_id, head, _spouse = _family(vault)
    _add(vault, family_id, png(), head)
    _add(vault, family_id, pdf(1), None)
    with vault.changing() as session:
        session.execute(text("DELETE FROM consent"))
        session.execute(text("DELETE FROM member WHERE id = :m"), {"m": head})
        assert [a.member_id for a in attachments.list_for_family(session, family_id)] == [None]
        session.execute(text("DELETE FROM member WHERE family_id = :f"), {"f": family_id})
        session.execute(text("DELETE FROM family WHERE id = :f"), {"f": family_id})
        assert session.exec(select(Attachment.id)).all() == []


def test_a_damaged_document_is_said_to_be_damaged_not_shown(vault: Vault) -> None:
    family_id, head, _spouse = _family(vault)
    added = _add(vault, family_id, png(MARKER), head)
    with vault.changing() as session:
        session.execute(text("UPDATE attachment SET content = :c"), {"c": png("Tampered")})
    with pytest.raises(attachments.AttachmentDamaged, match="damaged"):
        attachments.open_in_vault(vault, added.id)


def test_a_copy_saved_outside_is_whole_private_and_audited_without_its_path(
    vault: Vault, tmp_path: Path
) -> None:
    family_id, head, _spouse = _family(vault)
    scan = pdf(2)
    added = _add(vault, family_id, scan, head)
    target = tmp_path / "Yohannes ARP.pdf"
    attachments.export(vault, added.id, target)
    assert target.read_bytes() == scan and target.stat().st_mode & 0o777 == 0o600
    (entry,) = _audit(vault, "attachment.export")
    assert "Yohannes" not in entry.detail and str(tmp_path) not in entry.detail
    with vault.session() as session:
        assert attachments.total_bytes(session) == (1, len(scan))
