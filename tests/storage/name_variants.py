"""The held-out list: names and spellings the search was NOT tuned on, and their variants.

The benchmark's variant set (``hostdesk.storage.demo.name_data``) is the tuning
list; nothing here appears there. Ukrainian and Russian names are written in
Cyrillic and romanised by six systems implemented here, independently of the
search's own rules: the national (2010) system, ISO 9, BGN/PCGN (Russian),
and German, French and Polish usage. The other traditions are listed with the
spellings documents use.
"""

from __future__ import annotations

# -- Cyrillic romanisation systems ---------------------------------------------

_COMMON = {
    "а": "a", "б": "b", "д": "d", "е": "e", "з": "z", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "ь": "", "'": "", "’": "",
}  # fmt: skip

SYSTEMS: dict[str, dict[str, str]] = {
    # Ukrainian national system (Cabinet resolution 55, 2010), mid-word forms.
    "national": {
        **_COMMON, "в": "v", "г": "h", "ґ": "g", "є": "ie", "ж": "zh", "и": "y", "і": "i",
        "ї": "i", "й": "i", "у": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ю": "iu", "я": "ia",
    },
    "iso9": {
        **_COMMON, "в": "v", "г": "g", "ґ": "g̀", "є": "ê", "ж": "ž", "и": "i", "і": "ì",
        "ї": "ï", "й": "j", "у": "u", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "ŝ",
        "ю": "û", "я": "â",
    },
    "bgn_russian": {
        **_COMMON, "в": "v", "г": "g", "ґ": "g", "є": "ye", "ж": "zh", "и": "i", "і": "i",
        "ї": "yi", "й": "y", "у": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ю": "yu", "я": "ya",
    },
    "german": {
        **_COMMON, "в": "w", "г": "h", "ґ": "g", "є": "je", "ж": "sch", "и": "y", "і": "i",
        "ї": "ji", "й": "j", "у": "u", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
        "щ": "schtsch", "ю": "ju", "я": "ja", "з": "s",
    },
    "french": {
        **_COMMON, "в": "v", "г": "h", "ґ": "g", "є": "ie", "ж": "j", "и": "y", "і": "i",
        "ї": "ï", "й": "ï", "у": "ou", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
        "щ": "chtch", "ю": "iou", "я": "ia",
    },
    "polish": {
        **_COMMON, "в": "w", "г": "h", "ґ": "g", "є": "je", "ж": "ż", "и": "y", "і": "i",
        "ї": "ji", "й": "j", "у": "u", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
        "щ": "szcz", "ю": "ju", "я": "ja", "л": "ł",
    },
}

# Word-initial forms where a system writes them differently.
_INITIAL = {
    "national": {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
    "french": {"є": "ie", "ю": "iou", "я": "ia"},
}


def romanise(cyrillic: str, system: str) -> str:
    table, initial = SYSTEMS[system], _INITIAL.get(system, {})
    out = []
    for i, ch in enumerate(cyrillic.lower()):
        at_start = i == 0 or not cyrillic[i - 1].isalpha()
        letter = initial.get(ch) if at_start and ch in initial else table.get(ch, ch)
        out.append(letter)
    return "".join(out).title()


# -- the held-out names ------------------------------------------------------

UKRAINIAN_GIVEN = (
    "Григорій", "Ігор", "Олег", "Юхим", "Федір", "Остап", "Святослав", "Христина", "Любов",
    "Ярема", "Євгенія", "Панас", "Всеволод", "Зіновій",
)  # fmt: skip
UKRAINIAN_SURNAMES = ("Щербак", "Харченко", "Чорновол", "Шаповал", "Кучер", "Гончаренко",
                      "Ющенко", "Жук", "Зінченко", "Дячук", "Симоненко", "Яковенко")  # fmt: skip


def cyrillic_group(word: str) -> tuple[str, ...]:
    """The national spelling first (what the file holds), then the other systems'."""
    spellings = [romanise(word, s) for s in SYSTEMS]
    return tuple(dict.fromkeys(spellings))


# Each group: the spelling the file holds first, then spellings a query may use.
SOMALI_GIVEN = (
    ("Xaliimo", "Halima", "Halimo", "Xalimo"),
    ("Cabdiwali", "Abdiwali", "Abdulwali"),
    ("Cismaan", "Osman", "Ismaan"),
    ("Faysal", "Faisal", "Feisal"),
    ("Xamdi", "Hamdi"),
    ("Cabdiqaadir", "Abdikadir", "Abdulkadir", "Abdiqadir"),
    ("Xuseen", "Husseen"),
    ("Cawil", "Awil"),
    ("Shukri", "Shukrie"),
    ("Maxamuud", "Mahamuud", "Mohamuud"),
)
SOMALI_SURNAMES = (
    ("Warfaa", "Warfa"),
    ("Cige", "Ige", "Igeh"),
    ("Xaashi", "Hashi", "Haashi"),
    ("Samatar", "Samater"),
    ("Colow", "Olow"),
)
GEEZ_GIVEN = (
    ("Tesfamariam", "Tesfamariyam", "Tesfamaryam"),
    ("Weldemichael", "Woldemichael", "Weldemikael", "Woldemikael"),
    ("Medhanie", "Medhane", "Medhanye"),
    ("Filmon", "Filimon", "Philemon"),
    ("Yemane", "Yemaneh", "Jemane"),
    ("Kiflom", "Kiflum"),
    ("Abrehet", "Abrehit"),
    ("Yohana", "Johana", "Yohanna"),
)
GEEZ_SURNAMES = (
    ("Ghebreyesus", "Gebreyesus", "Gebreiyesus"),
    ("Haileselassie", "Haile Selassie", "Hayleselassie"),
    ("Woldegiorgis", "Weldegiorgis", "Woldegiorgs"),
    ("Zerabruk", "Zeraburuk"),
)
ARABIC_COMPOUNDS = (
    ("Alaa El-Din", "Alaeddin", "Alaaeldin", "Alaa ad-Din"),
    ("Shams al-Din", "Shamsuddin", "Shamseddine", "Shams Eddine"),
    ("Khair al-Din", "Khairuddin", "Kheireddine"),
    ("Abd al-Karim", "Abdulkarim", "Abdelkarim", "Abdul Karim"),
    ("Abd al-Latif", "Abdullatif", "Abdellatif", "Abdul Latif"),
    ("Habibullah", "Habib Ullah", "Habibollah"),
    ("Amanullah", "Aman Ullah", "Amanollah"),
    ("Ruhullah", "Rohullah", "Ruhollah"),
    ("Izz al-Din", "Izzeddin", "Ezzeddine", "Izz ad-Din"),
)
ARABIC_SURNAMES = (
    ("Al-Qudsi", "Alqudsi", "El-Koudsi", "Al Qudsi"),
    ("Al-Tikriti", "Altikriti", "El-Tikriti"),
    ("Barakat", "Barakaat"),
    ("Al-Shaar", "Alshaar", "Al-Chaar"),
)


def held_out_groups() -> dict[str, tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]]:
    """For each tradition: (given-name groups, family-name groups)."""
    return {
        "ukrainian": (
            tuple(cyrillic_group(w) for w in UKRAINIAN_GIVEN),
            tuple(cyrillic_group(w) for w in UKRAINIAN_SURNAMES),
        ),
        "somali": (SOMALI_GIVEN, SOMALI_SURNAMES),
        "geez": (GEEZ_GIVEN, GEEZ_SURNAMES),
        "arabic": (ARABIC_COMPOUNDS, ARABIC_SURNAMES),
    }
