"""Where each person who came as an unaccompanied minor stands on the report's day.

The progress report states it the way the member form does (domain.minors):
a minor, with the day they come of age and how long protection may then
continue; a young adult, with the last day of protection (21, or 25 in
education or training: the worker's answer, else the records on the day);
or an adult, since the day protection ended. A birth date known only to the
year or month gives the latest possible day, as the rules do.
"""

from __future__ import annotations

from datetime import date, timedelta

from hostdesk.domain.minors import comes_of_age_on, minor_status, young_adult_until
from hostdesk.domain.vocabulary import MinorStatus
from hostdesk.reports import status as st
from hostdesk.reports.catalogue import text
from hostdesk.reports.formatting import Lang, format_date


def _day(d: date | None, lang: Lang) -> str:
    # Kept on one line: "30 de abril de 2031" split over two reads badly in a cell.
    return format_date(d, lang).replace(" ", "\u00a0")


def minor_status_text(rows: st.MemberRows, on: date, lang: Lang) -> str | None:
    """The status of a person who came alone, on ``on`` (None for everyone else)."""
    learning = st.learning(rows, on)
    found = minor_status(rows.birth, rows.minor_alone, on, in_education_or_training=learning)
    if found is None:
        return None
    until = young_adult_until(rows.birth, learning)
    if until is None:  # no birth date: a minor as recorded until it is completed
        return text(lang, "minor_status.minor_no_birth")
    if found is MinorStatus.MINOR:
        return text(
            lang, "minor_status.minor",
            adult_on=_day(comes_of_age_on(rows.birth), lang), until=_day(until, lang),
        )  # fmt: skip
    if found is MinorStatus.YOUNG_ADULT:
        key = "minor_status.young_adult_learning" if learning else "minor_status.young_adult"
        return text(lang, key, until=_day(until, lang))
    # An adult since the day after protection ended (as the rules read it on ``on``).
    return text(lang, "minor_status.adult", since=_day(until + timedelta(days=1), lang))
