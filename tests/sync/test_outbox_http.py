"""The outbox against the real NAIR service on loopback: delivery, retries, refusals."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from hostdesk.storage.backup import create_backup
from hostdesk.storage.models import OutboxBundle
from hostdesk.storage.restore import restore_backup
from hostdesk.storage.vault import Vault
from hostdesk.sync import delivery, endpoint, outbox
from hostdesk.sync.errors import SyncError
from hostdesk.sync.http_transport import CONFLICT_REASON, HttpTransport
from hostdesk.sync.outbox import BundleState
from hostdesk.sync.receipt import verify_receipt
from hostdesk.sync.transport import Delivered, Rejected
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.fault_proxy import ANSWER_500, DROP_UPLOAD, LOSE_RESPONSE, PASS, Fault, FaultProxy
from tests.nair_support import NairService
from tests.sync.conftest import (
    SHORT,
    FakeClock,
    add_submitted,
    enroll_at,
    link,
    nair_counts,
    submit_month,
)


def _send(vault: Vault, clock: FakeClock, rng: random.Random) -> delivery.SendReport:
    with HttpTransport(timeout=5.0) as transport:
        return delivery.send_due(vault, transport, clock=clock, backoff=SHORT, rng=rng)


def _states(vault: Vault) -> dict[tuple[str, int], BundleState]:
    return {(b.month, b.revision): b.state for b in outbox.list_bundles(vault)}


def test_a_submitted_month_is_delivered_with_a_verified_receipt(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    submitted = submit_month(linked, "2026-11")
    outbox.heal(linked)

    report = _send(linked, clock, rng)

    [info] = outbox.list_bundles(linked)
    assert report.delivered == [info.bundle_id]
    assert info.state is BundleState.DELIVERED and info.attempts == 1
    with linked.session() as session:
        row = session.get(OutboxBundle, info.id)
        assert row is not None and row.receipt is not None
        receipt = verify_receipt(
            row.receipt, nair_service.public_keys.verify_key,
            bundle_id=info.bundle_id or "", bundle_sha256=info.sha256 or "",
        )  # fmt: skip
    assert (receipt.period, receipt.revision) == ("2026-11", submitted.revision)
    [stored] = nair_service.store.reports()
    assert (stored.period, stored.revision) == ("2026-11", 1)
    assert stored.report_json.encode() == submitted.json_data
    assert outbox.summary(linked).pending == 0


def test_before_the_nair_is_set_up_a_bundle_waits_then_is_sealed(
    vault: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    add_submitted(vault, "2026-10")
    outbox.heal(vault)
    [waiting] = outbox.list_bundles(vault)
    assert waiting.state is BundleState.WAITING and waiting.bundle_id is None
    assert outbox.summary(vault).configured is False

    link(vault, nair_service)
    assert _send(vault, clock, rng).delivered
    assert _states(vault) == {("2026-10", 1): BundleState.DELIVERED}


def test_service_down_then_up_delivers_once_the_wait_is_over(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    add_submitted(linked, "2026-09")
    nair_service.stop()

    first = _send(linked, clock, rng)
    [info] = outbox.list_bundles(linked)
    assert first.retrying and info.state is BundleState.QUEUED
    assert "could not be reached" in info.last_error
    assert info.next_attempt_at is not None and info.next_attempt_at > clock.now

    nair_service.start()
    assert _send(linked, clock, rng).delivered == []  # not due yet: the backoff holds
    clock.advance(SHORT.cap)
    assert len(_send(linked, clock, rng).delivered) == 1
    assert nair_counts(nair_service) == (1, 1)


@pytest.mark.parametrize(
    ("fault", "reason"),
    [(DROP_UPLOAD, "could not be reached"), (ANSWER_500, "HTTP 500")],
    ids=["connection-dropped-mid-upload", "500-then-success"],
)
def test_a_failed_first_try_is_retried_and_delivered(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random,
    fault: Fault, reason: str,
) -> None:  # fmt: skip
    add_submitted(linked, "2026-08")
    with FaultProxy(nair_service.port, decide=lambda n: fault if n == 0 else PASS) as proxy:
        link(linked, nair_service, proxy.url)
        first = _send(linked, clock, rng)
        assert reason in first.retrying[0][1]
        assert nair_counts(nair_service) == (0, 0)
        clock.advance(SHORT.cap)
        assert _send(linked, clock, rng).delivered
    [info] = outbox.list_bundles(linked)
    assert info.attempts == 2 and info.last_error == ""
    assert nair_counts(nair_service) == (1, 1)


def test_a_lost_answer_then_a_resend_gives_one_report_and_the_same_receipt(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    add_submitted(linked, "2026-06")
    with FaultProxy(
        nair_service.port, decide=lambda n: LOSE_RESPONSE if n == 0 else PASS
    ) as proxy:
        link(linked, nair_service, proxy.url)
        assert _send(linked, clock, rng).retrying  # the NAIR stored it; we heard nothing
        assert nair_counts(nair_service) == (1, 1)
        clock.advance(SHORT.cap)
        assert _send(linked, clock, rng).delivered
    [info] = outbox.list_bundles(linked)
    with linked.session() as session:
        row = session.get(OutboxBundle, info.id)
        assert row is not None
        assert row.receipt == nair_service.store.receipt(info.bundle_id or "")
    assert nair_counts(nair_service) == (1, 1)


def test_the_same_bundle_sent_twice_is_one_report_with_the_same_receipt(
    linked: Vault, nair_service: NairService, clock: FakeClock
) -> None:
    add_submitted(linked, "2026-05")
    [job] = delivery.claim_due(linked, clock())
    with HttpTransport(timeout=5.0) as transport:
        first, second = transport.deliver(job), transport.deliver(job)
    assert isinstance(first, Delivered) and isinstance(second, Delivered)
    assert first.receipt == second.receipt
    assert nair_counts(nair_service) == (1, 1)


def test_a_receipt_for_another_bundle_is_refused_and_the_bundle_stays_pending(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    add_submitted(linked, "2026-04")
    add_submitted(linked, "2026-03")
    jobs = delivery.claim_due(linked, clock())
    with HttpTransport(timeout=5.0) as transport:
        other_receipt = transport.deliver(jobs[1])
    assert isinstance(other_receipt, Delivered)

    judged = delivery.record_outcome(linked, jobs[0], other_receipt, clock(), SHORT, rng)

    assert not isinstance(judged, Delivered)
    assert _states(linked)[("2026-03", 1)] is BundleState.QUEUED
    [info] = [b for b in outbox.list_bundles(linked) if b.month == "2026-03"]
    assert "another bundle" in info.last_error


def test_a_rejected_bundle_is_set_aside_and_does_not_block_the_next(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    add_submitted(linked, "2026-01", report_json=b'{"schema": "monthly-report-v1"}')
    add_submitted(linked, "2026-02")

    report = _send(linked, clock, rng)

    assert len(report.rejected) == 1 and len(report.delivered) == 1
    assert _states(linked) == {
        ("2026-01", 1): BundleState.REJECTED,
        ("2026-02", 1): BundleState.DELIVERED,
    }
    [rejected] = [b for b in outbox.list_bundles(linked) if b.state is BundleState.REJECTED]
    assert rejected.rejected_code == "invalid_report" and "monthly-report-v1" in rejected.last_error
    summary = outbox.summary(linked)
    assert (summary.pending, summary.failed, summary.delivered) == (0, 1, 1)
    clock.advance(timedelta(days=1))
    assert _send(linked, clock, rng).rejected == []  # never sent again by itself


def test_pinned_before_registration_the_months_wait_and_go_once_registered(
    vault: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    # docs/sync.md allows pinning the key before the NAIR has registered the entity.
    endpoint.configure(vault, nair_service.url, nair_service.public_keys)
    for month in ("2026-09", "2026-10", "2026-11"):
        add_submitted(vault, month)
    with HttpTransport(timeout=5.0) as transport:  # the real backoff: the long wait
        first = delivery.send_due(vault, transport, clock=clock, rng=rng)

    assert first.rejected == [] and len(first.retrying) == 3
    held = outbox.list_bundles(vault)
    assert {b.state for b in held} == {BundleState.QUEUED}
    assert {b.rejected_code for b in held} == {"unknown_entity"}
    assert all("register this entity" in b.last_error for b in held)
    assert all(b.next_attempt_at >= clock.now + timedelta(minutes=15) for b in held)  # type: ignore[operator]
    summary = outbox.summary(vault)
    assert (summary.pending, summary.held, summary.failed) == (3, 3, 0)

    enroll_at(vault, nair_service)
    assert _send(vault, clock, rng).delivered == []  # the wait holds by itself...
    with HttpTransport(timeout=5.0) as transport:  # ...and "Send now" does not wait
        now = delivery.send_due(vault, transport, clock=clock, rng=rng, everything=True)
    assert len(now.delivered) == 3
    assert {b.rejected_code for b in outbox.list_bundles(vault)} == {""}
    assert nair_counts(nair_service) == (3, 3)
    assert outbox.summary(vault).held == 0


def test_a_wrong_path_in_the_address_is_retried_once_the_address_is_fixed(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    endpoint.configure(linked, nair_service.url + "/nair", nair_service.public_keys)
    add_submitted(linked, "2026-07")
    [(_, reason)] = _send(linked, clock, rng).retrying
    [info] = outbox.list_bundles(linked)
    assert info.state is BundleState.QUEUED and info.rejected_code == "http_404"
    assert "HTTP 404" in reason and "check the address" in info.last_error

    endpoint.configure(linked, nair_service.url, nair_service.public_keys)
    clock.advance(SHORT.cap)
    assert len(_send(linked, clock, rng).delivered) == 1
    assert nair_counts(nair_service) == (1, 1)


def test_a_revision_the_nair_holds_with_other_content_asks_for_a_new_revision(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random,
    tmp_path: Path,
) -> None:  # fmt: skip
    backup = create_backup(linked, tmp_path / "last-week.hdbackup")
    add_submitted(linked, "2026-11")
    assert len(_send(linked, clock, rng).delivered) == 1
    linked.close()
    # The laptop is lost; last week's backup comes back and November is submitted again.
    restored = restore_backup(
        backup, tmp_path / "restored", username=COORDINATOR, passphrase=PASSPHRASE
    )
    try:
        add_submitted(restored, "2026-11", families_followed=4)  # other content
        [(_, reason)] = _send(restored, clock, rng).rejected
        [info] = outbox.list_bundles(restored)
        assert info.state is BundleState.REJECTED and info.rejected_code == "revision_conflict"
        assert "new revision" in reason and "seal" not in reason.lower()
        with pytest.raises(SyncError, match="new revision"):
            outbox.reseal(restored, info.id)  # another seal would be refused the same way
        assert nair_counts(nair_service) == (1, 1)
    finally:
        restored.close()


def test_a_conflict_is_refused_and_sealed_again_is_delivered(
    linked: Vault, nair_service: NairService, clock: FakeClock, rng: random.Random
) -> None:
    add_submitted(linked, "2025-12")
    [job] = delivery.claim_due(linked, clock())
    outcome = delivery.record_outcome(
        linked, job, Rejected("conflict", CONFLICT_REASON), clock(), SHORT, rng
    )
    assert isinstance(outcome, Rejected)
    [rejected] = outbox.list_bundles(linked)
    again = outbox.reseal(linked, rejected.id)
    assert again.bundle_id != rejected.bundle_id
    assert _send(linked, clock, rng).delivered == [again.bundle_id]
    summary = outbox.summary(linked)
    assert (summary.failed, summary.delivered) == (0, 1)


def test_undelivered_bundles_cannot_be_deleted(
    linked: Vault, clock: FakeClock
) -> None:
    add_submitted(linked, "2026-11")
    outbox.heal(linked)
    for attempt in ("queued", "sending", "rejected", "waiting"):
        with linked.changing() as session:
            session.execute(text("UPDATE outbox SET state = :s"), {"s": attempt})
        refused = pytest.raises(IntegrityError, match="undelivered bundle cannot be deleted")
        with refused, linked.changing() as session:
            session.execute(text("DELETE FROM outbox"))
    assert len(outbox.list_bundles(linked)) == 1


def test_sealed_bytes_never_change(linked: Vault) -> None:
    add_submitted(linked, "2026-11")
    outbox.heal(linked)
    refused = pytest.raises(IntegrityError, match="sealed bundle never changes")
    with refused, linked.changing() as session:
        session.execute(text("UPDATE outbox SET bundle_data = x'00'"))

