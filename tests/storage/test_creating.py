"""A family saved by the form and the same family imported leave exactly the same trace.

Both go through ``creating``: the same rows, the same search-index rows, the
same audit entries in the same order. An import also keeps the phone (on the
person), the address (a housing record) and the notes (a timeline note).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from hostdesk.domain.importing.columns import guess_mapping
from hostdesk.domain.partial_date import PartialDate
from hostdesk.storage import casework, importing, search
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import Activity, Housing, Member
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.import_support import csv_bytes

HEADER = ["Processo", "Titular", "Nome", "Apelido", "Nome original", "Sexo", "Data de nascimento",
          "NIF", "NISS", "Via de chegada", "Início do programa", "Concelho", "Telefone", "Morada",
          "Observações"]  # fmt: skip
ROWS = [
    ["P1", "sim", "Yousef", "Al-Khatib", "يوسف الخطيب", "H", "1984", "271104619", "11234567892",
     "Reinstalação (ACNUR)", "15/03/2024", "Fundão", "912 345 678", "Rua das Flores 12",
     "Precisa de intérprete"],
    ["P1", "não", "Maryam", "Al-Khatib", "مريم الخطيب", "M", "05/1989", "250938170", "", "", "",
     "", "", "", "Grávida"],
]  # fmt: skip


def new_vault(path: Path) -> Vault:
    vault, _recovery = Vault.create(path, entity_name="Teste", username=COORDINATOR,
                                    passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    return vault


def trace(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """What a save leaves, without the times: rows, index rows, audit entries."""
    with vault.session() as session:

        def rows(sql: str) -> list[tuple[object, ...]]:
            return [tuple(r) for r in session.execute(text(sql))]

        return {
            "family": rows("SELECT id, case_number, arrival_channel, programme_start, "
                           "programme_end, municipality, status FROM family"),
            "member": rows("SELECT id, family_id, is_head, relationship, name_latin, "
                           "name_original, original_script, sex, birth_year, birth_month, "
                           "birth_day, nationality, languages FROM member"),
            "identifier": rows("SELECT id, member_id, kind, value FROM identifier"),
            # A contentless index gives back rowids only: what each row matches is compared
            # through searches below.
            "index": rows("SELECT rowid FROM search_index ORDER BY rowid"),
            "audit": rows("SELECT seq, actor, action, object_type, object_id, detail "
                          "FROM audit_log WHERE action NOT IN ('import.commit', "
                          "'setting.change', 'vault.create', 'user.create') ORDER BY seq"),
        }  # fmt: skip


def test_the_form_and_the_import_write_the_same_family_the_same_way(tmp_path: Path) -> None:
    by_form = new_vault(tmp_path / "form")
    by_import = new_vault(tmp_path / "import")
    try:
        draft = casework.FamilyDraft("resettlement", date(2024, 3, 15), municipality="Fundão")
        members = [
            casework.MemberDraft("Yousef Al-Khatib", "يوسف الخطيب", "Arab", "M",
                                 PartialDate(1984), "head", is_head=True,
                                 identifiers={"nif": "271104619", "niss": "11234567892"}),
            casework.MemberDraft("Maryam Al-Khatib", "مريم الخطيب", "Arab", "F",
                                 PartialDate(1989, 5), "other",
                                 identifiers={"nif": "250938170"}),
        ]  # fmt: skip
        with by_form.changing() as session:
            casework.create_family_with_members(session, by_form.user, draft, members)
        rows = [[*r[:12], "", "", ""] for r in ROWS]  # no phone, address or notes
        table = importing.parse_sheet(csv_bytes([HEADER, *rows]))
        importing.commit(by_import, importing.preview(by_import, table, guess_mapping(HEADER)))
        form, imported = trace(by_form), trace(by_import)
        seqs = {name: [r[0] for r in imported["audit"]] for name in ("import",)}
        assert seqs["import"] == sorted(seqs["import"])
        for part in ("family", "member", "identifier", "index"):
            assert form[part] == imported[part], part
        assert [r[1:] for r in form["audit"]] == [r[1:] for r in imported["audit"]]
        actions = [r[2] for r in imported["audit"]]
        assert actions == ["family.create", "member.create", "identifier.create",
                           "identifier.create", "member.create", "identifier.create"]  # fmt: skip
        for vault in (by_form, by_import):
            assert vault.audit_report().ok
            with vault.session() as session:
                for query in ("Yusuf Khatib", "مريم", "271104619", "HD-2024-00001"):
                    assert search.search(session, query), query
    finally:
        by_form.close()
        by_import.close()


def test_phone_address_and_notes_are_kept_where_a_social_worker_looks(vault: Vault) -> None:
    table = importing.parse_sheet(csv_bytes([HEADER, *ROWS]))
    summary = importing.commit(vault, importing.preview(vault, table, guess_mapping(HEADER)))
    assert (summary.families, summary.people) == (1, 2)
    with vault.session() as session:
        members = session.exec(select(Member).order_by(Member.id)).all()
        assert [(m.name_latin, m.sex, m.phone) for m in members] == [
            ("Yousef Al-Khatib", "M", "912 345 678"),
            ("Maryam Al-Khatib", "F", ""),
        ]
        [home] = session.exec(select(Housing)).all()
        assert (home.address, home.municipality, home.kind) == ("Rua das Flores 12", "Fundão", "")
        assert (home.start_date, home.end_date) == (None, None)  # not invented
        [note] = session.exec(select(Activity)).all()
        assert note.kind == "note" and note.family_id == members[0].family_id
        assert note.text == "Yousef Al-Khatib: Precisa de intérprete\nMaryam Al-Khatib: Grávida"
        actions = [r[0] for r in session.execute(text("SELECT action FROM audit_log"))]
        assert "housing.create" in actions and "activity.create" in actions
        # The phone and the note are found by search, as the form's would be.
        assert [h.family_id for h in search.search(session, "912345678")] == [members[0].family_id]
        assert search.search(session, "intérprete")
    assert vault.audit_report().ok


def test_a_member_added_to_a_family_goes_the_same_way(vault: Vault) -> None:
    draft = casework.FamilyDraft("relocation", date(2025, 1, 10))
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user, draft, [casework.MemberDraft("Ana Costa", is_head=True,
                                                              relationship="head")]
        )  # fmt: skip
        assert family.id is not None
        member = casework.add_member(session, vault.user, family.id, casework.MemberDraft(
            "Rui Costa", identifiers={"nif": "501964843"}, phone="961 000 000"
        ))  # fmt: skip
        assert member.phone == "961 000 000"
        # The member form does not show the phone yet: a change from it keeps the number.
        casework.update_member(session, vault.user, member.id, casework.MemberDraft("Rui Costa"))
    with vault.session() as session:
        saved = session.get(Member, member.id)
        assert saved is not None and saved.phone == "961 000 000"
        assert search.search(session, "501964843")
    assert vault.audit_report().ok
