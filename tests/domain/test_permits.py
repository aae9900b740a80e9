"""The first ARP is valid for six months; a later issue date is a new permit."""

from __future__ import annotations

from datetime import date

from hostdesk.domain.permits import (
    default_expiry,
    first_arp_expiry,
    is_new_permit,
    unusual_first_arp,
)


def test_the_first_arp_lasts_six_months() -> None:
    assert first_arp_expiry(date(2026, 3, 5)) == date(2026, 9, 4)
    assert first_arp_expiry(date(2026, 8, 31)) == date(2027, 2, 27)  # clamped, less a day
    assert default_expiry("arp", date(2026, 3, 5), is_first=True) == date(2026, 9, 4)
    # A renewal, or another kind of permit: nothing is assumed.
    assert default_expiry("arp", date(2026, 3, 5), is_first=False) is None
    assert default_expiry("refugee", date(2026, 3, 5), is_first=True) is None


def test_a_first_arp_of_another_length_is_worth_a_second_look() -> None:
    assert not unusual_first_arp("arp", date(2026, 3, 5), date(2026, 9, 4))
    assert unusual_first_arp("arp", date(2026, 3, 5), date(2027, 3, 4))
    assert not unusual_first_arp("temporary_protection", date(2026, 3, 5), date(2027, 3, 4))


def test_a_later_issue_date_is_a_new_permit() -> None:
    assert is_new_permit(date(2026, 3, 5), date(2026, 9, 1))
    assert not is_new_permit(date(2026, 3, 5), date(2026, 3, 5))  # a correction
    assert not is_new_permit(None, date(2026, 9, 1))
