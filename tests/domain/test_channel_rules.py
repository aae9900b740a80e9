"""Rules per arrival channel: the sources' defaults, the entity's dated confirmations."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.alerts import AlertKind, FamilySnapshot, MemberSnapshot, alerts_for
from hostdesk.domain.channel_rules import DEFAULT_BOOK, ChannelRule, RuleBasis, RuleBook
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import AllowanceScheme, ArrivalChannel, FamilyStatus

DAY = date(2026, 6, 1)


@pytest.mark.parametrize("channel", [ArrivalChannel.RELOCATION, ArrivalChannel.RESETTLEMENT])
def test_the_eu_schemes_have_the_programme_by_default(channel: ArrivalChannel) -> None:
    rule = DEFAULT_BOOK.rule_on(channel, DAY)
    assert (rule.programme_months, rule.allowance_scheme) == (18, AllowanceScheme.EU_SCHEME)
    assert rule.iss_transition and rule.counts_in_nair_figures
    assert rule.basis is RuleBasis.SOURCES


def test_spontaneous_asylum_has_no_clock_no_allowance_no_transition_no_figures() -> None:
    rule = DEFAULT_BOOK.rule_on(ArrivalChannel.SPONTANEOUS_ASYLUM, DAY)
    assert rule.programme_months is None and not rule.has_clock
    assert rule.allowance_scheme is AllowanceScheme.NONE and not rule.pays_allowance
    assert not rule.iss_transition and not rule.counts_in_nair_figures
    assert rule.basis is RuleBasis.SOURCES


def test_temporary_protection_waits_for_the_entity_never_the_eu_scheme() -> None:
    rule = DEFAULT_BOOK.rule_on(ArrivalChannel.TEMPORARY_PROTECTION, DAY)
    assert rule.basis is RuleBasis.UNCONFIRMED
    assert not rule.has_clock and not rule.pays_allowance and not rule.counts_in_nair_figures
    assert DEFAULT_BOOK.unconfirmed(["relocation", "temporary_protection"], DAY) == [
        ArrivalChannel.TEMPORARY_PROTECTION
    ]


def test_the_entitys_rule_applies_from_its_date_and_is_shown_as_its_choice() -> None:
    confirmed = ChannelRule(
        ArrivalChannel.TEMPORARY_PROTECTION, date(2026, 3, 1), 12, AllowanceScheme.EU_SCHEME,
        iss_transition=False, counts_in_nair_figures=True, basis=RuleBasis.ENTITY,
    )  # fmt: skip
    later = ChannelRule(
        ArrivalChannel.TEMPORARY_PROTECTION, date(2026, 9, 1), 12, AllowanceScheme.NONE,
        iss_transition=False, counts_in_nair_figures=True, basis=RuleBasis.ENTITY,
    )  # fmt: skip
    book = RuleBook((confirmed, later))
    assert book.rule_on("temporary_protection", date(2026, 2, 28)).basis is RuleBasis.UNCONFIRMED
    assert book.rule_on("temporary_protection", date(2026, 3, 1)) == confirmed
    assert book.rule_on("temporary_protection", date(2026, 8, 31)) == confirmed
    assert book.rule_on("temporary_protection", date(2026, 9, 1)) == later
    assert book.unconfirmed(["temporary_protection"], date(2026, 3, 1)) == []
    # Another channel keeps the sources' rule.
    assert book.rule_on("relocation", DAY).basis is RuleBasis.SOURCES


def test_an_unknown_channel_gets_nothing_by_guess() -> None:
    rule = DEFAULT_BOOK.rule_on("humanitarian_visa", DAY)
    assert rule.basis is RuleBasis.UNCONFIRMED and not rule.counts_in_nair_figures


@pytest.mark.parametrize(
    ("months", "transition", "counts"),
    [(None, True, False), (None, False, True), (0, False, False)],
)
def test_rules_that_make_no_sense_are_refused(
    months: int | None, transition: bool, counts: bool
) -> None:
    with pytest.raises(ValueError):
        ChannelRule(ArrivalChannel.TEMPORARY_PROTECTION, DAY, months, AllowanceScheme.NONE,
                    transition, counts)  # fmt: skip


def _snapshot(**rule: bool) -> FamilySnapshot:
    head = MemberSnapshot(1, PartialDate(1980), date(2030, 1, 1), False, True, has_permit=True)
    return FamilySnapshot(
        family_id=3, status=FamilyStatus.ACTIVE, programme_start=date(2025, 1, 1),
        programme_months=18, last_visit=date(2026, 12, 20), members=[head], **rule,
    )  # fmt: skip


def test_without_a_clock_no_programme_or_transition_alert_ever() -> None:
    spontaneous = _snapshot(has_clock=False, iss_transition=False)
    # 2026-12-31 is past the stored 18 months: a family with a clock would be urgent.
    assert alerts_for(spontaneous, date(2026, 12, 31)) == []
    assert [a.kind for a in alerts_for(_snapshot(), date(2026, 12, 31))] == [
        AlertKind.PROGRAMME_ENDING
    ]
