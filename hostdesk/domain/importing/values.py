"""One cell read as what its column holds: text, a date, a choice, a flag, an identifier.

Cells come as text (CSV) or as Excel's own values (numbers, dates, booleans).
Each reader returns the value to store or raises ``CellProblem`` whose message
says what is wrong without repeating the cell: messages may be printed or logged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from hostdesk.domain import identifiers
from hostdesk.domain.importing.columns import normal_key
from hostdesk.domain.importing.nationalities import Nationalities
from hostdesk.domain.importing.questions import Topic
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
# Day, month and a two-digit year, as Excel's short date writes them: 14/03/87.
_TWO_DIGIT_YEAR = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})")
TWO_DIGIT_RULE = (
    "Two-digit years: a date of birth is the latest year that is not in the future "
    "(14/03/87 is 1987, 14/03/15 is 2015); other dates are in the 2000s."
)


class CellProblem(ValueError):
    """What is wrong with one cell, in one sentence without the cell's value."""


class NeedsAnswer(Exception):
    """The cell can be read only once a person says what its value means (``questions``)."""

    def __init__(self, topic: Topic, key: str, value: str, choices: tuple[str, ...]) -> None:
        super().__init__(topic.value)
        self.topic, self.key, self.value, self.choices = topic, key, value, choices


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


def _two_digit(cell: Cell) -> re.Match[str] | None:
    if not isinstance(cell, str):
        return None
    return _TWO_DIGIT_YEAR.fullmatch(_TIME_SUFFIX.sub("", cell.strip()))


def two_digit_year(cell: Cell) -> bool:
    """Whether the cell is a date written with a two-digit year (the rule is then shown)."""
    return _two_digit(cell) is not None


def _with_century(match: re.Match[str], born_by: date | None) -> PartialDate:
    day, month, short = (int(g) for g in match.groups())
    try:
        found = PartialDate(2000 + short, month, day)
        if born_by is not None and found.earliest() > born_by:
            found = PartialDate(1900 + short, month, day)
    except ValueError:
        raise CellProblem("This date does not exist (no such day or month).") from None
    return found


def read_partial_date(cell: Cell, born_by: date | None = None) -> PartialDate | None:
    """A date of birth: "1985", "03/1985", "14/03/1985", an Excel date or serial number.

    A whole number between 1900 and 2100 is a year, known to the year only:
    it is never turned into an invented 1 January. A two-digit year is put in
    the century that keeps the date on or before ``born_by`` (a birth date is
    never in the future), or in the 2000s when ``born_by`` is None.
    """
    if is_empty(cell):
        return None
    if short := _two_digit(cell):
        return _with_century(short, born_by)
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


# "M" is not here: Masculino beside F, Mulher beside H (``read_sex``).
_SEX = _choices(
    {
        Sex.FEMALE: ("f", "feminino", "mulher", "fem", "female", "woman", "w"),
        Sex.MALE: ("masculino", "homem", "h", "masc", "male", "man"),
        Sex.OTHER: ("x", "outro", "other", "não binário", "non binary"),
        Sex.UNKNOWN: ("u", "desconhecido", "não sabe", "nd", "unknown", "n/a"),
    }
)
_CHANNEL = _choices(
    {
        ArrivalChannel.RELOCATION: (
            "recolocação", "relocalização", "recolocação ue", "recolocação da ue",
            "programa de recolocação", "programa europeu de recolocação",
            "mecanismo de recolocação", "recolocação ad hoc", "recolocação voluntária",
            "relocation", "eu relocation", "relocation eu", "ad hoc relocation",
        ),
        ArrivalChannel.RESETTLEMENT: (
            "reinstalação", "reassentamento", "reinstalação acnur", "reinstalação do acnur",
            "programa de reinstalação", "programa nacional de reinstalação",
            "reinstalação ue", "resettlement", "unhcr resettlement", "resettlement unhcr",
        ),
        ArrivalChannel.SPONTANEOUS_ASYLUM: (
            "asilo espontâneo", "pedido espontâneo", "espontâneo", "espontânea",
            "pedido de asilo espontâneo", "chegada espontânea", "spontaneous asylum",
            "spontaneous", "spontaneous arrival",
        ),
        ArrivalChannel.TEMPORARY_PROTECTION: (
            "proteção temporária", "protecção temporária", "proteção temporária ucrânia",
            "temporary protection", "temporary protection ukraine",
        ),
    }
)  # fmt: skip
# What offices write in the channel column that is a legal status or a request, not a
# channel: a relocated, resettled or spontaneous arrival may each have lodged one.
_NOT_A_CHANNEL = {
    normal_key(text)
    for text in (
        "pedido de proteção internacional", "pedido de protecção internacional", "ppi",
        "proteção internacional", "protecção internacional", "requerente de proteção internacional",
        "beneficiário de proteção internacional", "asilo", "pedido de asilo", "requerente de asilo",
        "refugiado", "refugiada", "estatuto de refugiado", "proteção subsidiária",
        "autorização de residência por razões humanitárias", "razões humanitárias",
        "asylum", "asylum seeker", "asylum application", "international protection",
        "refugee", "refugee status", "subsidiary protection", "humanitarian",
    )
}  # fmt: skip
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


M_KEY = "m"
SEX_M_CHOICES = (Sex.MALE.value, Sex.FEMALE.value)
_SEX_HINT = {
    "pt": "F (feminino), M, H (homem), X or leave it empty",
    "en": "F, M, X or leave it empty",
}


def read_sex(cell: Cell, m_means: str | None = Sex.MALE.value, language: str = "en") -> str:
    """ "F", "M", "X" or "U"; a lone M is ``m_means``, or asked when that is None."""
    key = normal_key(text_of(cell))
    if key == M_KEY:
        if m_means is None:
            raise NeedsAnswer(Topic.SEX_M, M_KEY, "M", SEX_M_CHOICES)
        return m_means
    hint = _SEX_HINT.get(language, _SEX_HINT["pt"])
    return _choice(cell, _SEX, "a sex", hint) or Sex.UNKNOWN.value


def sex_letters(cells: Iterable[Cell]) -> set[str]:
    """The one-letter values of a sex column (folded): tells what its M means."""
    found: set[str] = set()
    for cell in cells:
        # A one-letter cell; anything longer (a word, or too long to read) tells nothing.
        key = normal_key(cell) if isinstance(cell, str) and len(cell) < 10 else ""
        if len(key) == 1:
            found.add(key)
    return found


def m_meaning(letters: set[str], language: str) -> str | None:
    """What a lone M means in a column with these letters; None when only a person can say.

    Beside H (homem), M is Mulher. In an English sheet, M is Male. In a
    Portuguese one without H it may be Masculino (beside F) or Mulher (women
    written M, and F for Feminino in other rows): asked, never guessed.
    """
    if M_KEY not in letters:
        return Sex.MALE.value  # not used: no cell is a lone M
    if "h" in letters:
        return Sex.FEMALE.value
    if language == "en":
        return Sex.MALE.value
    return None


_CHANNEL_HINT = {
    "pt": "Recolocação, Reinstalação, Asilo espontâneo or Proteção temporária",
    "en": "relocation, resettlement, spontaneous asylum or temporary protection",
}
CHANNEL_CHOICES = tuple(c.value for c in ArrivalChannel)


def read_channel(cell: Cell, language: str = "en") -> str | None:
    """The arrival channel; a value offices write there that is no channel is asked."""
    text = text_of(cell)
    key = normal_key(text)
    if not key:
        return None
    if key in _CHANNEL:
        return _CHANNEL[key]
    if key in _NOT_A_CHANNEL:
        raise NeedsAnswer(Topic.CHANNEL, key, " ".join(text.split()), CHANNEL_CHOICES)
    # "Reinstalação (ACNUR)", "Recolocação (Grécia)": the channel, then a detail.
    before = normal_key(text.split("(", 1)[0])
    if "(" in text and before in _CHANNEL:
        return _CHANNEL[before]
    if before in _NOT_A_CHANNEL:
        raise NeedsAnswer(Topic.CHANNEL, key, " ".join(text.split()), CHANNEL_CHOICES)
    hint = _CHANNEL_HINT.get(language, _CHANNEL_HINT["pt"])
    raise CellProblem(f"This is not an arrival channel HostDesk knows; write {hint}.")


_RELATIONSHIP_HINT = {
    "pt": "titular, cônjuge, filho, pai, irmão or outro",
    "en": "head, spouse, child, parent, sibling or other",
}


def read_relationship(cell: Cell, language: str = "en") -> str | None:
    hint = _RELATIONSHIP_HINT.get(language, _RELATIONSHIP_HINT["pt"])
    return _choice(cell, _RELATIONSHIP, "a relationship", hint)


def read_flag(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    key = normal_key(text_of(cell))
    if not key:
        return False
    if key not in _FLAG:
        raise CellProblem("Write yes or no (sim or não), or leave it empty.")
    return _FLAG[key]


# Names in the spreadsheets of the programme's usual countries of origin: the fallback
# when no fuller table (``nationalities``) is given.
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


_FALLBACK = Nationalities(dict(_COUNTRIES))


def read_nationality(cell: Cell, table: Nationalities | None = None) -> str:
    """A nationality as the ISO 3166-1 two-letter code: "SY", a country's name or an adjective.

    A word that names two countries ("Guineense") is asked (``NeedsAnswer``).
    """
    text = text_of(cell)
    if not text:
        return ""
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    found = (table or _FALLBACK).lookup(text)
    if isinstance(found, tuple):
        raise NeedsAnswer(Topic.NATIONALITY, normal_key(text), " ".join(text.split()), found)
    if found is None:
        raise CellProblem(
            "This is not a nationality HostDesk knows; write the country (Síria, Syria), "
            "the nationality (sírio, Syrian) or its two-letter code (SY)."
        )
    return found


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
