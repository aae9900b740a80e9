"""Family documents rendered in every language that has a text, read back as text and pixels."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from hostdesk.domain.family_texts import LANGUAGES, FamilyDocument
from hostdesk.reports import fonts
from hostdesk.reports.family_documents import TextNotPrintable, record_output, render
from hostdesk.reports.script_text import line_pieces
from hostdesk.storage import audit_query, family_texts
from hostdesk.storage.models import PlanGoal
from hostdesk.storage.vault import Vault
from tests.family_text_samples import TIGRINYA_INFO, TIGRINYA_TITLE
from tests.reports.conftest import ARABIC_HEAD, SampleIds, add_sample_family

TODAY = date(2026, 12, 5)
PDFTOPPM = shutil.which("pdftoppm")
needs_pdftoppm = pytest.mark.skipif(
    PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed: pages not rasterised"
)


@pytest.fixture
def family(vault: Vault) -> SampleIds:
    ids = add_sample_family(vault)
    with vault.changing() as session:
        session.add(PlanGoal(family_id=ids.family_id, dimension="language",
                             description="Curso de português PLA A2", status="in_progress",
                             target_date=date(2027, 3, 31)))  # fmt: skip
        family_texts.save_contacts(session, vault.user, {"phone": "+351 210 000 000"})
    return ids


def _review_all(vault: Vault, language: str) -> None:
    with vault.changing() as session:
        for document in FamilyDocument:
            entry = family_texts.entry(session, document, language)
            if entry.text is not None and not entry.printable:
                family_texts.mark_reviewed(session, vault.user, document, language,
                                           entry.text.sha256)  # fmt: skip


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def _fonts(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def _png(pdf: bytes, tmp_path: Path, name: str) -> Image.Image:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    assert PDFTOPPM is not None
    subprocess.run([PDFTOPPM, "-png", "-r", "60", "-f", "1", "-l", "1", str(source),
                    str(tmp_path / name)], check=True)  # fmt: skip
    page = next(tmp_path.glob(f"{name}-*1.png"))
    return Image.open(page).convert("L")


def _title_ink(image: Image.Image) -> tuple[float, float]:
    """Left and right edges of the ink in the title band, as fractions of the page width."""
    width, height = image.size
    band = image.crop((0, int(height * 0.04), width, int(height * 0.085)))
    box = band.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert box is not None, "no title on the page"
    return box[0] / width, box[2] / width


@pytest.mark.parametrize("language", [lang.code for lang in LANGUAGES])
def test_each_language_with_a_text_renders_and_reads_back(
    vault: Vault, family: SampleIds, language: str
) -> None:
    _review_all(vault, language)
    rendered_any = False
    for document in FamilyDocument:
        with vault.session() as session:
            entry = family_texts.entry(session, document, language)
        if entry.text is None:
            with pytest.raises(TextNotPrintable):
                render(vault, family.family_id, document, language, today=TODAY)
            continue
        rendered_any = True
        pdf = render(vault, family.family_id, document, language, today=TODAY).pdf
        content = _text(pdf)
        assert unicodedata.normalize("NFKC", entry.text.title) in content, (document, language)
        assert family.case_number in content or document is FamilyDocument.CONSENT
        if document is FamilyDocument.PLAN:
            assert ARABIC_HEAD in content.replace("\ufdf4", "محمد")  # the font's ligature
            assert "Curso de português PLA A2" in content
    if language in ("pt", "en", "ar", "fr", "uk"):
        assert rendered_any, f"the {language} texts are shipped"


def test_an_arabic_line_runs_right_to_left_with_latin_words_in_reading_order() -> None:
    pieces = line_pieces("الهاتف (SNS 24): 808 24 24 24", 10, rtl=True)
    seen = [str(p.text) for p in pieces if not p.rtl]
    # Left to right on the page: the number, then the bracketed name; the Arabic at the right.
    assert "".join(seen).startswith("808 24 24 24")
    assert pieces[-1].rtl and pieces[-1].font == fonts.ARABIC
    clusters = [d.cluster for d in pieces[-1].text.__shapeData__]
    assert clusters == sorted(clusters, reverse=True)  # glyphs in visual order


@needs_pdftoppm
def test_arabic_pages_are_laid_out_from_the_right_margin(
    vault: Vault, family: SampleIds, tmp_path: Path
) -> None:
    _review_all(vault, "ar")
    arabic = render(vault, family.family_id, FamilyDocument.INFO, "ar", today=TODAY).pdf
    portuguese = render(vault, family.family_id, FamilyDocument.INFO, "pt", today=TODAY).pdf
    ar_left, ar_right = _title_ink(_png(arabic, tmp_path, "ar"))
    pt_left, pt_right = _title_ink(_png(portuguese, tmp_path, "pt"))
    margin = 18 / 210  # 18 mm on A4
    assert ar_right == pytest.approx(1 - margin, abs=0.015) and ar_left > 0.3
    assert pt_left == pytest.approx(margin, abs=0.015) and pt_right < 0.8
    assert any(name.endswith("+NotoSansArabic-Regular") for name in _fonts(arabic))


def test_a_tigrinya_text_an_entity_adds_prints_in_geez_once_reviewed(
    vault: Vault, family: SampleIds, tmp_path: Path
) -> None:
    with vault.changing() as session:
        text = family_texts.save_correction(session, vault.user, FamilyDocument.INFO, "ti",
                                            TIGRINYA_INFO)  # fmt: skip
    with pytest.raises(TextNotPrintable):
        render(vault, family.family_id, FamilyDocument.INFO, "ti", today=TODAY)
    with vault.changing() as session:
        family_texts.mark_reviewed(session, vault.user, FamilyDocument.INFO, "ti", text.sha256)
    pdf = render(vault, family.family_id, FamilyDocument.INFO, "ti", today=TODAY).pdf
    content = _text(pdf)
    assert TIGRINYA_TITLE in content and "ገጽ 1 ካብ 1" in " ".join(content.split())
    assert any(name.endswith("+NotoSansEthiopic-Regular") for name in _fonts(pdf))
    if PDFTOPPM is not None:
        left, _right = _title_ink(_png(pdf, tmp_path, "ti"))
        assert left == pytest.approx(18 / 210, abs=0.015)  # Ge'ez runs left to right


def test_an_unreviewed_text_does_not_print_and_portuguese_never_stands_in(
    vault: Vault, family: SampleIds
) -> None:
    for language in ("ar", "uk", "fr"):
        with pytest.raises(TextNotPrintable):
            render(vault, family.family_id, FamilyDocument.CONSENT, language, today=TODAY)
    for language in ("ti", "ps", "prs"):
        with pytest.raises(TextNotPrintable) as refused:
            render(vault, family.family_id, FamilyDocument.CONSENT, language, today=TODAY)
        assert "no text in this language" in str(refused.value)


def test_the_portuguese_version_follows_when_asked_and_handing_out_is_audited(
    vault: Vault, family: SampleIds
) -> None:
    rendered = render(vault, family.family_id, FamilyDocument.CONSENT, "en",
                      with_portuguese=True, today=TODAY)  # fmt: skip
    content = _text(rendered.pdf)
    assert "Your personal data: information and consent" in content
    assert "Os vossos dados pessoais: informação e consentimento" in content
    record_output(vault, family.family_id, rendered, "print")
    entries = audit_query.page(vault, audit_query.AuditFilter())
    output = [e for e in entries if e.action == "family_document.output"]
    assert output and output[0].detail["language"] == "en"
    assert output[0].detail["target"] == "print"
