"""Whose families: a new family is its creator's, a coordinator reassigns, shares, hands over."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from hostdesk.domain.vocabulary import ArrivalChannel, Role
from hostdesk.storage import assignment, audit_query, caseload, families, migrate
from hostdesk.storage.caseload import CaseloadFilter, CaseloadSort
from hostdesk.storage.database import create_vault_engine
from hostdesk.storage.errors import PermissionDenied
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE

WORKER = "joao.tecnico"
WORKER_PASS = "joão's own long passphrase"
OTHER = "marta.tecnica"
OTHER_PASS = "marta's own long passphrase"


def _family(vault: Vault, head: str, **fields: object) -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 3, 1), **fields,
        )  # fmt: skip
        families.add_member(session, vault.user, family, name_latin=head, is_head=True)
        assert family.id is not None
        return family.id


def _mine(vault: Vault, user_id: int) -> list[int]:
    with vault.session() as session:
        return caseload.family_ids(
            session, CaseloadSort.HEAD_NAME, filters=CaseloadFilter(worker_id=user_id)
        )


def test_a_new_family_belongs_to_whoever_created_it(vault: Vault) -> None:
    family_id = _family(vault, "Zainab Haidari")
    assert vault.user.id is not None
    assert _mine(vault, vault.user.id) == [family_id]
    with vault.session() as session:
        assert assignment.assignment_of(session, family_id).worker.username == COORDINATOR  # type: ignore[union-attr]


def test_the_coordinator_reassigns_and_the_new_worker_sees_the_family(vault: Vault) -> None:
    worker = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS, display_name="João")
    assert worker.id is not None and vault.user.id is not None
    family_id = _family(vault, "Amanuel Tesfay")
    with vault.changing() as session:
        family = session.get(Family, family_id)
        assert family is not None
        assert assignment.assign(session, vault.user, family, worker.id, "Visita semanal à terça.")
    assert _mine(vault, worker.id) == [family_id]
    assert _mine(vault, vault.user.id) == []
    with vault.session() as session:
        history = assignment.handovers_of(session, family_id)
    actions = [e.action for e in audit_query.page(vault, audit_query.AuditFilter())]
    assert [(h.from_worker, h.to_worker, h.note) for h in history] == [
        (COORDINATOR, "João", "Visita semanal à terça.")
    ]
    assert "family.assign" in actions


def test_a_shared_family_is_in_both_workers_caseloads_until_unshared(vault: Vault) -> None:
    worker = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    other = vault.add_user(OTHER, Role.SOCIAL_WORKER, OTHER_PASS)
    assert worker.id is not None and other.id is not None
    family_id = _family(vault, "Hanna Shevchenko", assigned_worker_id=worker.id)
    with vault.changing() as session:
        family = session.get(Family, family_id)
        assert family is not None
        assert assignment.share(session, vault.user, family, other.id, "Cobertura em férias")
        assert not assignment.share(session, vault.user, family, other.id)
    assert _mine(vault, other.id) == [family_id]
    with vault.session() as session:
        entitled = assignment.entitled_user_uuids(session, family_id)
        uuids = dict(session.execute(text("SELECT username, user_uuid FROM app_user")).all())
    assert entitled == {uuids[COORDINATOR], uuids[WORKER], uuids[OTHER]}
    with vault.changing() as session:
        family = session.get(Family, family_id)
        assert family is not None
        assert assignment.unshare(session, vault.user, family, other.id)
    assert _mine(vault, other.id) == []


def test_a_whole_caseload_is_handed_over_with_a_note(vault: Vault) -> None:
    worker = vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    other = vault.add_user(OTHER, Role.SOCIAL_WORKER, OTHER_PASS)
    assert worker.id is not None and other.id is not None
    ids = [_family(vault, f"Família {n}", assigned_worker_id=worker.id) for n in range(3)]
    kept = _family(vault, "Outra família", assigned_worker_id=other.id)
    with vault.changing() as session:
        moved = assignment.hand_over_caseload(session, vault.user, worker.id, other.id, "Saída")
    assert moved == 3
    assert _mine(vault, worker.id) == []
    assert sorted(_mine(vault, other.id)) == sorted([*ids, kept])


def test_a_social_worker_cannot_reassign(vault: Vault, vault_dir: Path) -> None:
    vault.add_user(WORKER, Role.SOCIAL_WORKER, WORKER_PASS)
    family_id = _family(vault, "Xasan Faarax")
    vault.close()
    with Vault.open(vault_dir, WORKER, WORKER_PASS) as worker_vault:
        assert worker_vault.user.id is not None
        with pytest.raises(PermissionDenied), worker_vault.changing() as session:
            family = session.get(Family, family_id)
            assert family is not None
            assignment.assign(session, worker_vault.user, family, worker_vault.user.id)


def test_families_with_no_worker_go_to_the_coordinator_at_the_upgrade(
    vault: Vault, vault_dir: Path
) -> None:
    directory = vault_dir
    key = bytes.fromhex(vault.raw_key_hex(PASSPHRASE))
    vault.close()
    engine = create_vault_engine(directory / "vault.db", key)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0006")
        conn.execute(
            text(
                "INSERT INTO family (case_number, nair_reference, case_type, arrival_channel,"
                " programme_start, programme_months, programme_end, status, municipality,"
                " created_at, updated_at) VALUES ('HD-2025-00007', '', 'family', 'relocation',"
                " '2025-02-01', 18, '2026-07-31', 'active', 'Évora', '2025-02-01 10:00:00',"
                " '2025-02-01 10:00:00')"
            )
        )
    engine.dispose()
    with Vault.open(directory, COORDINATOR, PASSPHRASE) as upgraded:
        assert upgraded.user.id is not None
        with upgraded.session() as session:
            workers = session.execute(text("SELECT assigned_worker_id FROM family")).scalars()
            assert list(workers) == [upgraded.user.id]
