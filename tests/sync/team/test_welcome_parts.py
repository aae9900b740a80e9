"""A welcome in parts: the laptop merges one while the coordinator's device seals the next
(docs/team-sync.md §9). Every family arrives; a part swapped, missing or from another
laptop's welcome is refused; and the last part exists only once the addition is committed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import invite, welcome
from tests.sync.team.team_support import (
    PASSPHRASE,
    add_family,
    add_worker,
    coordinator_vault,
    dump_of,
    family_uids,
    setup,
    user_id,
)


@pytest.fixture
def coordinator(tmp_path: Path) -> Vault:
    vault = coordinator_vault(tmp_path / "coordinator")
    rui = add_worker(vault, "rui.tecnico")
    add_worker(vault, "ana.tecnica")
    setup.create_team(vault)
    for number in range(5):
        add_family(vault, f"Amina Haddad {number}", rui)
    add_family(vault, "Olena Kovalenko")  # not Rui's
    return vault


def parts_for(
    coordinator: Vault, username: str, per_part: int
) -> tuple[invite.PendingJoin, list[welcome.Part]]:
    made = invite.create_invitation(coordinator, username)
    pending = invite.new_pending_join(made.code, "Portátil")
    parts = invite.accept_join_in_parts(coordinator, pending.request, pending.fingerprint(),
                                        per_part)  # fmt: skip
    return pending, list(parts)


def test_a_welcome_in_parts_brings_every_family_of_the_caseload(
    coordinator: Vault, tmp_path: Path
) -> None:
    pending, parts = parts_for(coordinator, "rui.tecnico", per_part=2)
    assert [(p.number, p.count) for p in parts] == [(0, 4), (1, 4), (2, 4), (3, 4)]
    asked: list[int] = []

    def fetch(number: int) -> bytes:
        asked.append(number)
        return parts[number].data

    laptop, _ = invite.complete_join(tmp_path / "laptop", pending, parts[0].data, PASSPHRASE,
                                     "", kdf=FAST_TEST_PARAMS, fetch_part=fetch)  # fmt: skip
    try:
        assert asked == [1, 2, 3]
        rui = family_uids(laptop)
        assert len(rui) == 5
        assert dump_of(laptop, rui) == dump_of(coordinator, rui)
    finally:
        laptop.close()
        coordinator.close()


@pytest.mark.parametrize("swap", ["order", "missing", "other laptop"])
def test_a_part_out_of_place_is_refused_and_no_vault_is_left(
    coordinator: Vault, tmp_path: Path, swap: str
) -> None:
    add_family(coordinator, "Hiwet Tesfay", user_id(coordinator, "ana.tecnica"))
    pending, parts = parts_for(coordinator, "rui.tecnico", per_part=2)
    _other, others = parts_for(coordinator, "ana.tecnica", per_part=2)
    coordinator.close()
    wrong = {
        "order": lambda n: parts[3 if n == 2 else n].data,
        "missing": lambda n: parts[0].data if n == 3 else parts[n].data,
        "other laptop": lambda n: others[1].data if n == 1 else parts[n].data,
    }[swap]
    folder = tmp_path / "laptop"
    with pytest.raises(invite.InvitationError, match="does not come from the invitation"):
        invite.complete_join(folder, pending, parts[0].data, PASSPHRASE, "",
                             kdf=FAST_TEST_PARAMS, fetch_part=wrong)  # fmt: skip
    assert not folder.exists()  # the user can try again with a new invitation


def test_a_head_without_its_parts_is_incomplete(coordinator: Vault, tmp_path: Path) -> None:
    pending, parts = parts_for(coordinator, "rui.tecnico", per_part=2)
    coordinator.close()
    with pytest.raises(invite.InvitationError, match="incomplete"):
        invite.complete_join(tmp_path / "laptop", pending, parts[0].data, PASSPHRASE, "",
                             kdf=FAST_TEST_PARAMS)  # fmt: skip
    assert not (tmp_path / "laptop").exists()


def test_each_part_is_handed_over_only_once_committed(coordinator: Vault) -> None:
    made = invite.create_invitation(coordinator, "rui.tecnico")
    pending = invite.new_pending_join(made.code, "Portátil")
    parts = invite.accept_join_in_parts(coordinator, pending.request, pending.fingerprint(), 2)
    seen = []
    for part in parts:
        with coordinator.session() as session:  # another connection: only what is committed
            added = session.execute(
                text("SELECT count(*) FROM team_device WHERE uid = :d"),
                {"d": pending.keys.device},
            ).scalar_one()
            sets = session.execute(
                text("SELECT count(*) FROM team_changeset WHERE origin = (SELECT device_id"
                     " FROM team_state)")
            ).scalar_one()  # fmt: skip
        seen.append((part.number, added, sets))
    coordinator.close()
    # The device and each part's change set are there (committed) when the part comes.
    assert [(n, a) for n, a, _ in seen] == [(0, 1), (1, 1), (2, 1), (3, 1)]
    counts = [s for _, _, s in seen]
    assert counts == list(range(counts[0], counts[0] + 4))  # one more with each part


def test_a_welcome_file_is_one_part_holding_everything(coordinator: Vault, tmp_path: Path) -> None:
    made = invite.create_invitation(coordinator, "rui.tecnico")
    pending = invite.new_pending_join(made.code, "Portátil")
    data = invite.accept_join(coordinator, pending.request, pending.fingerprint())
    laptop, _ = invite.complete_join(tmp_path / "laptop", pending, data, PASSPHRASE, "",
                                     kdf=FAST_TEST_PARAMS)  # fmt: skip
    try:
        assert len(family_uids(laptop)) == 5
    finally:
        laptop.close()
        coordinator.close()
