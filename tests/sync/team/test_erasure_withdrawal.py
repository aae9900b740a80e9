"""After an anonymisation, no change set a device keeps still opens to the family's old
names with that device's own key (docs/team-sync.md §5): the erased family's parcels
are withdrawn from every kept change set but the one carrying the erasure."""

from __future__ import annotations

import zlib
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from hostdesk.storage import casework, retention
from hostdesk.storage.models import Family, Member
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team import exchange, files
from hostdesk.sync.team.sealing import open_sealed
from tests.sync.team.team_support import (
    add_family,
    add_worker,
    coordinator_vault,
    family_uids,
    join,
    setup,
    sync_files,
)


def openable(vault: Vault) -> str:
    """Every parcel of the kept change sets this vault's own device key opens, as text."""
    with vault.session() as session:
        keys = exchange.keys_of(session)
        kept = session.execute(
            text("SELECT envelope FROM team_changeset WHERE envelope IS NOT NULL")
        ).scalars()
        texts = []
        for data in kept:
            envelope = env.parse(data)
            pairs = zip(envelope.entries, envelope.parcels, strict=True)
            for index, (entry, body) in enumerate(pairs):
                if body is None or keys.device not in entry.to:
                    continue
                context = exchange.parcel_context(
                    envelope.team, envelope.origin, envelope.seq, index, entry.family
                )
                plain = open_sealed(body, keys, context)
                assert plain is not None
                texts.append(zlib.decompress(plain).decode("utf-8"))
    return "\n".join(texts)


def rename_head(vault: Vault, old: str, new: str) -> None:
    with vault.changing() as session:
        member = session.exec(select(Member).where(Member.name_latin == old)).one()
        assert member.id is not None
        casework.update_member(session, vault.user, member.id,
                               casework.MemberDraft(new, is_head=True))  # fmt: skip


def family_id(vault: Vault, uid: str) -> int:
    with vault.session() as session:
        found = session.exec(select(Family.id).where(Family.uid == uid)).one()
        assert found is not None
        return found


def anonymise(vault: Vault, uid: str) -> None:
    """The family left in May 2026 and is anonymised, as its retention years had passed."""
    with vault.changing() as session:
        retention.record_exit(session, vault.user, family_id(vault, uid), "left_portugal",
                              date(2026, 5, 1))  # fmt: skip
    retention.anonymise(vault, [family_id(vault, uid)], date(2040, 1, 1))


def test_an_anonymised_familys_old_parcels_open_on_no_device(tmp_path: Path) -> None:
    coordinator = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(coordinator, "rui.tecnico")
    setup.create_team(coordinator)
    amina = add_family(coordinator, "Amina Haddad", rui)
    add_family(coordinator, "Olena Kovalenko", rui)
    laptop = join(coordinator, "rui.tecnico", tmp_path / "laptop").vault
    try:
        rename_head(laptop, "Amina Haddad", "Amina Haddad Nasser")
        rename_head(laptop, "Olena Kovalenko", "Olena Kovalenko Melnyk")
        sync_files(laptop, coordinator)  # the coordinator keeps the laptop's change set
        assert "Amina Haddad Nasser" in openable(coordinator)
        assert "Amina Haddad" in openable(laptop)  # the welcome's state, kept

        anonymise(coordinator, amina)
        assert "Nasser" in openable(coordinator)  # until the erasure is sealed
        exchange.seal_erasures_now(coordinator)  # as the anonymisation dialog does
        assert "Amina" not in openable(coordinator)
        sync_files(coordinator, laptop)

        for vault in (coordinator, laptop):
            kept = openable(vault)
            assert "Amina" not in kept and "Nasser" not in kept
            assert "Olena Kovalenko" in kept  # the other family's parcels stay
        # A device that lacks the change sets still converges: the erasure travels.
        files.import_file(laptop, files.export(coordinator))
        assert amina in family_uids(laptop)
        with laptop.session() as session:
            names = set(session.exec(select(Member.name_latin)).all())
        assert "Amina Haddad Nasser" not in names and "Olena Kovalenko Melnyk" in names
    finally:
        laptop.close()
        coordinator.close()


def test_sealing_erasures_now_outside_a_team_does_nothing(tmp_path: Path) -> None:
    vault = coordinator_vault(tmp_path / "alone")
    try:
        exchange.seal_erasures_now(vault)
        with vault.session() as session:
            assert session.execute(text("SELECT count(*) FROM team_changeset")).scalar() == 0
    finally:
        vault.close()
