"""Time team sync on loopback with a synthetic entity (issue 13's figures).

    .venv/bin/python scripts/team_benchmark.py --families 25000

Builds a demo coordinator vault with --families families, gives 500 of them to
each of two social workers, starts the real hub on 127.0.0.1 (SQLite), and
measures: a new laptop joining with a 500-family caseload (code, hub, welcome,
merge; target <= 10 s); a day's 200 edits pushed by the laptop and pulled by the
coordinator (<= 2 s); three devices converging after a week apart with 1,000
edits each (<= 10 s); the hub's throughput with 50 devices uploading and
downloading at once. Everything lives in a temporary folder removed at the end.

Building a 25,000-family demo vault takes minutes: ``--vault-cache DIR`` builds it
once into DIR (per size, caseload and seed) and copies it for each run.
``--join-only`` times the join alone (the figure still missed, without the rest's minutes).
``--profile FILE`` writes a cProfile of each timed part, FILE.1 (the join), FILE.2 (the
day's edits) and FILE.3 (converging); read them with pstats.
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import text

from hostdesk.storage.demo.writer import DEMO_COORDINATOR, create_demo_vault
from hostdesk.storage.kdf import FAST_TEST_PARAMS
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team import hub_sync, invite, joining, setup
from hostdesk.sync.team.hub_client import HubClient, HubError
from hostdesk.sync.team.sealing import DeviceKeys

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.hub_support import HubService  # the real hub, as the tests run it

PASSPHRASE = "benchmark passphrase for the team"
TOWNS = ("Braga", "Porto", "Faro", "Évora", "Viseu", "Guarda", "Beja", "Leiria")


PROFILES: list[cProfile.Profile] = []


def timed(
    label: str, work: Callable[[], object], target: float | None = None, *, profile: bool = False
) -> float:
    """Wall time, and this process's CPU time (the hub runs in it too): on a machine shared
    with other work the two differ, and the CPU time says what the work itself costs."""
    started, cpu = time.perf_counter(), time.process_time()
    profiler = cProfile.Profile()
    if profile:
        PROFILES.append(profiler)
        profiler.enable()
    try:
        work()
    finally:
        if profile:
            profiler.disable()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    verdict = (
        ""
        if target is None
        else f"  (target <= {target:.0f} s: {'met' if seconds <= target else 'MISSED'})"
    )
    load = ", ".join(f"{figure:.2f}" for figure in os.getloadavg())
    print(
        f"{label}: {seconds:.2f} s ({cpu:.2f} s of CPU; load average {load}){verdict}",
        flush=True,
    )
    return seconds


def coordinator_device(path: Path, hub_url: str, conn: Connection) -> None:
    """The coordinator's laptop, in a process of its own as on a machine of its own: it
    makes invitations and adds the laptops that answer, as it is told through ``conn``."""
    coordinator = Vault.open(path, DEMO_COORDINATOR, PASSPHRASE)
    conn.send("ready")
    while (message := conn.recv())[0] != "stop":
        if message[0] == "invite":
            conn.send(invite.create_invitation(coordinator, message[1], hub_url).code)
        else:  # "accept"
            cpu = time.process_time()
            with hub_sync.client_for(coordinator) as client:
                hub_sync.accept_from_hub(coordinator, client, message[1], message[2])
            conn.send((time.perf_counter(), time.process_time() - cpu))
    coordinator.close()


class CoordinatorDevice:
    """The coordinator's process (spawned: nothing of this one's open database goes with it)."""

    def __init__(self, path: Path, hub_url: str) -> None:
        self.conn, theirs = multiprocessing.Pipe()
        context = multiprocessing.get_context("spawn")
        self.process = context.Process(target=coordinator_device, args=(path, hub_url, theirs))
        self.process.start()
        assert self.conn.recv() == "ready"

    def ask(self, *message: str) -> Any:
        self.conn.send(message)
        return self.conn.recv() if message[0] != "stop" else None

    def close(self) -> None:
        self.ask("stop")
        self.process.join()


LAST_ACCEPT: list[tuple[float, float]] = []  # when the coordinator finished, its CPU time
WAITED: list[float] = []  # how long the laptop waited for the welcome's later parts


def join(device: CoordinatorDevice, hub: HubService, username: str, folder: Path) -> Vault:
    """A new laptop joins by code, the coordinator's device adding it from its own process:
    the welcome's parts are merged here while the next are sealed there."""
    code = device.ask("invite", username)
    pending = invite.new_pending_join(code, f"Portátil {username}")
    token = invite.poll_token(pending.secret)
    with HubClient(hub.url, pending.keys, "") as client:
        client.post_join(pending.invite, pending.request, token)
    device.conn.send(("accept", pending.invite, pending.fingerprint()))
    # The coordinator reads the fingerprint at once here; a person takes a few seconds.
    welcome = joining.part_fetcher(pending, hub.url, poll=0.02)(0)
    fetcher = joining.part_fetcher(pending, hub.url, poll=0.02)
    waited = [0.0]

    def fetch(number: int) -> bytes:
        started = time.perf_counter()
        try:
            return fetcher(number)
        finally:
            waited[0] += time.perf_counter() - started

    vault, _ = invite.complete_join(
        folder, pending, welcome, PASSPHRASE, hub.url, kdf=FAST_TEST_PARAMS, fetch_part=fetch
    )
    joining.forget_welcome(pending, hub.url)  # as the wizard does once it has it all
    WAITED.append(waited[0])
    LAST_ACCEPT.append(device.conn.recv())
    return vault


def sync(vault: Vault) -> hub_sync.HubSyncReport:
    with hub_sync.client_for(vault) as client:
        return hub_sync.sync_with_hub(vault, client)


def edit(vault: Vault, count: int, rng: random.Random) -> None:
    """``count`` edits of the kind a day brings: towns, notes, programme lengths."""
    with vault.session() as session:
        families = list(session.execute(text("SELECT id FROM family")).scalars())
        members = list(session.execute(text("SELECT id FROM member")).scalars())
    with vault.changing() as session:
        for i in range(count):
            if i % 2:
                session.execute(
                    text("UPDATE family SET municipality = :t WHERE id = :i"),
                    {"t": rng.choice(TOWNS), "i": rng.choice(families)},
                )
            else:
                session.execute(
                    text("UPDATE member SET name_original = :n WHERE id = :i"),
                    {"n": f"n{rng.randrange(10**6)}", "i": rng.choice(members)},
                )


def hub_throughput(hub: HubService, devices: int, per_device: int) -> None:
    """``devices`` threads upload ``per_device`` signed change sets each and page through the
    team's change sets, all at once (parcels are random bytes: the hub cannot tell)."""
    team = os.urandom(16).hex()
    keys = [DeviceKeys.generate(os.urandom(16).hex()) for _ in range(devices)]
    assert hub.store is not None
    public = [base64.b64encode(k.public().signing_raw()).decode() for k in keys]
    hub.store.create_team(team, keys[0].device, public[0])
    hub.store.replace_roster(
        team,
        [
            {"device": k.device, "signing": p, "coordinator": i == 0, "revoked": False}
            for i, (k, p) in enumerate(zip(keys, public, strict=True))
        ],
    )
    body = os.urandom(4096)
    errors: list[str] = []
    downloaded: list[int] = []

    def patiently(call: Callable[[], object]) -> object:
        """As a device does when the hub answers 'busy': wait a moment and try again."""
        for _attempt in range(400):
            try:
                return call()
            except HubError as error:
                if error.code != "busy":
                    errors.append(error.code)
                    return None
                time.sleep(0.1)
        errors.append("gave_up")
        return None

    def device(k: DeviceKeys) -> None:
        with HubClient(hub.url, k, team) as client:
            for seq in range(1, per_device + 1):
                envelope = env.build(
                    k,
                    team=team,
                    seq=seq,
                    hlc="1760000000000-0000",
                    level=1,
                    created_at="2026-12-01T00:00:00+00:00",
                    parcels=[("p" * 32, (keys[0].device,), body)],
                )
                patiently(lambda envelope=envelope: client.upload(envelope.to_bytes()))
            cursor, count = 0, 0
            while True:
                page = patiently(lambda cursor=cursor: client.page(cursor))
                if page is None or not page.items:  # type: ignore[attr-defined]
                    break
                count += len(page.items)  # type: ignore[attr-defined]
                cursor = page.items[-1][0]  # type: ignore[attr-defined]
            downloaded.append(count)

    threads = [threading.Thread(target=device, args=(k,)) for k in keys]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    total = devices * per_device
    down = sum(downloaded)
    print(
        f"hub, {devices} devices at once: {total} change sets of 4 KiB uploaded and {down} "
        f"downloaded (each device paging through all) in {seconds:.2f} s: "
        f"{total / seconds:.0f} uploads/s, {down / seconds:.0f} downloads/s; "
        f"failures: {len(errors)}"
    )


def build_coordinator(args: argparse.Namespace, path: Path) -> None:
    """The demo vault with ``args.caseload`` families for each of two social workers."""
    started = time.perf_counter()
    coordinator = create_demo_vault(
        path, PASSPHRASE, args.families, args.seed, FAST_TEST_PARAMS, with_social_workers=True
    )
    print(
        f"demo vault of {args.families} families made in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    try:
        workers = [u for u in coordinator.list_users() if u.active and u.role != "coordinator"]
        with coordinator.changing() as session:
            ids = list(session.execute(text("SELECT id FROM family ORDER BY id")).scalars())
            session.execute(text("UPDATE family SET assigned_worker_id = NULL"))
            for index, worker in enumerate(workers[:2]):
                chunk = ids[index * args.caseload : (index + 1) * args.caseload]
                session.execute(
                    text("UPDATE family SET assigned_worker_id = :w WHERE id = :i"),
                    [{"w": worker.id, "i": i} for i in chunk],
                )
    finally:
        coordinator.close()


def coordinator_vault(args: argparse.Namespace, path: Path) -> Vault:
    """A fresh copy of the demo vault (built once into ``--vault-cache`` when given)."""
    if args.vault_cache is None:
        build_coordinator(args, path)
    else:
        cached = args.vault_cache / f"f{args.families}-c{args.caseload}-s{args.seed}"
        if not cached.exists():
            building = cached.with_name(cached.name + ".building")
            shutil.rmtree(building, ignore_errors=True)
            build_coordinator(args, building)
            building.rename(cached)
        shutil.copytree(cached, path)
    return Vault.open(path, DEMO_COORDINATOR, PASSPHRASE)


def dump_profiles(path: Path | None) -> None:
    """One file per timed part (FILE.1 the join, FILE.2 the day, FILE.3 converging)."""
    if path is not None:
        for number, profiler in enumerate(PROFILES, start=1):
            profiler.dump_stats(f"{path}.{number}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=25000)
    parser.add_argument("--caseload", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hub-only", action="store_true", help="only the hub's throughput")
    parser.add_argument("--vault-cache", type=Path, help="build the demo vault once, here")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the timed parts")
    parser.add_argument("--no-hub", action="store_true", help="leave out the hub's throughput")
    parser.add_argument(
        "--join-only", action="store_true", help="only the new laptop's join (measure it alone)"
    )
    args = parser.parse_args()
    if args.hub_only:
        with (
            tempfile.TemporaryDirectory(prefix="hostdesk-team-bench-") as tmp,
            HubService(Path(tmp) / "hub") as hub,
        ):
            hub_throughput(hub, 50, 20)
        return 0
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="hostdesk-team-bench-") as tmp:
        base = Path(tmp)
        coordinator = coordinator_vault(args, base / "coordinator")
        workers = [u for u in coordinator.list_users() if u.active and u.role != "coordinator"]
        with HubService(base / "hub") as hub:
            setup.create_team(coordinator, hub_url=hub.url, label="Sede")
            sync(coordinator)
            coordinator.close()  # its own process opens it: a machine of its own
            device = CoordinatorDevice(base / "coordinator", hub.url)
            laptops: list[Vault] = []
            started = time.perf_counter()
            timed(
                f"a new laptop joining with a {args.caseload}-family caseload",
                lambda: laptops.append(join(device, hub, workers[0].username, base / "laptop1")),
                10,
                profile=args.profile is not None,
            )
            finished, coordinator_cpu = LAST_ACCEPT[-1]
            print(
                f"  (the coordinator's device, in its own process: {coordinator_cpu:.2f} s of "
                f"CPU, done {finished - started:.2f} s after the start, its last step the "
                "team's change sets sent to the hub after the welcome)"
            )
            print(f"  (the laptop waited {WAITED[-1]:.2f} s for the welcome's later parts)")
            laptop = laptops[0]
            with laptop.session() as session:
                held = session.execute(text("SELECT count(*) FROM family")).scalar_one()
            print(f"  (the laptop holds {held} families)")
            if args.join_only:
                laptop.close()
                device.close()
                dump_profiles(args.profile)
                return 0
            laptops.append(join(device, hub, workers[1].username, base / "laptop2"))
            device.close()
            coordinator = Vault.open(base / "coordinator", DEMO_COORDINATOR, PASSPHRASE)
            edit(laptop, 200, rng)
            timed(
                "a day's 200 edits pushed by the laptop and pulled by the coordinator",
                lambda: (sync(laptop), sync(coordinator)),
                2,
                profile=args.profile is not None,
            )
            for vault in (coordinator, *laptops):
                edit(vault, 1000, rng)

            def converge() -> None:
                for _round in range(2):
                    for vault in (*laptops, coordinator):
                        sync(vault)

            timed(
                "three devices converging after a week apart with 1,000 edits each",
                converge,
                10,
                profile=args.profile is not None,
            )
            for vault in laptops:
                vault.close()
            if not args.no_hub:
                hub_throughput(hub, 50, 20)
        coordinator.close()
    dump_profiles(args.profile)
    print(f"(run on {date.today()}, {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
