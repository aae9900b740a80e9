"""Casework that follows the programme: payments, the length reason, permits, the ISS meeting."""

from __future__ import annotations

from datetime import date

import pytest

from hostdesk.domain.allowance import NotDue
from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework, families, settings
from hostdesk.storage.vault import Vault


def _family(vault: Vault, channel: str = "resettlement", **fields: object) -> int:
    with vault.changing() as s:
        family = families.create_family(
            s, vault.user, arrival_channel=channel, programme_start=date(2026, 3, 10), **fields
        )
        families.add_member(s, vault.user, family, name_latin="Head", is_head=True,
                            relationship="head", birth=PartialDate(1980))  # fmt: skip
        assert family.id is not None
        return family.id


def _pay(vault: Vault, family_id: int, period: str) -> object:
    with vault.changing() as s:
        return casework.record_payment(s, vault.user, family_id, period=period,
                                       amount_cents=15000, paid_on=date(2026, 12, 1))  # fmt: skip


@pytest.mark.parametrize(
    ("period", "reason"), [("2026-02", NotDue.BEFORE_START), ("2027-10", NotDue.AFTER_END)]
)
def test_a_month_outside_the_programme_is_refused(
    vault: Vault, period: str, reason: NotDue
) -> None:
    family = _family(vault)
    with pytest.raises(casework.PaymentRefused) as refused:
        _pay(vault, family, period)
    assert refused.value.reason is reason
    assert "programme" in str(refused.value)


def test_arrears_after_an_exit_are_paid_later_months_refused(vault: Vault) -> None:
    family = _family(vault, status="exited", exit_date=date(2026, 8, 20),
                     exit_reason="left_portugal")  # fmt: skip
    _pay(vault, family, "2026-07")
    with pytest.raises(casework.PaymentRefused, match="exit"):
        _pay(vault, family, "2026-09")


def test_spontaneous_asylum_owes_no_allowance(vault: Vault) -> None:
    family = _family(vault, channel="spontaneous_asylum")
    with pytest.raises(casework.PaymentRefused) as refused:
        _pay(vault, family, "2026-05")
    assert refused.value.reason is NotDue.NO_SCHEME


def test_a_partial_month_is_marked_pro_rated_when_the_setting_says_so(vault: Vault) -> None:
    family = _family(vault)
    assert _pay(vault, family, "2026-03").pro_rated is False  # type: ignore[attr-defined]
    with vault.changing() as s:
        settings.put(s, vault.user.username, settings.PRO_RATE_PARTIAL_MONTHS, True)
    assert _pay(vault, family, "2026-03").pro_rated is True  # type: ignore[attr-defined]
    assert _pay(vault, family, "2026-04").pro_rated is False  # type: ignore[attr-defined]


def test_a_24_month_programme_outside_par_asks_for_a_reason_and_keeps_it(vault: Vault) -> None:
    head = casework.MemberDraft(name_latin="Head", is_head=True, relationship="head",
                                birth=PartialDate(1980))  # fmt: skip
    child = casework.MemberDraft(name_latin="Child", relationship="child", birth=PartialDate(2019))
    draft = casework.FamilyDraft("resettlement", date(2026, 3, 1), programme_months=24)
    with pytest.raises(casework.ReasonRequired), vault.changing() as s:
        casework.create_family_with_members(s, vault.user, draft, [head, child])
    with vault.changing() as s:
        settings.put(s, vault.user.username, settings.PAR_MEMBER, True)
    # A PAR member hosting a family with children: no reason needed.
    with vault.changing() as s:
        casework.create_family_with_members(s, vault.user, draft, [head, child])
    # ... but a family without children still needs one, and keeps it.
    with pytest.raises(casework.ReasonRequired), vault.changing() as s:
        casework.create_family_with_members(s, vault.user, draft, [head])
    draft.programme_reason = "Extended with the NAIR's agreement"
    with vault.changing() as s:
        family = casework.create_family_with_members(s, vault.user, draft, [head])
        assert family.programme_reason == "Extended with the NAIR's agreement"


def test_a_renewal_is_a_new_permit_and_the_report_names_it(vault: Vault) -> None:
    from hostdesk.reports.monthly import build_monthly_report

    head = casework.MemberDraft(
        name_latin="Head", is_head=True, relationship="head", birth=PartialDate(1980),
        permit=casework.PermitDraft("ARP-1", date(2026, 3, 12), date(2026, 9, 11)),
        asylum_applied_on=date(2026, 3, 2),
    )  # fmt: skip
    draft = casework.FamilyDraft("resettlement", date(2026, 3, 1))
    with vault.changing() as s:
        family = casework.create_family_with_members(s, vault.user, draft, [head])
        member_id = s.exec(families.select(families.Member)).first().id  # type: ignore[union-attr]
    head.permit = casework.PermitDraft("ARP-1", date(2026, 9, 8), date(2027, 3, 7))
    with vault.changing() as s:
        casework.update_member(s, vault.user, member_id, head)
    head.permit = casework.PermitDraft("AR-77", date(2026, 11, 20), date(2031, 11, 19), None,
                                       "refugee")  # fmt: skip
    head.asylum_decision, head.asylum_decision_on = "refugee_status", date(2026, 11, 18)
    with vault.changing() as s:
        casework.update_member(s, vault.user, member_id, head)
    with vault.session() as s:
        permits = s.exec(
            families.select(families.ResidencePermit).where(
                families.ResidencePermit.member_id == member_id
            )
        ).all()
    assert [(p.permit_type, p.issued_on) for p in permits] == [
        ("arp", date(2026, 3, 12)), ("arp", date(2026, 9, 8)), ("refugee", date(2026, 11, 20)),
    ]  # fmt: skip

    def events(month: str) -> list[tuple[str, str | None]]:
        (only,) = build_monthly_report(vault, month).data["families"]
        return [(e["type"], e["detail"]) for e in only["events"]]

    assert ("asylum_applied", None) in events("2026-03")
    assert ("arp_issued", None) in events("2026-03")
    assert events("2026-09") == [("arp_renewed", None)]
    assert events("2026-11") == [
        ("asylum_decided", "refugee_status"), ("refugee_permit_issued", None),
    ]  # fmt: skip
    assert family.id is not None


def test_recording_the_iss_meeting_closes_the_alert_and_reaches_the_report(vault: Vault) -> None:
    from hostdesk.domain.alerts import AlertKind, alerts_for
    from hostdesk.domain.vocabulary import IssOutcome
    from hostdesk.reports.monthly import build_monthly_report

    family = _family(vault)  # 10 March 2026 to 9 September 2027
    day = date(2027, 5, 1)
    with vault.session() as s:
        file = casework.read_family(s, family)
        assert file is not None
        kinds = [a.kind for a in alerts_for(casework.alert_snapshot(file, on=day), day)]
    assert AlertKind.ISS_TRANSITION in kinds
    with vault.changing() as s:
        casework.record_iss_transition(
            s, vault.user, family, meeting_on=date(2027, 4, 20),
            outcome=IssOutcome.NO_SOCIAL_ASSISTANCE_NEEDED, contact="Dra. Teresa, ISS Évora",
        )  # fmt: skip
    with vault.session() as s:
        file = casework.read_family(s, family)
        assert file is not None
        kinds = [a.kind for a in alerts_for(casework.alert_snapshot(file, on=day), day)]
    assert AlertKind.ISS_TRANSITION not in kinds
    report = build_monthly_report(vault, "2027-04")
    (only,) = report.data["families"]
    assert only["iss_transition"] == {
        "meeting_date": "2027-04-20", "outcome": "no_social_assistance_needed",
    }  # fmt: skip
    assert ("iss_meeting", "no_social_assistance_needed") in [
        (e["type"], e["detail"]) for e in only["events"]
    ]
    assert "Teresa" not in report.json_bytes.decode()  # the contact stays in the vault


def test_life_before_arrival_goes_coded_in_the_first_month_and_when_it_changes(
    vault: Vault,
) -> None:
    from hostdesk.reports.monthly import build_monthly_report

    head = casework.MemberDraft(
        name_latin="Head", is_head=True, relationship="head", birth=PartialDate(1980),
        occupation_isco="75", occupation_text="alfaiate em Alepo", schooling_isced="2",
    )  # fmt: skip
    with vault.changing() as s:
        casework.create_family_with_members(
            s, vault.user, casework.FamilyDraft("relocation", date(2026, 3, 1)), [head]
        )
        member = s.exec(families.select(families.Member)).one()
        member.before_arrival_changed_on = date(2026, 2, 20)  # recorded at matching
        s.add(member)

    def sent(month: str) -> object:
        report = build_monthly_report(vault, month)
        assert "alfaiate" not in report.json_bytes.decode()  # never the free text
        return report.data["families"][0]["members"][0]["before_arrival"]

    assert sent("2026-03") == {"occupation_isco08": "75", "schooling_isced": "2"}
    assert sent("2026-04") is None
    with vault.changing() as s:
        member = s.exec(families.select(families.Member)).one()
        member.schooling_isced, member.before_arrival_changed_on = "3", date(2026, 6, 2)
        s.add(member)
    assert sent("2026-06") == {"occupation_isco08": "75", "schooling_isced": "3"}


def test_ppt_is_a_course_type_for_courses_taken_before_2020(vault: Vault) -> None:
    from hostdesk.reports.monthly import build_monthly_report
    from hostdesk.storage.errors import VaultError
    from hostdesk.storage.models import Education, Employment, LanguageCourse

    _family(vault)
    with vault.session() as s:
        member_id = s.exec(families.select(families.Member)).one().id
    with vault.changing() as s:
        casework.save_record(s, vault.user, LanguageCourse, None, {
            "member_id": member_id, "course_type": "ppt", "start_date": date(2019, 3, 1),
        })  # fmt: skip
    with pytest.raises(VaultError, match="PLA"), vault.changing() as s:
        casework.save_record(s, vault.user, LanguageCourse, None, {
            "member_id": member_id, "course_type": "ppt", "start_date": date(2026, 4, 1),
        })  # fmt: skip
    # IEFP, recognition and Centros Qualifica reach the report.
    with vault.changing() as s:
        s.add(Employment(member_id=member_id, kind="iefp_registration",
                         start_date=date(2026, 4, 2)))  # fmt: skip
        s.add(Employment(member_id=member_id, kind="training", start_date=date(2026, 4, 6)))
        s.add(Education(member_id=member_id, kind="prior_learning",
                        start_date=date(2026, 4, 8)))  # fmt: skip
        s.add(Education(member_id=member_id, kind="qualification_recognition",
                        start_date=date(2025, 12, 1), end_date=date(2026, 4, 20),
                        status="achieved"))  # fmt: skip
    (only,) = build_monthly_report(vault, "2026-04").data["families"]
    assert [e["type"] for e in only["events"]] == [
        "iefp_registration", "training_started", "prior_learning_started",
        "qualification_recognition_completed",
    ]  # fmt: skip
