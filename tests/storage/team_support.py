"""Two real vaults in one team, and the casework a worker does on them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import select

from hostdesk.domain.partial_date import PartialDate
from hostdesk.domain.team.replica import ChangeSet
from hostdesk.storage import casework
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.models import Family
from hostdesk.storage.team import device, dump, families, gather, merge
from hostdesk.storage.vault import Vault
from tests.conftest import PASSPHRASE


def new_vault(path: Path, user: str) -> Vault:
    vault, _ = Vault.create(path, entity_name="Associação de Teste", username=user,
                            passphrase=PASSPHRASE, kdf=FAST_TEST_PARAMS)  # fmt: skip
    return vault


def add_family(vault: Vault, head: str, town: str = "Braga") -> Family:
    with vault.changing() as session:
        return casework.create_family_with_members(
            session, vault.user,
            casework.FamilyDraft("relocation", date(2026, 3, 1), municipality=town),
            [casework.MemberDraft(head, is_head=True, relationship="head",
                                  birth=PartialDate(1990), identifiers={"nif": "501964843"}),
             casework.MemberDraft("Yusuf", birth=PartialDate(2015))],
        )  # fmt: skip


def start_team(first: Vault, second: Vault) -> str:
    """Both vaults in one team; the laptop's user reaches the coordinator's vault (as the
    join will do), so that what it writes names a known author."""
    with first.changing() as session:
        team = device.start(session).team
    with second.changing() as session:
        device.start(session, team=team, code="B")
        me = device.current(session)
        assert me is not None
        users = [c for c in gather.entity_snapshot(session) if c.table == "app_user"]
    with first.changing() as session:
        merge.merge_change_set(session, ChangeSet(me.dot, tuple(users)), actor="join")
    return team


def welcome(source: Vault, target: Vault) -> None:
    """What joining will send: the entity's rows and every family's whole state."""
    with source.changing() as session:
        gather.gather(session)  # what it wrote before gets its dot first
        rows = gather.entity_snapshot(session)
        erased = []
        for uid in session.exec(select(Family.uid)).all():
            assert uid is not None
            family_rows, erasure = families.snapshot(session, uid)
            rows += family_rows
            erased += [erasure] if erasure else []
        me = device.current(session)
        assert me is not None
    state = ChangeSet(me.dot, tuple(rows), tuple(erased))
    with target.changing() as session:
        merge.merge_change_set(session, state, actor=target.user.username)


def send(source: Vault, target: Vault) -> ChangeSet | None:
    """``source`` seals what it wrote and ``target`` merges it."""
    with source.changing() as session:
        change_set = gather.gather(session)
    if change_set is not None:
        with target.changing() as session:
            merge.merge_change_set(session, change_set, actor=target.user.username)
    return change_set


def dump_of(vault: Vault) -> str:
    with vault.session() as session:
        return dump.canonical_dump(session)
