"""An unaccompanied minor's status follows age: minor, then young adult, then adult.

The case file keeps the fact that a person *came* as an unaccompanied minor;
whether they are still a minor is worked out at the date in question, like
the report's age groups. On the 18th birthday they become a young adult who
came as an unaccompanied minor: protection measures may continue to 21, or to
25 for someone in education or training (Lei 147/99, art. 63, as issue 12 of
the project states it), and this is when support is needed most (the
Ready-Set-Go project, source l. 519-534, calls it "the transition to adulthood").

A birth date known only to the year or the month gives the person the benefit
of the doubt: they stay a minor until their *latest possible* 18th birthday,
31 December of the year they turn 18 (year only), or the last day of their
birth month 18 years on (year and month). The same latest birthday ends the
young-adult years.

Whether someone is "in education or training" is read from the person's
dated records (``learning_on``: a school enrolment, vocational training,
higher education, a Centros Qualifica process, or an IEFP training course
running on the day), unless the worker has answered the question in the
member form, which then decides (``in_education_or_training``). The records
alone are not enough: a course abroad or a training the entity never
recorded would end protection at 21, and an enrolment left open would keep
it to 25, so the answer overrides them both ways.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import EducationKind, EmploymentKind, MinorStatus

ADULT_AGE = 18
YOUNG_ADULT_UNTIL = 21  # protection measures may continue to this age
YOUNG_ADULT_IN_EDUCATION_UNTIL = 25  # ... or to this one for someone in education or training


# Record kinds that are education or training in the law's sense ("processo educativo ou
# de formação profissional"). Not a recognition of foreign qualifications (an
# administrative step), nor a Portuguese course (kept apart, as language).
LEARNING_KINDS = frozenset(
    {
        EducationKind.SCHOOL_ENROLMENT.value,
        EducationKind.VOCATIONAL_TRAINING.value,
        EducationKind.HIGHER_EDUCATION.value,
        EducationKind.PRIOR_LEARNING.value,
        EmploymentKind.TRAINING.value,
    }
)
# A dated record: its kind (an EducationKind or EmploymentKind value), start and end.
Span = tuple[str, date | None, date | None]


def learning_on(records: Iterable[Span], on: date) -> bool:
    """Does a record of education or training run on ``on`` (started, not yet ended)?"""
    return any(
        kind in LEARNING_KINDS and start is not None and start <= on and (end is None or end >= on)
        for kind, start, end in records
    )


def in_education_or_training(answer: bool | None, records: Iterable[Span], on: date) -> bool:
    """The worker's answer when there is one (None: not asked), else what the records show."""
    return answer if answer is not None else learning_on(records, on)


def birthday(born: date, years: int) -> date:
    """The day someone born on ``born`` turns ``years``; 29 February falls on 1 March."""
    year = born.year + years
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


def comes_of_age_on(birth: PartialDate | None) -> date | None:
    """The day a minor becomes an adult: the latest possible 18th birthday; None if unknown."""
    return birthday(birth.latest(), ADULT_AGE) if birth is not None else None


def young_adult_until(birth: PartialDate | None, in_education_or_training: bool) -> date | None:
    """The last day of the young-adult years (the day before the latest 21st or 25th birthday)."""
    if birth is None:
        return None
    years = YOUNG_ADULT_IN_EDUCATION_UNTIL if in_education_or_training else YOUNG_ADULT_UNTIL
    return date.fromordinal(birthday(birth.latest(), years).toordinal() - 1)


def minor_status(
    birth: PartialDate | None,
    came_unaccompanied: bool,
    on: date,
    *,
    in_education_or_training: bool = False,
) -> MinorStatus | None:
    """Where someone who came as an unaccompanied minor stands on ``on``; None for others.

    With no birth date at all the person stays a minor (the flag as recorded)
    until the date is completed: guessing an adult would end their protection.
    """
    if not came_unaccompanied:
        return None
    adult_on = comes_of_age_on(birth)
    if adult_on is None or on < adult_on:
        return MinorStatus.MINOR
    until = young_adult_until(birth, in_education_or_training)
    assert until is not None
    return MinorStatus.YOUNG_ADULT if on <= until else MinorStatus.ADULT


def is_minor_alone(birth: PartialDate | None, came_unaccompanied: bool, on: date) -> bool:
    """Still an unaccompanied minor on ``on`` (the flag, read at that date)."""
    return minor_status(birth, came_unaccompanied, on) is MinorStatus.MINOR
