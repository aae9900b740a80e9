"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it acknowledged.

Each round a writer process opens the vault and saves as fast as it can; after a
random 20-300 ms it is killed with SIGKILL. Then the vault must open (the stale
``.lock`` file must not block: the kernel drops the flock with the process),
pass ``PRAGMA integrity_check`` and ``cipher_integrity_check``, have an intact
audit chain, hold every save acknowledged before the kill, and hold no
half-made save. ``HOSTDESK_CRASH_ROUNDS`` raises the number of rounds (default
100), ``HOSTDESK_CRASH_SEED`` replays a run.

Also here: a save that fails because the disk is full loses nothing saved before.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, exc

from hostdesk.domain.vocabulary import ArrivalChannel
from hostdesk.storage import families
from hostdesk.storage.errors import StorageFull, VaultError
from hostdesk.storage.kdf import KDF_FLOOR
from hostdesk.storage.vault import Vault
from hostdesk.storage.vault_folder import LOCK_NAME
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.storage.fork_server import TIMEOUT, ForkServer, Lines

REPO = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("HOSTDESK_CRASH_ROUNDS", "100"))
# A few rounds use a fresh interpreter, exactly as an app would be started; the
# rest fork from a warm server to keep the suite quick (see crash_writer.py).
FRESH_ROUNDS = 3
KILL_DELAY = (0.020, 0.300)


@dataclass
class _Ledger:
    """What the writers acknowledged, across all rounds."""

    families: dict[int, str] = field(default_factory=dict)
    activities: dict[int, int] = field(default_factory=dict)
    # Programme lengths a family may have: the last acknowledged one, plus any tried after it.
    months: dict[int, set[int]] = field(default_factory=dict)
    saves: int = 0
    writer_errors: list[str] = field(default_factory=list)

    def apply(self, lines: list[str]) -> int:
        acked = 0
        for line in lines:
            kind, *parts = line.split()
            if kind == "family":
                self.families[int(parts[0])] = parts[1]
                self.months[int(parts[0])] = {18}
            elif kind == "activity":
                self.activities[int(parts[0])] = int(parts[1])
            elif kind == "try-update":
                self.months.setdefault(int(parts[0]), {18}).add(int(parts[1]))
                continue
            elif kind == "update":
                self.months[int(parts[0])] = {int(parts[1])}
            elif kind == "error":
                self.writer_errors.append(line)
                continue
            elif kind not in ("rewrap", "checkpoint"):
                continue
            acked += 1
        self.saves += acked
        return acked


def _check(vault_dir: Path, ledger: _Ledger) -> list[str]:
    """Everything that must hold after a kill; an empty list when it all does."""
    problems: list[str] = []
    if not (vault_dir / LOCK_NAME).exists():
        problems.append("the stale lock file is gone (expected it left behind by the kill)")
    try:
        vault = Vault.open(vault_dir, COORDINATOR, PASSPHRASE)
    except VaultError as error:
        return [*problems, f"the vault does not open: {type(error).__name__}: {error}"]
    with vault:
        problems += [f"integrity_check: {p}" for p in vault.integrity_problems()[:5]]
        chain = vault.audit_report()
        if not chain.ok:
            problems.append(f"audit chain broken at {chain.first_broken_seq}: {chain.reason}")
        with vault.engine.connect() as conn:
            sql = conn.exec_driver_sql
            hmac = sql("PRAGMA cipher_integrity_check").fetchall()
            problems += [f"cipher_integrity_check: {r}" for r in hmac[:5]]
            found = sql("SELECT id, case_number, programme_months FROM family")
            rows = {r[0]: (r[1], r[2]) for r in found}
            activities = {r[0]: r[1] for r in sql("SELECT id, family_id FROM activity")}
            half_made = sql(
                "SELECT count(*) FROM family f WHERE"
                " (SELECT count(*) FROM member m WHERE m.family_id = f.id) != 2"
                " OR NOT EXISTS (SELECT 1 FROM activity a WHERE a.family_id = f.id)"
                " OR NOT EXISTS (SELECT 1 FROM identifier i JOIN member m ON m.id = i.member_id"
                "                WHERE m.family_id = f.id)"
                " OR NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'family.create'"
                "                AND l.object_id = CAST(f.id AS TEXT))"
            ).scalar_one()
            unaudited = sql(
                "SELECT count(*) FROM activity a WHERE NOT EXISTS (SELECT 1 FROM audit_log l"
                " WHERE l.action = 'activity.create' AND l.object_id = CAST(a.id AS TEXT))"
            ).scalar_one()
    missing = [fid for fid in ledger.families if fid not in rows]
    if missing:
        problems.append(f"{len(missing)} acknowledged families missing, e.g. {missing[:5]}")
    wrong = [fid for fid, case in ledger.families.items() if fid in rows and rows[fid][0] != case]
    if wrong:
        problems.append(f"acknowledged families with another case number: {wrong[:5]}")
    gone = [aid for aid, fid in ledger.activities.items() if activities.get(aid) != fid]
    if gone:
        problems.append(f"{len(gone)} acknowledged activities missing, e.g. {gone[:5]}")
    stale = [fid for fid, ok in ledger.months.items() if fid in rows and rows[fid][1] not in ok]
    if stale:
        problems.append(f"acknowledged updates lost for families {stale[:5]}")
    if half_made:
        problems.append(f"{half_made} families saved only in part")
    if unaudited:
        problems.append(f"{unaudited} activities without their audit entry")
    return problems


@pytest.fixture
def crash_vault(tmp_path: Path) -> Path:
    vault, _ = Vault.create(
        tmp_path / "vault", entity_name="Associação de Teste", username=COORDINATOR,
        passphrase=PASSPHRASE, kdf=KDF_FLOOR,
    )  # fmt: skip
    vault.close()
    return tmp_path / "vault"


@pytest.fixture
def fork_server(tmp_path: Path) -> Iterator[ForkServer]:
    server = ForkServer(tmp_path / "writer-stderr.txt")
    yield server
    server.close()


def _fresh_round(
    vault_dir: Path, passphrase_file: Path, seed: int, delay: float
) -> tuple[int, list[str]]:
    """One round with a new interpreter; the delay counts from the vault being open."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_writer", "write", str(vault_dir),
         COORDINATOR, str(passphrase_file), str(seed)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert process.stdout is not None
    try:
        before = Lines(process.stdout.fileno()).read_until("ready")
        time.sleep(delay)
    finally:
        process.send_signal(signal.SIGKILL)  # our own child, by its handle
        rest, _ = process.communicate(timeout=TIMEOUT)
    lines = [*before, *rest.decode("utf-8").splitlines()]
    return -process.returncode, lines


@pytest.mark.slow
def test_killed_writers_lose_nothing_acknowledged(
    crash_vault: Path,
    fork_server: ForkServer,
    passphrase_file: Path,
    tmp_path: Path,
    record_property: Any,
) -> None:
    seed = int(os.environ.get("HOSTDESK_CRASH_SEED", str(random.randrange(2**32))))
    rng = random.Random(seed)
    ledger = _Ledger()
    failures: list[str] = []
    killed_while_opening = 0
    started = time.monotonic()
    rounds = 0
    for round_no in range(ROUNDS):
        rounds += 1
        delay = rng.uniform(*KILL_DELAY)
        writer_seed = rng.randrange(2**32)
        if round_no < FRESH_ROUNDS:
            signal_number, lines = _fresh_round(crash_vault, passphrase_file, writer_seed, delay)
            died_of_kill = signal_number == signal.SIGKILL
        else:
            pid, early = fork_server.start(
                {"vault": str(crash_vault), "user": COORDINATOR, "passphrase": PASSPHRASE,
                 "seed": writer_seed}
            )  # fmt: skip
            if round_no % 2 and "ready" not in early:
                # Every other round the clock starts once the vault is open: how long
                # opening takes depends on the machine's load, and these rounds must
                # kill writers in the middle of their saves whatever it is.
                early += fork_server.wait_for("ready")
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)  # the writer forked for this round, by its id
            status, lines = fork_server.reap()
            lines = [*early, *lines]
            died_of_kill = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        if "ready" not in lines:
            killed_while_opening += 1
        ledger.apply([line for line in lines if line != "ready"])
        problems = list(ledger.writer_errors)
        if not died_of_kill:
            problems.append(f"the writer ended on its own before the kill: {lines[-3:]}")
        problems += _check(crash_vault, ledger)
        if problems:
            kept = tmp_path / f"vault-after-round-{round_no}"
            shutil.copytree(crash_vault, kept)
            failures.append(f"round {round_no} (delay {delay * 1000:.0f} ms): {problems}")
            break  # a damaged vault would fail every later round for the same reason

    summary = (
        f"crash safety: {rounds} rounds, {len(failures)} failures, "
        f"{ledger.saves} acknowledged saves checked ({len(ledger.families)} families), "
        f"{killed_while_opening} kills while opening, seed {seed}, "
        f"{time.monotonic() - started:.1f} s"
    )
    record_property("crash_summary", summary)
    print(summary)
    assert not failures, f"{summary}\n" + "\n".join(failures)
    # Not vacuous: half the rounds start their clock once the vault is open, so the
    # writers get saves in however long opening takes on a loaded machine.
    assert ledger.saves >= rounds // 2, "the writers must get some saves in"


# -- disk full -------------------------------------------------------------------------------


def _new_family(vault: Vault, note: str) -> int:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RESETTLEMENT,
            programme_start=date(2026, 5, 1),
        )  # fmt: skip
        families.add_member(session, vault.user, family, name_latin="Amaniqwx Fictícia")
        families.add_activity(
            session, vault.user, family, kind="visit", occurred_on=date(2026, 5, 2), text=note
        )
        assert family.id is not None
        return family.id


def _fill_the_disk(vault: Vault) -> Callable[..., None]:
    """Let the database grow by a few pages only, as if the disk had filled up."""
    with vault.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    vault.engine.dispose()  # new connections get the cap

    @event.listens_for(vault.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}").fetchall()

    return _cap


def _free_the_disk(vault: Vault, cap: Callable[..., None]) -> None:
    event.remove(vault.engine, "connect", cap)
    vault.engine.dispose()


def _counts(vault: Vault) -> tuple[int, int, int]:
    with vault.engine.connect() as conn:
        return tuple(  # type: ignore[return-value]
            conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in ("family", "activity", "audit_log")
        )


def _sqlite_code(error: BaseException) -> int | None:
    while error is not None:
        if isinstance(error, exc.DBAPIError):
            return getattr(error.orig, "sqlite_errorcode", None)
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return None


def test_a_save_on_a_full_disk_fails_and_everything_saved_before_is_kept(vault: Vault) -> None:
    saved = [_new_family(vault, f"nota {i}") for i in range(5)]
    before = _counts(vault)
    cap = _fill_the_disk(vault)
    big_note = "Nota longa sintética. " * 2000  # several pages

    with pytest.raises(Exception) as failed:
        _new_family(vault, big_note)

    assert _sqlite_code(failed.value) == 13  # SQLITE_FULL: nothing half-written
    assert _counts(vault) == before
    assert vault.integrity_problems() == []
    assert vault.audit_report().ok
    _free_the_disk(vault, cap)
    # Nothing is stuck (no open transaction, no held lock): the same save now works.
    again = _new_family(vault, big_note)
    path = vault.path
    vault.close()
    with Vault.open(path, COORDINATOR, PASSPHRASE) as reopened:
        assert _counts(reopened)[0] == len(saved) + 1
        assert reopened.integrity_problems() == []
        with reopened.engine.connect() as conn:
            ids = {r[0] for r in conn.exec_driver_sql("SELECT id FROM family")}
    assert set(saved) | {again} == ids


def test_a_full_disk_is_reported_in_one_clear_sentence(vault: Vault) -> None:
    _new_family(vault, "nota")
    _fill_the_disk(vault)
    try:
        _new_family(vault, "Nota longa sintética. " * 2000)
    except StorageFull as error:
        message = str(error)
    except Exception as error:
        raise AssertionError(f"raised {type(error).__name__}, not StorageFull") from error
    else:
        raise AssertionError("the save did not fail")
    assert "is full" in message and message.endswith(".")
    assert "Amaniqwx" not in message and "Nota" not in message
