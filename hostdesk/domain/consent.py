"""Which recorded consent covers which sharing of a person's data.

A referral sends a person's data to another service; a named progress report
sends them to ACM/AIMA. Each needs a consent of its own scope, valid on the
day of the sharing (given on or before it, not withdrawn by then).

Children do not consent for themselves: a consent recorded on the head of
the household or the head's spouse (an adult) covers the household's
minors. A child with no such adult, an unaccompanied minor above all, is
covered by a consent recorded on their own row: the one their legal guardian
gave for them. Someone whose birth is unknown, or who may already be 18,
counts as an adult and needs a consent of their own. A consent on a child's
own row counts only on a day it may be recorded there (``may_record_for``):
while a guardian lives with the child it does not, even if it was recorded
when the birth was still unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import ConsentScope, Relationship

ADULT_AGE = 18
# The household's responsible adults: their consent covers the household's children.
GUARDIANS = frozenset({Relationship.HEAD.value, Relationship.SPOUSE.value})


class Sharing(StrEnum):
    REFERRAL = "referral"  # to SNS, school, IEFP, ISS, TTS, a psychologist, legal counselling
    PROGRESS_REPORT = "progress_report"  # a named report to ACM/AIMA


SCOPE_FOR: dict[Sharing, ConsentScope] = {
    Sharing.REFERRAL: ConsentScope.REFERRALS,
    Sharing.PROGRESS_REPORT: ConsentScope.REPORTING,
}


@dataclass(frozen=True)
class ConsentFact:
    member_id: int
    scope: str
    given_on: date
    withdrawn_on: date | None = None

    def valid_on(self, day: date) -> bool:
        """Given on or before ``day`` and not withdrawn by then."""
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


@dataclass(frozen=True)
class Person:
    member_id: int
    relationship: str
    birth: PartialDate | None = None

    def is_minor_on(self, day: date) -> bool:
        """Surely under 18 on ``day``; an unknown or uncertain age counts as adult."""
        if self.birth is None:
            return False
        if self.birth.is_in_future(day):
            return True
        return self.birth.age_on(day)[1] < ADULT_AGE


def lacking_consent(
    household: Sequence[Person],
    consents: Iterable[ConsentFact],
    subject_id: int | None,
    sharing: Sharing,
    day: date,
) -> list[int]:
    """Whose data ``sharing`` would disclose on ``day`` without a consent covering it.

    ``subject_id`` None means the whole household (a family referral): every
    member is then a subject. The answer lists member ids in household order;
    empty means the sharing is covered.
    """
    scope = SCOPE_FOR[sharing].value
    given = {c.member_id for c in consents if c.scope == scope and c.valid_on(day)}
    valid = {p.member_id for p in household
             if p.member_id in given and may_record_for(p, household, day)}  # fmt: skip
    guardian_consented = any(
        p.member_id in valid and p.relationship in GUARDIANS and not p.is_minor_on(day)
        for p in household
    )
    subjects = [p for p in household if subject_id is None or p.member_id == subject_id]
    return [
        p.member_id
        for p in subjects
        if p.member_id not in valid and not (p.is_minor_on(day) and guardian_consented)
    ]


def may_record_for(person: Person, household: Sequence[Person], day: date) -> bool:
    """Whether a consent is recorded on this person's own row.

    Adults consent for themselves; a minor's row holds a consent only when no
    adult guardian lives in the household (their legal guardian's consent).
    """
    if not person.is_minor_on(day):
        return True
    return not any(
        p.relationship in GUARDIANS and not p.is_minor_on(day)
        for p in household
        if p.member_id != person.member_id
    )
