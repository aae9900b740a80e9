"""The crash-safety test's victim: a process that saves as fast as it can until it is killed.

``python -m tests.storage.crash_writer write VAULT USER PASSPHRASE_FILE SEED``
    opens the vault and saves forever, writing one line to stdout after each commit.

``python -m tests.storage.crash_writer serve``
    a fork server: imports and warms everything once, then for each ``run <json>``
    line on stdin forks a writer (as above; with ``"remove": USER`` in the json, a
    coordinator removing that user instead) and answers ``pid N``; ``reap`` waits for
    that writer and answers ``exit STATUS``. A fresh interpreter takes ~0.8 s to
    import the app; a fork of a warm, single-threaded one takes milliseconds, which
    is what lets a hundred rounds fit in the normal test run.

Lines the writer prints (each one ``os.write``, so it is whole or absent):
    ready                           the vault is open
    family <id> <case_number>       a family, its head, a second member and a visit are committed
    activity <id> <family_id>       a visit to an existing family is committed
    try-update <family_id> <months> a change of programme length is about to be committed
    update <family_id> <months>     ... and it is committed
    rewrap                          the user's key slot was rewritten (header replaced)
    checkpoint                      a passive WAL checkpoint ran
    progress <done> <total>         (removing) the re-encryption's progress
    removed                         (removing) the removal and the change of key are done
    error <ExceptionName>           the writer failed (no message: it could hold data)
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import select

from hostdesk.domain.vocabulary import ArrivalChannel, IdentifierKind, Role
from hostdesk.storage import families
from hostdesk.storage.kdf import KDF_FLOOR, cheap_derivation_for_tests
from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault

# Synthetic only.
NAMES = ("Zubaydaqwx Al-Fictionaly", "Олександрквх Testenko", "Amaniqwx Fictícia")


def _emit(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def write_forever(vault_dir: Path, username: str, passphrase: str, seed: int) -> None:
    """Open the vault and save until killed; one line per acknowledged save."""
    rng = random.Random(seed)
    vault = Vault.open(vault_dir, username, passphrase)
    _emit("ready")
    with vault.session() as session:
        known = [fid for fid in session.exec(select(Family.id)) if fid is not None]
    index = rng.randrange(1_000_000)
    while True:
        index += 1
        choice = rng.random()
        if choice < 0.70 or not known:
            family_id, case_number = _save_family(vault, index)
            known.append(family_id)
            _emit(f"family {family_id} {case_number}")
        elif choice < 0.85:
            family_id = rng.choice(known)
            activity_id = _save_visit(vault, family_id, index)
            _emit(f"activity {activity_id} {family_id}")
        elif choice < 0.95:
            family_id = rng.choice(known)
            months = rng.randrange(6, 37)
            _emit(f"try-update {family_id} {months}")
            with vault.changing() as session:
                family = session.get(Family, family_id)
                assert family is not None
                families.update_family(session, vault.user, family, programme_months=months)
            _emit(f"update {family_id} {months}")
        elif choice < 0.98:
            # Same passphrase, new salt and nonce: the header is replaced atomically
            # inside the transaction, so a kill can fall between the two.
            vault.change_passphrase(passphrase)
            _emit("rewrap")
        else:
            with vault.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            _emit("checkpoint")


def remove_and_wait(vault_dir: Path, username: str, passphrase: str, removed: str) -> None:
    """Open the vault, remove one user (which changes the key), then wait to be killed."""
    vault = Vault.open(vault_dir, username, passphrase)
    _emit("ready")
    vault.remove_user(removed, progress=lambda done, total: _emit(f"progress {done} {total}"))
    _emit("removed")
    signal.pause()


def _save_family(vault: Vault, index: int) -> tuple[int, str]:
    with vault.changing() as session:
        family = families.create_family(
            session, vault.user, arrival_channel=ArrivalChannel.RELOCATION,
            programme_start=date(2026, 1, 1) + timedelta(days=index % 365),
        )  # fmt: skip
        head = families.add_member(
            session, vault.user, family, name_latin=f"{NAMES[index % len(NAMES)]} {index}",
            is_head=True, relationship="head",
        )  # fmt: skip
        families.add_identifier(session, vault.user, head, IdentifierKind.NIF, "501964843")
        families.add_member(session, vault.user, family, name_latin=f"Child {index}")
        families.add_activity(
            session, vault.user, family, kind="visit", occurred_on=date(2026, 3, 1),
            text=f"Primeira visita {index}: " + "nota sintética " * (index % 40),
        )  # fmt: skip
        assert family.id is not None
        return family.id, family.case_number


def _save_visit(vault: Vault, family_id: int, index: int) -> int:
    with vault.changing() as session:
        family = session.get(Family, family_id)
        assert family is not None
        activity = families.add_activity(
            session, vault.user, family, kind="call", occurred_on=date(2026, 4, 1),
            text=f"Chamada {index}",
        )  # fmt: skip
        assert activity.id is not None
        return activity.id


def _run_child(spec: dict[str, object]) -> None:
    """In the forked child: write until killed; never return into the server's loop."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if "remove" in spec:
            remove_and_wait(Path(str(spec["vault"])), str(spec["user"]),
                            str(spec["passphrase"]), str(spec["remove"]))  # fmt: skip
        else:
            write_forever(
                Path(str(spec["vault"])), str(spec["user"]), str(spec["passphrase"]),
                int(str(spec["seed"])),
            )  # fmt: skip
    except BaseException as error:  # reported as a line; the parent counts it a failure
        _emit(f"error {type(error).__name__}")
        code = 1
    finally:
        os._exit(code)


def _warm_up() -> None:
    """Load everything a writer touches (mappers, Alembic, SQLCipher) before forking."""
    folder = Path(tempfile.mkdtemp(prefix="hostdesk-warm-"))
    try:
        vault, _ = Vault.create(
            folder / "v", entity_name="Warm-up", username="warm", passphrase="warm-up pass",
            kdf=KDF_FLOOR,
        )  # fmt: skip
        vault.close()
        with Vault.open(folder / "v", "warm", "warm-up pass") as vault:
            family_id, _ = _save_family(vault, 1)
            _save_visit(vault, family_id, 2)
            vault.add_user("leaving", Role.SOCIAL_WORKER, "leaving's passphrase")
            vault.remove_user("leaving")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def serve() -> None:
    _warm_up()
    _emit("serving")
    child = 0
    for raw in sys.stdin:
        command, _, rest = raw.strip().partition(" ")
        if command == "run":
            child = os.fork()
            if child == 0:
                _run_child(json.loads(rest))
            _emit(f"pid {child}")
        elif command == "reap" and child:
            _, status = os.waitpid(child, 0)
            child = 0
            _emit(f"exit {status}")
    if child:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        serve()
        return 0
    if argv[:1] == ["write"] and len(argv) == 5:
        passphrase = Path(argv[3]).read_text(encoding="utf-8").splitlines()[0]
        write_forever(Path(argv[1]), argv[2], passphrase, int(argv[4]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    with cheap_derivation_for_tests():  # as in the test process (tests/conftest.py)
        sys.exit(main(sys.argv[1:]))
