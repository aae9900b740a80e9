"""Schema changes ship as migrations: an older vault opens in a newer HostDesk, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlmodel import SQLModel

from hostdesk.storage import migrate
from hostdesk.storage.database import create_vault_engine
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE


def test_the_models_match_the_last_migration(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        differences = [
            d
            for d in compare_metadata(context, SQLModel.metadata)
            # FTS5's own shadow tables are not models.
            if not (d[0] == "remove_table" and d[1].name.startswith("search_index"))
        ]
    assert differences == []


def test_an_older_vault_is_upgraded_in_place_after_a_backup(vault_dir: Path) -> None:
    vault, _ = Vault.create(
        vault_dir, entity_name="E", username=COORDINATOR, passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    # Take the database back to the first revision, as an older HostDesk left it.
    engine = create_vault_engine(vault_dir / "vault.db", key)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001")
        conn.execute(
            text(
                "INSERT INTO family (case_number, nair_reference, case_type, arrival_channel,"
                " programme_start, programme_months, programme_end, status, municipality,"
                " created_at, updated_at) VALUES ('HD-2025-00007', '', 'family', 'relocation',"
                " '2025-02-01', 18, '2026-07-31', 'active', 'Évora', '2025-02-01 10:00:00',"
                " '2025-02-01 10:00:00')"
            )
        )
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()

    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as upgraded:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        with upgraded.session() as session:
            cases = session.execute(text("SELECT case_number FROM family")).scalars().all()
            assert cases == ["HD-2025-00007"]
            session.execute(text("SELECT count(*) FROM follow_up_task")).scalar_one()
    backups = list((vault_dir / "backups").glob("vault-0001-*.db"))
    assert len(backups) == 1
    # The backup is itself encrypted and opens at the old revision.
    old = create_vault_engine(backups[0], key)
    assert migrate.current_revision(old) == "0001"
    old.dispose()


def test_a_failing_migration_leaves_the_vault_as_it_was(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = Vault.create(
        vault_dir, entity_name="E", username=COORDINATOR, passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    engine = create_vault_engine(vault_dir / "vault.db", key)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001")
    engine.dispose()

    def upgrade_then_fail(engine: Engine, target: str = "head") -> None:
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), target)
            raise RuntimeError("power cut in the middle of the upgrade")

    monkeypatch.setattr(migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        Vault.open(vault_dir, COORDINATOR, PASSPHRASE)
    monkeypatch.undo()
    engine = create_vault_engine(vault_dir / "vault.db", key)
    assert migrate.current_revision(engine) == "0001"
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        assert "follow_up_task" not in set(tables)
    engine.dispose()
    Vault.open(vault_dir, COORDINATOR, PASSPHRASE).close()


_BEFORE_DOCUMENTS = (
    "INSERT INTO family (id, case_number, nair_reference, case_type, arrival_channel,"
    " programme_start, programme_months, programme_end, status, municipality, created_at,"
    " updated_at) VALUES (1, 'HD-2025-00007', '', 'family', 'relocation', '2025-02-01',"
    " 18, '2026-07-31', 'active', 'Évora', '2025-02-01 10:00', '2025-02-01 10:00')",
    "INSERT INTO member (id, family_id, is_head, relationship, name_latin, name_original,"
    " original_script, sex, nationality, languages, vulnerabilities,"
    " is_unaccompanied_minor, created_at, updated_at) VALUES (1, 1, 1, 'head', 'A', '',"
    " 'Latn', 'F', 'SY', '[]', '[]', 0, '2025-02-01 10:00', '2025-02-01 10:00')",
    "INSERT INTO consent (member_id, scope, given_on, method, document_ref)"
    " VALUES (1, 'referrals', '2025-02-02', 'written', 'Pasta 7')",
)


def test_consents_recorded_before_documents_existed_keep_everything(vault_dir: Path) -> None:
    vault, _ = Vault.create(
        vault_dir, entity_name="E", username=COORDINATOR, passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    engine = create_vault_engine(vault_dir / "vault.db", key)
    with engine.begin() as conn:
        before = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0015")
        command.downgrade(migrate.alembic_config(conn), str(before.down_revision))
        for statement in _BEFORE_DOCUMENTS:
            conn.execute(text(statement))
    engine.dispose()

    with (
        Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as upgraded,
        upgraded.session() as session,
    ):
        rows = session.execute(
            text("SELECT member_id, scope, document_ref, attachment_id FROM consent")
        ).all()
        indexes = session.execute(text("PRAGMA index_list(consent)")).all()
    assert [tuple(r) for r in rows] == [(1, "referrals", "Pasta 7", None)]
    assert "ix_consent_member" in {row[1] for row in indexes}


def test_an_older_vault_is_indexed_again_with_the_new_name_keys(vault_dir: Path) -> None:
    from datetime import date

    from hostdesk.storage import families, search

    vault, _ = Vault.create(
        vault_dir, entity_name="E", username=COORDINATOR, passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel="resettlement",
            programme_start=date(2026, 1, 5), case_number="HD-2026-00001",
        )  # fmt: skip
        member = families.add_member(session, vault.user, family, name_latin="Ali Hassan")
        # As a version before 0009 indexed him: the old consonant skeletons only.
        search.write_rows(session, [search.IndexRow(member.id * 8 + 2, "ali hassan", "hsn")])
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    engine = create_vault_engine(vault_dir / "vault.db", key)
    with engine.begin() as conn:
        before = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0009")
        command.downgrade(migrate.alembic_config(conn), str(before.down_revision))
    engine.dispose()

    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as upgraded, upgraded.session() as session:
        # Somali spelling: C for ʿayn, X for ḥ.
        assert [h.family_id for h in search.search(session, "Cali Xasan")] == [family.id]


def test_a_vault_from_before_0010_keeps_its_records_and_dates_its_health_records(
    vault_dir: Path,
) -> None:
    from datetime import date

    from hostdesk.storage import casework, families
    from hostdesk.storage.models import HealthRecord

    vault, _ = Vault.create(
        vault_dir, entity_name="E", username=COORDINATOR, passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel="resettlement", programme_start=date(2026, 1, 5)
        )
        head = families.add_member(session, vault.user, family, name_latin="Amanuel Berhe",
                                   is_head=True, relationship="head")  # fmt: skip
        casework.save_record(session, vault.user, HealthRecord, None,
                             {"member_id": head.id, "status": "in_progress"})  # fmt: skip
        task = casework.add_task(session, vault.user, family.id, casework.TaskDraft("Ligar"))
        casework.complete_task(session, vault.user, task.id, date(2026, 2, 1))
        first_day = session.execute(
            text("SELECT substr(min(at), 1, 10) FROM audit_log WHERE object_type='health_record'")
        ).scalar_one()
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    engine = create_vault_engine(vault_dir / "vault.db", key)
    with engine.begin() as conn:
        # One step back: the revision before 0010, whatever the chain's order when merged.
        command.downgrade(migrate.alembic_config(conn), "0010-1")
    engine.dispose()

    upgraded = Vault.open(vault_dir, COORDINATOR, PASSPHRASE)
    with upgraded, upgraded.session() as session:
        recorded, status = session.execute(
            text("SELECT recorded_on, status FROM health_record")
        ).one()
        assert (str(recorded), status) == (first_day, "in_progress")
        done = session.execute(text("SELECT done_on, done_by_id FROM follow_up_task")).one()
        assert (str(done[0]), done[1]) == ("2026-02-01", None)
        assert session.execute(text("SELECT count(*) FROM alert_response")).scalar_one() == 0


def test_a_team_vault_from_before_0017_sends_its_documents_rows_after_the_upgrade(
    tmp_path: Path,
) -> None:
    from sqlmodel import select

    from hostdesk.storage import attachments
    from hostdesk.storage.models import Family
    from hostdesk.sync.team import blobs, setup
    from tests.document_samples import png
    from tests.sync.team.team_support import add_family, add_worker, coordinator_vault, join

    vault_dir = tmp_path / "coordinator"
    coordinator = coordinator_vault(vault_dir)
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    family = add_family(coordinator, "Amina Haddad", rui)
    with coordinator.changing() as session:
        fid = session.exec(select(Family.id).where(Family.uid == family)).one()
        assert fid is not None
        attachments.add(session, coordinator.user, fid, attachments.AttachmentDraft(
            "residence_permit", "ARP", png("before 0017")))  # fmt: skip
    key = bytes.fromhex(coordinator.raw_key_hex(PASSPHRASE))
    coordinator.close()
    engine = create_vault_engine(vault_dir / "vault.db", key)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0017-1")
        assert "uid" not in {row[1] for row in conn.execute(text("PRAGMA table_info(attachment)"))}
    engine.dispose()

    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as upgraded:
        with upgraded.session() as session:
            uid, content = session.execute(text("SELECT uid, content FROM attachment")).one()
            triggers = session.execute(
                text("SELECT name FROM sqlite_master WHERE name LIKE 'team_%_attachment'")
            ).scalars()
            assert len(set(triggers)) == 3
        assert uid and content == png("before 0017")  # an id, the bytes kept
        laptop = join(upgraded, "rui.tecnico", tmp_path / "laptop").vault
        with laptop.session() as session:
            assert session.execute(text("SELECT uid FROM attachment")).scalar() == uid
            assert len(blobs.missing(session)) == 1  # the row came; its bytes follow
        laptop.close()


def _before_0019(statement: str) -> str:
    """A capture trigger as made before revision 0019: with no merging condition."""
    from hostdesk.storage.team.triggers import NOT_MERGING

    return statement.replace(f" AND {NOT_MERGING}", "").replace(f" WHEN {NOT_MERGING}", "")


def _team_update_fields(session: object, sql: str) -> list[str]:
    run = session.execute  # type: ignore[attr-defined]
    run(text("DELETE FROM team_pending"))
    run(text(sql))
    return list(run(text("SELECT fld FROM team_pending WHERE tbl = 'member'")).scalars().all())


def test_a_team_vault_from_before_0018_keeps_its_people_and_shares_the_new_answer(
    vault_dir: Path,
) -> None:
    from datetime import date

    from hostdesk.domain.partial_date import PartialDate
    from hostdesk.storage import casework
    from hostdesk.storage.team import triggers
    from hostdesk.storage.team.tables import TRAVELLING

    vault, _ = Vault.create(
        vault_dir, entity_name="E", username=COORDINATOR, passphrase=PASSPHRASE,
        kdf=KDF_FLOOR,
    )  # fmt: skip
    with vault.changing() as session:
        casework.create_family_with_members(
            session, vault.user, casework.FamilyDraft("relocation", date(2026, 1, 5)),
            [casework.MemberDraft("Dawit Tesfaye", birth=PartialDate(2004, 2), is_head=True,
                                  relationship="head", is_unaccompanied_minor=True,
                                  phone="+351 912 345 678")],
        )  # fmt: skip
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    engine = create_vault_engine(vault_dir / "vault.db", key)
    with engine.begin() as conn:
        # One step back: the revision before 0018, whatever the chain's order when merged.
        command.downgrade(migrate.alembic_config(conn), "0018-1")
        # It had joined a team: its capture triggers list the columns it knew then (and
        # fire during merges too, as they did before 0019).
        for spec in TRAVELLING:
            for statement in triggers._statements(spec):
                lines = _before_0019(statement).splitlines()
                conn.execute(text("\n".join(x for x in lines if "in_education_or" not in x)))
    engine.dispose()

    upgraded = Vault.open(vault_dir, COORDINATOR, PASSPHRASE)
    # The new column, empty, leaves every saved row's audit hash as it was.
    report = upgraded.audit_report()
    assert report.ok and report.row_problems == ()
    with upgraded, upgraded.changing() as session:
        person = session.execute(
            text("SELECT name_latin, birth_year, birth_month, phone, is_unaccompanied_minor,"
                 " in_education_or_training FROM member")
        ).one()  # fmt: skip
        assert tuple(person) == ("Dawit Tesfaye", 2004, 2, "+351 912 345 678", 1, None)
        # The answer travels to the team like every other field.
        assert _team_update_fields(
            session, "UPDATE member SET in_education_or_training = 1"
        ) == ["in_education_or_training"]  # fmt: skip
        assert _team_update_fields(session, "UPDATE member SET phone = '912'") == ["phone"]


def test_a_vault_that_joins_a_team_later_shares_the_answer_too(vault: Vault) -> None:
    from datetime import date

    from hostdesk.storage import casework
    from hostdesk.storage.team import triggers

    with vault.changing() as session:
        casework.create_family_with_members(
            session, vault.user, casework.FamilyDraft("relocation", date(2026, 1, 5)),
            [casework.MemberDraft("Dawit Tesfaye", is_head=True, relationship="head")],
        )  # fmt: skip
        triggers.install(session)
        assert _team_update_fields(
            session, "UPDATE member SET in_education_or_training = 0"
        ) == ["in_education_or_training"]  # fmt: skip


def test_a_team_vault_from_before_0019_keeps_its_notes_and_its_merges_note_nothing(
    tmp_path: Path,
) -> None:
    from hostdesk.storage.team import gather, merge
    from hostdesk.storage.team.capture import capture
    from hostdesk.storage.team.triggers import NOT_MERGING
    from hostdesk.sync.team import setup
    from tests.sync.team.team_support import add_family, add_worker, coordinator_vault, join

    vault_dir = tmp_path / "coordinator"
    coordinator = coordinator_vault(vault_dir)
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    add_family(coordinator, "Amina Haddad", rui)
    laptop = join(coordinator, "rui.tecnico", tmp_path / "laptop").vault
    with laptop.changing() as session:
        session.execute(text("UPDATE member SET name_original = 'Amina H.'"))
        from_laptop = gather.gather(session)
    laptop.close()
    assert from_laptop is not None
    with coordinator.changing() as session:
        session.execute(text("UPDATE family SET municipality = 'Faro'"))  # noted, not sent
    with coordinator.session() as session:
        noted = session.execute(text("SELECT tbl, fld FROM team_pending")).all()
    assert noted == [("family", "municipality")]
    key = bytes.fromhex(coordinator.raw_key_hex(PASSPHRASE))
    coordinator.close()
    engine = create_vault_engine(vault_dir / "vault.db", key)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0019-1")
        found = (
            conn.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'team_%'")
            )
            .scalars()
            .all()
        )
        assert found and not any(NOT_MERGING in sql for sql in found)
    engine.dispose()

    with Vault.open(vault_dir, COORDINATOR, PASSPHRASE) as upgraded:
        with upgraded.session() as session:
            # The note made before the upgrade is still there, to be sent.
            assert session.execute(text("SELECT tbl, fld FROM team_pending")).all() == noted
            triggers = session.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                     " AND name LIKE 'team_%'")
            ).scalars().all()  # fmt: skip
            assert len(triggers) == len(found) and all(NOT_MERGING in sql for sql in triggers)
        with upgraded.changing() as session:
            # The laptop's edit is merged and noted nowhere (not even for a moment: a
            # counter beside team_pending sees every note written); the note made here is
            # captured first, and sent.
            capture(session)
            session.execute(text("CREATE TEMP TABLE notes_written (n INTEGER)"))
            session.execute(
                text("CREATE TEMP TRIGGER count_notes AFTER INSERT ON main.team_pending"
                     " BEGIN INSERT INTO notes_written VALUES (1); END")
            )  # fmt: skip
            merge.merge_change_set(session, from_laptop, actor=COORDINATOR)
            assert session.execute(text("SELECT count(*) FROM notes_written")).scalar() == 0
            session.execute(text("DROP TRIGGER temp.count_notes"))
            assert session.execute(text("SELECT count(*) FROM team_pending")).scalar() == 0
            assert session.execute(text("SELECT count(*) FROM team_merging")).scalar() == 0
            assert session.execute(text("SELECT name_original FROM member")).scalar() == (
                "Amina H."
            )
            sent = gather.gather(session)
            assert sent is not None
            assert [(r.table, [n for n, _w in r.writes]) for r in sent.rows] == [
                ("family", ["municipality"])
            ]
            # An edit after a merge is noted as before.
            session.execute(text("UPDATE member SET name_original = 'A. Haddad'"))
            noted_after = session.execute(text("SELECT tbl, fld FROM team_pending")).all()
            assert noted_after == [("member", "name_original")]
