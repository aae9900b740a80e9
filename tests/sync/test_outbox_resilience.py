"""Crashes, restarts and a chaos run: nothing lost, nothing duplicated at the NAIR."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from hostdesk.storage.models import OutboxBundle
from hostdesk.storage.vault import Vault
from hostdesk.sync import delivery, outbox
from hostdesk.sync.http_transport import HttpTransport
from hostdesk.sync.outbox import BundleState
from hostdesk.sync.receipt import verify_receipt
from hostdesk.sync.transport import Outcome, SendJob
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.fault_proxy import (
    ANSWER_500,
    DROP_UPLOAD,
    LOSE_RESPONSE,
    PASS,
    REFUSE,
    Fault,
    FaultProxy,
)
from tests.nair_support import NairService
from tests.sync.conftest import SHORT, FakeClock, add_submitted, link, months, nair_counts

# Runs in a child process: send the due bundles, and die by SIGKILL the moment the
# NAIR's answer is in hand, before the vault hears of it.
CRASHING_SENDER = """
import os, signal, sys
from hostdesk.storage.kdf import cheap_derivation_for_tests
from hostdesk.storage.vault import Vault
from hostdesk.sync import delivery
from hostdesk.sync.http_transport import HttpTransport

cheap = cheap_derivation_for_tests()  # as in the test process (tests/conftest.py)
cheap.__enter__()
vault = Vault.open(sys.argv[1], sys.argv[2], sys.argv[3])
jobs = delivery.claim_due(vault, delivery.system_clock())
with HttpTransport(timeout=10.0) as transport:
    answer = transport.deliver(jobs[0])
print(type(answer).__name__, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _reopen(vault_dir: Path) -> Vault:
    return Vault.open(vault_dir, COORDINATOR, PASSPHRASE)


def test_a_client_killed_between_send_and_receipt_resolves_to_delivered_after_restart(
    linked: Vault, vault_dir: Path, nair_service: NairService, clock: FakeClock
) -> None:
    add_submitted(linked, "2026-11")
    outbox.heal(linked)
    linked.close()

    child = subprocess.run(
        [sys.executable, "-c", CRASHING_SENDER, str(vault_dir), COORDINATOR, PASSPHRASE],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert child.returncode == -9, child.stderr
    assert child.stdout.strip() == "Delivered"  # the NAIR took it and answered
    assert nair_counts(nair_service) == (1, 1)

    with _reopen(vault_dir) as vault:
        [left] = outbox.list_bundles(vault)
        assert left.state is BundleState.SENDING  # outcome unknown to the vault
        with HttpTransport(timeout=5.0) as transport:
            report = delivery.send_due(vault, transport, clock=clock, backoff=SHORT)
        assert report.delivered == [left.bundle_id]
        [done] = outbox.list_bundles(vault)
        assert done.state is BundleState.DELIVERED and done.attempts == 2
    assert nair_counts(nair_service) == (1, 1)


class _Recorder:
    """A transport that says what it was asked, then passes the job on."""

    def __init__(self, inner: HttpTransport) -> None:
        self.inner = inner
        self.jobs: list[SendJob] = []

    def deliver(self, job: SendJob) -> Outcome:
        self.jobs.append(job)
        return self.inner.deliver(job)


def test_every_state_survives_a_restart(
    vault: Vault, vault_dir: Path, nair_service: NairService, clock: FakeClock
) -> None:
    rng = random.Random(3)
    add_submitted(vault, "2026-01")  # → waiting (no NAIR yet)
    outbox.heal(vault)
    link(vault, nair_service)
    add_submitted(vault, "2026-02", report_json=b"{}")  # → rejected
    add_submitted(vault, "2026-03")  # → delivered
    with HttpTransport(timeout=5.0) as transport:
        delivery.send_due(vault, transport, clock=clock, backoff=SHORT, rng=rng)
    add_submitted(vault, "2026-04")  # → queued, after a failure, waiting for its turn
    add_submitted(vault, "2026-05")  # → sending when the process "died"
    nair_service.stop()
    with HttpTransport(timeout=5.0) as transport:
        delivery.send_due(vault, transport, clock=clock, backoff=SHORT, rng=rng)
    nair_service.start()
    with vault.changing() as session:  # 2026-05 is mid-send: claimed, no answer yet
        row = session.exec(select(OutboxBundle).where(OutboxBundle.month == "2026-05")).one()
        row.state = BundleState.SENDING.value
        session.add(row)
    before = outbox.list_bundles(vault)
    vault.close()

    with _reopen(vault_dir) as reopened:
        assert outbox.list_bundles(reopened) == before
        states = {b.month: b.state for b in before}
        assert states == {
            "2026-01": BundleState.DELIVERED,
            "2026-02": BundleState.REJECTED,
            "2026-03": BundleState.DELIVERED,
            "2026-04": BundleState.QUEUED,
            "2026-05": BundleState.SENDING,
        }
        with HttpTransport(timeout=5.0) as inner:
            recorder = _Recorder(inner)
            delivery.send_due(reopened, recorder, clock=clock, backoff=SHORT, rng=rng)
            assert [j.bundle_id for j in recorder.jobs] == [
                b.bundle_id for b in before if b.month == "2026-05"
            ]  # the unknown outcome at once; 2026-04 waits for its turn
            clock.advance(SHORT.cap)
            delivery.send_due(reopened, recorder, clock=clock, backoff=SHORT, rng=rng)
        after = {b.month: b.state for b in outbox.list_bundles(reopened)}
    assert after == {**states, "2026-04": BundleState.DELIVERED, "2026-05": BundleState.DELIVERED}
    assert nair_counts(nair_service) == (4, 4)


def test_a_waiting_bundle_survives_a_restart_and_is_sealed_once_set_up(
    vault: Vault, vault_dir: Path, nair_service: NairService, clock: FakeClock
) -> None:
    add_submitted(vault, "2026-06")
    outbox.heal(vault)
    vault.close()
    with _reopen(vault_dir) as reopened:
        [waiting] = outbox.list_bundles(reopened)
        assert waiting.state is BundleState.WAITING
        link(reopened, nair_service)
        with HttpTransport(timeout=5.0) as transport:
            assert delivery.send_due(reopened, transport, clock=clock, backoff=SHORT).delivered


def test_a_revision_submitted_just_before_a_crash_still_gets_its_bundle(
    linked: Vault, vault_dir: Path, nair_service: NairService, clock: FakeClock
) -> None:
    add_submitted(linked, "2026-07")  # submitted; the process "dies" before enqueueing
    linked.close()
    with _reopen(vault_dir) as reopened:
        assert outbox.list_bundles(reopened) == []
        with HttpTransport(timeout=5.0) as transport:
            assert delivery.send_due(reopened, transport, clock=clock, backoff=SHORT).delivered
    assert nair_counts(nair_service) == (1, 1)


CHAOS = [
    (0.47, PASS),
    (0.10, REFUSE),
    (0.10, ANSWER_500),
    (0.10, DROP_UPLOAD),
    (0.10, LOSE_RESPONSE),
    (0.05, Fault(delay=0.05)),
    (0.03, Fault(delay=0.5)),  # beyond the client's read timeout
    (0.05, Fault(delay=0.02, drop_after_download=40)),
]


class _Counting:
    """A fresh connection for every request, so the proxy decides each send anew."""

    def __init__(self) -> None:
        self.sends = 0
        self.inner = HttpTransport(timeout=0.3, keep_alive=False)

    def deliver(self, job: SendJob) -> Outcome:
        self.sends += 1
        return self.inner.deliver(job)


def test_chaos_200_submissions_nothing_lost_nothing_duplicated(
    linked: Vault, nair_service: NairService, clock: FakeClock
) -> None:
    chooser = random.Random(2026)
    weights = [w for w, _ in CHAOS]
    faults = [f for _, f in CHAOS]
    for month in months(200):
        add_submitted(linked, month)
    transport = _Counting()
    with FaultProxy(
        nair_service.port, decide=lambda _n: chooser.choices(faults, weights)[0]
    ) as proxy:
        link(linked, nair_service, proxy.url)
        for _round in range(40):
            delivery.send_due(
                linked, transport, clock=clock, backoff=SHORT, rng=random.Random(_round)
            )
            if outbox.summary(linked).pending == 0:
                break
            clock.advance(SHORT.cap + timedelta(seconds=1))
    transport.inner.close()
    bundles = outbox.list_bundles(linked)
    assert len(bundles) == 200
    assert {b.state for b in bundles} == {BundleState.DELIVERED}
    assert transport.sends > 200  # the faults did bite
    assert nair_counts(nair_service) == (200, 200)
    stored = {r.bundle_id for r in nair_service.store.reports()}
    assert stored == {b.bundle_id for b in bundles}
    with linked.session() as session:
        for info in bundles:
            row = session.get(OutboxBundle, info.id)
            assert row is not None and row.receipt is not None
            verify_receipt(
                row.receipt, nair_service.public_keys.verify_key,
                bundle_id=info.bundle_id or "", bundle_sha256=info.sha256 or "",
            )  # fmt: skip
