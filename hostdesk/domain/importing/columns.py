"""The columns an import understands, and the guess from a sheet's header names.

A mapping says which spreadsheet column (by position, 0-based) holds which
field; a column mapped to nothing is not imported. Header names are compared
folded (case, accents and punctuation ignored), in Portuguese or English.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from hostdesk.domain import names
from hostdesk.domain.vocabulary import IdentifierKind


class ImportField(StrEnum):
    """What a column may hold; the values are the keys written in mapping files."""

    HOUSEHOLD = "household"
    HEAD = "head"
    RELATIONSHIP = "relationship"
    NAME_LATIN = "name_latin"
    SURNAME = "surname"  # joined after the name: "Nome" and "Apelido" in two columns
    NAME_ORIGINAL = "name_original"
    SEX = "sex"
    BIRTH = "birth"
    NATIONALITY = "nationality"
    NIF = "nif"
    NISS = "niss"
    SNS = "sns"
    CITIZEN_CARD = "citizen_card"
    PASSPORT = "passport"
    ARRIVAL_DATE = "arrival_date"
    ARRIVAL_CHANNEL = "arrival_channel"
    PROGRAMME_START = "programme_start"
    PROGRAMME_MONTHS = "programme_months"
    MUNICIPALITY = "municipality"
    NAIR_REFERENCE = "nair_reference"
    PHONE = "phone"
    ADDRESS = "address"
    NOTES = "notes"


Mapping = dict[int, ImportField]

# Fields of the family (household) rather than of one person.
FAMILY_FIELDS = frozenset(
    {
        ImportField.ARRIVAL_DATE,
        ImportField.ARRIVAL_CHANNEL,
        ImportField.PROGRAMME_START,
        ImportField.PROGRAMME_MONTHS,
        ImportField.MUNICIPALITY,
        ImportField.NAIR_REFERENCE,
        ImportField.ADDRESS,
    }
)
IDENTIFIER_FIELDS: dict[ImportField, IdentifierKind] = {
    ImportField.NIF: IdentifierKind.NIF,
    ImportField.NISS: IdentifierKind.NISS,
    ImportField.SNS: IdentifierKind.SNS,
    ImportField.CITIZEN_CARD: IdentifierKind.CITIZEN_CARD,
    ImportField.PASSPORT: IdentifierKind.PASSPORT,
}
REQUIRED = (ImportField.NAME_LATIN, ImportField.ARRIVAL_CHANNEL, ImportField.PROGRAMME_START)

# Header names as people write them, in Portuguese and in English; compared after
# ``normal_key``. A name in both lists (NIF, SNS) tells nothing of the sheet's language.
_PORTUGUESE: dict[ImportField, tuple[str, ...]] = {
    ImportField.HOUSEHOLD: (
        "agregado",
        "agregado familiar",
        "id agregado",
        "família",
        "id família",
        "n.º família",
        "processo",
        "n.º processo",
        "número de processo",
        "n.º do processo",
    ),
    ImportField.HEAD: (
        "responsável",
        "chefe",
        "chefe de família",
        "titular",
        "é titular",
        "requerente",
    ),
    ImportField.RELATIONSHIP: (
        "parentesco",
        "grau de parentesco",
        "relação",
        "relação com o titular",
        "relação familiar",
    ),
    ImportField.NAME_LATIN: (
        "nome",
        "nome completo",
        "nome latino",
        "nome em caracteres latinos",
        "nome transliterado",
        "nome próprio",
        "nomes próprios",
        "primeiro nome",
        "primeiros nomes",
        "nome(s) próprio(s)",
    ),
    ImportField.SURNAME: (
        "apelido",
        "apelidos",
        "último nome",
        "últimos nomes",
        "sobrenome",
        "sobrenomes",
        "nome de família",
        "apelido(s)",
    ),
    ImportField.NAME_ORIGINAL: (
        "nome original",
        "nome na escrita original",
        "nome no alfabeto original",
        "nome em árabe",
        "nome árabe",
        "nome nativo",
    ),
    ImportField.SEX: ("sexo", "género", "genero"),
    ImportField.BIRTH: (
        "data de nascimento",
        "data nascimento",
        "data nasc",
        "nascimento",
        "dn",
        "ano de nascimento",
    ),
    ImportField.NATIONALITY: ("nacionalidade", "país de origem", "país"),
    ImportField.NIF: ("nif", "contribuinte", "n.º contribuinte", "número fiscal"),
    ImportField.NISS: ("niss", "segurança social", "n.º segurança social"),
    ImportField.SNS: (
        "sns",
        "n.º sns",
        "utente",
        "n.º utente",
        "número de utente",
        "utente sns",
    ),
    ImportField.CITIZEN_CARD: ("cc", "cartão de cidadão", "n.º cc"),
    ImportField.PASSPORT: ("passaporte", "n.º passaporte"),
    ImportField.ARRIVAL_DATE: (
        "data de chegada",
        "chegada",
        "chegada a portugal",
        "data chegada",
    ),
    ImportField.ARRIVAL_CHANNEL: (
        "via de chegada",
        "canal",
        "canal de chegada",
        "tipo de acolhimento",
        "programa",
        "via",
    ),
    ImportField.PROGRAMME_START: (
        "início do programa",
        "data de início",
        "início",
        "início do acolhimento",
        "data de acolhimento",
    ),
    ImportField.PROGRAMME_MONTHS: ("duração", "duração meses", "meses", "meses de programa"),
    ImportField.MUNICIPALITY: ("concelho", "município", "localidade"),
    ImportField.NAIR_REFERENCE: ("referência nair", "ref nair", "nair", "n.º nair"),
    ImportField.PHONE: (
        "telefone",
        "telemóvel",
        "tlm",
        "tlf",
        "tel",
        "contacto",
        "contacto telefónico",
        "n.º telefone",
        "n.º telemóvel",
        "número de telefone",
        "contactos",
    ),
    ImportField.ADDRESS: ("morada", "endereço", "residência", "morada atual", "morada actual"),
    ImportField.NOTES: (
        "observações",
        "obs",
        "notas",
        "nota",
        "comentários",
        "comentário",
        "observação",
    ),
}
_ENGLISH: dict[ImportField, tuple[str, ...]] = {
    ImportField.HOUSEHOLD: (
        "household", "household id", "family", "family id", "case", "case number", "case no",
        "case id",
    ),
    ImportField.HEAD: ("head", "head of household", "head of family", "is head"),
    ImportField.RELATIONSHIP: ("relationship", "relation", "relationship to head"),
    ImportField.NAME_LATIN: (
        "name", "full name", "latin name", "name latin", "name in latin letters", "first name",
        "first names", "given name", "given names", "forename", "forenames",
    ),
    ImportField.SURNAME: ("surname", "surnames", "last name", "family name"),
    ImportField.NAME_ORIGINAL: (
        "original name", "name original", "name in original script", "native name",
        "arabic name", "name in arabic",
    ),
    ImportField.SEX: ("sex", "gender"),
    ImportField.BIRTH: (
        "date of birth", "birth date", "birthdate", "dob", "born", "year of birth", "birth",
    ),
    ImportField.NATIONALITY: ("nationality", "country", "country of origin", "citizenship"),
    ImportField.NIF: ("nif", "tax number"),
    ImportField.NISS: ("niss", "social security", "social security number"),
    ImportField.SNS: ("sns", "sns number", "health number", "sns user number"),
    ImportField.CITIZEN_CARD: ("cc", "citizen card"),
    ImportField.PASSPORT: ("passport", "passport number"),
    ImportField.ARRIVAL_DATE: ("arrival", "arrival date", "date of arrival"),
    ImportField.ARRIVAL_CHANNEL: ("arrival channel", "channel", "route", "programme", "program"),
    ImportField.PROGRAMME_START: (
        "programme start", "program start", "start date", "start",
    ),
    ImportField.PROGRAMME_MONTHS: (
        "programme months", "program months", "months", "duration", "duration months",
    ),
    ImportField.MUNICIPALITY: ("municipality", "town", "city"),
    ImportField.NAIR_REFERENCE: ("nair", "nair reference", "nair ref"),
    ImportField.PHONE: (
        "phone", "telephone", "mobile", "phone number", "mobile phone", "cell phone",
        "contact", "tel",
    ),
    ImportField.ADDRESS: ("address", "home address"),
    ImportField.NOTES: ("notes", "note", "remarks", "comments", "comment"),
}  # fmt: skip


@lru_cache(maxsize=16_384)
def normal_key(text: str) -> str:
    """Folded words joined by one space: how header names and cell choices are compared."""
    return " ".join(names.tokens(text))


def _keys(table: dict[ImportField, tuple[str, ...]]) -> dict[str, ImportField]:
    return {normal_key(word): field for field, words in table.items() for word in words}


_PT_KEYS, _EN_KEYS = _keys(_PORTUGUESE), _keys(_ENGLISH)
_KEYS: dict[str, ImportField] = {**_EN_KEYS, **_PT_KEYS}


def sheet_language(headers: Sequence[str]) -> str:
    """ "pt" or "en" by the header names only one language uses; "" when they do not tell.

    Letters and words in the cells are read by it: "M" is "Masculino" or
    "Mulher" in Portuguese, only "Male" in English.
    """
    keys = [normal_key(h) for h in headers]
    portuguese = sum(1 for k in keys if k in _PT_KEYS and k not in _EN_KEYS)
    english = sum(1 for k in keys if k in _EN_KEYS and k not in _PT_KEYS)
    if portuguese > english:
        return "pt"
    return "en" if english > portuguese else ""


def _contained(header: list[str]) -> tuple[int, int, ImportField] | None:
    """The longest synonym found inside the header's words (earliest on a tie)."""
    best: tuple[int, int, ImportField] | None = None
    for key, field in _KEYS.items():
        words = key.split(" ")
        for start in range(len(header) - len(words) + 1):
            if header[start : start + len(words)] == words:
                candidate = (len(words), -start, field)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
                break
    return best


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """Which column seems to hold which field; each field goes to one column at most.

    A header equal to a known name wins over one that merely contains it
    ("NIF" over "NIF do titular"), and a longer name over a shorter one.
    """
    candidates: list[tuple[tuple[int, int, int], int, ImportField]] = []
    for index, header in enumerate(headers):
        key = normal_key(header)
        if key in _KEYS:
            candidates.append(((2, 0, 0), index, _KEYS[key]))
        elif key and (found := _contained(key.split(" "))):
            length, start, field = found
            candidates.append(((1, length, start), index, field))
    mapping: Mapping = {}
    taken: set[ImportField] = set()
    for _score, index, field in sorted(candidates, key=lambda c: (c[0], -c[1]), reverse=True):
        if field not in taken and index not in mapping:
            mapping[index] = field
            taken.add(field)
    return dict(sorted(mapping.items()))


def recognised_count(cells: Sequence[str]) -> int:
    """How many cells are a known header name: tells a header row from a title or data."""
    return sum(1 for cell in cells if normal_key(cell) in _KEYS)


@dataclass(frozen=True)
class MappingProblem:
    """A field set on two columns (``twice``), or a needed field set on none."""

    field: ImportField
    twice: bool

    @property
    def message(self) -> str:
        if self.twice:
            return f"Two columns are set to {self.field.value}; keep one."
        return f"No column is set to {self.field.value}; it is needed."


def mapping_problems(mapping: Mapping) -> list[MappingProblem]:
    """What keeps a mapping from being used (empty when it is fine)."""
    fields = list(mapping.values())
    twice = [MappingProblem(f, True) for f in ImportField if fields.count(f) > 1]

    return twice + [MappingProblem(f, False) for f in REQUIRED if f not in fields]


def header_signature(headers: Sequence[str]) -> str:
    """A short key for a header row: the same columns, in the same order, give the same key."""
    joined = "\x1f".join(normal_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def column_letter(index: int) -> str:
    """The spreadsheet's name of a column: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
