"""The NAIR monthly report: indicators with known answers, canonical JSON, schema, revisions."""

from __future__ import annotations

import io
import json
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlmodel import select

from hostdesk import resources
from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import Role
from hostdesk.reports.monthly import (
    SCHEMA_FILE,
    RevisionError,
    build_monthly_report,
    canonical_json,
    revisions,
    store_revision,
    submit_revision,
)
from hostdesk.storage import families
from hostdesk.storage.errors import PermissionDenied
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.models import (
    Education,
    Employment,
    Family,
    HealthRecord,
    LanguageCourse,
    Member,
    Referral,
    ResidencePermit,
)
from hostdesk.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reports.conftest import ARABIC_HEAD, add_sample_family

NOW = datetime(2026, 11, 1, tzinfo=UTC)
MONTH = "2026-11"


def _family(vault: Vault, case: str, start: date, **fields: object) -> int:
    with vault.changing() as s:
        family = families.create_family(
            s, vault.user, arrival_channel="relocation", programme_start=start,
            case_number=case, nair_reference=f"NAIR-{case[-3:]}", **fields,
        )  # fmt: skip
        assert family.id is not None
        return family.id


def _member(vault: Vault, family_id: int, name: str, birth: PartialDate, **fields: object) -> int:
    with vault.changing() as s:
        family = s.get(Family, family_id)
        assert family is not None
        member = families.add_member(s, vault.user, family, name_latin=name, birth=birth, **fields)
        assert member.id is not None
        return member.id


def _add(vault: Vault, *rows: object) -> None:
    with vault.changing() as s:
        for row in rows:
            s.add(row)


def _exit(vault: Vault, family_id: int, on: date, reason: str) -> None:
    with vault.changing() as s:
        family = s.get(Family, family_id)
        assert family is not None
        families.update_family(s, vault.user, family, status="exited", exit_date=on,
                               exit_reason=reason)  # fmt: skip


@pytest.fixture
def known(vault: Vault) -> Vault:
    """Seven families whose November 2026 figures are worked out by hand below."""
    # A: in the programme all month, four people.
    a = _family(vault, "HD-2026-00001", date(2026, 1, 1))
    a1 = _member(vault, a, "Adil Karimi", PartialDate(1980), is_head=True, relationship="head",
                 sex="M")  # fmt: skip
    a2 = _member(vault, a, "Nadia Karimi", PartialDate(1985, 6), relationship="spouse", sex="F")
    a3 = _member(vault, a, "Sara Karimi", PartialDate(2015, 5, 10), relationship="child")
    # Born in 2008: 17 or 18 at the end of November; eligibility is uncertain.
    _member(vault, a, "Omar Karimi", PartialDate(2008), relationship="child")
    with vault.changing() as s:
        head = s.get(Member, a1)
        assert head is not None
        families.add_identifier(s, vault.user, head, "sns", "123456789")
    _add(
        vault,
        HealthRecord(member_id=a1, sns_registered=False, has_family_doctor=True),
        HealthRecord(member_id=a2, sns_registered=True),
        Employment(member_id=a1, kind="contract", start_date=date(2026, 6, 1),
                   end_date=date(2026, 11, 3)),
        Employment(member_id=a1, kind="contract", start_date=date(2026, 11, 10)),
        LanguageCourse(member_id=a1, course_type="pla", start_date=date(2026, 3, 1),
                       cefr_level_reached="A1", level_reached_on=date(2026, 11, 18)),
        # Starts after the month: no access yet at its end.
        LanguageCourse(member_id=a2, course_type="pla", start_date=date(2026, 12, 5)),
        Education(member_id=a3, kind="school_enrolment", start_date=date(2025, 9, 15)),
        ResidencePermit(member_id=a1, issued_on=date(2026, 5, 1), expires_on=date(2026, 11, 1)),
        ResidencePermit(member_id=a1, issued_on=date(2026, 11, 5), expires_on=date(2027, 5, 5)),
        Referral(family_id=a, member_id=a2, service="sns", dimension="health",
                 sent_on=date(2026, 11, 2), created_at=NOW),
    )  # fmt: skip
    # B: an unaccompanied minor of 16, not in school, in Portuguese classes.
    b = _family(vault, "HD-2026-00002", date(2026, 6, 1), case_type="unaccompanied_minor")
    b1 = _member(vault, b, "Dawit Tesfaye", PartialDate(2010, 2, 1), is_head=True,
                 relationship="head", is_unaccompanied_minor=True)  # fmt: skip
    _add(vault, LanguageCourse(member_id=b1, course_type="non_formal", start_date=date(2026, 7, 1)))
    # C: ended the programme in November, working: autonomous.
    c = _family(vault, "HD-2025-00003", date(2025, 5, 1))
    c1 = _member(vault, c, "Hassan Nouri", PartialDate(1975), is_head=True, relationship="head")
    _add(vault, Employment(member_id=c1, kind="self_employed", start_date=date(2026, 9, 1)))
    _exit(vault, c, date(2026, 11, 15), "programme_ended")
    # D: left Portugal in November: an exit, but not an end of programme.
    d = _family(vault, "HD-2025-00004", date(2025, 9, 1))
    _member(vault, d, "Layla Haddad", PartialDate(1990), is_head=True, relationship="head")
    _exit(vault, d, date(2026, 11, 20), "left_portugal")
    # E: left in October, F: starts in December: neither is in November's report.
    e = _family(vault, "HD-2025-00005", date(2025, 3, 1))
    _member(vault, e, "Ahmad Zaki", PartialDate(1970), is_head=True, relationship="head")
    _exit(vault, e, date(2026, 10, 1), "transferred")
    f = _family(vault, "HD-2026-00006", date(2026, 12, 1))
    _member(vault, f, "Iryna Bondar", PartialDate(1992), is_head=True, relationship="head")
    # G: ended the programme in November without work: not autonomous.
    g = _family(vault, "HD-2025-00007", date(2025, 5, 20))
    _member(vault, g, "Yonas Haile", PartialDate(1960), is_head=True, relationship="head")
    _exit(vault, g, date(2026, 11, 25), "programme_ended")
    # H: arrived in November; a first ARP.
    h = _family(vault, "HD-2026-00008", date(2026, 11, 10), arrival_date=date(2026, 11, 8))
    h1 = _member(vault, h, "Mariam Saleh", PartialDate(1995), is_head=True, relationship="head",
                 name_original="مريم صالح", original_script="Arab", sex="F")  # fmt: skip
    _add(vault, ResidencePermit(member_id=h1, issued_on=date(2026, 11, 12),
                                expires_on=date(2027, 5, 12)))  # fmt: skip
    return vault


def _schema() -> dict:  # type: ignore[type-arg]
    return json.loads(resources.read_text(*SCHEMA_FILE))


def test_indicators_match_the_hand_worked_answers(known: Vault) -> None:
    report = build_monthly_report(known, MONTH).data
    assert report["totals"] == {
        "families_followed": 6,  # A B C D G H
        "families_in_programme_at_end": 3,  # A B H
        "members_in_programme_at_end": 6,
        "events": report["totals"]["events"],
        "open_alerts": report["totals"]["open_alerts"],
        "families_outside_programme_figures": 0,
    }
    share = report["indicators"]
    # Working age for certain: Adil, Nadia, Mariam; Adil works. Omar (17 or 18) is uncertain.
    assert share["working_age_in_training_education_or_employment"] == {
        "numerator": 1, "denominator": 3, "uncertain": 1,
    }  # fmt: skip
    # Adults and the unaccompanied minor: Adil and Dawit have had classes; Nadia's start later.
    assert share["portuguese_classes_access"] == {"numerator": 2, "denominator": 4, "uncertain": 1}
    # Sara (11) is enrolled, Dawit (16) is not; Omar may be 18.
    assert share["school_age_children_enrolled"] == {
        "numerator": 1, "denominator": 2, "uncertain": 1,
    }  # fmt: skip
    # Adil by his SNS number, Nadia by her health record.
    assert share["members_with_sns_number"] == {"numerator": 2, "denominator": 6, "uncertain": 0}
    assert share["members_with_family_doctor"] == {"numerator": 1, "denominator": 6, "uncertain": 0}
    # C (self-employed on the day) and G (no work) ended the programme; D left Portugal.
    assert share["families_ended_programme_autonomous"] == {
        "numerator": 1, "denominator": 2, "uncertain": 0,
    }  # fmt: skip


def test_the_months_events_are_coded(known: Vault) -> None:
    report = build_monthly_report(known, MONTH).data
    events = {
        f["case_number"]: [(e["date"], e["type"], e["member"], e["detail"]) for e in f["events"]]
        for f in report["families"]
    }
    # The referral to the SNS (2026-11-02) is health: counted per entity, not an event here.
    assert events["HD-2026-00001"] == [
        ("2026-11-03", "job_ended", "P1", "contract"),
        ("2026-11-05", "arp_renewed", "P1", None),
        ("2026-11-10", "job_started", "P1", "contract"),
        ("2026-11-18", "language_level", "P1", "A1"),
    ]
    assert events["HD-2025-00003"] == [("2026-11-15", "exit", None, "programme_ended")]
    assert events["HD-2025-00004"] == [("2026-11-20", "exit", None, "left_portugal")]
    assert events["HD-2026-00008"] == [
        ("2026-11-08", "arrival", None, "relocation"),
        ("2026-11-12", "arp_issued", "P1", None),
    ]
    exited = {f["case_number"]: f["exit"] for f in report["families"] if f["exit"]}
    assert exited["HD-2025-00003"] == {"date": "2026-11-15", "reason": "programme_ended"}
    # Exited families are followed no more: no alerts for them.
    assert all(not f["open_alerts"] for f in report["families"] if f["exit"])
    minor = next(f for f in report["families"] if f["case_number"] == "HD-2026-00002")
    kinds = {a["kind"] for a in minor["open_alerts"]}
    assert "child_without_school" in kinds


def test_statuses_at_month_end(known: Vault) -> None:
    report = build_monthly_report(known, MONTH).data
    a = next(f for f in report["families"] if f["case_number"] == "HD-2026-00001")
    assert a["dimensions"]["employment"] == "achieved"
    adil, nadia, sara, _omar = a["members"]
    assert adil["dimensions"]["language"] == "achieved"
    assert nadia["dimensions"]["language"] == "not_started"  # her course starts in December
    assert sara["dimensions"]["employment"] == "not_applicable"
    assert sara["flags"]["school_enrolled"] is True
    assert a["programme"] == {"start": "2026-01-01", "end": "2027-06-30", "months": 18,
                              "month_at_end": 11}  # fmt: skip


def test_no_names_or_document_numbers_are_sent(known: Vault) -> None:
    raw = build_monthly_report(known, MONTH).json_bytes.decode("utf-8")
    for secret in ("Karimi", "Adil", "Mariam", "مريم", "123456789", "Tesfaye"):
        assert secret not in raw


def test_same_state_same_bytes_and_valid_against_the_schema(known: Vault) -> None:
    first = build_monthly_report(known, MONTH)
    second = build_monthly_report(known, MONTH)
    assert first.json_bytes == second.json_bytes
    assert first.sha256 == second.sha256
    assert first.pdf_bytes == second.pdf_bytes
    assert first.json_bytes == canonical_json(json.loads(first.json_bytes))
    assert b"\n" not in first.json_bytes and b": " not in first.json_bytes
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(first.data, schema, cls=jsonschema.Draft202012Validator)


def test_the_schema_refuses_what_must_not_be_sent(known: Vault) -> None:
    data = build_monthly_report(known, MONTH).data
    data["families"][0]["members"][0]["name"] = "Adil Karimi"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _schema(), cls=jsonschema.Draft202012Validator)


def test_a_sample_family_report_validates_too(vault: Vault) -> None:
    add_sample_family(vault)
    draft = build_monthly_report(vault, MONTH, "en")
    jsonschema.validate(draft.data, _schema(), cls=jsonschema.Draft202012Validator)
    assert ARABIC_HEAD not in draft.json_bytes.decode()


def test_the_pdf_shows_the_same_figures(known: Vault) -> None:
    draft = build_monthly_report(known, MONTH)
    reader = PdfReader(io.BytesIO(draft.pdf_bytes))
    content = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))
    assert "Relatório mensal para o NAIR" in content
    assert "novembro de 2026" in content
    assert draft.sha256 in content
    words = " ".join(content.split())  # one cell per line as extracted; compare by words
    assert "Famílias que terminaram o programa autónomas 1 2 50,0 %" in words
    assert "HD-2026-00008" in content
    assert "Karimi" not in content


def test_submitted_revisions_are_frozen_and_a_correction_is_a_new_one(known: Vault) -> None:
    first = build_monthly_report(known, MONTH)
    row = store_revision(known, first, submit=True)
    assert (row.revision, row.submitted, row.sha256) == (1, True, first.sha256)
    # Nothing changed: there is nothing to correct.
    with pytest.raises(RevisionError, match="Nothing changed"):
        store_revision(known, build_monthly_report(known, MONTH), submit=True)
    # The database itself refuses to change or delete a submitted report.
    with known.engine.begin() as conn, pytest.raises(DatabaseError, match="frozen"):
        conn.execute(text("UPDATE monthly_report SET json_data = x'00' WHERE revision = 1"))
    with known.engine.begin() as conn, pytest.raises(DatabaseError, match="frozen"):
        conn.execute(text("DELETE FROM monthly_report WHERE revision = 1"))
    # A late school enrolment is recorded: the correction is revision 2.
    with known.changing() as s:
        omar = s.exec(select(Member).where(Member.name_latin == "Omar Karimi")).one()
        s.add(Education(member_id=omar.id, kind="school_enrolment", start_date=date(2026, 9, 10)))
    second = build_monthly_report(known, MONTH)
    assert second.revision == 2
    assert second.data["supersedes_sha256"] == first.sha256
    store_revision(known, second, submit=True)
    stored = revisions(known, MONTH)
    assert [(r.revision, r.submitted) for r in stored] == [(1, True), (2, True)]
    assert stored[0].json_data == first.json_bytes  # the old one is kept as it was
    assert stored[1].pdf_data == second.pdf_bytes
    assert known.audit_report().ok


def test_a_draft_is_replaced_until_submitted(known: Vault) -> None:
    draft = build_monthly_report(known, MONTH)
    store_revision(known, draft)
    again = build_monthly_report(known, MONTH)
    assert again.revision == 1
    store_revision(known, again)
    assert [(r.revision, r.submitted) for r in revisions(known, MONTH)] == [(1, False)]
    submitted = submit_revision(known, MONTH, 1)
    assert submitted.submitted and submitted.submitted_by == known.user.username
    with pytest.raises(RevisionError, match="already submitted"):
        submit_revision(known, MONTH, 1)
    # A draft built before the submission names a revision that is no longer next.
    with pytest.raises(RevisionError, match="build it again"):
        store_revision(known, draft)


def test_only_a_coordinator_submits(known: Vault) -> None:
    known.add_user("tecnica.rita", Role.SOCIAL_WORKER, PASSPHRASE)
    path = known.path
    known.close()
    with Vault.open(path, "tecnica.rita", PASSPHRASE) as worker:
        draft = build_monthly_report(worker, MONTH)
        with pytest.raises(PermissionDenied):
            store_revision(worker, draft, submit=True)
        store_revision(worker, draft)  # a worker may prepare the draft


def test_a_long_monthly_pdf_loses_no_family_across_pages(tmp_path: Path) -> None:
    from hostdesk.storage.demo.writer import create_demo_vault

    vault = create_demo_vault(tmp_path / "demo", PASSPHRASE, families=120, seed=4,
                              kdf=KDF_FLOOR)  # fmt: skip
    try:
        # The demo spreads programmes over the years before today.
        today = date.today()
        index = today.year * 12 + today.month - 1
        months = [
            f"{(index - back) // 12}-{(index - back) % 12 + 1:02d}" for back in range(0, 24, 3)
        ]
        busiest = max(
            months, key=lambda month: len(build_monthly_report(vault, month).data["families"])
        )
        draft = build_monthly_report(vault, busiest)
    finally:
        vault.close()
    cases = [f["case_number"] for f in draft.data["families"]]
    assert len(cases) > 30
    reader = PdfReader(io.BytesIO(draft.pdf_bytes))
    assert 3 <= len(reader.pages) <= 40
    content = "\n".join(p.extract_text() for p in reader.pages)
    for case in cases:
        assert case in content
    jsonschema.validate(draft.data, _schema(), cls=jsonschema.Draft202012Validator)


def test_a_programme_without_months_stops_the_report_and_names_the_case(vault: Vault) -> None:
    family_id = _family(vault, "HD-2026-00099", date(2026, 10, 1))
    with vault.engine.begin() as conn:
        conn.execute(
            text("UPDATE family SET programme_months = 0 WHERE id = :id"), {"id": family_id}
        )
    with pytest.raises(ValueError, match="HD-2026-00099"):
        build_monthly_report(vault, MONTH)
