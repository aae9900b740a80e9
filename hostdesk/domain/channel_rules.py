"""The programme's rules per arrival channel, as dated data (like the allowance rates).

A family's arrival channel decides whether it is in the decentralised
programme at all: its length (the programme clock), the allowance the hosting
entity pays, whether the ISS transition applies, and whether the family counts
in the NAIR's programme figures. The sources' values are the defaults
(:data:`SOURCE_RULES`, cited in docs/programme-rules.md); an entity may confirm
its own rule for a channel from a date on, and for temporary protection, where
the sources say nothing, only the entity's confirmed rule applies. Until then
the channel has no clock, no allowance and no place in the NAIR's figures, and
the app says that the entity must decide, never silently the EU scheme's rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from hostdesk.domain.vocabulary import AllowanceScheme, ArrivalChannel

STANDARD_MONTHS = 18  # the programme for asylum seekers under the EU schemes (source l. 54-55)
# The first day any rule is in force: before the programme began (2015), nothing differs.
SINCE = date(2015, 1, 1)


class RuleBasis(StrEnum):
    """Where a channel's rule comes from, shown beside it wherever it is used."""

    SOURCES = "sources"  # the programme's sources state it (the default)
    ENTITY = "entity"  # the entity confirmed it in Definições
    UNCONFIRMED = "unconfirmed"  # the sources say nothing and the entity has not decided


@dataclass(frozen=True)
class ChannelRule:
    """What the programme means for families of one channel from ``effective_from`` on.

    ``programme_months`` None: no programme clock (no "month X of N", no end,
    no transition). ``allowance_scheme`` NONE: the entity owes no living
    allowance under a scheme (it may still record what it pays).
    """

    channel: ArrivalChannel
    effective_from: date
    programme_months: int | None
    allowance_scheme: AllowanceScheme
    iss_transition: bool
    counts_in_nair_figures: bool
    basis: RuleBasis = RuleBasis.SOURCES

    def __post_init__(self) -> None:
        months = self.programme_months
        if months is not None and (isinstance(months, bool) or not isinstance(months, int)):
            raise TypeError("The programme length is a whole number of months.")
        if months is not None and months < 1:
            raise ValueError("A programme lasts at least one month.")
        if months is None and self.iss_transition:
            # The ISS meets the family in the programme's last months: no clock, no last months.
            raise ValueError("An ISS transition needs a programme length.")
        if months is None and self.counts_in_nair_figures:
            # The NAIR's figures are the programme's: month X of N, who ended it, and when.
            raise ValueError("Counting in the NAIR's programme figures needs a programme length.")

    @property
    def has_clock(self) -> bool:
        return self.programme_months is not None

    @property
    def pays_allowance(self) -> bool:
        return self.allowance_scheme is not AllowanceScheme.NONE


def _eu_scheme(channel: ArrivalChannel) -> ChannelRule:
    return ChannelRule(
        channel, SINCE, STANDARD_MONTHS, AllowanceScheme.EU_SCHEME, iss_transition=True,
        counts_in_nair_figures=True,
    )  # fmt: skip


def _outside(channel: ArrivalChannel, basis: RuleBasis) -> ChannelRule:
    return ChannelRule(
        channel, SINCE, None, AllowanceScheme.NONE, iss_transition=False,
        counts_in_nair_figures=False, basis=basis,
    )  # fmt: skip


# The defaults, with the passages of shared/sources/portugal-programme.txt that state them
# (docs/programme-rules.md quotes them):
# - relocation and resettlement are the EU schemes: 18 months (l. 54-55), the entity's
#   allowance of 150/107.5/75 € (l. 255-261), the ISS in the last six months (l. 740-748),
#   coordinated and followed by the NAIR (l. 713-719);
# - spontaneous asylum seekers have no hosting entity; the ISS directs them to public
#   services and they pay their own housing from a subsistence allowance (l. 66-79, 223-225,
#   247-253): no clock, no EU-scheme allowance, no transition, not in the NAIR's figures;
# - temporary protection: the sources say nothing; the entity decides (Definições).
SOURCE_RULES: tuple[ChannelRule, ...] = (
    _eu_scheme(ArrivalChannel.RELOCATION),
    _eu_scheme(ArrivalChannel.RESETTLEMENT),
    _outside(ArrivalChannel.SPONTANEOUS_ASYLUM, RuleBasis.SOURCES),
    _outside(ArrivalChannel.TEMPORARY_PROTECTION, RuleBasis.UNCONFIRMED),
)

# Channels whose rule the entity must confirm before anything is computed for them.
ENTITY_DECIDES = frozenset({ArrivalChannel.TEMPORARY_PROTECTION})


def _channel(value: str | ArrivalChannel) -> ArrivalChannel | None:
    try:
        return ArrivalChannel(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class RuleBook:
    """The sources' rules and the entity's confirmed ones; answers "which rule on day d"."""

    entity_rules: tuple[ChannelRule, ...] = ()
    source_rules: tuple[ChannelRule, ...] = field(default=SOURCE_RULES)

    def rule_on(self, channel: str | ArrivalChannel, d: date) -> ChannelRule:
        """The rule in force for ``channel`` on ``d``.

        The entity's rule with the latest ``effective_from`` on or before ``d``
        wins over the sources'; before any, the sources' rule applies. A
        channel this version does not know is treated as outside the
        programme, and as unconfirmed, so nothing is computed for it by guess.
        """
        known = _channel(channel)
        if known is None:
            return ChannelRule(
                ArrivalChannel.TEMPORARY_PROTECTION, SINCE, None, AllowanceScheme.NONE,
                iss_transition=False, counts_in_nair_figures=False, basis=RuleBasis.UNCONFIRMED,
            )  # fmt: skip
        return (
            _latest([r for r in self.entity_rules if r.channel is known and r.effective_from <= d])
            or _latest([r for r in self.source_rules if r.channel is known])
            or _outside(known, RuleBasis.UNCONFIRMED)
        )

    def unconfirmed(self, channels: Iterable[str], d: date) -> list[ArrivalChannel]:
        """Of ``channels`` (those the caseload holds), the ones still waiting for the entity."""
        found = {c for c in (_channel(x) for x in channels) if c is not None}
        return sorted(
            (c for c in found if self.rule_on(c, d).basis is RuleBasis.UNCONFIRMED),
            key=list(ArrivalChannel).index,
        )


def _latest(rules: Sequence[ChannelRule]) -> ChannelRule | None:
    best: ChannelRule | None = None
    for rule in rules:  # a later entry with the same date is a correction and wins
        if best is None or rule.effective_from >= best.effective_from:
            best = rule
    return best


DEFAULT_BOOK = RuleBook()
