"""Family document texts: the file format, the checks on a text, when a text may print."""

from __future__ import annotations

import pytest

from hostdesk.domain import family_text_format as fmt
from hostdesk.domain.family_text_format import BlockKind, TextFormatError
from hostdesk.domain.family_texts import (
    FamilyDocument,
    Review,
    TextState,
    preferred_languages,
    state_of,
    text_code,
)

INFO_PT = """---
document: info
language: pt
version: 2
reviewed: true
reviewed_by: Projeto
label.page: Página {page} de {pages}
---
# Título

Uma frase
que continua.

## Contactos
- Telefone: {entity_phone}
- [ ] Uma caixa
"""


def test_a_text_reads_into_blocks_with_its_header() -> None:
    text = fmt.parse(INFO_PT)
    assert (text.document, text.language, text.version, text.reviewed) == (
        FamilyDocument.INFO, "pt", 2, True)
    kinds = [b.kind for b in text.blocks]
    assert kinds == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.ITEM,
                     BlockKind.CHOICE]
    assert text.blocks[1].text == "Uma frase que continua."
    assert fmt.label(text, "page", page=1, pages=3) == "Página 1 de 3"
    fmt.check(text, FamilyDocument.INFO, "pt")


def test_the_hash_ignores_line_ends_so_a_copy_saved_on_windows_is_the_same_text() -> None:
    assert fmt.parse(INFO_PT).sha256 == fmt.parse(INFO_PT.replace("\n", "\r\n")).sha256
    assert fmt.parse(INFO_PT).sha256 != fmt.parse(INFO_PT.replace("frase", "Frase")).sha256


def test_a_line_whose_placeholders_are_empty_is_left_out() -> None:
    blocks = fmt.resolved(fmt.parse(INFO_PT), {"entity_phone": ""})
    assert all("Telefone" not in b.text for b in blocks)
    blocks = fmt.resolved(fmt.parse(INFO_PT), {"entity_phone": "210 000 000"})
    assert any(b.text == "Telefone: 210 000 000" for b in blocks)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (("{entity_phone}", "{secret_field}"), "placeholder"),
        (("label.page: Página {page} de {pages}\n", ""), "label_missing"),
        (("language: pt", "language: xx"), "language"),
        (("version: 2", "version: two"), "version"),
        (("# Título\n", ""), "title"),
        (("---\ndocument", "document"), "no_header"),
    ],
)
def test_a_broken_text_says_what_is_wrong(change: tuple[str, str], code: str) -> None:
    source = INFO_PT.replace(*change)
    with pytest.raises(TextFormatError) as caught:
        fmt.check(fmt.parse(source))
    assert caught.value.code == code


def test_a_text_filed_under_a_language_must_be_written_in_its_script() -> None:
    # Portuguese words filed as Arabic or Tigrinya: exactly what must never print.
    for code in ("ar", "ti", "uk", "ps"):
        with pytest.raises(TextFormatError) as caught:
            fmt.check(fmt.parse(INFO_PT.replace("language: pt", f"language: {code}")))
        assert caught.value.code == "script"
    with pytest.raises(TextFormatError) as caught:
        fmt.check(fmt.parse(INFO_PT), FamilyDocument.INFO, "en")
    assert caught.value.code == "wrong_language"


def test_a_consent_text_must_have_its_signatures() -> None:
    source = INFO_PT.replace("document: info", "document: consent")
    for label in ("name", "signature", "date", "entity"):
        source = source.replace("---\n#", f"label.sign.{label}: x\n---\n#", 1)
    with pytest.raises(TextFormatError) as caught:
        fmt.check(fmt.parse(source))
    assert caught.value.code == "slot_missing"
    fmt.check(fmt.parse(source + "{{signatures}}\n"))


def test_a_member_s_languages_give_the_documents_languages() -> None:
    assert preferred_languages(["ar", "en"]) == ["ar", "en"]
    assert preferred_languages(["fa"], "AF") == ["prs"]  # Persian of Afghanistan is Dari
    assert preferred_languages(["fa"], "IR") == ["fa"]
    assert preferred_languages(["tir", "ara", "so"]) == ["ti", "ar"]
    assert text_code("uk-UA") == "uk" and text_code("pt_PT") == "pt" and text_code("ln") is None


def test_only_a_checked_text_is_reviewed_and_a_correction_needs_its_own_review() -> None:
    review = Review("abc", 1, "ana", "Ana", "2026-12-05T10:00:00+00:00")
    common = {"has_text": True, "sha256": "abc"}
    assert state_of(project_reviewed=False, corrected=False, review=None, **common) \
        is TextState.UNREVIEWED
    assert state_of(project_reviewed=False, corrected=False, review=review, **common) \
        is TextState.REVIEWED
    assert state_of(project_reviewed=True, corrected=False, review=None, **common) \
        is TextState.REVIEWED
    # The project's review is of the shipped text, not of the entity's correction.
    assert state_of(project_reviewed=True, corrected=True, review=None, **common) \
        is TextState.UNREVIEWED
    # A review of other content (an older text) does not carry over.
    assert state_of(project_reviewed=False, corrected=True, review=review, has_text=True,
                    sha256="def") is TextState.UNREVIEWED
    assert state_of(project_reviewed=False, corrected=False, review=None, has_text=False,
                    sha256="") is TextState.MISSING
