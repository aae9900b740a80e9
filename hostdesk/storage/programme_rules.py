"""The programme's rules as this vault holds them: the channel rules the entity
confirmed, its PAR membership and its allowance setting, read in one place.

The sources' defaults live in :mod:`hostdesk.domain.channel_rules`; this module
adds the entity's rows and writes a new one when a coordinator confirms a rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from hostdesk.domain.allowance import (
    AllowanceRates,
    HouseholdMember,
    MonthAllowance,
    ProgrammeSpan,
    allowance_for_month,
)
from hostdesk.domain.channel_rules import ChannelRule, RuleBasis, RuleBook
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.programme import ProgrammeClock
from hostdesk.domain.vocabulary import AllowanceScheme, ArrivalChannel, FamilyStatus
from hostdesk.storage import audit, settings
from hostdesk.storage.errors import PermissionDenied
from hostdesk.storage.models import ChannelRule as ChannelRuleRow
from hostdesk.storage.models import Family, Member
from hostdesk.storage.vault import CurrentUser


def rule_book(session: Session | OrmSession) -> RuleBook:
    """The sources' rules with the entity's confirmed ones, oldest first."""
    rows = session.exec(
        select(ChannelRuleRow).order_by(col(ChannelRuleRow.effective_from), col(ChannelRuleRow.id))
    ).all()
    rules = []
    for row in rows:
        try:
            rules.append(
                ChannelRule(
                    ArrivalChannel(row.channel),
                    row.effective_from,
                    row.programme_months,
                    AllowanceScheme(row.allowance_scheme),
                    row.iss_transition,
                    row.counts_in_nair_figures,
                    RuleBasis.ENTITY,
                )
            )
        except (TypeError, ValueError):
            continue  # a row a newer version wrote: its channel's default applies here
    return RuleBook(tuple(rules))


@dataclass(frozen=True)
class EntityRules:
    """Everything the programme's rules read from the vault, in one value."""

    book: RuleBook
    par_member: bool
    pro_rate: bool


def entity_rules(session: Session) -> EntityRules:
    return EntityRules(
        rule_book(session),
        settings.get(session, settings.PAR_MEMBER),
        settings.get(session, settings.PRO_RATE_PARTIAL_MONTHS),
    )


def confirm_rule(
    session: Session,
    actor: CurrentUser,
    channel: ArrivalChannel,
    effective_from: date,
    *,
    programme_months: int | None,
    allowance_scheme: AllowanceScheme,
    iss_transition: bool,
    counts_in_nair_figures: bool,
) -> ChannelRuleRow:
    """The entity's rule for ``channel`` from ``effective_from`` on (the coordinator's).

    A second confirmation for the same day replaces that day's row (a
    correction); any other date adds a row and keeps the history.
    """
    if not actor.is_coordinator:
        raise PermissionDenied("Only a coordinator can confirm the programme's rules.")
    # The domain checks the combination (an ISS transition needs a programme length).
    ChannelRule(channel, effective_from, programme_months, allowance_scheme, iss_transition,
                counts_in_nair_figures, RuleBasis.ENTITY)  # fmt: skip
    row = session.exec(
        select(ChannelRuleRow).where(
            ChannelRuleRow.channel == channel.value,
            ChannelRuleRow.effective_from == effective_from,
        )
    ).first()
    action = "channel_rule.update"
    if row is None:
        action = "channel_rule.create"
        row = ChannelRuleRow(
            channel=channel.value, effective_from=effective_from,
            allowance_scheme=allowance_scheme.value, iss_transition=iss_transition,
            counts_in_nair_figures=counts_in_nair_figures, confirmed_by=actor.username,
            confirmed_at=datetime.now(UTC),
        )  # fmt: skip
    row.programme_months = programme_months
    row.allowance_scheme = allowance_scheme.value
    row.iss_transition = iss_transition
    row.counts_in_nair_figures = counts_in_nair_figures
    row.confirmed_by, row.confirmed_at = actor.username, datetime.now(UTC)
    session.add(row)
    session.flush()
    audit.append(session, actor.username, action, "channel_rule", row.id,
                 {"channel": channel.value, "from": effective_from.isoformat()})  # fmt: skip
    return row


def entity_rows(session: Session) -> list[ChannelRuleRow]:
    """The entity's confirmed rules as stored, newest first (for Definições)."""
    return list(
        session.exec(
            select(ChannelRuleRow).order_by(
                col(ChannelRuleRow.effective_from).desc(), col(ChannelRuleRow.id).desc()
            )
        ).all()
    )


def span_of(family: Family, rule: ChannelRule) -> ProgrammeSpan:
    """The days the programme owes ``family`` under ``rule``: none of them without a clock."""
    end = (
        ProgrammeClock(family.programme_start, family.programme_months).end_date
        if rule.has_clock
        else None
    )
    exited = family.status == FamilyStatus.EXITED.value
    return ProgrammeSpan(family.programme_start, end, family.exit_date if exited else None)


def household(members: Iterable[Member]) -> list[HouseholdMember]:
    return [
        HouseholdMember(
            m.is_head,
            PartialDate(m.birth_year, m.birth_month, m.birth_day)
            if m.birth_year is not None
            else None,
        )
        for m in members
    ]


def month_allowance(
    family: Family,
    members: Iterable[Member],
    history: list[AllowanceRates],
    rules: EntityRules,
    year: int,
    month: int,
) -> MonthAllowance:
    """What the programme owes ``family`` for ``year``-``month`` under the entity's rules."""
    first = date(year, month, 1)
    rule = rules.book.rule_on(family.arrival_channel, max(first, family.programme_start))
    return allowance_for_month(
        household(members), history, year, month, span_of(family, rule),
        pays_allowance=rule.pays_allowance, confirmed=rule.basis is not RuleBasis.UNCONFIRMED,
        pro_rate=rules.pro_rate,
    )  # fmt: skip
