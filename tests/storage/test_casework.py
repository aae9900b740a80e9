"""Casework writes: all or nothing, audited without personal data, found again by search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.domain.alerts import AlertKind, alerts_for
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import ArrivalChannel, Dimension, IdentifierKind
from hostdesk.storage import casework, families, search
from hostdesk.storage.models import (
    Activity,
    AuditEntry,
    Education,
    FollowUpTask,
    HealthRecord,
    Housing,
    Member,
    PlanGoal,
    ResidencePermit,
)
from hostdesk.storage.vault import Vault

START = date(2026, 1, 5)


def _family(vault: Vault) -> tuple[int, int, int]:
    head = casework.MemberDraft(
        "Mohammed Al-Hassan", "محمد الحسن", "Arab", sex="M", birth=PartialDate(1987),
        relationship="head", is_head=True,
        identifiers={IdentifierKind.NIF.value: "501964843"},
        permit=casework.PermitDraft("ARP-1", date(2026, 1, 10), date(2026, 7, 9)),
    )  # fmt: skip
    child = casework.MemberDraft(
        "Amina Al-Hassan", birth=PartialDate(2016, 3), relationship="child"
    )
    draft = casework.FamilyDraft(ArrivalChannel.RESETTLEMENT.value, START, nair_reference="N/7")
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, [head, child])
        members = session.exec(select(Member).where(Member.family_id == family.id)).all()
        ids = sorted(m.id for m in members if m.id is not None)
        # The head consented to referrals, which covers the child too.
        consent = casework.ConsentDraft(["referrals"], START, "written")
        casework.record_consents(session, vault.user, ids[0], consent)
    assert family.id is not None
    return family.id, ids[0], ids[1]


def _audit_actions(vault: Vault) -> list[str]:
    with vault.session() as session:
        return [e.action for e in session.exec(select(AuditEntry).order_by(AuditEntry.seq))]


def test_a_family_is_created_with_its_members_identifiers_and_permit(vault: Vault) -> None:
    family_id, head_id, _child_id = _family(vault)
    with vault.session() as session:
        file = casework.read_family(session, family_id)
        assert file is not None
        assert [m.member.name_latin for m in file.members] == [
            "Mohammed Al-Hassan", "Amina Al-Hassan",
        ]  # fmt: skip
        head = file.members[0]
        assert head.member.birth_year == 1987 and head.member.birth_month is None
        assert [i.value for i in head.identifiers] == ["501964843"]
        assert head.permits[0].expires_on == date(2026, 7, 9)
        hits = search.search(session, "Muhammad")
        assert {h.family_id for h in hits} == {family_id}
    actions = _audit_actions(vault)
    assert actions.count("member.create") == 2
    assert "permit.create" in actions and "identifier.create" in actions
    assert head_id


def test_editing_a_member_syncs_identifiers_and_keeps_one_head(vault: Vault) -> None:
    family_id, head_id, child_id = _family(vault)
    with vault.session() as session:
        file = casework.read_family(session, family_id)
        assert file is not None
        draft = casework.member_draft(file.members[0])
    assert draft.identifiers == {"nif": "501964843"}
    draft.identifiers = {"nif": "", "niss": "11234567892"}
    draft.permit.expires_on = date(2027, 1, 9)
    with vault.changing() as session:
        casework.update_member(session, vault.user, head_id, draft)
        other = casework.MemberDraft("Amina Al-Hassan", is_head=True, relationship="head")
        casework.update_member(session, vault.user, child_id, other)
    with vault.session() as session:
        file = casework.read_family(session, family_id)
        assert file is not None
        by_id = {m.member.id: m for m in file.members}
        assert [i.kind for i in by_id[head_id].identifiers] == ["niss"]
        assert by_id[head_id].permits[0].expires_on == date(2027, 1, 9)
        assert len(by_id[head_id].permits) == 1
        assert [m.member.id for m in file.members if m.member.is_head] == [child_id]
    assert {"identifier.delete", "member.update", "permit.update"} <= set(_audit_actions(vault))


def test_notes_per_dimension_survive_the_round_trip() -> None:
    notes = {"": "All well.", "housing": "Boiler fixed.\nTwo lines.", "health": "Dentist [soon]"}
    text_ = casework.compose_notes(notes)
    assert text_.splitlines()[0] == "All well."
    assert casework.split_notes(text_) == notes
    assert casework.split_notes("plain text") == {"": "plain text"}
    assert casework.split_notes("[unknown] stays general") == {"": "[unknown] stays general"}


def test_a_visit_with_tasks_and_a_referral_is_recorded_at_once(vault: Vault) -> None:
    family_id, head_id, child_id = _family(vault)
    visit = casework.VisitDraft(
        occurred_on=date(2026, 2, 3),
        place="Home",
        members_present=[head_id, child_id],
        notes={"housing": "Humidity in the bedroom", "education": "Enrolment papers"},
        tasks=[casework.TaskDraft("Call landlord", date(2026, 2, 10)), casework.TaskDraft("  ")],
        referral=casework.ReferralDraft(
            "psychologist", date(2026, 2, 3), head_id, Dimension.HEALTH.value, "Sleep problems"
        ),
    )
    with vault.changing() as session:
        activity = casework.record_visit(session, vault.user, family_id, visit)
    with vault.session() as session:
        stored = session.get(Activity, activity.id)
        assert stored is not None
        assert stored.dimensions == ["housing", "education", "health"]
        assert stored.members_present == [head_id, child_id]
        tasks = session.exec(select(FollowUpTask)).all()
        assert [(t.description, t.activity_id) for t in tasks] == [("Call landlord", activity.id)]
        assert {h.family_id for h in search.search(session, "humidity")} == {family_id}
        assert {h.family_id for h in search.search(session, "sleep")} == {family_id}
        # The section markers are not words of the note.
        assert search.search(session, "housing") == []
        detail = session.execute(
            text("SELECT detail FROM audit_log WHERE action = 'activity.create'")
        ).scalar_one()
        assert "Humidity" not in detail


def test_a_failed_visit_leaves_nothing_behind(vault: Vault) -> None:
    family_id, _head, _child = _family(vault)
    visit = casework.VisitDraft(date(2026, 2, 3), notes={"": "x"})
    with pytest.raises(casework.RecordNotFound), vault.changing() as session:
        casework.record_visit(session, vault.user, family_id, visit)
        casework.answer_referral(session, vault.user, 999, date(2026, 2, 4), "")
    with vault.session() as session:
        assert session.exec(select(Activity)).all() == []


def test_an_unanswered_referral_alerts_until_it_is_answered(vault: Vault) -> None:
    family_id, head_id, _child = _family(vault)
    sent = date.today() - timedelta(days=20)
    with vault.changing() as session:
        referral = casework.create_referral(
            session, vault.user, family_id, casework.ReferralDraft("iefp", sent, head_id)
        )

    def referral_alerts() -> list[int | None]:
        with vault.session() as session:
            file = casework.read_family(session, family_id)
        assert file is not None
        snapshot = casework.alert_snapshot(file)
        return [
            a.referral_id
            for a in alerts_for(snapshot, date.today())
            if a.kind is AlertKind.REFERRAL_UNANSWERED
        ]

    assert referral_alerts() == [referral.id]
    assert referral.id is not None
    with vault.changing() as session:
        casework.answer_referral(session, vault.user, referral.id, date.today(), "Course offered")
    assert referral_alerts() == []
    with vault.session() as session:
        assert {h.family_id for h in search.search(session, "course offered")} == {family_id}


def test_records_of_each_dimension_are_created_and_changed(vault: Vault) -> None:
    family_id, head_id, child_id = _family(vault)
    with vault.changing() as session:
        housing = casework.save_record(
            session, vault.user, Housing, None,
            {"family_id": family_id, "kind": "rented_by_entity", "address": "Rua A, 1"},
        )  # fmt: skip
        casework.save_record(
            session, vault.user, HealthRecord, None, {"member_id": head_id, "sns_registered": True}
        )
        school = casework.save_record(
            session, vault.user, Education, None,
            {"member_id": child_id, "kind": "school_enrolment", "institution": "EB1"},
        )  # fmt: skip
        casework.save_record(
            session, vault.user, PlanGoal, None,
            {"family_id": family_id, "dimension": "housing", "description": "Own lease"},
        )  # fmt: skip
    with vault.changing() as session:
        casework.save_record(session, vault.user, Housing, housing.id, {"address": "Rua B, 2"})
        casework.save_record(session, vault.user, Education, school.id, {"institution": "EB1"})
    with vault.session() as session:
        file = casework.read_family(session, family_id)
        assert file is not None
        assert [h.address for h in file.housing] == ["Rua B, 2"]
        assert file.members[0].health is not None and file.members[0].health.sns_registered
        assert [g.description for g in file.goals] == ["Own lease"]
        snapshot = casework.alert_snapshot(file)
        assert [m.in_school for m in snapshot.members] == [False, True]
    actions = _audit_actions(vault)
    assert actions.count("housing.update") == 1
    assert "education.update" not in actions  # nothing changed, nothing logged
    with pytest.raises(ValueError, match="member_id"), vault.changing() as session:
        casework.save_record(session, vault.user, Education, None, {"kind": "x"})


def test_payments_and_rates(vault: Vault) -> None:
    family_id, _head, _child = _family(vault)
    with vault.changing() as session:
        casework.record_payment(
            session, vault.user, family_id, period="2026-02", amount_cents=22500,
            paid_on=date(2026, 2, 1),
        )  # fmt: skip
        with pytest.raises(ValueError, match="YYYY-MM"):
            casework.record_payment(
                session, vault.user, family_id, period="2026-13", amount_cents=1,
                paid_on=date(2026, 2, 1),
            )  # fmt: skip
    with vault.session() as session:
        extras = casework.extras(session, family_id)
    assert [p.amount_cents for p in extras.payments] == [22500]
    assert extras.rates[0].head_cents == 15000


def test_the_audited_open_and_the_quiet_refresh(vault: Vault) -> None:
    family_id, _head, _child = _family(vault)
    with vault.session() as session:
        assert families.load_family(session, vault.user, family_id) is not None
        assert casework.read_family(session, family_id) is not None
        assert casework.read_family(session, 12345) is None
    assert _audit_actions(vault).count("family.open") == 1


def test_the_current_permit_is_the_one_expiring_last() -> None:
    older = ResidencePermit(id=1, member_id=1, expires_on=date(2026, 1, 1))
    newer = ResidencePermit(id=2, member_id=1, expires_on=date(2026, 7, 1))
    assert casework.current_permit([newer, older]) is newer
    assert casework.current_permit([]) is None
