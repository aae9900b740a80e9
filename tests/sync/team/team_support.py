"""A coordinator's vault that made a team, and laptops that joined it through files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.vocabulary import Role
from hostdesk.storage import casework
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import AppUser, Family
from hostdesk.storage.team import dump
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import files, invite, setup
from tests.conftest import COORDINATOR, PASSPHRASE


def coordinator_vault(path: Path) -> Vault:
    vault, _ = Vault.create(path, entity_name="Associação de Teste", username=COORDINATOR,
                            passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    return vault


def add_worker(vault: Vault, username: str) -> int:
    user = vault.add_user(username, Role.SOCIAL_WORKER, PASSPHRASE)
    assert user.id is not None
    return user.id


def add_family(vault: Vault, head: str, worker_id: int | None = None, town: str = "Braga") -> str:
    with vault.changing() as session:
        family = casework.create_family_with_members(
            session, vault.user,
            casework.FamilyDraft("relocation", date(2026, 3, 1), municipality=town),
            [casework.MemberDraft(head, is_head=True, relationship="head",
                                  birth=PartialDate(1990), identifiers={"nif": "501964843"})],
        )  # fmt: skip
        family.assigned_worker_id = worker_id
        session.add(family)
    assert family.uid is not None
    return family.uid


@dataclass
class Joined:
    vault: Vault
    secret: bytes


def join(coordinator: Vault, username: str, path: Path) -> Joined:
    """The whole file flow: invitation, join request, fingerprint, welcome."""
    made = invite.create_invitation(coordinator, username)
    invitation = invite.read_invitation(made.file_bytes)
    assert invitation.fingerprint() == made.fingerprint
    laptop, request, _recovery = invite.begin_join(path, invitation, PASSPHRASE, "Portátil 2",
                                        kdf=FAST_TEST_PARAMS)  # fmt: skip
    spoken = invite.read_join_request(request).fingerprint()
    welcome = invite.accept_join(coordinator, request, spoken)
    invite.finish_join(laptop, welcome, invitation.secret)
    return Joined(laptop, invitation.secret)


def sync_files(a: Vault, b: Vault) -> None:
    """A USB stick each way."""
    files.import_file(b, files.export(a))
    files.import_file(a, files.export(b))


def family_uids(vault: Vault) -> set[str]:
    with vault.session() as session:
        return {u for u in session.exec(select(Family.uid)).all() if u}


def dump_of(vault: Vault, families: set[str] | None = None) -> str:
    with vault.session() as session:
        return dump.canonical_dump(session, families)


def user_id(vault: Vault, username: str) -> int:
    with vault.session() as session:
        found = session.exec(select(AppUser.id).where(AppUser.username == username)).one()
        assert found is not None
        return found


__all__ = ["COORDINATOR", "PASSPHRASE", "setup"]
