"""Residence permits: the first ARP's six months, and what a new permit means.

Access to public services and work depends on a valid provisional residence
permit (ARP); it is first valid for six months and is renewed until the asylum
claim is finally decided (source l. 87-91). After a positive decision the
person holds a residence permit as a refugee or under subsidiary protection;
people under temporary protection hold a one-year permit renewed by national
decisions (design brief).
"""

from __future__ import annotations

from datetime import date, timedelta

from hostdesk.domain.programme import add_months
from hostdesk.domain.vocabulary import PermitType

FIRST_ARP_MONTHS = 6


def first_arp_expiry(issued: date) -> date:
    """The last valid day of a first ARP issued on ``issued``: six months on, less a day."""
    return add_months(issued, FIRST_ARP_MONTHS) - timedelta(days=1)


def default_expiry(permit_type: str, issued: date | None, is_first: bool) -> date | None:
    """The expiry a form offers before one is typed: a first ARP's six months, else none."""
    if issued is None or not is_first or permit_type != PermitType.ARP.value:
        return None
    return first_arp_expiry(issued)


def unusual_first_arp(permit_type: str, issued: date | None, expires: date | None) -> bool:
    """True for a first ARP whose validity is not the six months the law gives it: a typo
    worth a second look (the form warns, it does not refuse)."""
    if permit_type != PermitType.ARP.value or issued is None or expires is None:
        return False
    return expires != first_arp_expiry(issued)


def is_new_permit(current_issued: date | None, draft_issued: date | None) -> bool:
    """A later issue date than the current permit's is a new permit (a renewal or another
    type), kept beside the old one; the same or no date corrects the current one."""
    return (
        current_issued is not None and draft_issued is not None and draft_issued > current_issued
    )
