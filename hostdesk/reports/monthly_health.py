"""Health in the monthly report: counted per entity, never per person or family.

Health is special-category data (GDPR art. 9) and a pseudonymised family is
not anonymous: whoever holds the case file, and sometimes whoever knows the
town, can tell who P2 of a family is. So the report carries no health
referral, health alert or health status at person or family level. The NAIR
gets entity totals instead, and a total under 5 is shown as "< 5" (0 too), so
that a small entity's figure cannot point at one family. The two access facts
the indicators need (an SNS user number, a family doctor) stay per person:
they say whether the programme gave access to the health service, not
anything about a person's health (docs/monthly-report.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from hostdesk.domain.vocabulary import Dimension, DimensionStatus, ReferralService
from hostdesk.storage.models import Referral

SMALL = 5
SMALL_TEXT = "< 5"
# Services whose very name says something about a person's health.
HEALTH_SERVICES = frozenset({ReferralService.SNS.value, ReferralService.PSYCHOLOGIST.value})
HEALTH = Dimension.HEALTH.value
STATUSES = tuple(s.value for s in DimensionStatus)


def small(count: int) -> int | str:
    """A count as published: 5 or more as it is, anything under 5 as "< 5"."""
    return count if count >= SMALL else SMALL_TEXT


def is_health_referral(referral: Referral) -> bool:
    """A referral to a health service, or about the health dimension whatever the service."""
    return referral.service in HEALTH_SERVICES or referral.dimension == HEALTH


class HealthTally:
    """The month's health figures of the entity, added family by family."""

    def __init__(self) -> None:
        self.sent = self.answered = self.open_at_end = 0
        self.by_status = dict.fromkeys(STATUSES, 0)

    def add_referrals(self, referrals: Iterable[Referral], first: date, last: date) -> None:
        for r in referrals:
            if not is_health_referral(r):
                continue
            if first <= r.sent_on <= last:
                self.sent += 1
            if r.answered_on is not None and first <= r.answered_on <= last:
                self.answered += 1
            if r.sent_on <= last and (r.answered_on is None or r.answered_on > last):
                self.open_at_end += 1

    def add_family_status(self, status: str) -> None:
        if status in self.by_status:
            self.by_status[status] += 1

    def as_json(self) -> dict[str, Any]:
        return {
            "referrals_sent": small(self.sent),
            "referrals_answered": small(self.answered),
            "referrals_open_at_end": small(self.open_at_end),
            "families_by_status": {k: small(v) for k, v in self.by_status.items()},
        }
