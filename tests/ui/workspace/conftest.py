"""The family every workspace test opens: an Arabic-named head, a spouse and a child."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework
from hostdesk.storage.models import Member
from hostdesk.storage.vault import Vault

TODAY = date.today()


@pytest.fixture
def family_id(vault: Vault) -> int:
    head = casework.MemberDraft(
        "Mohammed Al-Hassan", "محمد", "Arab", sex="M", birth=PartialDate(1987),
        relationship="head", is_head=True,
        permit=casework.PermitDraft("ARP-1", TODAY - timedelta(days=170), TODAY + timedelta(10)),
    )  # fmt: skip
    spouse = casework.MemberDraft("Fatima Al-Hassan", "فاطمة", "Arab", birth=PartialDate(1990),
                                  relationship="spouse")  # fmt: skip
    child = casework.MemberDraft(
        "Amina Al-Hassan", birth=PartialDate(2016, 3), relationship="child"
    )
    draft = casework.FamilyDraft(
        "resettlement", TODAY - timedelta(days=100), nair_reference="NAIR/2026/17"
    )
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user, draft, [head, spouse, child]
        )
        # Both parents consented to referrals when the programme started (covers the child).
        consent = casework.ConsentDraft(["referrals"], TODAY - timedelta(days=90), "written")
        for member in session.exec(select(Member).where(Member.family_id == family.id)):
            if member.relationship in ("head", "spouse"):
                casework.record_consents(session, vault.user, member.id, consent)
    assert family.id is not None
    return family.id
