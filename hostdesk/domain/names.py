"""Finding people by name across scripts and transliterations.

Names reach a case file in Arabic, Dari/Farsi, Tigrinya (Ge'ez script),
Ukrainian or Russian, and in Latin spellings that change from one document to
the next. Two helpers feed the search index and sanitise queries:

- ``fold``: case, accents and spelling variants of letters removed;
- ``tokens``: the plain words of any text, safe to put in a query.

The phonetic keys on which spellings of one name collide are in ``name_keys``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from hostdesk.domain.vocabulary import Script

# ---------------------------------------------------------------------------
# Scripts

_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0041, 0x024F, Script.LATIN),
    (0x0250, 0x02AF, Script.LATIN),
    (0x1E00, 0x1EFF, Script.LATIN),
    (0x2C60, 0x2C7F, Script.LATIN),
    (0xA720, 0xA7FF, Script.LATIN),
    (0xAB30, 0xAB6F, Script.LATIN),
    (0xFF21, 0xFF5A, Script.LATIN),
    (0x0400, 0x052F, Script.CYRILLIC),
    (0x1C80, 0x1C8F, Script.CYRILLIC),
    (0x2DE0, 0x2DFF, Script.CYRILLIC),
    (0xA640, 0xA69F, Script.CYRILLIC),
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x08A0, 0x08FF, Script.ARABIC),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE70, 0xFEFF, Script.ARABIC),
    (0x1200, 0x139F, Script.ETHIOPIC),
    (0x2D80, 0x2DDF, Script.ETHIOPIC),
    (0xAB00, 0xAB2F, Script.ETHIOPIC),
)
# Marks on these scripts' letters are accents or vowel signs a searcher may omit;
# in other scripts (Devanagari...) marks are vowels that belong to the word.
_FOLDED_MARK_SCRIPTS = frozenset({Script.LATIN, Script.CYRILLIC, Script.ARABIC})
_GREEK = (0x0370, 0x03FF)


def script_of_char(ch: str) -> Script | None:
    """The script of a letter, OTHER for unlisted scripts, None for non-letters."""
    if not unicodedata.category(ch).startswith("L"):
        return None
    cp = ord(ch)
    for low, high, script in _RANGES:
        if low <= cp <= high:
            return script
    return Script.OTHER


def script_of(text: str) -> Script:
    """The dominant non-Latin script of ``text``, or LATIN when it has none."""
    counts: dict[Script, int] = {}
    for ch in text:
        script = script_of_char(ch)
        if script is not None and script is not Script.LATIN:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return Script.LATIN
    # Ties go to the first in this order: the scripts the programme meets most.
    order = [Script.ARABIC, Script.CYRILLIC, Script.ETHIOPIC, Script.OTHER]
    return max(order, key=lambda s: (counts.get(s, 0), -order.index(s)))


# ---------------------------------------------------------------------------
# Folding and tokens

_APOSTROPHES = "'’‘ʼʻʿʾ`´"
FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys(map(ord, _APOSTROPHES), None),
        # Latin letters that Unicode does not decompose into letter + accent.
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "ə": "e",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        # Arabic spelling variants a searcher may or may not type.
        "\u0640": None,  # tatweel, a stretching stroke
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # Farsi yeh
        "ک": "ك",  # Farsi keheh
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
    }
)
# Й and Ї are letters of their own in Russian and Ukrainian, not И and І with accents.
_KEEP_COMPOSED = (("и\u0306", "й"), ("і\u0308", "ї"))


def fold(text: str) -> str:
    """Lowercase ``text`` and strip accents, Arabic vowel signs and tatweel.

    Letters of other scripts are kept as they are. Apostrophes are removed so
    that "Sa'id" and "Said" fold alike.
    """
    if text.isascii():
        # No normalisation changes ASCII and it has no marks to strip: lowercasing and the
        # table are the whole fold (a joining laptop folds tens of thousands of notes).
        folded = text.casefold().translate(FOLD_TABLE)
        if folded.isascii():
            return folded
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    """``fold`` for any text, letter by letter."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(FOLD_TABLE)
    text = unicodedata.normalize("NFKD", text)
    for decomposed, letter in _KEEP_COMPOSED:
        text = text.replace(decomposed, letter)
    out: list[str] = []
    strip_marks = False
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me"):
            if strip_marks:
                continue
        else:
            strip_marks = script_of_char(ch) in _FOLDED_MARK_SCRIPTS or (
                _GREEK[0] <= ord(ch) <= _GREEK[1]
            )
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _token_chars(text: str) -> Iterator[str]:
    word: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        # Marks continue a word (vowel signs in Devanagari...) but never start one.
        if category[0] in "LN" or (category[0] == "M" and word):
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def tokens(text: str) -> list[str]:
    """The folded words (letters and digits) of ``text``, in order.

    Quotes, operators and punctuation never survive, so the result is safe to
    build a full-text query from whatever a person typed.
    """
    return list(_token_chars(fold(text)))


# Articles and kinship particles written apart or joined ("Abd al-Rahman",
# "Abdulrahman"): a search must not insist on them as words of their own.
PARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "at", "an", "ed", "ud", "bin",
                       "ibn", "bint", "ben"})  # fmt: skip


_APOSTROPHES_ONLY = str.maketrans(dict.fromkeys(map(ord, _APOSTROPHES), None))


def spelt_words(text: str) -> list[str]:
    """The words of ``text`` as ``tokens`` cuts them, lowercase but with their accents.

    Phonetic keys need the letters as written: ISO 9 č and š are ch and sh,
    which folding would turn into c and s. ``fold`` of each is its token.
    """
    lowered = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text).casefold())
    return list(_token_chars(lowered.translate(_APOSTROPHES_ONLY)))
