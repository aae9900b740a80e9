"""Finding people by name across scripts and transliterations.

Names reach a case file in Arabic, Dari/Farsi, Tigrinya (Ge'ez script),
Ukrainian or Russian, and in Latin spellings that change from one document to
the next. Three helpers feed the search index and sanitise queries:

- ``fold``: case, accents and spelling variants of letters removed;
- ``tokens``: the plain words of any text, safe to put in a query;
- ``skeleton``: a consonant key on which transliterations of a name collide.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

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


def _script_of_char(ch: str) -> Script | None:
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
        script = _script_of_char(ch)
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
_FOLD_TABLE = str.maketrans(
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
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD_TABLE)
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
            strip_marks = _script_of_char(ch) in _FOLDED_MARK_SCRIPTS or (
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


# ---------------------------------------------------------------------------
# Skeletons
#
# Every script is first turned into "phonemes": consonant letters a-z plus the
# vowel placeholder "a". Arabic and Cyrillic map straight to resolved
# consonants (so that س + ح, "s" + "h", never reads as the digraph "sh");
# Ethiopic goes through the Latin digraph rules because Tigrinya names are
# romanised letter by letter ("ድህ" is written "dh", as in Gebremedhin).
#
# Known limits, accepted: Arabic script does not write short vowels, so a
# spelling that writes the long u of Mahmoud as a plain "u" (Mahmud) cannot be
# told from Muhammad and shares its key; Hassan and Hussein (حسن, حسين) share
# one too; and "Nur" misses "Nour" (نور), whose final long vowel is kept.

_VOWEL = "a"
_VOWELS = frozenset("aeiou")

_ARABIC: dict[str, str] = {
    # Alef, hamza and ain carry no consonant a Latin spelling would show.
    **dict.fromkeys("اأإآٱءؤئىع", _VOWEL),
    "ب": "b",
    "ت": "t",
    "ث": "t",
    "ج": "j",
    "ح": "h",
    "خ": "h",
    "د": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "s",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "غ": "g",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ک": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ة": "h",
    "ۀ": "h",
    "ە": "h",
    "و": "w",
    "ي": "y",
    "ی": "y",
    "ې": "y",
    "ۍ": "y",
    # Dari/Farsi and Pashto letters.
    "پ": "p",
    "چ": "h",  # "ch", which Latin spellings share with "kh" (Chaled, Khaled)
    "ژ": "j",  # "zh"
    "گ": "g",
    "ګ": "g",
    "ټ": "t",
    "ډ": "d",
    "ړ": "r",
    "ښ": "s",
    "ږ": "j",
    "ځ": "z",
    "څ": "s",
    "ڼ": "n",
}

_CYRILLIC: dict[str, str] = {
    **dict.fromkeys("аеиіоуыэ", _VOWEL),
    **dict.fromkeys("єюяїё", "y" + _VOWEL),
    "ъ": "",
    "ь": "",
    "б": "b",
    "в": "v",
    # Ukrainian Г is romanised "h" (Olha, Hanna); Ґ is the "g".
    "г": "h",
    "ґ": "g",
    "д": "d",
    "ж": "j",
    "з": "z",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "ф": "f",
    "х": "h",
    "ц": "ts",
    "ч": "h",
    "ш": "s",
    "щ": "s",
    "ў": "w",
    "ј": "y",
    "љ": "l",
    "њ": "n",
    "ђ": "j",
    "џ": "j",
    "ћ": "h",
}

# Ethiopic syllables come in rows of eight (one consonant, its vowels); the
# sixth form of a row (offset 5) is the bare consonant. The glottal and
# pharyngeal rows (አ, ዐ) stand for vowels in Latin spellings.
_ETHIOPIC_ROWS: dict[int, str] = {
    0x1200: "h",
    0x1208: "l",
    0x1210: "h",
    0x1218: "m",
    0x1220: "s",
    0x1228: "r",
    0x1230: "s",
    0x1238: "sh",
    0x1240: "q",
    0x1248: "q",
    0x1250: "q",
    0x1258: "q",
    0x1260: "b",
    0x1268: "v",
    0x1270: "t",
    0x1278: "ch",
    0x1280: "h",
    0x1288: "h",
    0x1290: "n",
    0x1298: "n",
    0x12A0: "",
    0x12A8: "k",
    0x12B0: "k",
    0x12B8: "kh",
    0x12C0: "kh",
    0x12C8: "w",
    0x12D0: "",
    0x12D8: "z",
    0x12E0: "zh",
    0x12E8: "y",
    0x12F0: "d",
    0x12F8: "d",
    0x1300: "j",
    0x1308: "g",
    0x1310: "g",
    0x1318: "g",
    0x1320: "t",
    0x1328: "ch",
    0x1330: "p",
    0x1338: "ts",
    0x1340: "ts",
    0x1348: "f",
    0x1350: "p",
}

# Longest first: the regex takes the first alternative that matches.
_DIGRAPHS = re.compile(r"shch|tch|sch|kh|gh|sh|ch|zh|th|dh|ph|dj|ou|oo|q|c|x")
_DIGRAPH_SOUNDS = {
    "shch": "s",
    "tch": "h",
    "sch": "s",
    "kh": "h",
    "gh": "g",
    "sh": "s",
    # Khaled, Chaled: "ch" is a "kh" in German and Dutch spellings of Arabic names.
    "ch": "h",
    "zh": "j",
    "th": "t",
    "dh": "d",
    "ph": "f",
    "dj": "j",
    "q": "k",
    "c": "k",
    "x": "ks",
}

MIN_SKELETON_CONSONANTS = 2


def _ethiopic(ch: str) -> str | None:
    cp = ord(ch)
    if not 0x1200 <= cp <= 0x135A:
        return None
    consonant = _ETHIOPIC_ROWS.get(cp - (cp - 0x1200) % 8)
    if consonant is None:
        return None
    return consonant if (cp - 0x1200) % 8 == 5 else consonant + _VOWEL


def _latin_letter(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch.translate(_FOLD_TABLE))
    return "".join(c for c in base if "a" <= c <= "z")


def _resolve_latin(run: str, at_word_start: bool) -> str:
    """Latin letters to phonemes: digraphs to one consonant, "ou" to w or a vowel."""

    def sound(m: re.Match[str]) -> str:
        found = m.group()
        if found in ("ou", "oo"):
            # A long "ou" before a consonant (Mahmoud, Nour) is the Arabic و;
            # at the start (Oussama) or before a vowel (Fouad) it is a vowel.
            following = run[m.end() : m.end() + 1]
            starts = at_word_start and m.start() == 0
            return "w" if following and following not in _VOWELS and not starts else "u"
        return _DIGRAPH_SOUNDS[found]

    return _DIGRAPHS.sub(sound, run)


def _phonemes(word: str) -> str:
    text = unicodedata.normalize("NFKC", word).casefold()
    out: list[str] = []
    pending: list[str] = []  # Latin (and romanised Ethiopic) letters awaiting digraphs

    def flush() -> None:
        if pending:
            out.append(_resolve_latin("".join(pending), at_word_start=not out))
            pending.clear()

    for ch in text:
        if ch in _ARABIC or ch in _CYRILLIC:
            flush()
            out.append(_ARABIC[ch] if ch in _ARABIC else _CYRILLIC[ch])
        elif (ethiopic := _ethiopic(ch)) is not None:
            pending.append(ethiopic)
        elif _script_of_char(ch) is Script.LATIN:
            pending.append(_latin_letter(ch))
    flush()
    return "".join(out)


@lru_cache(maxsize=100_000)  # names share their words: a caseload's are worked out once
def skeleton(word: str) -> str:
    """A consonant key on which spellings of the same name collide, across scripts.

    "Mohammed", "Muhammad" and "محمد" share one; "Mahmoud" does not. Vowels go,
    and so do y and w except at the start, but a w (Arabic و, Latin "ou")
    just before a final consonant is kept: it is all that tells Mahmoud from
    Mohammed in Arabic script. Returns "" when fewer than two consonants remain
    ("Ali"), because a one-letter key would match far too many names.
    """
    phonemes = _phonemes(word)
    # A final h is a silent ending: Fatimah, Abdullah, the Arabic ة.
    if len(phonemes) > 1 and phonemes.endswith("h"):
        phonemes = phonemes[:-1]
    last = len(phonemes) - 1
    consonants: list[str] = []
    for i, p in enumerate(phonemes):
        if p in _VOWELS:
            continue
        if p == "y" and i > 0:
            continue
        if p == "w" and i > 0 and not (i + 1 == last and phonemes[last] not in _VOWELS):
            continue
        if consonants and consonants[-1] == p:
            continue
        consonants.append(p)
    return "".join(consonants) if len(consonants) >= MIN_SKELETON_CONSONANTS else ""


# Articles and kinship particles written apart or joined ("Abd al-Rahman",
# "Abdulrahman"): a search must not insist on them as words of their own.
PARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "at", "an", "bin", "ibn", "bint", "ben"})
MAX_JOINED_WORDS = 3


def joined_skeletons(text: str) -> set[str]:
    """Skeletons of two or three adjacent words run together.

    "Abd al-Rahman" and "عبد الرحمن" then share a key with "Abdulrahman":
    compound names are written joined or apart, and differently each time.
    """
    words = tokens(text)
    keys: set[str] = set()
    for size in range(2, MAX_JOINED_WORDS + 1):
        for start in range(len(words) - size + 1):
            span = words[start : start + size]
            if any(w.isdigit() for w in span):
                continue
            if key := skeleton("".join(span)):
                keys.add(key)
    for word in words:
        # The Arabic article is written joined: الخطيب is also "Khatib".
        if word.startswith("ال") and len(word) > 3 and (key := skeleton(word[2:])):
            keys.add(key)
    return keys
