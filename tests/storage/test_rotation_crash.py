"""Removing a user, killed with SIGKILL at random moments: old key or new key, never neither.

Each round a process forked from a warm server opens the vault as its
coordinator and removes the next user, which re-encrypts the database under a
new key; after a random delay it is killed. Then the vault must open for a
remaining user (finishing the change), be whole (integrity, audit chain, every
family), have no half-written copy left, and, once the removal was decided,
the removed user's old ``header.json`` and passphrase must not open the
database any more. ``HOSTDESK_ROTATION_ROUNDS`` sets the number of rounds
(default 24), ``HOSTDESK_CRASH_SEED`` replays a run.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from hostdesk.domain.vocabulary import Role
from hostdesk.storage import keyring, rekey
from hostdesk.storage.database import DB_NAME, connect_raw
from hostdesk.storage.demo.synthetic import generate_families
from hostdesk.storage.demo.writer import populate
from hostdesk.storage.errors import DatabaseUnreadable, VaultError
from hostdesk.storage.header import VaultHeader, read_header
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.fork_server import ForkServer

ROUNDS = int(os.environ.get("HOSTDESK_ROTATION_ROUNDS", "24"))
FAMILIES = 150
# Up to a little more than a removal takes here (opening, the decision, the copy).
KILL_DELAY = (0.0, 0.6)


def _user(index: int) -> tuple[str, str, Role]:
    role = Role.COORDINATOR if index % 4 == 0 else Role.SOCIAL_WORKER
    return f"user{index:02d}", f"passphrase of user {index:02d}", role


@pytest.fixture
def team_vault(tmp_path: Path) -> Path:
    vault, _ = Vault.create(
        tmp_path / "vault", entity_name="Associação de Teste", username=COORDINATOR,
        passphrase=PASSPHRASE, kdf=KDF_FLOOR,
    )  # fmt: skip
    with vault:
        for index in range(ROUNDS + 1):
            name, passphrase, role = _user(index)
            vault.add_user(name, role, passphrase)
        populate(vault, generate_families(FAMILIES, seed=7))
    return tmp_path / "vault"


@pytest.fixture
def fork_server(tmp_path: Path) -> Iterator[ForkServer]:
    server = ForkServer(tmp_path / "remover-stderr.txt")
    yield server
    server.close()


def _old_key_opens(db_path: Path, old: VaultHeader, username: str, passphrase: str) -> bool:
    key = keyring.unlock_with_passphrase(old, username, passphrase)
    try:
        connect_raw(db_path, key).close()
    except DatabaseUnreadable:
        return False
    return True


def _check(vault_dir: Path, old: VaultHeader, index: int) -> tuple[list[str], bool]:
    """Problems after a kill, and whether the removal of user ``index`` was decided."""
    name, passphrase, _ = _user(index)
    problems: list[str] = []
    # Any remaining user gets in; the coordinator who was removing, and the next user.
    others = [(COORDINATOR, PASSPHRASE), _user(index + 1)[:2]]
    try:
        vault = Vault.open(vault_dir, *others[1])
    except VaultError as error:
        return [f"a remaining user cannot open the vault: {type(error).__name__}: {error}"], False
    with vault:
        problems += [f"integrity_check: {p}" for p in vault.integrity_problems()[:5]]
        chain = vault.audit_report()
        if not chain.ok:
            problems.append(f"audit chain broken at {chain.first_broken_seq}: {chain.reason}")
        with vault.session() as session:
            count = session.execute(text("SELECT count(*) FROM family")).scalar_one()
            active = session.execute(
                text("SELECT active FROM app_user WHERE username = :n"), {"n": name}
            ).scalar_one()
    if count != FAMILIES:
        problems.append(f"{count} families instead of {FAMILIES}")
    header = read_header(vault_dir)
    if header.rotation is not None:
        problems.append("the change of key was not finished by the next unlock")
    if list(vault_dir.glob("*" + rekey.REKEY_SUFFIX + "*")):
        problems.append("a partial copy was left behind")
    decided = not active
    if decided:
        if header.has_user(name):
            problems.append(f"{name} is inactive but still has a slot")
        if _old_key_opens(vault_dir / DB_NAME, old, name, passphrase):
            problems.append(f"{name}'s old header and passphrase still open the database")
    try:
        Vault.open(vault_dir, *others[0]).close()
    except VaultError as error:
        problems.append(f"the coordinator cannot open the vault: {type(error).__name__}")
    return problems, decided


@pytest.mark.slow
def test_killed_removals_leave_the_old_key_or_the_new_never_neither(
    team_vault: Path, fork_server: ForkServer, tmp_path: Path, record_property: Any
) -> None:
    seed = int(os.environ.get("HOSTDESK_CRASH_SEED", str(random.randrange(2**32))))
    rng = random.Random(seed)
    phases: Counter[str] = Counter()
    failures: list[str] = []
    index = 1  # user00 stays: there must always be another coordinator
    started = time.monotonic()
    for round_no in range(ROUNDS):
        if index > ROUNDS - 1:
            break
        name = _user(index)[0]
        old = read_header(team_vault)
        pid, _ = fork_server.start({"vault": str(team_vault), "user": COORDINATOR,
                                    "passphrase": PASSPHRASE, "remove": name})  # fmt: skip
        early = fork_server.read_until("ready")
        delay = rng.uniform(*KILL_DELAY)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)  # the remover forked for this round, by its id
        status, lines = fork_server.reap()
        lines = [*early, *lines]
        errors = [line for line in lines if line.startswith("error")]
        if "removed" in lines:
            phases["after the removal"] += 1
        elif any(line.startswith("progress") for line in lines):
            phases["during the copy"] += 1
        else:
            phases["before the copy"] += 1
        problems, decided = _check(team_vault, old, index)
        if errors:
            problems.append(f"the remover failed: {errors}")
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            problems.append(f"the remover ended on its own: {lines[-3:]}")
        if problems:
            shutil.copytree(team_vault, tmp_path / f"vault-after-round-{round_no}")
            failures.append(f"round {round_no} (delay {delay * 1000:.0f} ms): {problems}")
            break
        if decided:
            index += 1
    summary = (
        f"rotation crash safety: {round_no + 1} rounds, {index - 1} users removed, "
        f"kills {dict(phases)}, {len(failures)} failures, seed {seed}, "
        f"{time.monotonic() - started:.1f} s"
    )
    record_property("rotation_crash_summary", summary)
    print(summary)
    assert not failures, f"{summary}\n" + "\n".join(failures)
    assert index > 1, "some removals must be decided before the kill"
