"""Which consent covers which sharing: adults for themselves, guardians for children."""

from __future__ import annotations

from datetime import date

from hostdesk.domain.consent import (
    ConsentFact,
    Person,
    Sharing,
    lacking_consent,
    may_record_for,
)
from hostdesk.domain.partial_date import PartialDate

DAY = date(2026, 11, 20)
HEAD = Person(1, "head", PartialDate(1985))
SPOUSE = Person(2, "spouse", PartialDate(1988, 4))
CHILD = Person(3, "child", PartialDate(2015, 6, 1))
UNCLE = Person(4, "other_relative", PartialDate(1990))
HOUSEHOLD = [HEAD, SPOUSE, CHILD, UNCLE]


def referrals(member_id: int, given: date = date(2026, 1, 5), **kw: date) -> ConsentFact:
    return ConsentFact(member_id, "referrals", given, kw.get("withdrawn"))


def test_an_adult_is_covered_by_their_own_consent_only() -> None:
    assert lacking_consent(HOUSEHOLD, [referrals(1)], 1, Sharing.REFERRAL, DAY) == []
    assert lacking_consent(HOUSEHOLD, [referrals(1)], 2, Sharing.REFERRAL, DAY) == [2]
    assert lacking_consent(HOUSEHOLD, [referrals(1)], 4, Sharing.REFERRAL, DAY) == [4]


def test_the_scope_must_match_the_sharing() -> None:
    reporting = ConsentFact(1, "reporting", date(2026, 1, 5))
    assert lacking_consent(HOUSEHOLD, [reporting], 1, Sharing.REFERRAL, DAY) == [1]
    assert lacking_consent(HOUSEHOLD, [reporting], 1, Sharing.PROGRESS_REPORT, DAY) == []
    case_management = ConsentFact(1, "case_management", date(2026, 1, 5))
    assert lacking_consent(HOUSEHOLD, [case_management], 1, Sharing.REFERRAL, DAY) == [1]


def test_a_consent_counts_from_the_day_it_was_given_until_it_is_withdrawn() -> None:
    assert lacking_consent(HOUSEHOLD, [referrals(1, DAY)], 1, Sharing.REFERRAL, DAY) == []
    later = referrals(1, date(2026, 11, 21))
    assert lacking_consent(HOUSEHOLD, [later], 1, Sharing.REFERRAL, DAY) == [1]
    withdrawn = referrals(1, withdrawn=DAY)
    assert lacking_consent(HOUSEHOLD, [withdrawn], 1, Sharing.REFERRAL, DAY) == [1]
    assert lacking_consent(HOUSEHOLD, [withdrawn], 1, Sharing.REFERRAL, date(2026, 11, 19)) == []


def test_a_child_is_covered_by_a_parent_or_guardian_but_not_by_another_adult() -> None:
    assert lacking_consent(HOUSEHOLD, [referrals(2)], 3, Sharing.REFERRAL, DAY) == []
    assert lacking_consent(HOUSEHOLD, [referrals(4)], 3, Sharing.REFERRAL, DAY) == [3]
    # The same child once 18 needs a consent of their own.
    assert lacking_consent(HOUSEHOLD, [referrals(2, withdrawn=None)], 3, Sharing.REFERRAL,
                           date(2033, 6, 1)) == [3]  # fmt: skip


def test_someone_who_may_already_be_18_counts_as_an_adult() -> None:
    maybe_adult = Person(5, "child", PartialDate(2008))  # 17 or 18 on DAY
    household = [HEAD, maybe_adult]
    assert lacking_consent(household, [referrals(1)], 5, Sharing.REFERRAL, DAY) == [5]
    unknown = Person(6, "child", None)
    assert lacking_consent([HEAD, unknown], [referrals(1)], 6, Sharing.REFERRAL, DAY) == [6]


def test_a_family_referral_needs_every_adult_and_a_guardian_for_the_children() -> None:
    consents = [referrals(1), referrals(2)]
    assert lacking_consent(HOUSEHOLD, consents, None, Sharing.REFERRAL, DAY) == [4]
    consents.append(referrals(4))
    assert lacking_consent(HOUSEHOLD, consents, None, Sharing.REFERRAL, DAY) == []
    assert lacking_consent(HOUSEHOLD, [], None, Sharing.REFERRAL, DAY) == [1, 2, 3, 4]


def test_an_unaccompanied_minor_is_covered_by_the_consent_on_their_own_row() -> None:
    minor = Person(7, "head", PartialDate(2010, 2))
    assert may_record_for(minor, [minor], DAY)
    assert lacking_consent([minor], [referrals(7)], 7, Sharing.REFERRAL, DAY) == []
    assert lacking_consent([minor], [], 7, Sharing.REFERRAL, DAY) == [7]


def test_consents_are_recorded_on_adults_and_on_children_without_a_guardian_at_home() -> None:
    assert may_record_for(HEAD, HOUSEHOLD, DAY)
    assert may_record_for(UNCLE, HOUSEHOLD, DAY)
    assert not may_record_for(CHILD, HOUSEHOLD, DAY)
    assert may_record_for(CHILD, [CHILD, UNCLE], DAY)


def test_a_childs_own_consent_does_not_count_while_a_guardian_is_at_home() -> None:
    # A consent on the child's row (a form filled in wrongly, an old record) is not theirs
    # to give: the referral still lacks the child, and the family's other adults.
    assert lacking_consent(HOUSEHOLD, [referrals(3)], 3, Sharing.REFERRAL, DAY) == [3]
    assert lacking_consent(HOUSEHOLD, [referrals(3)], None, Sharing.REFERRAL, DAY) == [1, 2, 3, 4]
    # With no guardian at home, the consent on their row is their legal guardian's.
    assert lacking_consent([CHILD, UNCLE], [referrals(3)], 3, Sharing.REFERRAL, DAY) == []
    # Once 18, their own consent is theirs.
    assert lacking_consent(HOUSEHOLD, [referrals(3)], 3, Sharing.REFERRAL,
                           date(2033, 6, 1)) == []  # fmt: skip


def test_a_consent_given_while_the_birth_was_unknown_stops_counting_once_it_shows_a_child() -> (
    None
):
    unknown = Person(8, "child", None)
    assert lacking_consent([HEAD, unknown], [referrals(8)], 8, Sharing.REFERRAL, DAY) == []
    corrected = Person(8, "child", PartialDate(2016))
    assert lacking_consent([HEAD, corrected], [referrals(8)], 8, Sharing.REFERRAL, DAY) == [8]
    assert lacking_consent([HEAD, corrected], [referrals(1), referrals(8)], 8,
                           Sharing.REFERRAL, DAY) == []  # fmt: skip
