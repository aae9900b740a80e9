"""The family progress report read back from the PDF, as a reader and a PDF tool see it."""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from hostdesk.reports.family import (
    REPORT_LOGO,
    ReportError,
    folder_sink,
    render_batch,
    render_family_report,
)
from hostdesk.storage import families, settings
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from tests.reports.conftest import (
    ARABIC_HEAD,
    ARABIC_SPOUSE,
    CYRILLIC_NAME,
    GEEZ_NAME,
    SampleIds,
    add_sample_family,
)

NOV_1, NOV_30 = date(2026, 11, 1), date(2026, 11, 30)


def _text(pdf: bytes) -> str:
    """All pages' text, NFKC-normalised.

    Shaped Arabic comes back as presentation forms (one per joined glyph, and
    a ligature for محمد); NFKC turns them back into the letters that were typed.
    """
    reader = PdfReader(io.BytesIO(pdf))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFKC", raw)


def test_the_report_holds_the_family_in_every_script(vault: Vault, sample: SampleIds) -> None:
    pdf = render_family_report(vault, sample.family_id, NOV_1, NOV_30)
    content = _text(pdf)
    for name in ("Mohammed Al-Ahmad", "Fátima Al-Zahra", "Yusuf Al-Ahmad", ARABIC_HEAD,
                 ARABIC_SPOUSE, GEEZ_NAME, CYRILLIC_NAME):  # fmt: skip
        assert name in content, name
    assert "HD-2026-00042" in content
    assert "NAIR-LX-0042" in content
    assert "Período: 1 de novembro de 2026 a 30 de novembro de 2026" in content
    assert "1 de março de 2026" in content  # programme start
    assert "31 de agosto de 2027" in content  # programme end
    assert "mês 9 de 18" in content
    assert "05/1990" in content  # a birth known to the month stays so, on one line
    assert "Matricular o Yusuf na escola" in content
    assert "atingiu o nível A2 em 20 de novembro de 2026" in " ".join(content.split())
    assert "Levar a Fátima ao centro de saúde" in content  # next step
    assert "ARP de Fátima Al-Zahra caduca a 5 de dezembro de 2026" in content
    assert "O/A coordenador/a" in content
    assert "Página 1 de 2" in content and "Página 2 de 2" in content
    # A note's "<" and "&" are text, not markup.
    assert "escola & do IEFP" in content and "<ok>" in content


def test_english_on_request(vault: Vault, sample: SampleIds) -> None:
    content = _text(render_family_report(vault, sample.family_id, NOV_1, NOV_30, "en"))
    assert "Family progress report" in content
    assert "Period: 1 November 2026 to 30 November 2026" in content
    assert "month 9 of 18" in content
    assert "Page 1 of 2" in content


def test_fonts_are_embedded_and_the_metadata_names_only_the_case(
    vault: Vault, sample: SampleIds
) -> None:
    reader = PdfReader(io.BytesIO(render_family_report(vault, sample.family_id, NOV_1, NOV_30)))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # a Type 0 font keeps it on its descendant
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor.get_object()
    assert len(fonts) >= 4, fonts  # regular, bold, Arabic, Ethiopic
    assert all(fonts.values()), fonts
    meta = reader.metadata
    assert meta is not None
    assert meta.title and "HD-2026-00042" in meta.title
    assert meta.author == "Associação de Teste"
    everything = " ".join(str(v) for v in meta.values())
    for name in ("Mohammed", "Fátima", "Yusuf", ARABIC_HEAD):
        assert name not in everything


def test_a_long_timeline_runs_over_pages_with_a_sane_count(vault: Vault) -> None:
    ids = add_sample_family(vault, activities=300)
    reader = PdfReader(io.BytesIO(render_family_report(vault, ids.family_id, NOV_1, NOV_30)))
    pages = len(reader.pages)
    # About 30 activity rows fit on a page: 300 need 10 or so, not one per row.
    assert 8 <= pages <= 16, pages
    last = unicodedata.normalize("NFKC", reader.pages[-1].extract_text())
    assert f"Página {pages} de {pages}" in last


def test_a_period_outside_the_activities_says_there_were_none(
    vault: Vault, sample: SampleIds
) -> None:
    content = _text(render_family_report(vault, sample.family_id, date(2026, 4, 1),
                                         date(2026, 4, 30)))  # fmt: skip
    assert "Sem atividades registadas no período." in content
    assert "mês 2 de 18" in content


def test_each_export_is_audited_without_content(vault: Vault, sample: SampleIds) -> None:
    render_family_report(vault, sample.family_id, NOV_1, NOV_30, "en")
    with vault.session() as session:
        rows = session.execute(
            text("SELECT actor, object_id, detail FROM audit_log WHERE action = :a"),
            {"a": "report.family.export"},
        ).all()
    assert len(rows) == 1
    _actor, object_id, detail = rows[0]
    assert object_id == str(sample.family_id)
    assert '"from":"2026-11-01"' in detail and '"lang":"en"' in detail
    assert "Mohammed" not in detail
    assert vault.audit_report().ok


def test_a_logo_from_the_settings_is_drawn(vault: Vault, sample: SampleIds) -> None:
    import base64

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (43, 108, 176)).save(buffer, format="PNG")
    with vault.changing() as session:
        settings.put(session, vault.user.username, REPORT_LOGO,
                     base64.b64encode(buffer.getvalue()).decode())  # fmt: skip
    reader = PdfReader(io.BytesIO(render_family_report(vault, sample.family_id, NOV_1, NOV_30)))
    assert reader.pages[0].images, "the logo is on the first page"


def test_unknown_family_and_backwards_period_are_clear_errors(
    vault: Vault, sample: SampleIds
) -> None:
    with pytest.raises(ReportError, match="no family"):
        render_family_report(vault, 999_999, NOV_1, NOV_30)
    with pytest.raises(ValueError, match="ends before it starts"):
        render_family_report(vault, sample.family_id, NOV_30, NOV_1)


def test_a_batch_goes_on_past_a_failure_and_lists_it(
    vault: Vault, sample: SampleIds, tmp_path: Path
) -> None:
    second = add_sample_family(vault, case_number="HD-2026-00043")
    seen: list[tuple[int, int]] = []
    result = render_batch(
        vault,
        [sample.family_id, 999_999, second.family_id],
        NOV_1,
        NOV_30,
        sink=folder_sink(tmp_path / "out", NOV_1, NOV_30),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.done == ["HD-2026-00042", "HD-2026-00043"]
    assert [f.family_id for f in result.failures] == [999_999]
    assert "no family" in result.failures[0].message
    assert not result.ok and not result.cancelled
    assert seen == [(1, 3), (2, 3), (3, 3)]
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == [
        "relatorio-HD-2026-00042-2026-11-01-2026-11-30.pdf",
        "relatorio-HD-2026-00043-2026-11-01-2026-11-30.pdf",
    ]


def test_a_cancelled_batch_stops_between_families(vault: Vault, sample: SampleIds) -> None:
    second = add_sample_family(vault, case_number="HD-2026-00043")
    written: list[str] = []
    result = render_batch(
        vault,
        [sample.family_id, second.family_id],
        NOV_1,
        NOV_30,
        sink=lambda case, pdf: written.append(case),
        cancelled=lambda: bool(written),
    )
    assert result.cancelled
    assert written == ["HD-2026-00042"]


def test_notes_per_dimension_are_shown_under_the_dimensions_name(
    vault: Vault, sample: SampleIds
) -> None:
    with vault.changing() as s:
        family = s.get(Family, sample.family_id)
        assert family is not None
        families.add_activity(
            s, vault.user, family, kind="visit", occurred_on=date(2026, 11, 29),
            text="Visita de rotina.\n[health] Consulta marcada no centro de saúde.",
        )  # fmt: skip
    content = _text(render_family_report(vault, sample.family_id, NOV_1, NOV_30))
    assert "Saúde: Consulta marcada no centro de saúde." in content
    assert "[health]" not in content


def test_a_family_past_its_end_is_told_to_record_the_exit(vault: Vault, sample: SampleIds) -> None:
    content = _text(render_family_report(vault, sample.family_id, date(2027, 9, 1),
                                         date(2027, 9, 30)))  # fmt: skip
    assert "programa terminado há 30 dias" in content
    assert "O programa terminou a 31 de agosto de 2027, há 30 dias" in content


def test_a_case_is_found_by_the_short_forms_people_type(vault: Vault) -> None:
    from hostdesk.reports.family import AmbiguousCase, UnknownCase, resolve_case

    with vault.changing() as s:
        for case in ("HD-2025-00297", "HD-2026-00297", "HD-2026-00042"):
            families.create_family(s, vault.user, arrival_channel="resettlement",
                                   programme_start=date(2026, 1, 5), case_number=case)  # fmt: skip
    with vault.session() as s:
        assert resolve_case(s, " hd-2025-00297 ")[1] == "HD-2025-00297"
        assert resolve_case(s, "2026-00297")[1] == "HD-2026-00297"
        assert resolve_case(s, "42")[1] == "HD-2026-00042"
        assert resolve_case(s, "00042")[1] == "HD-2026-00042"
        with pytest.raises(AmbiguousCase) as twice:
            resolve_case(s, "297")
        assert twice.value.matches == ["HD-2025-00297", "HD-2026-00297"]
        with pytest.raises(UnknownCase):
            resolve_case(s, "00298")
        with pytest.raises(UnknownCase):
            resolve_case(s, "%")
