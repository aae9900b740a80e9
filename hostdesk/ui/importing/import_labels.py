"""The import's words on screen: field names, and the domain's problem sentences.

The problem sentences come from :mod:`hostdesk.domain.importing` in English,
with numbers (rows, digits, case numbers) in them; they are listed here with
the numbers as %1, %2… so that ``pyside6-lupdate`` collects them, and shown
through ``translate_domain_message``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hostdesk.domain.importing.columns import ImportField, MappingProblem
from hostdesk.ui.common.field_validation import translate_domain_message

F = ImportField
_FIELDS = {
    F.HOUSEHOLD: QT_TRANSLATE_NOOP("ImportWizard", "Household (case or family key)"),
    F.HEAD: QT_TRANSLATE_NOOP("ImportWizard", "Head of family (yes/no)"),
    F.RELATIONSHIP: QT_TRANSLATE_NOOP("ImportWizard", "Relationship to the head"),
    F.NAME_LATIN: QT_TRANSLATE_NOOP("ImportWizard", "Name (or first names) in Latin letters"),
    F.SURNAME: QT_TRANSLATE_NOOP("ImportWizard", "Surname(s), joined after the name"),
    F.NAME_ORIGINAL: QT_TRANSLATE_NOOP("ImportWizard", "Name in its own script"),
    F.SEX: QT_TRANSLATE_NOOP("ImportWizard", "Sex"),
    F.BIRTH: QT_TRANSLATE_NOOP("ImportWizard", "Date of birth"),
    F.NATIONALITY: QT_TRANSLATE_NOOP("ImportWizard", "Nationality"),
    F.NIF: QT_TRANSLATE_NOOP("ImportWizard", "NIF"),
    F.NISS: QT_TRANSLATE_NOOP("ImportWizard", "NISS"),
    F.SNS: QT_TRANSLATE_NOOP("ImportWizard", "SNS user number"),
    F.CITIZEN_CARD: QT_TRANSLATE_NOOP("ImportWizard", "Citizen Card number"),
    F.PASSPORT: QT_TRANSLATE_NOOP("ImportWizard", "Passport number"),
    F.ARRIVAL_DATE: QT_TRANSLATE_NOOP("ImportWizard", "Arrival in Portugal"),
    F.ARRIVAL_CHANNEL: QT_TRANSLATE_NOOP("ImportWizard", "Arrival channel"),
    F.PROGRAMME_START: QT_TRANSLATE_NOOP("ImportWizard", "Programme start"),
    F.PROGRAMME_MONTHS: QT_TRANSLATE_NOOP("ImportWizard", "Programme length (months)"),
    F.MUNICIPALITY: QT_TRANSLATE_NOOP("ImportWizard", "Municipality"),
    F.NAIR_REFERENCE: QT_TRANSLATE_NOOP("ImportWizard", "NAIR reference"),
    F.PHONE: QT_TRANSLATE_NOOP("ImportWizard", "Phone number"),
    F.ADDRESS: QT_TRANSLATE_NOOP("ImportWizard", "Address (the family's housing)"),
    F.NOTES: QT_TRANSLATE_NOOP("ImportWizard", "Notes (a note in the timeline)"),
}

_PROBLEMS = (
    QT_TRANSLATE_NOOP("Validation", "This cell has more than %1,%2 characters."),
    QT_TRANSLATE_NOOP("Validation", "This number is not a date Excel would show."),
    QT_TRANSLATE_NOOP("Validation", "This is not a date; write it as %1/%2/%3, %4/%5 or %6."),
    QT_TRANSLATE_NOOP("Validation", "This date's year is before %1 or after %2."),
    QT_TRANSLATE_NOOP("Validation", "This date does not exist (no such day or month)."),
    QT_TRANSLATE_NOOP("Validation", "This date needs the day, month and year."),
    QT_TRANSLATE_NOOP("Validation", "The programme length is a whole number of months, %1 to %2."),
    QT_TRANSLATE_NOOP(
        "Validation", "This is not a sex HostDesk knows; write F, M, X or leave it empty."
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This is not a sex HostDesk knows; write F (feminino), M, H (homem), X or leave it empty.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This is not an arrival channel HostDesk knows; write relocation, resettlement, "
        "spontaneous asylum or temporary protection.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This is not an arrival channel HostDesk knows; write Recolocação, Reinstalação, "
        "Asilo espontâneo or Proteção temporária.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This is not a relationship HostDesk knows; write head, spouse, child, parent, "
        "sibling or other.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This is not a relationship HostDesk knows; write titular, cônjuge, filho, pai, irmão "
        "or outro.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This is not a nationality HostDesk knows; write the country (Síria, Syria), the "
        "nationality (sírio, Syrian) or its two-letter code (SY).",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This value needs an answer (see the questions); HostDesk does not guess it.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Two-digit years: a date of birth is the latest year that is not in the future "
        "(%1/%2/%3 is %4, %5/%6/%7 is %8); other dates are in the %9s.",
    ),
    QT_TRANSLATE_NOOP("Validation", "Write yes or no (sim or não), or leave it empty."),
    QT_TRANSLATE_NOOP("Validation", "The last digit of this NIF is wrong; check the number."),
    QT_TRANSLATE_NOOP("Validation", "The last digit of this NISS is wrong; check the number."),
    QT_TRANSLATE_NOOP(
        "Validation", "The last digit of this Citizen Card number is wrong; check the number."
    ),
    QT_TRANSLATE_NOOP("Validation", "A NIF cannot start with these digits."),
    QT_TRANSLATE_NOOP("Validation", "The name in Latin letters is needed."),
    QT_TRANSLATE_NOOP("Validation", "The date of birth is in the future."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This differs from row %1 of the same household; a household has one value here.",
    ),
    QT_TRANSLATE_NOOP("Validation", "No row of this household gives the arrival channel."),
    QT_TRANSLATE_NOOP("Validation", "No row of this household gives the programme start."),
    QT_TRANSLATE_NOOP(
        "Validation", "No one in this household (rows %1 to %2) is marked as its head."
    ),
    QT_TRANSLATE_NOOP("Validation", "This household has its head on row %1."),
    QT_TRANSLATE_NOOP("Validation", "This NIF is already recorded, in case HD-%1-%2."),
    QT_TRANSLATE_NOOP("Validation", "This NISS is already recorded, in case HD-%1-%2."),
    QT_TRANSLATE_NOOP("Validation", "This SNS number is already recorded, in case HD-%1-%2."),
    QT_TRANSLATE_NOOP(
        "Validation", "This citizen card number is already recorded, in case HD-%1-%2."
    ),
    QT_TRANSLATE_NOOP("Validation", "This passport number is already recorded, in case HD-%1-%2."),
    QT_TRANSLATE_NOOP("Validation", "The same NIF is also on row %1."),
    QT_TRANSLATE_NOOP("Validation", "The same NISS is also on row %1."),
    QT_TRANSLATE_NOOP("Validation", "The same SNS number is also on row %1."),
    QT_TRANSLATE_NOOP("Validation", "The same citizen card number is also on row %1."),
    QT_TRANSLATE_NOOP("Validation", "The same passport number is also on row %1."),
    QT_TRANSLATE_NOOP(
        "Validation", "Possibly already in case HD-%1-%2: same name and year of birth."
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "Possibly the same person as row %1: same name and year of birth."
    ),
)


# Why a file cannot be read or imported (hostdesk.storage.importing, SpreadsheetError).
_FILE_PROBLEMS = (
    QT_TRANSLATE_NOOP(
        "Validation",
        "This file is not a spreadsheet HostDesk reads; save it from the spreadsheet program "
        "as CSV, .xlsx or .ods.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This file says it is Unicode text but is damaged; save it again as CSV UTF-%1.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This encoding is not one HostDesk knows; write windows-%1, mac-roman, utf-%2 or utf-%3.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This file cannot be read in the encoding given; try another one, or leave it out.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A cell of this file holds more than %1,%2 characters; "
        "this does not look like a spreadsheet of people.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This CSV file is damaged near row %1; open it in the spreadsheet program and save it "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This file is larger than %1 MB; keep only the sheet of families, or split it.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This workbook could not be read; it may be damaged: open it in Excel or LibreOffice "
        "and save it again (or save it as CSV).",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This zip file is not a spreadsheet (.xlsx or .ods); choose the spreadsheet itself.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This workbook is far too large once unpacked; keep only the sheet of families.",
    ),
    QT_TRANSLATE_NOOP("Validation", "This workbook has no sheet of cells."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This workbook has no sheet with this name or number; it has %1.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "This sheet has cells far beyond its rows of people (an import takes at most %1,%2 "
        "rows and %3 columns); delete the rows and columns after the data, or save the sheet "
        "as CSV.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Row %1 has cells beyond column CV; an import takes at most %2 columns: delete the others.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The sheet has more than %1,%2 rows; split it into smaller files."
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The sheet is empty: it has no header row and no rows of people."
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "No header row found: the first row must name the columns (see docs/import.md).",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "Some rows have errors, so nothing was imported; correct them, or choose to import only "
        "the families without errors.",
    ),
    QT_TRANSLATE_NOOP("Validation", "No family is left to import; nothing was saved."),
    QT_TRANSLATE_NOOP("Validation", "The import was cancelled; nothing was saved."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The vault changed since the preview and the check now finds other duplicates; "
        "look at the preview again, then import.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        'An answer is written VALUE=CHOICE, for example --answer "Guineense=GW".',
    ),
)


def field_label(field: ImportField) -> str:
    return QCoreApplication.translate("ImportWizard", _FIELDS[field])


def problem_text(message: str) -> str:
    """A problem sentence from the domain, in the interface language."""
    return translate_domain_message(message)


def mapping_problem_text(problem: MappingProblem) -> str:
    name = field_label(problem.field)
    if problem.twice:
        text = QCoreApplication.translate("ImportWizard", "Two columns are set to “%1”; keep one.")
    else:
        text = QCoreApplication.translate(
            "ImportWizard", "No column is set to “%1”; every family needs it."
        )
    return text.replace("%1", name)
