"""One cell read as what its column holds: text, a date, a choice, a flag, an identifier.

Cells come as text (CSV) or as Excel's own values (numbers, dates, booleans).
Each reader returns the value to store or raises ``CellProblem`` whose message
says what is wrong without repeating the cell: messages may be printed or logged.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta

from hostdesk.domain import identifiers
from hostdesk.domain.importing.columns import normal_key
from hostdesk.domain.importing.table import Cell, is_empty
from hostdesk.domain.partial_date import MAX_YEAR, MIN_YEAR, PartialDate
from hostdesk.domain.vocabulary import ArrivalChannel, IdentifierKind, Relationship, Sex

MAX_CELL_LENGTH = 1000
MAX_NAME_LENGTH = 200
MAX_PROGRAMME_MONTHS = 60

# Excel counts days from 30 December 1899 (its 1900 leap-year bug aside, below).
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_FIRST, _EXCEL_LAST = 1, 73050  # 1900-01-01 .. 2099-12-31
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


class CellProblem(ValueError):
    """What is wrong with one cell, in one sentence without the cell's value."""


def text_of(cell: Cell, limit: int = MAX_CELL_LENGTH) -> str:
    """The cell as stripped text ("" when empty); whole numbers lose Excel's ".0"."""
    if is_empty(cell):
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        text = str(int(cell))
    elif isinstance(cell, datetime | date | time):
        text = cell.isoformat()
    else:
        text = str(cell).strip()
    if len(text) > limit:
        raise CellProblem(f"This cell has more than {limit:,} characters.")
    return text


def read_name(cell: Cell) -> str:
    return " ".join(text_of(cell, MAX_NAME_LENGTH).split())


def _from_excel_serial(serial: float) -> date:
    if not math.isfinite(serial):
        raise CellProblem("This number is not a date Excel would show.")
    day = int(serial)
    if not _EXCEL_FIRST <= day <= _EXCEL_LAST or day == 60:  # 60 is Excel's 29/02/1900
        raise CellProblem("This number is not a date Excel would show.")
    # Excel counts a 29 February 1900 that never was: days before it are one off.
    return _EXCEL_EPOCH + timedelta(days=day + 1 if day < 60 else day)


def _partial(text: str) -> PartialDate:
    text = _TIME_SUFFIX.sub("", text)  # "1987-05-14 00:00:00" from a date exported as text
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        message = str(error)
        if "is not a date" in message:
            raise CellProblem(
                "This is not a date; write it as 14/05/1987, 05/1987 or 1987."
            ) from None
        if "year must be" in message:
            raise CellProblem(
                f"This date's year is before {MIN_YEAR} or after {MAX_YEAR}."
            ) from None
        raise CellProblem("This date does not exist (no such day or month).") from None


def _number_or_none(cell: Cell) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        return float(cell)
    return None


def read_partial_date(cell: Cell) -> PartialDate | None:
    """A date of birth: "1985", "03/1985", "14/03/1985", an Excel date or serial number.

    A whole number between 1900 and 2100 is a year, known to the year only:
    it is never turned into an invented 1 January.
    """
    if is_empty(cell):
        return None
    try:
        if isinstance(cell, datetime | date):
            day = cell.date() if isinstance(cell, datetime) else cell
            return PartialDate.from_date(day)
        number = _number_or_none(cell)
        text = text_of(cell)
        if number is None and text.isdigit() and len(text) == 5:
            number = float(text)  # an Excel serial exported as text
        if number is not None:
            if number.is_integer() and MIN_YEAR <= number <= MAX_YEAR:
                return PartialDate(int(number))
            return PartialDate.from_date(_from_excel_serial(number))
    except ValueError as error:
        if isinstance(error, CellProblem):
            raise
        raise CellProblem(f"This date's year is before {MIN_YEAR} or after {MAX_YEAR}.") from None
    return _partial(text)


def read_date(cell: Cell) -> date | None:
    """A full date (arrival, programme start)."""
    birth = read_partial_date(cell)
    if birth is None:
        return None
    if birth.precision != "day":
        raise CellProblem("This date needs the day, month and year.")
    return birth.earliest()


def read_months(cell: Cell) -> int | None:
    text = text_of(cell)
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= MAX_PROGRAMME_MONTHS:
        raise CellProblem(
            f"The programme length is a whole number of months, 1 to {MAX_PROGRAMME_MONTHS}."
        )
    return int(text)


def _choices(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {
        normal_key(word): str(value) for value, words in table.items() for word in (value, *words)
    }


_SEX = _choices(
    {
        Sex.FEMALE: ("f", "feminino", "mulher", "fem", "female", "woman", "w"),
        Sex.MALE: ("m", "masculino", "homem", "h", "masc", "male", "man"),
        Sex.OTHER: ("x", "outro", "other", "não binário", "non binary"),
        Sex.UNKNOWN: ("u", "desconhecido", "não sabe", "nd", "unknown", "n/a"),
    }
)
_CHANNEL = _choices(
    {
        ArrivalChannel.RELOCATION: (
            "recolocação", "relocalização", "recolocação ue", "relocation", "eu relocation",
        ),
        ArrivalChannel.RESETTLEMENT: ("reinstalação", "reassentamento", "resettlement"),
        ArrivalChannel.SPONTANEOUS_ASYLUM: (
            "asilo", "asilo espontâneo", "pedido espontâneo", "espontâneo", "asylum",
            "spontaneous asylum", "spontaneous",
        ),
        ArrivalChannel.TEMPORARY_PROTECTION: (
            "proteção temporária", "protecção temporária", "temporary protection",
        ),
    }
)  # fmt: skip
_RELATIONSHIP = _choices(
    {
        Relationship.HEAD: (
            "chefe", "chefe de família", "titular", "responsável", "requerente", "próprio",
            "própria", "head of household", "self",
        ),
        Relationship.SPOUSE: (
            "cônjuge", "esposa", "marido", "mulher", "companheiro", "companheira", "wife",
            "husband", "partner",
        ),
        Relationship.CHILD: (
            "filho", "filha", "filho(a)", "filho/filha", "enteado", "enteada", "son", "daughter",
            "stepchild",
        ),
        Relationship.PARENT: ("pai", "mãe", "pai/mãe", "sogro", "sogra", "father", "mother"),
        Relationship.SIBLING: ("irmão", "irmã", "irmão/irmã", "brother", "sister"),
        Relationship.GRANDCHILD: ("neto", "neta", "neto(a)", "grandson", "granddaughter"),
        Relationship.OTHER_RELATIVE: (
            "outro familiar", "avô", "avó", "tio", "tia", "sobrinho", "sobrinha", "primo",
            "prima", "cunhado", "cunhada", "other relative", "grandparent", "grandfather",
            "grandmother", "uncle", "aunt", "nephew", "niece", "cousin", "relative",
        ),
        Relationship.OTHER: ("outro", "outra"),
    }
)  # fmt: skip
_FLAG = {
    **dict.fromkeys(("sim", "s", "yes", "y", "x", "1", "true", "verdadeiro"), True),
    **dict.fromkeys(("não", "nao", "n", "no", "0", "false", "falso"), False),
}


def _choice(cell: Cell, table: dict[str, str], what: str, hint: str) -> str | None:
    key = normal_key(text_of(cell))
    if not key:
        return None
    if key not in table:
        raise CellProblem(f"This is not {what} HostDesk knows; write {hint}.")
    return table[key]


def read_sex(cell: Cell) -> str:
    return _choice(cell, _SEX, "a sex", "F, M, X or leave it empty") or Sex.UNKNOWN.value


def read_channel(cell: Cell) -> str | None:
    return _choice(
        cell,
        _CHANNEL,
        "an arrival channel",
        "relocation, resettlement, spontaneous asylum or temporary protection",
    )


def read_relationship(cell: Cell) -> str | None:
    return _choice(
        cell, _RELATIONSHIP, "a relationship", "head, spouse, child, parent, sibling or other"
    )


def read_flag(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    key = normal_key(text_of(cell))
    if not key:
        return False
    if key not in _FLAG:
        raise CellProblem("Write yes or no (sim or não), or leave it empty.")
    return _FLAG[key]


# Names in the spreadsheets of the programme's usual countries of origin.
_COUNTRIES = _choices(
    {
        "SY": ("síria", "syria", "sírio", "syrian"),
        "AF": ("afeganistão", "afghanistan", "afegão", "afegã", "afghan"),
        "ER": ("eritreia", "eritrea", "eritreu", "eritrean"),
        "UA": ("ucrânia", "ukraine", "ucraniano", "ucraniana", "ukrainian"),
        "IQ": ("iraque", "iraq", "iraquiano", "iraquiana", "iraqi"),
        "SD": ("sudão", "sudan", "sudanês", "sudanesa", "sudanese"),
        "SO": ("somália", "somalia", "somali"),
        "ET": ("etiópia", "ethiopia", "etíope", "ethiopian"),
        "IR": ("irão", "irã", "iran", "iraniano", "iraniana", "iranian"),
        "PK": ("paquistão", "pakistan"),
        "PS": ("palestina", "palestine"),
        "YE": ("iémen", "iêmen", "yemen"),
        "LY": ("líbia", "libya"),
        "CD": ("república democrática do congo", "rd congo", "rdc", "dr congo"),
        "NG": ("nigéria", "nigeria"),
        "GN": ("guiné", "guinea", "guiné conacri"),
        "GM": ("gâmbia", "gambia"),
        "ML": ("mali",),
        "VE": ("venezuela",),
        "RU": ("rússia", "russia"),
        "TR": ("turquia", "turkey"),
        "PT": ("portugal",),
    }
)


def read_nationality(cell: Cell) -> str:
    """A nationality as the ISO 3166-1 two-letter code: "SY", or a country's name."""
    text = text_of(cell)
    if not text:
        return ""
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    code = _COUNTRIES.get(normal_key(text))
    if code is None:
        raise CellProblem("Write the nationality as a two-letter country code, such as SY or UA.")
    return code


# The identifier messages carry no digits of the number itself.
_SHOULD_BE = re.compile(r"should be \d+; check the number")
_STARTS_WITH = re.compile(r"cannot start with \d+")


def read_identifier(kind: IdentifierKind, cell: Cell) -> str:
    """The normalised identifier, "" when empty; a wrong one raises ``CellProblem``."""
    result = identifiers.validate_identifier(kind, text_of(cell))
    if not result.ok:
        message = _SHOULD_BE.sub("is wrong; check the number", result.message)
        raise CellProblem(_STARTS_WITH.sub("cannot start with these digits", message))
    return result.normalized
