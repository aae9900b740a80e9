"""The demo entity's programme rules: a PAR member that confirmed temporary protection.

The generator draws families that follow these rules, and ``create_demo_vault``
stores the same ones in the vault, so the demo never shows an impossible case:
24-month programmes only for families with children (or with a reason), no clock or
allowance for spontaneous asylum, temporary protection as the entity's choice.
"""

from __future__ import annotations

from datetime import date

from hostdesk.domain.channel_rules import ChannelRule, RuleBasis, RuleBook
from hostdesk.domain.vocabulary import AllowanceScheme, ArrivalChannel

DEMO_PAR_MEMBER = True
# Temporary protection in Portugal from March 2022: one-year permits, renewed nationally.
TEMPORARY_PROTECTION_RULE = ChannelRule(
    ArrivalChannel.TEMPORARY_PROTECTION, date(2022, 3, 1), 12, AllowanceScheme.EU_SCHEME,
    iss_transition=False, counts_in_nair_figures=True, basis=RuleBasis.ENTITY,
)  # fmt: skip
DEMO_BOOK = RuleBook((TEMPORARY_PROTECTION_RULE,))
EXTENSION_REASON = "Prolongamento de 6 meses acordado com o NAIR."


def demo_rule(channel: str, on: date) -> ChannelRule:
    return DEMO_BOOK.rule_on(channel, on)
