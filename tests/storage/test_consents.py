"""Consents recorded and withdrawn; a referral without one asks for a lawful ground."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework
from hostdesk.storage.errors import VaultError
from hostdesk.storage.models import AuditEntry, Consent, Member, Referral
from hostdesk.storage.vault import Vault

START = date(2026, 1, 5)
SENT = date(2026, 3, 2)


def _family(vault: Vault) -> tuple[int, int, int, int]:
    people = [
        casework.MemberDraft("Mohammed Al-Hassan", relationship="head", is_head=True,
                             birth=PartialDate(1987)),
        casework.MemberDraft("Fatima Al-Hassan", relationship="spouse", birth=PartialDate(1990)),
        casework.MemberDraft("Amina Al-Hassan", relationship="child", birth=PartialDate(2016, 3)),
    ]  # fmt: skip
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user, casework.FamilyDraft("resettlement", START), people
        )
        ids = sorted(session.exec(select(Member.id).where(Member.family_id == family.id)).all())
    assert family.id is not None
    return family.id, ids[0], ids[1], ids[2]  # type: ignore[return-value]


def _consent(vault: Vault, member_id: int, *scopes: str, ref: str = "") -> list[int]:
    draft = casework.ConsentDraft(list(scopes), START, "oral_with_interpreter", ref)
    with vault.changing() as session:
        return [c.id for c in casework.record_consents(session, vault.user, member_id, draft)]  # type: ignore[misc]


def _refer(vault: Vault, family_id: int, member_id: int | None, **kw: str) -> Referral:
    draft = casework.ReferralDraft("sns", SENT, member_id, reason="Dentist", **kw)
    with vault.changing() as session:
        return casework.create_referral(session, vault.user, family_id, draft)


def _audit(vault: Vault, action: str) -> list[AuditEntry]:
    with vault.session() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_consent_form_gives_one_row_per_scope_and_the_audit_names_no_document(
    vault: Vault,
) -> None:
    _family_id, head, _spouse, _child = _family(vault)
    ids = _consent(vault, head, "referrals", "reporting", ref="Pasta 7, folha 3")
    with vault.session() as session:
        rows = session.exec(select(Consent).order_by(Consent.id)).all()
    assert [(r.scope, r.method, r.document_ref) for r in rows] == [
        ("referrals", "oral_with_interpreter", "Pasta 7, folha 3"),
        ("reporting", "oral_with_interpreter", "Pasta 7, folha 3"),
    ]
    entries = _audit(vault, "consent.record")
    assert [e.object_id for e in entries] == [str(i) for i in ids]
    assert all("Pasta" not in e.detail for e in entries)
    with pytest.raises(VaultError, match="at least one"), vault.changing() as session:
        nothing = casework.ConsentDraft([], START, "oral")
        casework.record_consents(session, vault.user, head, nothing)


def test_a_withdrawal_is_dated_once_and_never_before_the_consent(vault: Vault) -> None:
    _family_id, head, _spouse, _child = _family(vault)
    (consent_id,) = _consent(vault, head, "referrals")
    with pytest.raises(VaultError, match="before it was given"), vault.changing() as session:
        casework.withdraw_consent(session, vault.user, consent_id, date(2025, 12, 31))
    with vault.changing() as session:
        casework.withdraw_consent(session, vault.user, consent_id, date(2026, 2, 1))
    with pytest.raises(VaultError, match="already withdrawn"), vault.changing() as session:
        casework.withdraw_consent(session, vault.user, consent_id, date(2026, 2, 2))
    with vault.session() as session:
        file = casework.read_family(session, _family_id)
    assert file is not None
    assert [c.withdrawn_on for c in file.members[0].consents] == [date(2026, 2, 1)]
    assert len(_audit(vault, "consent.withdraw")) == 1


def test_a_referral_without_consent_needs_a_ground_which_the_audit_keeps_without_the_note(
    vault: Vault,
) -> None:
    family_id, head, _spouse, _child = _family(vault)
    with pytest.raises(casework.ConsentRequired):
        _refer(vault, family_id, head)
    with vault.session() as session:
        assert session.exec(select(Referral)).all() == []
    referral = _refer(vault, family_id, head, sharing_basis="vital_interest",
                      sharing_note="Chest pain, ambulance called")  # fmt: skip
    assert (referral.sharing_basis, referral.sharing_note) == (
        "vital_interest", "Chest pain, ambulance called",
    )  # fmt: skip
    (entry,) = _audit(vault, "referral.without_consent")
    assert entry.object_id == str(referral.id)
    assert entry.detail == f'{{"basis":"vital_interest","members":[{head}]}}'


def test_a_childs_referral_is_covered_by_a_parent_and_a_covered_one_stores_no_ground(
    vault: Vault,
) -> None:
    family_id, head, spouse, child = _family(vault)
    (consent_id,) = _consent(vault, spouse, "referrals")
    referral = _refer(vault, family_id, child, sharing_basis="legal_obligation", sharing_note="x")
    assert (referral.sharing_basis, referral.sharing_note) == (None, "")
    assert _audit(vault, "referral.without_consent") == []
    # A family referral also concerns the head, who has not consented.
    with pytest.raises(casework.ConsentRequired):
        _refer(vault, family_id, None)
    with vault.changing() as session:
        casework.withdraw_consent(session, vault.user, consent_id, date(2026, 2, 1))
    with pytest.raises(casework.ConsentRequired):
        _refer(vault, family_id, child)
    _consent(vault, head, "referrals")
    assert _refer(vault, family_id, child).sharing_basis is None


def test_a_referral_for_someone_outside_the_family_is_refused(vault: Vault) -> None:
    family_id, _head, _spouse, _child = _family(vault)
    with pytest.raises(casework.RecordNotFound):
        _refer(vault, family_id, 9999, sharing_basis="vital_interest")


def test_a_childs_own_consent_is_refused_and_does_not_let_a_referral_through(
    vault: Vault,
) -> None:
    family_id, _head, _spouse, child = _family(vault)
    with pytest.raises(VaultError, match="parent or guardian"):
        _consent(vault, child, "referrals")
    with vault.session() as session:
        assert session.exec(select(Consent)).all() == []
    # Recorded while the birth was unknown (an adult, then), corrected later to a child's.
    late = casework.MemberDraft("Yusuf Al-Hassan", relationship="child")
    with vault.changing() as session:
        yusuf = casework.add_member(session, vault.user, family_id, late).id
    assert yusuf is not None
    _consent(vault, yusuf, "referrals")
    late.birth = PartialDate(2016)
    with vault.changing() as session:
        casework.update_member(session, vault.user, yusuf, late)
    with pytest.raises(casework.ConsentRequired):
        _refer(vault, family_id, yusuf)
    assert _audit(vault, "referral.create") == []
