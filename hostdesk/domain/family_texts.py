"""Documents handed to a family, in the family's language: which, in which languages, when.

Three documents are written for the family itself rather than for the
programme's bodies: the programme's information sheet, the consent text and
the family's integration plan. Each exists as one text per language, a data
file an entity can read and correct (``hostdesk.domain.family_text_format``).

A text may be printed only when someone who reads the language has checked
it: the project for Portuguese and English, the entity's coordinator for any
other language. A consent text nobody has checked cannot inform anyone, so an
unchecked text never prints, and a language without a text says so rather than
falling back to Portuguese.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from hostdesk.domain.vocabulary import Script


class FamilyDocument(StrEnum):
    INFO = "info"  # what the programme is, how long, what the entity does, whom to call
    CONSENT = "consent"  # what is recorded, why, who sees it, rights, how to withdraw
    PLAN = "plan"  # the family's integration plan: goals per dimension, members' names


@dataclass(frozen=True)
class TextLanguage:
    code: str  # the code the texts are filed under (ISO 639-1, or 639-3 where 639-1 has none)
    name_pt: str
    name_en: str
    endonym: str  # the language's name in itself, for the family to recognise
    script: Script  # the script its texts must be written in
    rtl: bool = False


# Portuguese first, then the languages the programme meets most. Dari has no ISO 639-1
# code of its own ("fa" is Persian as written in Iran); "prs" is its ISO 639-3 code.
LANGUAGES: tuple[TextLanguage, ...] = (
    TextLanguage("pt", "português", "Portuguese", "Português", Script.LATIN),
    TextLanguage("ar", "árabe", "Arabic", "العربية", Script.ARABIC, rtl=True),
    TextLanguage("prs", "dari", "Dari", "دری", Script.ARABIC, rtl=True),
    TextLanguage("fa", "farsi (persa)", "Farsi (Persian)", "فارسی", Script.ARABIC, rtl=True),
    TextLanguage("ps", "pastó", "Pashto", "پښتو", Script.ARABIC, rtl=True),
    TextLanguage("ti", "tigrínia", "Tigrinya", "ትግርኛ", Script.ETHIOPIC),
    TextLanguage("uk", "ucraniano", "Ukrainian", "Українська", Script.CYRILLIC),
    TextLanguage("en", "inglês", "English", "English", Script.LATIN),
    TextLanguage("fr", "francês", "French", "Français", Script.LATIN),
)
BY_CODE = {language.code: language for language in LANGUAGES}

# Languages whose texts the project itself writes and checks; every other language's
# shipped text is a draft until an entity's coordinator has checked it.
PROJECT_CHECKED = frozenset({"pt", "en"})

# Codes a member's record may hold (ISO 639-1, 639-2/B and /T, 639-3, with a region).
_ALIASES = {
    "por": "pt", "pt-pt": "pt", "pt-br": "pt",
    "ara": "ar", "apc": "ar", "arz": "ar", "acm": "ar", "apd": "ar", "ary": "ar",
    "fa-af": "prs", "prs": "prs",
    "fas": "fa", "per": "fa", "pes": "fa", "fa-ir": "fa",
    "pus": "ps", "pbt": "ps", "pbu": "ps",
    "tir": "ti", "ukr": "uk", "eng": "en", "fra": "fr", "fre": "fr",
}  # fmt: skip


def language(code: str) -> TextLanguage:
    """The language filed under ``code``; KeyError names it when there is none."""
    try:
        return BY_CODE[code]
    except KeyError:
        raise KeyError(f'There are no family documents in "{code}".') from None


def text_code(member_code: str, nationality: str = "") -> str | None:
    """The documents' code for a language recorded on a member, or None if none is offered.

    Persian recorded for someone from Afghanistan is Dari: the demo data and many
    spreadsheets write "fa" for both.
    """
    code = member_code.strip().lower().replace("_", "-")
    code = _ALIASES.get(code, code)
    if code == "fa" and nationality.upper() == "AF":
        return "prs"
    if code in BY_CODE:
        return code
    base = code.split("-", 1)[0]
    return base if base in BY_CODE else None


def preferred_languages(member_codes: Iterable[str], nationality: str = "") -> list[str]:
    """The documents' languages for a member's recorded languages, in their order, no repeats."""
    found: list[str] = []
    for member_code in member_codes:
        code = text_code(member_code, nationality)
        if code is not None and code not in found:
            found.append(code)
    return found


class TextState(StrEnum):
    """Where one document stands in one language."""

    MISSING = "missing"  # no text yet: it cannot be printed in this language
    UNREVIEWED = "unreviewed"  # a text nobody who reads the language has checked
    REVIEWED = "reviewed"  # checked (by the project, or by the entity's coordinator)


@dataclass(frozen=True)
class Review:
    """Who checked a text, of which exact content (its SHA-256), and when."""

    sha256: str
    version: int
    by: str  # user name, as in the audit log
    by_name: str  # the name the user goes by, for the panel and the printed page
    at: str  # UTC ISO 8601


def state_of(
    *,
    has_text: bool,
    project_reviewed: bool,
    corrected: bool,
    sha256: str,
    review: Review | None,
) -> TextState:
    """A text is reviewed when the project checked it as shipped, or a coordinator checked
    exactly this content; a correction needs a coordinator's check of its own."""
    if not has_text:
        return TextState.MISSING
    if review is not None and review.sha256 == sha256:
        return TextState.REVIEWED
    if project_reviewed and not corrected:
        return TextState.REVIEWED
    return TextState.UNREVIEWED


# What a document's text may use: placeholders filled from the vault ({entity_name}),
# slots the layout fills ({{goals}}), and labels the slots need (front matter "label.x").
PLACEHOLDERS = frozenset({
    "entity_name", "entity_address", "entity_phone", "entity_email", "entity_hours",
    "dpo_contact", "worker_name", "family_name", "case_number", "programme_months",
    "programme_start", "programme_end", "retention_years", "today",
})  # fmt: skip

DIMENSION_LABELS = (
    "dimension.housing", "dimension.health", "dimension.education",
    "dimension.language", "dimension.employment",
)  # fmt: skip
STATUS_LABELS = ("status.planned", "status.in_progress", "status.achieved", "status.dropped")
SIGNATURE_LABELS = ("sign.name", "sign.signature", "sign.date", "sign.entity")


@dataclass(frozen=True)
class DocumentRules:
    slots: frozenset[str]  # slots the document's text may hold
    required_slots: frozenset[str]
    labels: tuple[str, ...]  # labels its text must define


COMMON_LABELS = ("page",)  # "Page {page} of {pages}"

RULES: dict[FamilyDocument, DocumentRules] = {
    FamilyDocument.INFO: DocumentRules(
        slots=frozenset(), required_slots=frozenset(), labels=COMMON_LABELS
    ),
    FamilyDocument.CONSENT: DocumentRules(
        slots=frozenset({"signatures"}),
        required_slots=frozenset({"signatures"}),
        labels=(*COMMON_LABELS, *SIGNATURE_LABELS),
    ),
    FamilyDocument.PLAN: DocumentRules(
        slots=frozenset({"members", "goals", "signatures"}),
        required_slots=frozenset({"members", "goals"}),
        labels=(
            *COMMON_LABELS, *DIMENSION_LABELS, *STATUS_LABELS, *SIGNATURE_LABELS,
            "goal.whole_family", "goal.target", "goal.none",
        ),
    ),
}  # fmt: skip


def ordered(codes: Sequence[str]) -> list[str]:
    """``codes`` in the catalogue's order (Portuguese first), unknown ones left out."""
    return [lang.code for lang in LANGUAGES if lang.code in codes]
