"""Sending the outbox: claim what is due, hand it to a transport, record the outcome.

Three steps so that the network never runs on the database's thread: ``claim_due``
and ``record_outcome`` are short transactions; ``Transport.deliver`` in between
touches no vault. A bundle is marked ``sending`` (and its attempt counted)
before a byte leaves; if the process dies then, the next claim finds it still
``sending``, its outcome unknown, and sends it again: the same bytes, so the
NAIR answers with the same receipt and stores one report.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlmodel import col, select

from hostdesk.storage import audit
from hostdesk.storage.models import OutboxBundle
from hostdesk.storage.vault import Vault
from hostdesk.sync.backoff import Backoff
from hostdesk.sync.endpoint import keys_by_id, load_setup
from hostdesk.sync.identity import load_identity
from hostdesk.sync.outbox import BundleState, heal_session, utc
from hostdesk.sync.receipt import ReceiptError, verify_receipt
from hostdesk.sync.signing import VerifyKey
from hostdesk.sync.status import load_snapshot
from hostdesk.sync.transport import Delivered, Outcome, Rejected, SendJob, Transient, Transport

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# A refusal someone has to lift (an HTTP 4xx) is retried for this long after sealing, then
# the bundle is set aside as rejected: a client must not knock on a closed door forever.
# Two weeks leave the NAIR time to register an entity; the report can be sealed again.
HELD_GIVE_UP = timedelta(days=14)


def system_clock() -> datetime:
    return datetime.now(UTC)


def claim_due(vault: Vault, now: datetime, *, everything: bool = False) -> list[SendJob]:
    """Mark every bundle that is due as ``sending`` and return it as a job.

    Due: queued with its wait over, or left ``sending`` by a crash; with
    ``everything`` (a person asked to send now) every queued bundle, wait or not.
    Nothing is due without an address (files only) or while the NAIR is not set
    up. Healing runs first, so a revision submitted just before a crash is included.
    """
    actor = vault.user.username
    with vault.changing() as session:
        heal_session(session, actor)
        setup = load_setup(session)
        if setup is None or not setup.url:
            return []
        rows = session.exec(
            select(OutboxBundle)
            .where(col(OutboxBundle.state).in_([BundleState.QUEUED, BundleState.SENDING]))
            .order_by(col(OutboxBundle.month), col(OutboxBundle.revision), col(OutboxBundle.id))
        ).all()
        jobs = []
        keys: dict[int, VerifyKey] = {}
        identity = load_identity(session)
        for row in rows:
            due = utc(row.next_attempt_at)
            waiting = row.state == BundleState.QUEUED and due is not None and due > now
            if waiting and not everything:
                continue
            assert row.id is not None and row.nair_key_id is not None
            assert row.bundle_id and row.bundle_data is not None and row.bundle_sha256
            if row.nair_key_id not in keys:
                keys[row.nair_key_id] = keys_by_id(session, row.nair_key_id).verify_key
            nair_key = keys[row.nair_key_id]
            jobs.append(
                SendJob(
                    outbox_id=row.id,
                    bundle_id=row.bundle_id,
                    data=row.bundle_data,
                    sha256=row.bundle_sha256,
                    url=setup.url,
                    nair_signing_key=nair_key.raw_parts[0],
                    nair_mldsa_key=nair_key.raw_parts[1] if nair_key.hybrid else None,
                    recovering=row.state == BundleState.SENDING,
                    entity_id=identity.entity_id if identity else "",
                    entity_key=identity.signer.ed25519_raw if identity else b"",
                    entity_mldsa_seed=identity.signer.mldsa_seed if identity else None,
                )
            )
            row.state = BundleState.SENDING.value
            row.attempts += 1
            row.last_attempt_at = now
            session.add(row)
    return jobs


def record_outcome(
    vault: Vault,
    job: SendJob,
    outcome: Outcome,
    now: datetime,
    backoff: Backoff,
    rng: random.Random,
) -> Outcome:
    """Store what happened to ``job``; a receipt counts only once verified.

    Returns the outcome as judged: a receipt that does not verify becomes ``Transient``.
    """
    if isinstance(outcome, Delivered):
        try:
            receipt = verify_receipt(
                outcome.receipt,
                VerifyKey.from_raw(job.nair_signing_key, job.nair_mldsa_key),
                bundle_id=job.bundle_id,
                bundle_sha256=job.sha256,
            )
        except ReceiptError as error:
            log.warning("bundle %s: the NAIR's answer is not a valid receipt", job.bundle_id)
            outcome = Transient(f"The NAIR's answer was refused: {error}")
    actor = vault.user.username
    with vault.changing() as session:
        row = session.get(OutboxBundle, job.outbox_id)
        if row is None or row.state != BundleState.SENDING:
            return outcome  # settled meanwhile (a receipt file was imported)
        outcome = _give_up_if_held_too_long(outcome, utc(row.sealed_at), now)
        if isinstance(outcome, Delivered):
            row.state = BundleState.DELIVERED.value
            row.receipt, row.received_at = outcome.receipt, receipt.received_at
            row.delivered_at, row.next_attempt_at, row.last_error = now, None, ""
            row.rejected_code = ""
            audit.append(
                session, actor, "sync.bundle.delivered", "outbox", row.id,
                {"bundle_id": job.bundle_id, "channel": "https"},
            )  # fmt: skip
        elif isinstance(outcome, Rejected):
            row.state = BundleState.REJECTED.value
            row.rejected_code, row.last_error = outcome.code, outcome.reason
            row.next_attempt_at = None
            audit.append(
                session, actor, "sync.bundle.rejected", "outbox", row.id,
                {"bundle_id": job.bundle_id, "code": outcome.code},
            )  # fmt: skip
        else:
            pause = None if outcome.retry_after is None else timedelta(seconds=outcome.retry_after)
            row.state = BundleState.QUEUED.value
            row.last_error, row.rejected_code = outcome.reason, outcome.code
            row.next_attempt_at = now + backoff.delay(row.attempts, rng, pause)
        session.add(row)
    return outcome


def _give_up_if_held_too_long(
    outcome: Outcome, sealed_at: datetime | None, now: datetime
) -> Outcome:
    if not isinstance(outcome, Transient) or not outcome.code or sealed_at is None:
        return outcome
    if now - sealed_at < HELD_GIVE_UP:
        return outcome
    return Rejected(
        outcome.code,
        f"{outcome.reason.rstrip('. ')}. Refused for {HELD_GIVE_UP.days} days, it is no longer "
        "sent; once this is settled, seal the report again.",
    )


def next_due(vault: Vault) -> datetime | None:
    """When the next bundle is due (None: nothing to send, or no address)."""
    return load_snapshot(vault).next_due


@dataclass
class SendReport:
    delivered: list[str] = field(default_factory=list)
    retrying: list[tuple[str, str]] = field(default_factory=list)  # bundle id, reason
    rejected: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.retrying or self.rejected)


def send_due(
    vault: Vault,
    transport: Transport,
    *,
    clock: Clock = system_clock,
    backoff: Backoff | None = None,
    rng: random.Random | None = None,
    everything: bool = False,
) -> SendReport:
    """One pass over the outbox, in this thread (the command line and the tests).

    ``everything``: also the bundles still waiting out their pause (``claim_due``).
    """
    backoff = backoff or Backoff()
    rng = rng or random.Random()
    report = SendReport()
    for job in claim_due(vault, clock(), everything=everything):
        outcome = record_outcome(
            vault, job, safe_deliver(transport, job), clock(), backoff, rng
        )
        if isinstance(outcome, Delivered):
            report.delivered.append(job.bundle_id)
        elif isinstance(outcome, Rejected):
            report.rejected.append((job.bundle_id, outcome.reason))
        else:
            report.retrying.append((job.bundle_id, outcome.reason))
    return report


def safe_deliver(transport: Transport, job: SendJob) -> Outcome:
    """``transport.deliver``, with any unexpected error turned into a retry."""
    try:
        return transport.deliver(job)
    except Exception as error:  # a bug in a transport must not leave the bundle stuck
        log.error("transport failed unexpectedly: %s", type(error).__name__)
        return Transient(f"Sending failed unexpectedly ({type(error).__name__}).")
