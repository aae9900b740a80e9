"""The retry policy, the backoff, the NAIR address rule and the pinning rules."""

from __future__ import annotations

import json
import random
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from hostdesk.storage import audit
from hostdesk.storage.errors import PermissionDenied
from hostdesk.storage.models import AuditEntry
from hostdesk.storage.vault import Vault
from hostdesk.sync import endpoint, identity, outbox
from hostdesk.sync.backoff import Backoff
from hostdesk.sync.errors import KeyChangeNeedsConfirmation, SyncError
from hostdesk.sync.http_transport import classify
from hostdesk.sync.keys import NairKeyPair
from hostdesk.sync.outbox import BundleState
from hostdesk.sync.transport import Delivered, Rejected, Transient
from tests.sync.conftest import add_submitted


def _answer(status: int, body: object = b"", **headers: str) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=headers)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_transient(status: int) -> None:
    assert isinstance(classify(_answer(status)), Transient)


def test_a_busy_nair_503_keeps_the_pause_it_asked_for() -> None:
    outcome = classify(_answer(503, {"code": "busy", "reason": "x"}, **{"Retry-After": "30"}))
    assert isinstance(outcome, Transient) and outcome.retry_after == 30.0


def test_429_is_transient_and_keeps_the_pause_the_nair_asked_for() -> None:
    outcome = classify(_answer(429, **{"Retry-After": "120"}))
    assert isinstance(outcome, Transient) and outcome.retry_after == 120.0
    wait = Backoff().delay(1, random.Random(1), timedelta(seconds=outcome.retry_after))
    assert wait >= timedelta(seconds=120)


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "malformed"), (400, "decryption_failed"), (400, "bad_signature"),
        (400, "manifest_mismatch"), (400, "file_mismatch"), (413, "too_large"),
        (422, "invalid_report"), (422, "report_mismatch"),
    ],
)  # fmt: skip
def test_refusals_of_the_bundle_itself_are_final_with_the_nairs_reason(
    status: int, code: str
) -> None:
    outcome = classify(_answer(status, {"code": code, "reason": "Because."}))
    assert outcome == Rejected(code, "Because.")


@pytest.mark.parametrize(
    ("status", "code", "advice"),
    [(403, "unknown_entity", "register this entity"), (422, "unknown_schema", "update")],
)
def test_refusals_the_nair_can_lift_are_retried_after_a_long_wait(
    status: int, code: str, advice: str
) -> None:
    outcome = classify(_answer(status, {"code": code, "reason": "Not known here."}))
    assert isinstance(outcome, Transient) and outcome.code == code
    assert outcome.reason.startswith("Not known here") and advice in outcome.reason
    assert outcome.retry_after is not None
    wait = Backoff().delay(1, random.Random(1), timedelta(seconds=outcome.retry_after))
    assert wait >= timedelta(minutes=15)


def test_an_upload_cut_off_is_simply_sent_again() -> None:
    outcome = classify(_answer(400, {"code": "incomplete", "reason": "Cut off."}))
    assert isinstance(outcome, Transient) and outcome.code == ""


@pytest.mark.parametrize("status", [401, 403, 404, 407, 408, 409, 413])
def test_a_4xx_that_is_not_the_nair_answering_is_retried_and_says_what_happened(
    status: int,
) -> None:
    outcome = classify(_answer(status, b"<html>not here</html>"))
    assert isinstance(outcome, Transient) and outcome.code == f"http_{status}"
    assert f"HTTP {status}" in outcome.reason and "address" in outcome.reason
    assert outcome.retry_after is not None and outcome.retry_after >= 15 * 60


def test_409_conflict_means_other_bytes_under_this_id_seal_again() -> None:
    outcome = classify(_answer(409, {"code": "conflict", "reason": "x"}))
    assert isinstance(outcome, Rejected) and outcome.code == "conflict"
    assert "other content under this bundle's id" in outcome.reason
    assert "seal the report again" in outcome.reason


def test_409_revision_conflict_asks_for_a_new_revision_not_a_new_seal() -> None:
    outcome = classify(_answer(409, {"code": "revision_conflict", "reason": "x"}))
    assert isinstance(outcome, Rejected) and outcome.code == "revision_conflict"
    assert "new revision" in outcome.reason and "seal" not in outcome.reason.lower()


def test_200_and_201_carry_the_receipt() -> None:
    assert classify(_answer(201, b"receipt")) == Delivered(b"receipt")
    assert classify(_answer(200, b"receipt")) == Delivered(b"receipt")


def test_backoff_grows_then_stops_at_the_cap_with_jitter() -> None:
    backoff = Backoff(base=timedelta(seconds=30), cap=timedelta(hours=1))
    rng = random.Random(5)
    waits = [backoff.delay(n, rng).total_seconds() for n in range(1, 15)]
    assert 15 <= waits[0] <= 30 and 30 <= waits[1] <= 60
    assert all(w <= 3600 for w in waits) and waits[-1] >= 1800
    spread = {round(backoff.delay(3, random.Random(seed)).total_seconds()) for seed in range(20)}
    assert len(spread) > 5  # laptops that failed together do not come back together


@pytest.mark.parametrize(
    "url",
    ["https://nair.example.pt/api", "http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:1"],
)
def test_https_or_loopback_http_addresses_are_accepted(url: str) -> None:
    assert endpoint.check_url(url + "/") == url


@pytest.mark.parametrize(
    "url", ["http://nair.example.pt", "http://10.0.0.5", "ftp://x", "nair.example.pt", "https://x?a"]
)
def test_other_addresses_are_refused_with_a_sentence(url: str) -> None:
    with pytest.raises(SyncError):
        endpoint.check_url(url)


def _actions(vault: Vault) -> list[tuple[str, str]]:
    with vault.session() as session:
        rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.seq))).all()
        return [(e.action, e.detail) for e in rows]


def test_replacing_the_pinned_key_is_explicit_and_audited_with_both_fingerprints(
    vault: Vault,
) -> None:
    first, second = NairKeyPair.generate("A").public(), NairKeyPair.generate("B").public()
    endpoint.configure(vault, "https://nair.example.pt", first)
    endpoint.configure(vault, "https://nair.example.pt/v2", first)  # same key: address only
    with pytest.raises(KeyChangeNeedsConfirmation) as refused:
        endpoint.configure(vault, "https://nair.example.pt", second)
    assert first.fingerprint() in str(refused.value) and second.fingerprint() in str(refused.value)
    with vault.session() as session:
        assert endpoint.load_setup(session).fingerprint == first.fingerprint()  # type: ignore[union-attr]

    endpoint.configure(vault, "https://nair.example.pt", second, replace_key=True)
    with vault.session() as session:
        setup = endpoint.load_setup(session)
    assert setup is not None and setup.fingerprint == second.fingerprint()
    replaced = [d for a, d in _actions(vault) if a == "sync.nair_key.replace"]
    assert replaced == [
        audit.canonical_detail(
            {"old_fingerprint": first.fingerprint(), "new_fingerprint": second.fingerprint()}
        )
    ]
    assert vault.audit_report().ok


def test_a_bundle_sealed_before_a_key_change_is_checked_with_its_own_key(vault: Vault) -> None:
    first, second = NairKeyPair.generate("A"), NairKeyPair.generate("B")
    endpoint.configure(vault, "", first.public())
    add_submitted(vault, "2026-11")
    outbox.heal(vault)
    endpoint.configure(vault, "", second.public(), replace_key=True)
    [info] = outbox.list_bundles(vault)
    with vault.session() as session:
        row = session.get(outbox.OutboxBundle, info.id)
        assert row is not None and row.nair_key_id is not None
        kept = endpoint.keys_by_id(session, row.nair_key_id)
    assert kept.fingerprint() == first.public().fingerprint()


def test_only_a_coordinator_sets_up_or_enrolls(vault: Vault, vault_dir: object) -> None:
    from hostdesk.domain.vocabulary import Role

    vault.add_user("joao.tecnico", Role.SOCIAL_WORKER, "another long passphrase")
    vault.close()
    with Vault.open(vault_dir, "joao.tecnico", "another long passphrase") as worker:  # type: ignore[arg-type]
        with pytest.raises(PermissionDenied):
            endpoint.configure(worker, "", NairKeyPair.generate("A").public())
        with pytest.raises(PermissionDenied):
            identity.enrollment_file(worker)


def test_the_identity_is_made_once_and_cannot_be_changed(vault: Vault) -> None:
    _data, first = identity.enrollment_file(vault)
    _data, again = identity.enrollment_file(vault)
    assert first == again
    with pytest.raises(IntegrityError, match="made once"), vault.changing() as session:
        session.execute(text("UPDATE sync_identity SET entity_id = 'other'"))
    with pytest.raises(IntegrityError, match="made once"), vault.changing() as session:
        session.execute(text("DELETE FROM sync_identity"))


def test_a_delivered_bundle_stays_delivered_and_keeps_its_receipt(vault: Vault) -> None:
    endpoint.configure(vault, "", NairKeyPair.generate("A").public())
    add_submitted(vault, "2026-11")
    outbox.heal(vault)
    with vault.changing() as session:
        session.execute(text("UPDATE outbox SET state = 'delivered'"))
    with pytest.raises(IntegrityError, match="stays delivered"), vault.changing() as session:
        session.execute(text("UPDATE outbox SET state = 'queued'"))
    assert outbox.list_bundles(vault)[0].state is BundleState.DELIVERED
    with pytest.raises(IntegrityError, match="it is kept"), vault.changing() as session:
        session.execute(text("DELETE FROM outbox"))
    assert len(outbox.list_bundles(vault)) == 1
