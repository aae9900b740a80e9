"""A subject-access export: one person's data, whole, readable in any script, never half-written."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import stat
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select

from hostdesk.reports import subject_access as export_module
from hostdesk.reports.subject_access import build_subject_access, write_subject_access
from hostdesk.storage import attachments, casework
from hostdesk.storage.models import AuditEntry, Member
from hostdesk.storage.vault import Vault
from tests.document_samples import pdf, png
from tests.reports.conftest import ARABIC_SPOUSE, CYRILLIC_NAME, GEEZ_NAME, SampleIds


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


@pytest.fixture
def spouse(vault: Vault, sample: SampleIds) -> int:
    with vault.changing() as session:
        casework.record_consents(session, vault.user, sample.spouse_id, casework.ConsentDraft(
            ["referrals", "reporting"], date(2026, 3, 1), "written", "Dossier A-17"))  # fmt: skip
        casework.record_payment(session, vault.user, sample.family_id, period="2026-10",
                                amount_cents=25750, paid_on=date(2026, 10, 3))  # fmt: skip
        casework.record_visit(session, vault.user, sample.family_id, casework.VisitDraft(
            date(2026, 11, 5), notes={"health": "Fátima has a dentist appointment"}))  # fmt: skip
    return sample.spouse_id


def test_the_export_holds_the_persons_records_and_what_concerns_them(
    vault: Vault, sample: SampleIds, spouse: int
) -> None:
    export = build_subject_access(vault, spouse)
    data = json.loads(export.json_bytes)
    assert data["person"]["name_latin"] == "Fátima Al-Zahra"
    assert data["person"]["name_original"] == ARABIC_SPOUSE
    assert data["person"]["birth"] == "1990-05"
    assert data["case"]["case_number"] == sample.case_number
    assert [p["number"] for p in data["residence_permits"]] == ["ARP-3"]
    assert [h["sns_registered"] for h in data["health"]] == [True]
    assert [(c["scope"], c["document_ref"]) for c in data["consents"]] == [
        ("referrals", "Dossier A-17"), ("reporting", "Dossier A-17")]  # fmt: skip
    assert [(r["service"], r["concerns"]) for r in data["referrals"]] == [("sns", "person")]
    # Named in a note and in a task, though not marked present.
    assert [a["text"] for a in data["activities"]] == ["[health] Fátima has a dentist appointment"]
    assert [t["description"] for t in data["follow_up_tasks"]] == [
        "Levar a Fátima ao centro de saúde"
    ]
    # The family's own goal is hers too; her son's is not.
    assert [g["concerns"] for g in data["plan_goals"]] == ["family"]
    assert [p["amount_cents"] for p in data["allowance_payments"]] == [25750]
    assert len(data["housing"]) == 1
    audited = {(e["object_type"], e["action"]) for e in data["audit"]}
    assert ("member", "member.create") in audited and ("consent", "consent.record") in audited
    assert ("family", "family.create") in audited
    # Another member's records stay out.
    assert "ARP-1" not in export.json_bytes.decode() and "Oficina" not in export.json_bytes.decode()


def test_the_pdf_shows_names_in_every_script_and_the_records(
    vault: Vault, sample: SampleIds, spouse: int
) -> None:
    content = _text(build_subject_access(vault, spouse).pdf_bytes)
    for expected in ("Fátima Al-Zahra", ARABIC_SPOUSE, "ARP-3", "médico de família",
                     "Dossier A-17", "257,50", "Encaminhamentos para outros serviços"):  # fmt: skip
        assert expected in content, expected
    assert "Oficina" not in content
    with vault.session() as session:
        others = {m.name_latin: m.id for m in session.exec(select(Member))}
    english = _text(build_subject_access(vault, others["Tesfay Gebremedhin"], "en").pdf_bytes)
    assert GEEZ_NAME in english and "Personal data held on one person" in english
    russian = _text(build_subject_access(vault, others["Olena Shevchenko"]).pdf_bytes)
    assert CYRILLIC_NAME in russian


def test_both_files_are_written_whole_and_the_export_is_audited_without_names(
    vault: Vault, spouse: int, tmp_path: Path
) -> None:
    export = build_subject_access(vault, spouse)
    paths = write_subject_access(export, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in paths)
    assert paths[0].read_bytes() == export.json_bytes and paths[1].read_bytes()[:5] == b"%PDF-"
    assert [stat.S_IMODE(p.stat().st_mode) for p in paths] == [0o600, 0o600]  # owner only
    assert "Zahra" not in paths[0].name
    with vault.session() as session:
        entry = session.exec(
            select(AuditEntry).where(AuditEntry.action == "subject_access.export")
        ).one()
    assert entry.object_type == "member" and entry.object_id == str(spouse)
    assert "Zahra" not in entry.detail and "json_sha256" in entry.detail


def _document(
    vault: Vault, family_id: int, member_id: int | None, content: bytes, kind: str, title: str
) -> int:
    draft = attachments.AttachmentDraft(kind, title, content, member_id, date(2026, 3, 2))
    with vault.changing() as session:
        return attachments.add(session, vault.user, family_id, draft).id


def test_the_persons_and_the_familys_documents_go_beside_the_json_listed_in_it_and_the_pdf(
    vault: Vault, sample: SampleIds, spouse: int, tmp_path: Path
) -> None:
    hers, contract = png("Fatima ARP scan"), pdf(2)
    own = _document(vault, sample.family_id, spouse, hers, "residence_permit", "ARP da Fátima")
    shared = _document(vault, sample.family_id, None, contract, "tenancy_contract", "Contrato T2")
    _document(vault, sample.family_id, sample.head_id, png(seed=5), "medical_letter", "Do pai")

    export = build_subject_access(vault, spouse)
    data = json.loads(export.json_bytes)
    listed = {d["id"]: d for d in data["documents"]}
    assert set(listed) == {own, shared}  # her father-in-law's letter is his
    assert (listed[own]["concerns"], listed[shared]["concerns"]) == ("person", "family")
    assert listed[own]["title"] == "ARP da Fátima" and listed[own]["mime_type"] == "image/png"
    paths = write_subject_access(export, tmp_path / "out")
    assert len(paths) == 4
    for document, content in ((listed[own], hers), (listed[shared], contract)):
        written = tmp_path / "out" / document["file"]
        assert written.read_bytes() == content
        assert hashlib.sha256(content).hexdigest() == document["sha256"]
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        assert "Fátima" not in document["file"] and "Contrato" not in document["file"]
    text = _text(export.pdf_bytes)
    for expected in ("Documentos digitalizados", "ARP da Fátima", "Contrato T2",
                     "Contrato de arrendamento", "Imagem PNG", listed[own]["file"]):  # fmt: skip
        assert expected in text, expected
    assert "Do pai" not in text
    assert {e["object_id"] for e in data["audit"] if e["object_type"] == "attachment"} == {
        str(own), str(shared)}  # fmt: skip
    with vault.session() as session:
        entry = session.exec(
            select(AuditEntry).where(AuditEntry.action == "subject_access.export")
        ).one()
    assert json.loads(entry.detail)["documents"] == [d["id"] for d in data["documents"]]


def test_a_failed_write_leaves_no_file(
    vault: Vault, sample: SampleIds, spouse: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _document(vault, sample.family_id, spouse, png(), "residence_permit", "ARP")
    export = build_subject_access(vault, spouse)
    real = export_module.write_atomically

    def full_disk(target: Path, data: bytes) -> None:
        if target.suffix == ".png":
            raise OSError(28, "No space left on device")
        real(target, data)

    monkeypatch.setattr(export_module, "write_atomically", full_disk)
    with pytest.raises(OSError):
        write_subject_access(export, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext not installed")
def test_pdftotext_reads_the_arabic_name_back(vault: Vault, spouse: int, tmp_path: Path) -> None:
    (pdf,) = [p for p in write_subject_access(build_subject_access(vault, spouse), tmp_path)
              if p.suffix == ".pdf"]  # fmt: skip
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    # Shaped letters come back as presentation forms inside bidi marks.
    letters = "".join(
        c for c in unicodedata.normalize("NFKC", out) if unicodedata.category(c) != "Cf"
    )
    assert ARABIC_SPOUSE in letters and "Fátima Al-Zahra" in letters
