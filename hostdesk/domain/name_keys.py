"""Phonetic keys on which the spellings of one name collide, across scripts and orthographies.

A name word gets a small set of keys, one per way of reading it. Two words
are the same name when their sets share a key. Every script is first turned
into "phonemes": consonant letters a-z plus vowels. Arabic and Cyrillic map
straight to resolved consonants (so that س + ح, "s" + "h", never reads as the
digraph "sh"); Ethiopic goes through the Latin rules because Tigrinya names
are romanised letter by letter ("ድህ" is written "dh", as in Gebremedhin).

A Latin spelling is read in the orthographies it may come from, each only when
the word shows a letter that orthography uses differently:

- Somali: C is the Arabic ʿayn (a vowel here) and X is ḥ: Cali = Ali,
  Xasan = Hassan, Maxamed = Mohamed, Faarax = Farah.
- German, French and Polish renderings of Ukrainian and Russian names: W is V,
  J is Y, Z (German) and C (Polish, ISO 9) are TS, SCH/SZ are SH,
  TSCH/CZ are CH, French CH is SH: Schewtschenko = Szewczenko = Chevtchenko
  = Shevchenko, Jurij = Yurii. DJ before a vowel is Д with Я, Ю or Є
  (Djatschuk = Diachuk); French OU is a U before a consonant too (Diatchouk).
  German writes З as S where an S is voiced, at the start or between vowels
  (Sinowij = Zinovii, Sintschenko = Zinchenko): read so only in a word that
  shows W, J or SCH, since reading every S as a possible Z would join Said
  and Ziad; a German spelling with nothing else German in it (Slata for
  Zlata) is not read.
- English and Greek CH as K (Michael, Mikael).
- An H between two consonants that another spelling leaves out (Mebrahtu,
  Mebratu).

and, whatever the orthography, Russian G for Ukrainian H (Ganna, Hanna;
Bogdan, Bohdan), the Sudanese and Egyptian G for the Arabic Q (Ishag, Ishaq),
and an initial Ye/Ie/Je that other systems write E (Yevhen, Ievgen, Evgen).
ISO 9 letters (č, š, ž, ŝ) read as the digraphs they stand for.

A key keeps what tells names apart: an initial vowel ("a", so Olena is not
Lina and Umar is not Maria), the consonants, and a final "y" for a name that
ends in i or y (the Persian and Arabic -i of Karimi, Ahmadi, Hashimi, which
are not Karim, Ahmad, Hashim).

Known limits, accepted: Arabic script does not write short vowels, so a
spelling that writes the long u of Mahmoud as a plain "u" (Mahmud) cannot be
told from Muhammad and shares its key; Hassan and Hussein (حسن, حسين) share
one too.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from hostdesk.domain import names
from hostdesk.domain.vocabulary import Script

_VOWEL = "a"
_VOWELS = frozenset("aeiou")

_ARABIC: dict[str, str] = {
    # Alef, hamza and ain carry no consonant a Latin spelling would show.
    **dict.fromkeys("اأإآٱءؤئىع", _VOWEL),
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "h", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ک": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "h", "ۀ": "h", "ە": "h", "و": "w", "ي": "y", "ی": "y", "ې": "y",
    "ۍ": "y",
    # Dari/Farsi and Pashto letters.
    "پ": "p",
    "چ": "h",  # "ch", which Latin spellings share with "kh" (Chaled, Khaled)
    "ژ": "j",  # "zh"
    "گ": "g", "ګ": "g", "ټ": "t", "ډ": "d", "ړ": "r", "ښ": "s", "ږ": "j", "ځ": "z",
    "څ": "s", "ڼ": "n",
}  # fmt: skip

_CYRILLIC: dict[str, str] = {
    **dict.fromkeys("аеиіоуыэ", _VOWEL),
    **dict.fromkeys("єюяїё", "y" + _VOWEL),
    "ъ": "", "ь": "", "б": "b", "в": "v",
    # Ukrainian Г is romanised "h" (Olha, Hanna); Ґ is the "g".
    "г": "h", "ґ": "g", "д": "d", "ж": "j", "з": "z", "й": "y", "к": "k", "л": "l",
    "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "h",
    "ц": "ts", "ч": "h", "ш": "s", "щ": "s", "ў": "w", "ј": "y", "љ": "l", "њ": "n",
    "ђ": "j", "џ": "j", "ћ": "h",
}  # fmt: skip

# Ethiopic syllables come in rows of eight (one consonant, its vowels); the
# sixth form of a row (offset 5) is the bare consonant and the third (offset
# 2) carries an i. The glottal and pharyngeal rows (አ, ዐ) stand for vowels.
_ETHIOPIC_ROWS: dict[int, str] = {
    0x1200: "h", 0x1208: "l", 0x1210: "h", 0x1218: "m", 0x1220: "s", 0x1228: "r",
    0x1230: "s", 0x1238: "sh", 0x1240: "q", 0x1248: "q", 0x1250: "q", 0x1258: "q",
    0x1260: "b", 0x1268: "v", 0x1270: "t", 0x1278: "ch", 0x1280: "h", 0x1288: "h",
    0x1290: "n", 0x1298: "n", 0x12A0: "", 0x12A8: "k", 0x12B0: "k", 0x12B8: "kh",
    0x12C0: "kh", 0x12C8: "w", 0x12D0: "", 0x12D8: "z", 0x12E0: "zh", 0x12E8: "y",
    0x12F0: "d", 0x12F8: "d", 0x1300: "j", 0x1308: "g", 0x1310: "g", 0x1318: "g",
    0x1320: "t", 0x1328: "ch", 0x1330: "p", 0x1338: "ts", 0x1340: "ts", 0x1348: "f",
    0x1350: "p",
}  # fmt: skip

# ISO 9 and Czech-style letters stand for digraphs; fold() would make č a c.
_LETTER_DIGRAPHS = str.maketrans(
    {"č": "ch", "š": "sh", "ž": "zh", "ż": "zh", "ŝ": "shch", "ǧ": "g"}
)

# Longest first: the regex takes the first alternative that matches.
_DIGRAPHS = re.compile(r"shch|tch|sch|kh|gh|sh|ch|zh|th|dh|ph|dj|ck|ou|oo|q|c|x")
_DIGRAPH_SOUNDS = {
    "shch": "s", "tch": "h", "sch": "s", "kh": "h", "gh": "g", "sh": "s",
    # Khaled, Chaled: "ch" is a "kh" in German and Dutch spellings of Arabic names.
    "ch": "h", "zh": "j", "th": "t", "dh": "d", "ph": "f", "dj": "j", "ck": "k",
    "q": "k", "c": "k", "x": "ks",
}  # fmt: skip

# The same, with SH (and SCH, SHCH) kept apart from S: for telling spellings apart, not keys.
_FINE_SOUNDS = {**_DIGRAPH_SOUNDS, "shch": "S", "sch": "S", "sh": "S"}

# Other orthographies, as rewrites into the one above: (when, [(pattern, replacement)]).
_Rewrite = tuple[Callable[[str], bool], list[tuple[re.Pattern[str], str]]]


def _rules(when: str | Callable[[str], bool], *pairs: tuple[str, str]) -> _Rewrite:
    test = re.compile(when).search if isinstance(when, str) else when
    return (lambda word: bool(test(word))), [(re.compile(p), r) for p, r in pairs]


_SILENT_H = re.compile(r"(?<=[aeiou])h(?=[bdfgjklmnpqrstvz])")


def _h_may_be_silent(word: str) -> bool:
    """An h before a consonant in a long name (Mebrahtu): Ahmed is no Emad."""
    consonants = sum(1 for ch in word if ch.isalpha() and ch not in "aeiouyh")
    return consonants >= 4 and bool(_SILENT_H.search(word))


_J_AS_Y = "(?<!d)j|(?<=d)j(?=[aeiou])"
_VOICED_S = re.compile(r"(?:^|(?<=[aeiouy]))s(?=[aeiouy])")
_GERMAN_SIGN = re.compile(r"w|(?<!d)j|sch")


def _s_may_be_z(word: str) -> bool:
    """A German S for З (Sinowij): a voiced S, beside a sign that the word is German."""
    return bool(_VOICED_S.search(word)) and bool(_GERMAN_SIGN.search(word))


# German renderings of Cyrillic; DJ before a vowel is Д + Я, Ю, Є (Djatschuk), as in Polish.
_GERMAN = (("schtsch", "shch"), ("tsch", "ch"), ("sch", "sh"), (_J_AS_Y, "y"), ("w", "v"),
           ("(?<![sdtk])z(?!h)", "ts"))  # fmt: skip

_ORTHOGRAPHIES: tuple[_Rewrite, ...] = (
    # Somali: C is ʿayn, X is ḥ.
    _rules(r"c(?![hkz])|x", (r"c(?![hkz])", "'"), ("x", "h")),
    # German: W, Z, J, SCH, TSCH. A J after a D alone is no sign: Djamila is French.
    _rules(r"w|z|(?<!d)j|sch", *_GERMAN),
    # German S for З where German writes a voiced S (Sinowij, Sintschenko): at
    # the start or between vowels, read only beside W, J or SCH, which S alone
    # never shows (Said is no Ziad). A reading of its own: Wasyl is Vasyl.
    _rules(_s_may_be_z, *_GERMAN, (_VOICED_S.pattern, "z")),
    # French: CH is SH, TCH is CH, and OU a U even before a consonant (Diatchouk),
    # read only beside a CH: a long OU before a consonant is otherwise the Arabic و.
    _rules(r"(?<!s)ch", ("tch", "TCH"), ("ch", "sh"), ("TCH", "ch"), ("ou", "u")),
    # Polish: SZ, CZ, SZCZ, RZ, W, J, C.
    _rules(r"sz|cz|rz|w|(?<!d)j|c(?![hkz])", ("szcz", "shch"), ("sz", "sh"), ("cz", "ch"),
           ("rz", "zh"), (_J_AS_Y, "y"), ("w", "v"), ("c(?![hkz])", "ts")),
    # German SCH for Ж as well as for Ш (Schuk, Zhuk).
    _rules("sch", ("schtsch", "shch"), ("tsch", "ch"), ("sch", "zh"), ("w", "v")),
    # ISO 9 vowels with a y: Â is Я, Ê is Є, Û is Ю (Ârema, Ûŝenko).
    _rules("[âêû]", ("â", "ya"), ("ê", "ye"), ("û", "yu")),
    # A final -ie read as -i (Shukrie, Shukri) as well as silent (Mussie, Muse).
    _rules(r"[^aeiouy]ie$", ("ie$", "i")),
    # Levantine and Turkish: TH is S (Othman, Osman).
    _rules(r"th", ("th", "s")),
    # English and Greek: CH is K (Michael, Christian).
    _rules(r"(?<![st])ch", ("(?<![st])ch", "k")),
    # An H another spelling leaves out before a consonant (Mebrahtu, Mebratu).
    _rules(_h_may_be_silent, (_SILENT_H.pattern, "")),
)  # fmt: skip

# Whatever the orthography: Russian G for Ukrainian H, G for the Arabic Q, an initial Ye as E.
_ANY_ORTHOGRAPHY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("g(?!h)(?<!ng)|g(?=.)(?!h)"), "h"),  # not a final -ng (housing)
    (re.compile("q"), "g"),
    (re.compile("^(?:y|i|j)e|^є"), "e"),
    # Abd, Abdul, Abdel, Abdi (Somali), Abdu: the one ʿabd of Abd al-Rahman, Abdirahman.
    (re.compile("^(c?)abd(?:ul|el|al|ol|il|u|i|e|a)"), r"\1abd"),
)
# Keep the number of keys per word bounded whatever a word holds.
MAX_READINGS = 16

# Raise whenever a word's keys change: a vault indexed with other keys is
# indexed again when it opens (``storage.search.bring_keys_up_to_date``).
# 1: the keys of migration 0009; 2: German S for З, DJ for Д before Я, French OU.
KEYS_VERSION = 2


def _ethiopic(ch: str) -> str | None:
    cp = ord(ch)
    if not 0x1200 <= cp <= 0x135A:
        return None
    consonant = _ETHIOPIC_ROWS.get(cp - (cp - 0x1200) % 8)
    if consonant is None:
        return None
    order = (cp - 0x1200) % 8
    if order == 5:
        return consonant
    return consonant + ("i" if order == 2 else _VOWEL)


def _latin_letter(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch.translate(names.FOLD_TABLE))
    return "".join(c for c in base if "a" <= c <= "z")


def _resolve_latin(run: str, at_word_start: bool, sounds: dict[str, str]) -> str:
    """Latin letters to phonemes: digraphs to one consonant, "ou" to w or a vowel."""
    if at_word_start and len(run) > 1 and run[0] == "i" and run[1] in _VOWELS:
        run = "y" + run[1:]  # Iurii, Iaroslav, Ievgen: the initial I is a Y

    def sound(m: re.Match[str]) -> str:
        found = m.group()
        if found in ("ou", "oo"):
            # A long "ou" before a consonant (Mahmoud, Nour) is the Arabic و;
            # at the start (Oussama) or before a vowel (Fouad) it is a vowel.
            following = run[m.end() : m.end() + 1]
            starts = at_word_start and m.start() == 0
            return "w" if following and following not in _VOWELS and not starts else "u"
        return sounds[found]

    return _DIGRAPHS.sub(sound, run)


def _phonemes(text: str, sounds: dict[str, str] = _DIGRAPH_SOUNDS) -> str:
    out: list[str] = []
    pending: list[str] = []  # Latin (and romanised Ethiopic) letters awaiting digraphs

    def flush() -> None:
        if pending:
            out.append(_resolve_latin("".join(pending), not out, sounds))
            pending.clear()

    for ch in text:
        if ch in _ARABIC or ch in _CYRILLIC:
            flush()
            out.append(_ARABIC[ch] if ch in _ARABIC else _CYRILLIC[ch])
        elif (ethiopic := _ethiopic(ch)) is not None:
            pending.append(ethiopic)
        elif names.script_of_char(ch) is Script.LATIN:
            pending.append(_latin_letter(ch))
    flush()
    return "".join(out)


_DOUBLED = re.compile(r"(.)\1+")


def _key(phonemes: str) -> str:
    """Initial vowel, consonants and final -i of the phonemes; "" when too little is left."""
    phonemes = _DOUBLED.sub(r"\1", phonemes)  # Rayyan, Hassan, Faarax, Andrii
    # A final h is a silent ending: Fatimah, Abdullah, the Arabic ة, Somali Faarax;
    # the i before it is no ending of its own (Salih, Saleh).
    silent_h = len(phonemes) > 1 and phonemes.endswith("h")
    if silent_h:
        phonemes = phonemes[:-1]
    trailing = len(phonemes) - len(phonemes.rstrip("aeiouy"))
    tail = phonemes[len(phonemes) - trailing :]
    body = phonemes[: len(phonemes) - trailing]
    if not body:
        # Aya, Ayah: only a y between vowels to go by.
        return "ay" if "y" in tail[1:-1] else ""
    # Karimi is not Karim: a final i, y (Tesfaye) or -oie (Ngoie), not Marie's -ie.
    final_i = not silent_h and (
        tail[-1:] in ("i", "y") or tail.endswith("ye") or (len(tail) > 2 and tail.endswith("ie"))
    )
    last = len(body) - 1
    symbols: list[str] = [_VOWEL] if body[0] in _VOWELS else []
    for i, p in enumerate(body):
        if p in _VOWELS:
            continue
        if p == "y" and i > 0:
            before, after = body[i - 1], body[i + 1 : i + 2]
            # A y between a and a vowel is a consonant (Rayan, not Rana); after i
            # or e it is the glide of Ziyad, Mariya.
            if not (before in "aou" and after and after in _VOWELS):
                continue
        # A w (Arabic و, Latin "ou") is kept only just before the final consonant
        # of a longer name: all that tells Mahmoud from Mohammed in Arabic script
        # (not Nour: Nur, Nuur; not Jubouri: Juburi).
        if p == "w" and i > 0 and not (i + 1 == last and not tail and len(symbols) >= 2):
            continue
        if symbols and symbols[-1] == p:
            continue
        symbols.append(p)
    if final_i and symbols[-1:] != ["y"]:
        symbols.append("y")
    key = "".join(symbols)
    if len(key) >= 2 or (len(key) == 1 and key not in "ay"):
        return key
    return ""


def _spellings(word: str) -> list[str]:
    """The word, and the word rewritten by the rules that apply whatever the orthography."""
    found = [word]
    for pattern, replacement in _ANY_ORTHOGRAPHY:
        found += [pattern.sub(replacement, w) for w in found if pattern.search(w)]
    return list(dict.fromkeys(found))[:MAX_READINGS]


def _rewritten(word: str) -> list[str]:
    """The word as spelt, and as read in each orthography it may be written in."""
    text = unicodedata.normalize("NFKC", word).casefold()
    text = text.translate(_LETTER_DIGRAPHS)
    latin = all(names.script_of_char(ch) in (Script.LATIN, None) for ch in text)
    spellings: list[str] = []
    for spelt in _spellings(text):
        spellings.append(spelt)
        if not latin:
            continue  # other orthographies are about Latin spellings
        for when, rewrites in _ORTHOGRAPHIES:
            if when(spelt):
                rewritten = spelt
                for pattern, replacement in rewrites:
                    rewritten = pattern.sub(replacement, rewritten)
                spellings.append(rewritten)
    return list(dict.fromkeys(spellings))


def _readings(word: str) -> list[str]:
    return list(dict.fromkeys(_phonemes(spelt) for spelt in _rewritten(word)))


def skeleton(word: str) -> str:
    """The word's key as its letters read in the usual English-based romanisation.

    "Mohammed", "Muhammad" and "محمد" share one; "Mahmoud" does not. Vowels go,
    but for one at the start (Omar), and so do y and w but at the start, a
    w (Arabic و, Latin "ou") just before a final consonant, which is all that
    tells Mahmoud from Mohammed in Arabic script, and a y between vowels
    (Rayan). Returns "" when too little is left ("Aya").
    """
    text = unicodedata.normalize("NFKC", word).casefold().translate(_LETTER_DIGRAPHS)
    return _key(_phonemes(text))


@functools.lru_cache(maxsize=50_000)
def keys(word: str) -> frozenset[str]:
    """Every key of the word: one per orthography it may be written in (see the module).

    Names repeat a great deal in a caseload, so keys are remembered.
    """
    return frozenset(k for reading in _readings(word) if (k := _key(reading)))


def keyed_readings(word: str) -> tuple[tuple[str, str], ...]:
    """(key, phonemes) for every reading of the word, and of the word without its article.

    The phonemes here keep SH apart from S, which the keys join (Sevcenko, the
    ISO 9 spelling without its háčeks, is Shevchenko) and which alone tells
    Shevchenko from Savchenko: the key finds one from the other, these say how far.
    """
    bare = article_free(word)
    spellings = _rewritten(word) + (_rewritten(bare) if bare else [])
    return tuple(
        dict.fromkeys(
            (key, _phonemes(spelt, _FINE_SOUNDS))
            for spelt in spellings
            if (key := _key(_phonemes(spelt)))
        )
    )


_LATIN_ARTICLE = re.compile(r"^(?:al|el)(?=[^aeiouy\W\d])\w{4,}$")


def article_free(word: str) -> str | None:
    """The word without an article written joined to it (الخطيب, Alkhatib), or None."""
    # Not the ال of الله (Allah), nor of a two-letter rest.
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    if _LATIN_ARTICLE.match(word):
        return word[2:]
    return None


def word_keys(word: str) -> frozenset[str]:
    """The keys of one folded word, and of the word without its joined article."""
    bare = article_free(word)
    return keys(word) | keys(bare) if bare else keys(word)


def same_word(one: str, other: str) -> bool:
    """Whether two folded words are spellings of one name (their keys meet, or they are equal)."""
    return one == other or bool(word_keys(one) & word_keys(other))


MAX_JOINED_WORDS = 3
# Words that make compound names with the next or previous one, in Latin and
# Arabic script: Abd al-Rahman, Abu Bakr, Nour ad-Din, Najib Ullah, Ali Reza,
# Gul Ahmad. Only runs holding one are joined: "Fatima Hamid" run together
# would otherwise meet "Fatimah Al-Ahmad" run together.
COMPOUND_PARTS = frozenset({
    "abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abdi", "abu", "abou", "abo",
    "din", "deen", "eddin", "eddine", "uddin", "uddeen", "addin", "aldin", "eldin",
    "ullah", "ulla", "allah", "ollah", "olla", "ulah", "reza", "rida", "gul", "nur", "nour",
    "noor", "saif", "sayf", "zain", "zein", "zayn",
    "عبد", "ابو", "أبو", "الدين", "الله", "رضا", "گل", "نور", "سيف", "زين",
    # Ge'ez compounds: Gebre Medhin, Welde Michael, Haile Selassie, Tesfa Mariam.
    "gebre", "ghebre", "gebra", "welde", "wolde", "walde", "haile", "hayle", "tesfa", "habte",
    "zere", "zera", "selassie", "mariam", "medhin", "yesus", "iyesus", "giorgis", "kristos",
})  # fmt: skip


# The second halves of compounds: no name on their own (Ullah is "al" alone).
_ENDINGS = frozenset({
    "din", "deen", "eddin", "eddine", "uddin", "uddeen", "addin", "aldin", "eldin",
    "ullah", "ulla", "allah", "ollah", "olla", "ulah", "الدين", "الله",
})  # fmt: skip


def joinable(run: list[str]) -> bool:
    """Whether adjacent words may be one compound name written apart."""
    # An article belongs to the word after it: "Fatima al" is no compound; three
    # words are one only around an article (Abd al-Rahman, Nour ad-Din).
    if run[-1] in names.PARTICLES or (len(run) == 3 and run[1] not in names.PARTICLES):
        return False
    return any(w in COMPOUND_PARTS for w in run)


def run_keys(run: list[str]) -> frozenset[str]:
    """Keys of folded words run together, with and without their particles."""
    bare = [w for w in run if w not in names.PARTICLES]
    return keys("".join(run)) | keys("".join(bare))


def name_words(text: str) -> list[str]:
    """The words of a name that count (see ``names.spelt_words``): no digits, and no
    particles unless only particles."""
    words = [w for w in names.spelt_words(text) if not w.isdigit()]
    kept = [w for w in words if w not in names.PARTICLES]
    return kept or words


def joined_keys(text: str) -> set[str]:
    """Keys of compound names written apart, run together (see ``COMPOUND_PARTS``).

    "Abd al-Rahman" and "عبد الرحمن" then share a key with "Abdulrahman", and
    "Nour El-Din" with "Nureddin": compounds are written joined or apart, the
    article assimilated (ed-, ud-) or not, and differently each time.
    """
    words = [w for w in names.spelt_words(text) if not w.isdigit()]
    found: set[str] = set()
    for size in range(2, MAX_JOINED_WORDS + 1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if joinable(run):
                found |= run_keys(run)
    return found


def name_keys(texts: Iterable[str]) -> set[str]:
    """Every key a person's names are found by: each word alone and compounds joined."""
    found: set[str] = set()
    for text in texts:
        # Each name on its own: joining a Latin word to an Arabic one makes no key.
        for word in name_words(text):
            if word not in _ENDINGS:
                found |= word_keys(word)
        found |= joined_keys(text)
    return found
