"""Exits, the retention period, and anonymisation that leaves no name behind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from sqlmodel import Session, select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import Role
from hostdesk.reports.monthly import build_monthly_report
from hostdesk.storage import casework, retention, search, settings
from hostdesk.storage.errors import PermissionDenied, VaultError
from hostdesk.storage.models import (
    Activity,
    AllowancePayment,
    AuditEntry,
    Consent,
    Employment,
    Family,
    FollowUpTask,
    HealthRecord,
    Housing,
    Identifier,
    Member,
    Referral,
    ResidencePermit,
)
from hostdesk.storage.vault import CurrentUser, Vault
from tests.conftest import PASSPHRASE
from tests.storage.raw_pages import raw_text

TODAY = date(2026, 12, 1)
START = date(2018, 1, 8)
# Distinctive synthetic words, to be sure a hit is really this family's text.
SECRETS = ("Yohannes", "Tesfamariam", "ዮሃንስ", "Zebrafinch", "Kestrelwing", "ARP778899",
           "Marmelada", "DOC5555", "501964843", "Hornbeamtask", "950196484")  # fmt: skip


GONE_WORDS = ("Zebrafinch", "Kestrelwing", "Marmelada", "DOC5555", "Hornbeamtask", "ARP778899")
OTHER_WORDS = ("Oakleaf", "Pinecone", "Birchbark", "DOC1111", "Elmtask", "ARP112233")


def _family(
    vault: Vault, latin: str, original: str, script: str, nif: str,
    words: tuple[str, ...] = OTHER_WORDS,
) -> int:  # fmt: skip
    note, reason, street, doc, task, arp = words
    head = casework.MemberDraft(
        latin, original, script, sex="M", birth=PartialDate(1980, 6, 2), nationality="ER",
        relationship="head", is_head=True, identifiers={"nif": nif, "sns": "123456789"},
        permit=casework.PermitDraft(arp, date(2018, 1, 10), date(2018, 7, 9)),
        phone=f"9{nif[:8]}",
    )  # fmt: skip
    draft = casework.FamilyDraft("resettlement", START, nair_reference="NAIR/2018/3")
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, [head])
        assert family.id is not None
        member_id = session.exec(select(Member.id).where(Member.family_id == family.id)).one()
        casework.record_consents(session, vault.user, member_id, casework.ConsentDraft(
            ["referrals"], START, "written", doc))  # fmt: skip
        casework.record_visit(session, vault.user, family.id, casework.VisitDraft(
            date(2018, 3, 2), place=f"Rua da {street} 12", members_present=[member_id],
            notes={"": f"{note} seen", "housing": "Boiler"},
            tasks=[casework.TaskDraft(task)],
            referral=casework.ReferralDraft("iefp", date(2018, 3, 2), member_id,
                                            reason=f"{reason} course"),
        ))  # fmt: skip
        casework.record_payment(session, vault.user, family.id, period="2018-03",
                                amount_cents=15000, paid_on=date(2018, 3, 5),
                                note=street)  # fmt: skip
        return family.id


def _exit(vault: Vault, family_id: int, on: date) -> None:
    with vault.changing() as session:
        retention.record_exit(session, vault.user, family_id, "programme_ended", on)


def _hits(vault: Vault, query: str) -> set[int]:
    with vault.session() as session:
        return {h.family_id for h in search.search(session, query)}


def test_a_family_is_due_once_the_retention_period_after_its_exit_has_run_out(
    vault: Vault,
) -> None:
    old = _family(vault, "Yohannes Tesfamariam", "ዮሃንስ ተስፋማርያም", "Ethi", "501964843")
    recent = _family(vault, "Natalia Kovalenko", "Наталія Коваленко", "Cyrl", "124885446")
    _family(vault, "Selam Tesfay", "", "Latn", "204716624")  # still active
    _exit(vault, old, date(2021, 11, 30))
    _exit(vault, recent, date(2022, 6, 1))
    with vault.session() as session:
        assert [d.family_id for d in retention.due_for_anonymisation(session, TODAY)] == [old]
        due = retention.due_for_anonymisation(session, TODAY)[0]
        assert due.due_on == date(2026, 11, 30) and due.exit_reason == "programme_ended"
    with vault.changing() as session:
        settings.put(session, vault.user.username, settings.RETENTION_YEARS, 4)
    with vault.session() as session:
        assert len(retention.due_for_anonymisation(session, TODAY)) == 2
    with vault.changing() as session:
        retention.undo_exit(session, vault.user, recent)
    with vault.session() as session:
        assert [d.family_id for d in retention.due_for_anonymisation(session, TODAY)] == [old]
        assert session.get(Family, recent).status == "active"  # type: ignore[union-attr]


def test_an_exit_cannot_come_before_the_programme_started(vault: Vault) -> None:
    family_id = _family(vault, "Selam Tesfay", "", "Latn", "204716624")
    with pytest.raises(VaultError, match="before the programme started"), vault.changing() as s:
        retention.record_exit(s, vault.user, family_id, "withdrawn", date(2017, 1, 1))


def test_anonymisation_removes_names_and_text_and_keeps_the_figures(vault: Vault) -> None:
    gone = _family(vault, "Yohannes Tesfamariam", "ዮሃንስ ተስፋማርያም", "Ethi", "501964843", GONE_WORDS)
    kept = _family(vault, "Natalia Kovalenko", "Наталія Коваленко", "Cyrl", "124885446")
    _exit(vault, gone, date(2019, 7, 31))
    assert _hits(vault, "Yohannes") == {gone} and _hits(vault, "zebrafinch") == {gone}
    before = build_monthly_report(vault, "2018-03").data
    # (written to the audit log: before, not after)
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))

    assert retention.anonymise(vault, [gone], TODAY) == 1
    wal = vault.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    assert vault.integrity_problems() == [] and vault.audit_report().ok

    for word in ("Yohannes", "ዮሃንስ", "Tesfamariam", "zebrafinch", "kestrelwing", "501964843",
                 "950196484"):  # fmt: skip
        assert _hits(vault, word) == set(), word
    assert _hits(vault, "Kovalenko") == {kept}
    with vault.session() as session:
        case_number = session.get(Family, gone).case_number  # type: ignore[union-attr]
    assert _hits(vault, case_number) == {gone}
    after = build_monthly_report(vault, "2018-03").data
    assert (after["totals"], after["indicators"]) == (before["totals"], before["indicators"])
    # Family by family, the same report but for the NAIR reference (an identifier: removed).
    for family in before["families"]:
        family["nair_reference"] = "" if family["case_number"] == case_number else family[
            "nair_reference"]  # fmt: skip
    assert after["families"] == before["families"]
    with vault.session() as session:
        family = session.get(Family, gone)
        assert family is not None and family.anonymised_on == TODAY and family.status == "exited"
        member = session.exec(select(Member).where(Member.family_id == gone)).one()
        assert (member.name_latin, member.name_original, member.birth_month) == ("", "", None)
        assert member.phone == ""
        assert (member.sex, member.birth_year, member.nationality) == ("M", 1980, "ER")
        kinds = session.exec(select(Identifier.kind, Identifier.value).where(
            Identifier.member_id == member.id)).all()  # fmt: skip
        assert sorted(kinds) == [("nif", ""), ("sns", "")]
        permit = session.exec(select(ResidencePermit).where(
            ResidencePermit.member_id == member.id)).one()  # fmt: skip
        assert permit.number == "" and permit.expires_on == date(2018, 7, 9)
        visit = session.exec(select(Activity).where(Activity.family_id == gone)).one()
        assert (visit.text, visit.place, visit.occurred_on) == ("", "", date(2018, 3, 2))
        payment = session.exec(select(AllowancePayment).where(
            AllowancePayment.family_id == gone)).one()  # fmt: skip
        assert (payment.amount_cents, payment.note) == (15000, "")
        anonymised = select(AuditEntry).where(AuditEntry.action == "family.anonymise")
        entry = session.exec(anonymised).one()
        assert entry.object_id == str(gone) and "Yohannes" not in entry.detail

    # Not even the free pages of the decrypted file keep the old text.
    plain = raw_text(vault.path / "vault.db", key)
    # The check can fail: the other family's name and note are there, as written and as indexed.
    for present in ("Kovalenko", "kovalenko", "Коваленко", "oakleaf", "ARP112233", "912488544"):
        assert present.encode() in plain, present
    for secret in SECRETS:
        for form in {secret, secret.lower()}:
            assert form.encode() not in plain, secret


def test_only_a_coordinator_anonymises_and_only_families_that_are_due(vault: Vault) -> None:
    early = _family(vault, "Selam Tesfay", "", "Latn", "204716624")
    _exit(vault, early, date(2024, 1, 1))
    with pytest.raises(VaultError, match="not due"), vault.changing() as session:
        retention.anonymise_family(session, vault.user, early, TODAY)
    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "another long passphrase")
    path = vault.path
    vault.close()
    with Vault.open(path, "joao.tecnico", "another long passphrase") as worker:
        with pytest.raises(PermissionDenied):
            retention.anonymise(worker, [early], date(2040, 1, 1))
        with pytest.raises(PermissionDenied), worker.changing() as session:
            retention.anonymise_family(session, worker.user, early, date(2040, 1, 1))


@dataclass(frozen=True)
class _Ids:
    family: int
    member: int
    task: int
    referral: int
    consent: int
    housing: int
    health: int


_NEW_PERSON = casework.MemberDraft("Yohannes Tesfamariam", relationship="child")
# Every way the casework writes to a family's file, each given the ids of one anonymised file.
_WRITES: dict[str, Callable[[Session, CurrentUser, _Ids], object]] = {
    "update_family": lambda s, u, i: casework.update_family(
        s, u, i.family, casework.FamilyDraft("resettlement", START, municipality="Zebrafinch")),
    "add_member": lambda s, u, i: casework.add_member(s, u, i.family, _NEW_PERSON),
    "update_member": lambda s, u, i: casework.update_member(s, u, i.member, casework.MemberDraft(
        "Yohannes Tesfamariam", relationship="head", is_head=True)),
    "identifier": lambda s, u, i: casework.update_member(s, u, i.member, casework.MemberDraft(
        "", relationship="head", is_head=True, identifiers={"nif": "501964843"})),
    "permit": lambda s, u, i: casework.update_member(s, u, i.member, casework.MemberDraft(
        "", relationship="head", is_head=True, permit=casework.PermitDraft("ARP778899"))),
    "record_visit": lambda s, u, i: casework.record_visit(s, u, i.family, casework.VisitDraft(
        TODAY, notes={"": "Zebrafinch said her brother in Asmara..."})),
    "add_task": lambda s, u, i: casework.add_task(s, u, i.family, casework.TaskDraft("Call")),
    "complete_task": lambda s, u, i: casework.complete_task(s, u, i.task, TODAY),
    "create_referral": lambda s, u, i: casework.create_referral(s, u, i.family,
        casework.ReferralDraft("sns", TODAY, i.member, reason="Kestrelwing")),
    "answer_referral": lambda s, u, i: casework.answer_referral(s, u, i.referral, TODAY, "Seen"),
    "new_family_record": lambda s, u, i: casework.save_record(s, u, Housing, None,
        {"family_id": i.family, "kind": "rented", "address": "Rua Marmelada 1"}),
    "new_member_record": lambda s, u, i: casework.save_record(s, u, Employment, None,
        {"member_id": i.member, "kind": "contract", "employer": "Kestrelwing Lda"}),
    "change_family_record": lambda s, u, i: casework.save_record(s, u, Housing, i.housing,
        {"address": "Rua Marmelada 1"}),
    "change_member_record": lambda s, u, i: casework.save_record(s, u, HealthRecord, i.health,
        {"notes": "Zebrafinch"}),
    "record_payment": lambda s, u, i: casework.record_payment(s, u, i.family, period="2026-12",
        amount_cents=15000, paid_on=TODAY, note="Marmelada"),
    "record_consents": lambda s, u, i: casework.record_consents(s, u, i.member,
        casework.ConsentDraft(["reporting"], TODAY, "written", "DOC5555")),
    "withdraw_consent": lambda s, u, i: casework.withdraw_consent(s, u, i.consent, TODAY),
    "undo_exit": lambda s, u, i: retention.undo_exit(s, u, i.family),
    "record_exit": lambda s, u, i: retention.record_exit(s, u, i.family, "withdrawn", TODAY),
}  # fmt: skip


@pytest.mark.parametrize("write", sorted(_WRITES))
def test_an_anonymised_file_refuses_every_change_and_keeps_nothing_of_it(
    vault: Vault, write: str
) -> None:
    family_id = _family(vault, "Selam Tesfay", "", "Latn", "204716624")
    with vault.changing() as session:
        member_id = session.exec(select(Member.id).where(Member.family_id == family_id)).one()
        housing = casework.save_record(session, vault.user, Housing, None,
                                       {"family_id": family_id, "kind": "rented"})  # fmt: skip
        health = casework.save_record(session, vault.user, HealthRecord, None,
                                      {"member_id": member_id})  # fmt: skip
        ids = _Ids(
            family_id, member_id,  # type: ignore[arg-type]
            session.exec(select(FollowUpTask.id)).one(),  # type: ignore[arg-type]
            session.exec(select(Referral.id)).one(),  # type: ignore[arg-type]
            session.exec(select(Consent.id)).one(),  # type: ignore[arg-type]
            housing.id, health.id,
        )  # fmt: skip
    _exit(vault, family_id, date(2019, 7, 31))
    assert retention.anonymise(vault, [family_id], TODAY) == 1
    with vault.session() as session:
        entries = len(session.exec(select(AuditEntry)).all())

    refused = pytest.raises(VaultError, match="anonymised; it can no longer be changed")
    with refused, vault.changing() as session:
        _WRITES[write](session, vault.user, ids)

    with vault.session() as session:
        assert len(session.exec(select(AuditEntry)).all()) == entries
        file = casework.read_family(session, family_id)
    assert file is not None and file.family.status == "exited"
    assert [m.member.name_latin for m in file.members] == [""]
    assert [c.withdrawn_on for c in file.members[0].consents] == [None]
    for word in ("Yohannes", "Zebrafinch", "Kestrelwing", "Marmelada", "501964843", "ARP778899"):
        assert _hits(vault, word) == set(), word
