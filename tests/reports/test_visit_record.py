"""A visit record printed from the timeline: its date, who, notes, tasks and referral, audited."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader
from sqlmodel import select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.reports.visit_record import render_visit_record
from hostdesk.storage import audit_query, casework
from hostdesk.storage.models import Member
from hostdesk.storage.vault import Vault

ON = date.today() - timedelta(days=3)


def record_a_visit(vault: Vault) -> tuple[int, int]:
    """A family with a consent to referrals and one visit with notes, two tasks and a referral."""
    head = casework.MemberDraft("Samir Haddad", birth=PartialDate(1985), relationship="head",
                                is_head=True)  # fmt: skip
    child = casework.MemberDraft("Lina Haddad", birth=PartialDate(2016), relationship="child")
    draft = casework.FamilyDraft("resettlement", ON - timedelta(days=90))
    with vault.changing() as session:
        family = casework.create_family_with_members(session, vault.user, draft, [head, child])
        ids = {m.name_latin: m.id for m in session.exec(select(Member))}
        consent = casework.ConsentDraft(["referrals"], ON - timedelta(days=80), "written")
        casework.record_consents(session, vault.user, ids["Samir Haddad"], consent)
        assert family.id is not None and ids["Samir Haddad"] is not None
        visit = casework.VisitDraft(
            occurred_on=ON, place="Casa da família", members_present=[ids["Samir Haddad"]],
            notes={"": "Tudo calmo.", "housing": "Humidade no quarto.", "health": "الطبيب غدا"},
            tasks=[casework.TaskDraft("Ligar ao senhorio", ON + timedelta(days=7)),
                   casework.TaskDraft("Levar a ficha da escola")],
            referral=casework.ReferralDraft("psychologist", ON, ids["Samir Haddad"], "health",
                                            "Dificuldade em dormir"),
        )  # fmt: skip
        activity = casework.record_visit(session, vault.user, family.id, visit)
        # Another day's visit: not on this record.
        casework.record_visit(session, vault.user, family.id, casework.VisitDraft(
            ON - timedelta(days=20), notes={"": "Outra visita"},
            tasks=[casework.TaskDraft("Tarefa de outro dia")]))  # fmt: skip
        assert activity.id is not None
        return family.id, activity.id


def test_the_record_holds_its_date_who_notes_tasks_and_referral(vault: Vault) -> None:
    family_id, activity_id = record_a_visit(vault)
    pdf = render_visit_record(vault, activity_id, "pt")
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(words.split())
    assert f"Visita de {ON:%d/%m/%Y}" in flat
    for expected in ("Casa da família", "Registado por", "Presentes: Samir Haddad",
                     "Tudo calmo.", "Habitação", "Humidade no quarto.", "Ligar ao senhorio",
                     f"{ON + timedelta(days=7):%d/%m/%Y}", "Levar a ficha da escola",
                     "Psicólogo/a", "Dificuldade em dormir", "sem resposta"):  # fmt: skip
        assert expected in flat, expected
    assert "Tarefa de outro dia" not in flat and "Outra visita" not in flat
    assert "Lina" not in flat  # not present, not referred

    entry = audit_query.page(vault, audit_query.AuditFilter(action="activity.print"))[0]
    assert entry.object_id == str(activity_id)
    assert entry.detail["family"] == family_id and entry.detail["lang"] == "pt"
    assert "Humidade" not in str(entry.detail)


def test_the_record_speaks_english_when_asked(vault: Vault) -> None:
    _family_id, activity_id = record_a_visit(vault)
    pdf = render_visit_record(vault, activity_id, "en")
    flat = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert f"Visit on {ON:%d/%m/%Y}" in flat and "Referrals sent that day" in flat
