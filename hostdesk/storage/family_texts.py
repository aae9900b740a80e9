"""The texts of the family documents: as shipped, as an entity corrected them, as reviewed.

The shipped texts live in ``resources/family_texts/<document>/<language>.md``
(read through ``hostdesk.resources``). An entity may correct a text without a
new release: its corrected copy is kept in the vault's ``setting`` table under
``family_texts.text.<document>.<language>`` and used instead of the shipped
one. A coordinator's review is kept under ``family_texts.review.<document>.
<language>``, bound to the SHA-256 of the exact text reviewed, so a corrected
copy, or a new release that changes the shipped text, needs a review of its
own. Every review, withdrawal, correction and return to the shipped text is
audited (who and when; ids and hashes, never the text).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from sqlmodel import Session

from hostdesk import resources
from hostdesk.domain import family_text_format as fmt
from hostdesk.domain.family_text_format import FamilyText, TextFormatError
from hostdesk.domain.family_texts import (
    LANGUAGES,
    PROJECT_CHECKED,
    FamilyDocument,
    Review,
    TextState,
    state_of,
)
from hostdesk.storage import audit, settings
from hostdesk.storage.errors import PermissionDenied, VaultError
from hostdesk.storage.models import AppUser, Setting
from hostdesk.storage.settings import SettingSpec
from hostdesk.storage.vault import CurrentUser

log = logging.getLogger(__name__)

FOLDER = "family_texts"
KEY_PREFIX = "family_texts."  # every key of this module: the team sync shares them all


class TextNotPrintable(VaultError):
    """The document cannot be printed in this language: no text, or not reviewed."""

    def __init__(self, document: FamilyDocument, language: str, state: TextState) -> None:
        self.document, self.language, self.state = document, language, state
        reason = (
            "there is no text in this language yet"
            if state is TextState.MISSING
            else "its text in this language has not been reviewed by a coordinator"
        )
        super().__init__(f'The document "{document}" cannot be printed in "{language}": {reason}.')


class ReviewOutdated(VaultError):
    """The text changed after the coordinator read it; they must read it again."""


@dataclass(frozen=True)
class TextEntry:
    """One document in one language: the text in use, where it comes from, its review."""

    document: FamilyDocument
    language: str
    text: FamilyText | None  # None: no text yet
    corrected: bool  # the entity's copy in the vault is in use
    corrected_by: str = ""
    corrected_at: str = ""
    review: Review | None = None  # the coordinator's, if any (it may be of an older text)
    state: TextState = TextState.MISSING

    @property
    def printable(self) -> bool:
        return self.state is TextState.REVIEWED

    @property
    def project_reviewed(self) -> bool:
        return self.text is not None and not self.corrected and _project_checked(self.text)


def _project_checked(text: FamilyText) -> bool:
    # Only the project's own languages may ship as reviewed, whatever a file's header says.
    return text.reviewed and text.language in PROJECT_CHECKED


@cache
def shipped(document: FamilyDocument, language: str) -> FamilyText | None:
    """The text HostDesk ships, or None when there is none in this language."""
    try:
        source = resources.read_text(FOLDER, document.value, f"{language}.md")
    except resources.MissingResource:
        return None
    text = fmt.parse(source)
    fmt.check(text, document, language)
    return text


def _key(kind: str, document: FamilyDocument, language: str) -> str:
    return f"{KEY_PREFIX}{kind}.{document.value}.{language}"


def _read(session: Session, key: str) -> dict[str, str] | None:
    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
    except ValueError:
        log.warning("setting %s is not JSON; ignored", key)
        return None
    return value if isinstance(value, dict) else None


def _write(session: Session, key: str, value: dict[str, str] | None) -> None:
    row = session.get(Setting, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
        session.add(row)


def entry(session: Session, document: FamilyDocument, language: str) -> TextEntry:
    """Where ``document`` stands in ``language`` in this vault."""
    stored = _read(session, _key("text", document, language))
    text: FamilyText | None = None
    corrected = False
    if stored is not None:
        try:
            text = fmt.parse(stored.get("text", ""))
            fmt.check(text, document, language)
            corrected = True
        except TextFormatError:
            # Saved only after the same checks; an older version's copy that no longer
            # reads falls back to the shipped text rather than printing something broken.
            log.warning("the corrected %s/%s text no longer reads; shipped text used",
                        document, language)  # fmt: skip
            text = None
    if text is None:
        text = shipped(document, language)
    review_data = _read(session, _key("review", document, language))
    review = _review(review_data) if review_data else None
    state = state_of(
        has_text=text is not None,
        project_reviewed=text is not None and _project_checked(text),
        corrected=corrected,
        sha256=text.sha256 if text is not None else "",
        review=review,
    )
    return TextEntry(
        document=document,
        language=language,
        text=text,
        corrected=corrected,
        corrected_by=stored.get("by", "") if corrected and stored else "",
        corrected_at=stored.get("at", "") if corrected and stored else "",
        review=review,
        state=state,
    )


def _review(data: dict[str, str]) -> Review | None:
    try:
        return Review(
            sha256=str(data["sha256"]), version=int(data["version"]), by=str(data["by"]),
            by_name=str(data.get("by_name", "")), at=str(data["at"]),
        )  # fmt: skip
    except (KeyError, ValueError):
        return None


def catalogue(session: Session) -> list[TextEntry]:
    """Every document in every language, documents first, languages in the catalogue's order."""
    return [entry(session, d, lang.code) for d in FamilyDocument for lang in LANGUAGES]


def printable_text(session: Session, document: FamilyDocument, language: str) -> TextEntry:
    """The entry of a text that may be printed; ``TextNotPrintable`` otherwise."""
    found = entry(session, document, language)
    if not found.printable:
        raise TextNotPrintable(document, language, found.state)
    return found


def _require_coordinator(actor: CurrentUser, what: str) -> None:
    if not actor.is_coordinator:
        raise PermissionDenied(f"Only a coordinator can {what}.")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _object_id(document: FamilyDocument, language: str) -> str:
    return f"{document.value}/{language}"


def mark_reviewed(
    session: Session,
    actor: CurrentUser,
    document: FamilyDocument,
    language: str,
    seen_sha256: str,
) -> Review:
    """A coordinator says the text they read (``seen_sha256``) is faithful; audited.

    If the text in use is no longer the one they read, nothing is recorded.
    """
    _require_coordinator(actor, "mark a family document's text as reviewed")
    current = entry(session, document, language)
    if current.text is None:
        raise TextNotPrintable(document, language, TextState.MISSING)
    if current.text.sha256 != seen_sha256:
        raise ReviewOutdated(
            "The text changed since it was shown; read it again before marking it reviewed."
        )
    user = session.get(AppUser, actor.id) if actor.id is not None else None
    review = Review(
        sha256=current.text.sha256,
        version=current.text.version,
        by=actor.username,
        by_name=(user.display_name if user and user.display_name else actor.username),
        at=_now(),
    )
    _write(session, _key("review", document, language), {
        "sha256": review.sha256, "version": str(review.version), "by": review.by,
        "by_name": review.by_name, "at": review.at,
    })  # fmt: skip
    audit.append(session, actor.username, "family_text.review", "family_text",
                 _object_id(document, language),
                 {"version": review.version, "sha256": review.sha256,
                  "corrected": current.corrected})  # fmt: skip
    return review


def withdraw_review(
    session: Session, actor: CurrentUser, document: FamilyDocument, language: str
) -> bool:
    """The coordinator's review no longer stands (a fault was found); False if there was none."""
    _require_coordinator(actor, "withdraw the review of a family document's text")
    key = _key("review", document, language)
    if session.get(Setting, key) is None:
        return False
    _write(session, key, None)
    audit.append(session, actor.username, "family_text.review_withdraw", "family_text",
                 _object_id(document, language))  # fmt: skip
    return True


def save_correction(
    session: Session, actor: CurrentUser, document: FamilyDocument, language: str, source: str
) -> FamilyText:
    """Keep the entity's corrected text in the vault; it needs a review before it prints.

    The text must read and fit its document and language (``TextFormatError``
    says what is wrong), and may not repeat another language's text: that is
    how Portuguese would end up printed under another language's name.
    """
    _require_coordinator(actor, "correct a family document's text")
    text = fmt.parse(source)
    fmt.check(text, document, language)
    own = _body(text)
    for other in LANGUAGES:
        if other.code == language:
            continue
        theirs = entry(session, document, other.code).text
        if theirs is not None and _body(theirs) == own:
            raise TextFormatError(
                "copy_of_other",
                f'This is the text of another language ("{other.code}"), not a translation.',
                other.code,
            )
    _write(session, _key("text", document, language),
           {"text": text.source, "by": actor.username, "at": _now()})  # fmt: skip
    audit.append(session, actor.username, "family_text.correct", "family_text",
                 _object_id(document, language),
                 {"version": text.version, "sha256": text.sha256})  # fmt: skip
    return text


def _body(text: FamilyText) -> tuple[tuple[str, str], ...]:
    return tuple((b.kind.value, b.text) for b in text.blocks)


def restore_shipped(
    session: Session, actor: CurrentUser, document: FamilyDocument, language: str
) -> bool:
    """Drop the entity's corrected copy; the shipped text (if any) is used again."""
    _require_coordinator(actor, "return a family document to its shipped text")
    key = _key("text", document, language)
    if session.get(Setting, key) is None:
        return False
    _write(session, key, None)
    audit.append(session, actor.username, "family_text.restore", "family_text",
                 _object_id(document, language))  # fmt: skip
    return True


# What the information sheet and the consent text give as the entity's contacts. The
# vault holds the entity's name and address; telephone, e-mail, opening hours and the
# data-protection contact are set by a coordinator for these documents.
CONTACT_FIELDS = ("address", "phone", "email", "hours", "dpo")
CONTACTS: SettingSpec[dict[str, str]] = SettingSpec(
    f"{KEY_PREFIX}contacts", {}, "The entity's contacts printed on the family documents."
)


def contacts(session: Session) -> dict[str, str]:
    stored = settings.get(session, CONTACTS)
    return {name: str(stored.get(name, "")).strip() for name in CONTACT_FIELDS}


def save_contacts(session: Session, actor: CurrentUser, values: dict[str, str]) -> None:
    """Store the contacts (coordinator only; audited as a setting change)."""
    _require_coordinator(actor, "change the contacts printed on family documents")
    clean = {name: values.get(name, "").strip()[:200] for name in CONTACT_FIELDS}
    settings.put(session, actor.username, CONTACTS, clean)
