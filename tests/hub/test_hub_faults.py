"""The network and the processes fail; nothing is lost and nothing is merged twice."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from hostdesk.storage.models import Family
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import hub_sync
from hostdesk.sync.team.hub_client import HubError
from tests.conftest import PASSPHRASE
from tests.fault_proxy import ANSWER_500, DROP_UPLOAD, LOSE_RESPONSE, PASS, REFUSE, FaultProxy
from tests.hub.helpers import dump_of, set_town, sync
from tests.hub_support import HubService


def _sync_until_done(vault: Vault, url: str, tries: int = 12) -> int:
    """Sync through ``url``, as a user pressing Sync again after an error; returns the tries."""
    for attempt in range(1, tries + 1):
        try:
            with hub_sync.client_for(vault, url) as client:
                hub_sync.sync_with_hub(vault, client)
            return attempt
        except HubError:
            continue
    raise AssertionError("the sync never got through")


def test_dropped_uploads_lost_answers_and_errors_lose_and_double_nothing(
    team: tuple[Vault, Vault, str], hub: HubService
) -> None:
    coordinator, laptop, family = team
    schedule = [DROP_UPLOAD, LOSE_RESPONSE, ANSWER_500, REFUSE, LOSE_RESPONSE, DROP_UPLOAD]
    with FaultProxy(hub.port, decide=lambda n: schedule[n] if n < len(schedule) else PASS) as bad:
        for town in ("Faro", "Lagos", "Tavira"):
            set_town(laptop, family, town)
            _sync_until_done(laptop, bad.url)
    assert bad.connections > len(schedule)
    sync(coordinator)
    assert dump_of(laptop, {family}) == dump_of(coordinator, {family})
    with coordinator.session() as session:
        assert session.exec(select(Family.municipality).where(Family.uid == family)).one() == (
            "Tavira"
        )
        merges = session.execute(
            text("SELECT count(*), count(DISTINCT object_id) FROM audit_log"
                 " WHERE action = 'team.merge'")
        ).one()  # fmt: skip
    assert merges[0] == merges[1], "a change set was merged twice"


def test_a_laptop_killed_while_merging_loses_nothing_and_finishes_next_time(
    team: tuple[Vault, Vault, str], hub: HubService, tmp_path: Path, passphrase_file: Path
) -> None:
    coordinator, laptop, family = team
    laptop_dir = laptop.path
    laptop.close()
    rng = random.Random(13)
    for round_no in range(2):
        for i in range(12):  # twelve change sets to merge
            set_town(coordinator, family, f"Vila {round_no}-{i}")
            sync(coordinator)
        victim = subprocess.Popen(
            [sys.executable, "-m", "tests.hub.sync_worker", str(laptop_dir), str(passphrase_file)],
            stdout=subprocess.PIPE,
        )  # fmt: skip
        assert victim.stdout is not None
        assert victim.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.6))
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
    with Vault.open(laptop_dir, None, PASSPHRASE) as reopened:
        assert reopened.integrity_problems() == []
        assert reopened.audit_report().ok
        sync(reopened)
        assert dump_of(reopened, {family}) == dump_of(coordinator, {family})
        with reopened.session() as session:
            town = session.exec(select(Family.municipality)).one()
    assert town == "Vila 1-11"


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
