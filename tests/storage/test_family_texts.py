"""Family document texts in the vault: reviewed by a coordinator, corrected, audited."""

from __future__ import annotations

import pytest

from hostdesk.domain.family_text_format import TextFormatError
from hostdesk.domain.family_texts import (
    LANGUAGES,
    PROJECT_CHECKED,
    FamilyDocument,
    TextState,
)
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import audit_query, family_texts
from hostdesk.storage.errors import PermissionDenied
from hostdesk.storage.family_texts import ReviewOutdated, TextNotPrintable
from hostdesk.storage.vault import CurrentUser, Vault
from tests.family_text_samples import TIGRINYA_INFO

INFO, CONSENT = FamilyDocument.INFO, FamilyDocument.CONSENT


def _actions(vault: Vault) -> list[tuple[str, str, str]]:
    return [(e.action, e.actor, e.object_id)
            for e in audit_query.page(vault, audit_query.AuditFilter())]  # fmt: skip


def test_every_shipped_text_reads_and_only_the_project_s_languages_ship_reviewed() -> None:
    shipped = 0
    for document in FamilyDocument:
        for language in LANGUAGES:
            text = family_texts.shipped(document, language.code)
            if text is None:
                continue
            shipped += 1
            assert text.reviewed is (language.code in PROJECT_CHECKED), (document, language)
    # Portuguese and English of each document at the least.
    assert shipped >= 2 * len(FamilyDocument)


def test_the_catalogue_tells_each_language_s_state(vault: Vault) -> None:
    with vault.session() as session:
        states = {(e.document, e.language): e.state for e in family_texts.catalogue(session)}
    assert states[(CONSENT, "pt")] is TextState.REVIEWED
    assert states[(CONSENT, "en")] is TextState.REVIEWED
    assert states[(CONSENT, "ar")] is TextState.UNREVIEWED
    assert states[(CONSENT, "ti")] is TextState.MISSING
    assert states[(CONSENT, "ps")] is TextState.MISSING


def test_an_unreviewed_text_does_not_print_until_a_coordinator_marks_it(vault: Vault) -> None:
    with vault.session() as session, pytest.raises(TextNotPrintable) as refused:
        family_texts.printable_text(session, CONSENT, "ar")
    assert refused.value.state is TextState.UNREVIEWED
    with vault.session() as session, pytest.raises(TextNotPrintable) as refused:
        family_texts.printable_text(session, CONSENT, "ti")
    assert refused.value.state is TextState.MISSING

    with vault.changing() as session:
        text = family_texts.entry(session, CONSENT, "ar").text
        assert text is not None
        review = family_texts.mark_reviewed(session, vault.user, CONSENT, "ar", text.sha256)
    with vault.session() as session:
        found = family_texts.printable_text(session, CONSENT, "ar")
    assert found.review == review and review.by == vault.user.username
    assert ("family_text.review", vault.user.username, "consent/ar") in _actions(vault)


def test_a_social_worker_cannot_mark_a_text_reviewed(vault: Vault) -> None:
    worker = CurrentUser(vault.user.id, "joao.tecnico", Role.SOCIAL_WORKER)
    with vault.changing() as session:
        text = family_texts.entry(session, CONSENT, "ar").text
        assert text is not None
        with pytest.raises(PermissionDenied):
            family_texts.mark_reviewed(session, worker, CONSENT, "ar", text.sha256)
        with pytest.raises(PermissionDenied):
            family_texts.save_correction(session, worker, INFO, "ti", TIGRINYA_INFO)
    with vault.session() as session:
        assert not family_texts.entry(session, CONSENT, "ar").printable
    assert not [a for a in _actions(vault) if a[0].startswith("family_text.")]


def test_a_review_is_of_the_text_that_was_read(vault: Vault) -> None:
    with vault.changing() as session, pytest.raises(ReviewOutdated):
        family_texts.mark_reviewed(session, vault.user, CONSENT, "ar", "0" * 64)
    with vault.session() as session:
        assert not family_texts.entry(session, CONSENT, "ar").printable


def test_a_correction_needs_its_own_review_and_can_be_undone(vault: Vault) -> None:
    with vault.changing() as session:
        family_texts.save_correction(session, vault.user, INFO, "ti", TIGRINYA_INFO)
    with vault.session() as session:
        entry = family_texts.entry(session, INFO, "ti")
    assert entry.corrected and entry.state is TextState.UNREVIEWED
    assert entry.text is not None and entry.text.title.startswith("ፕሮግራም")
    with vault.changing() as session:
        family_texts.mark_reviewed(session, vault.user, INFO, "ti", entry.text.sha256)
    with vault.session() as session:
        assert family_texts.entry(session, INFO, "ti").printable

    # Correcting a reviewed text again takes its review away.
    with vault.changing() as session:
        family_texts.save_correction(session, vault.user, INFO, "ti",
                                     TIGRINYA_INFO.replace("ጥራይ", "ጥራይ ጥራይ"))  # fmt: skip
    with vault.session() as session:
        assert family_texts.entry(session, INFO, "ti").state is TextState.UNREVIEWED
    with vault.changing() as session:
        assert family_texts.restore_shipped(session, vault.user, INFO, "ti")
    with vault.session() as session:
        assert family_texts.entry(session, INFO, "ti").state is TextState.MISSING
    actions = [a[0] for a in _actions(vault)]
    assert actions.count("family_text.correct") == 2
    assert "family_text.restore" in actions


def test_another_language_s_text_cannot_be_saved_under_a_language_s_name(vault: Vault) -> None:
    with vault.session() as session:
        english = family_texts.entry(session, INFO, "en").text
    assert english is not None
    # French is written in Latin letters too: the script check alone cannot tell.
    copied = english.source.replace("language: en", "language: fr")
    with vault.changing() as session, pytest.raises(TextFormatError) as refused:
        family_texts.save_correction(session, vault.user, INFO, "fr", copied)
    assert refused.value.code == "copy_of_other"
    portuguese_as_tigrinya = TIGRINYA_INFO.replace("እዚ ጽሑፍ ንፈተነ ጥራይ እዩ።",
                                                   "Este texto é só um teste em português, " * 3)
    with vault.changing() as session, pytest.raises(TextFormatError) as refused:
        family_texts.save_correction(session, vault.user, INFO, "ti", portuguese_as_tigrinya)
    assert refused.value.code == "script"


def test_a_withdrawn_review_stops_printing(vault: Vault) -> None:
    with vault.changing() as session:
        text = family_texts.entry(session, INFO, "fr").text
        assert text is not None
        family_texts.mark_reviewed(session, vault.user, INFO, "fr", text.sha256)
    with vault.changing() as session:
        assert family_texts.withdraw_review(session, vault.user, INFO, "fr")
    with vault.session() as session:
        assert not family_texts.entry(session, INFO, "fr").printable
    assert "family_text.review_withdraw" in [a[0] for a in _actions(vault)]


def test_the_contacts_are_kept_for_the_documents(vault: Vault) -> None:
    with vault.changing() as session:
        family_texts.save_contacts(session, vault.user,
                                   {"phone": " 210 000 000 ", "email": "x@y.pt"})  # fmt: skip
    with vault.session() as session:
        assert family_texts.contacts(session)["phone"] == "210 000 000"
    worker = CurrentUser(vault.user.id, "joao.tecnico", Role.SOCIAL_WORKER)
    with vault.changing() as session, pytest.raises(PermissionDenied):
        family_texts.save_contacts(session, worker, {"phone": "1"})
