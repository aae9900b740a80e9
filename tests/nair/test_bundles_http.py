"""Posting bundles to the real service over loopback, as an entity's HostDesk does.

Every test runs once on SQLite and once on PostgreSQL (the ``db_url`` fixture).
"""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest

from hostdesk.sync import bundle as bundle_format
from hostdesk.sync.keys import NairPublicKeys, canonical
from hostdesk.sync.receipt import verify_receipt
from hostdesk.sync.request_auth import sign_request
from hostdesk.sync.signing import SigningKey
from tests.nair_support import (
    NairService,
    SampleEntity,
    get_receipt,
    make_entity,
    sample_report,
    seal_report,
)


def _post(service: NairService, data: bytes) -> httpx.Response:
    return httpx.post(
        f"{service.url}/v1/bundles",
        content=data,
        headers={"content-type": "application/octet-stream"},
    )


def _refused(response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code
    assert body["reason"]
    return str(body["reason"])


def _stored_bundles(service: NairService) -> int:
    with service.store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM bundle").scalar_one())


def test_a_sealed_report_is_stored_and_answered_with_a_receipt_that_verifies(
    service: NairService, entity: SampleEntity
) -> None:
    sealed = seal_report(entity, service.public_keys, month="2026-10", revision=1)
    response = _post(service, sealed.data)
    assert response.status_code == 201, response.text
    assert response.headers["content-type"] == "application/json"
    receipt = verify_receipt(
        response.content, service.public_keys.verify_key,
        bundle_id=sealed.header.bundle_id, bundle_sha256=sealed.sha256,
    )  # fmt: skip
    assert (receipt.entity_id, receipt.period, receipt.revision) == (entity.entity_id, "2026-10", 1)
    [stored] = service.store.reports()
    assert (stored.entity_id, stored.period, stored.revision) == (entity.entity_id, "2026-10", 1)
    assert json.loads(stored.report_json)["month"] == "2026-10"


def test_the_same_bundle_twice_is_stored_once_and_gets_the_same_receipt(
    service: NairService, entity: SampleEntity
) -> None:
    sealed = seal_report(entity, service.public_keys)
    first = _post(service, sealed.data)
    second = _post(service, sealed.data)
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.content == first.content
    assert len(service.store.reports()) == 1
    assert _stored_bundles(service) == 1


def test_the_same_bundle_id_with_other_bytes_is_a_conflict(
    service: NairService, entity: SampleEntity
) -> None:
    first = seal_report(entity, service.public_keys)
    other = seal_report(entity, service.public_keys, bundle_id=first.header.bundle_id)
    assert other.data != first.data  # HPKE: a new ephemeral key every time
    assert _post(service, first.data).status_code == 201
    _refused(_post(service, other.data), 409, "conflict")
    receipt = get_receipt(service.url, entity, first.header.bundle_id)
    verify_receipt(receipt.content, service.public_keys.verify_key,
                   bundle_id=first.header.bundle_id, bundle_sha256=first.sha256)  # fmt: skip


def test_a_flipped_bit_in_the_ciphertext_is_refused_and_nothing_is_stored(
    service: NairService, entity: SampleEntity
) -> None:
    sealed = seal_report(entity, service.public_keys)
    damaged = bytearray(sealed.data)
    damaged[-40] ^= 0x01
    _refused(_post(service, bytes(damaged)), 400, "decryption_failed")
    assert _stored_bundles(service) == 0
    assert service.store.reports() == []
    assert get_receipt(service.url, entity, sealed.header.bundle_id).status_code == 404
    # The intact bundle is still welcome afterwards.
    assert _post(service, sealed.data).status_code == 201


def test_a_bundle_from_an_unregistered_entity_is_refused(service: NairService) -> None:
    stranger = make_entity("ent-desconhecida")
    _refused(_post(service, seal_report(stranger, service.public_keys).data), 403, "unknown_entity")
    assert _stored_bundles(service) == 0


def test_a_bundle_signed_with_another_key_than_the_registered_one_is_refused(
    service: NairService, entity: SampleEntity
) -> None:
    impostor = make_entity(entity.entity_id)  # same id, its own new key
    _refused(_post(service, seal_report(impostor, service.public_keys).data), 400, "bad_signature")
    assert _stored_bundles(service) == 0


def test_a_bundle_sealed_for_another_nair_does_not_open(
    service: NairService, entity: SampleEntity
) -> None:
    other_nair = NairService(service.data_dir / "other").public_keys
    _refused(_post(service, seal_report(entity, other_nair).data), 400, "decryption_failed")


def test_garbage_is_refused_as_malformed(service: NairService) -> None:
    _refused(_post(service, b"not a bundle at all"), 400, "malformed")
    _refused(_post(service, b""), 400, "malformed")


def test_an_unknown_schema_version_is_refused_with_its_code(
    service: NairService, entity: SampleEntity, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A future HostDesk seals monthly-report-v3; this service knows v1 and v2.
    monkeypatch.setattr(bundle_format, "SUPPORTED_SCHEMAS", frozenset({"monthly-report-v3"}))
    sealed = seal_report(entity, service.public_keys, schema_version="monthly-report-v3")
    monkeypatch.undo()
    _refused(_post(service, sealed.data), 422, "unknown_schema")


def test_a_report_that_breaks_its_schema_is_refused_without_echoing_its_content(
    service: NairService, entity: SampleEntity, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    report = sample_report(entity=entity)
    report["entity"]["contact_person"] = "Maria Exemplo Marcador"  # not in the schema
    sealed = seal_report(entity, service.public_keys, report=report)
    reason = _refused(_post(service, sealed.data), 422, "invalid_report")
    assert "/entity" in reason
    assert "Marcador" not in reason
    assert "Marcador" not in caplog.text
    assert _stored_bundles(service) == 0


def test_a_report_that_names_another_revision_than_its_bundle_is_refused(
    service: NairService, entity: SampleEntity
) -> None:
    report_json = canonical(sample_report(entity=entity, revision=1))
    sealed = seal_report(entity, service.public_keys, revision=2, report_json=report_json)
    _refused(_post(service, sealed.data), 422, "report_mismatch")


def test_a_bundle_without_a_pdf_report_is_refused(
    service: NairService, entity: SampleEntity
) -> None:
    sealed = seal_report(entity, service.public_keys, report_pdf=b"plain text")
    _refused(_post(service, sealed.data), 422, "invalid_report")


def test_a_resealed_copy_of_a_revision_is_acknowledged_and_other_content_is_a_conflict(
    service: NairService, entity: SampleEntity
) -> None:
    first = seal_report(entity, service.public_keys)
    again = seal_report(entity, service.public_keys)  # same report, new bundle id
    assert _post(service, first.data).status_code == 201
    response = _post(service, again.data)
    assert response.status_code == 201
    verify_receipt(response.content, service.public_keys.verify_key,
                   bundle_id=again.header.bundle_id, bundle_sha256=again.sha256)  # fmt: skip
    assert len(service.store.reports()) == 1
    changed = sample_report(entity=entity, families_followed=9)
    other = seal_report(entity, service.public_keys, report=changed)
    _refused(_post(service, other.data), 409, "revision_conflict")
    assert len(service.store.reports()) == 1


def test_receipts_are_served_again_by_bundle_id(service: NairService, entity: SampleEntity) -> None:
    sealed = seal_report(entity, service.public_keys)
    posted = _post(service, sealed.data)
    fetched = get_receipt(service.url, entity, sealed.header.bundle_id)
    assert fetched.status_code == 200
    assert fetched.content == posted.content
    missing = get_receipt(service.url, entity, "00000000-0000-4000-8000-000000000000")
    _refused(missing, 404, "not_found")


def test_a_receipt_is_answered_only_to_its_entity_and_only_once_per_request(
    service: NairService, entity: SampleEntity
) -> None:
    """Before: anyone who knew a bundle id (it is in the clear header) could read its receipt."""
    sealed = seal_report(entity, service.public_keys)
    assert _post(service, sealed.data).status_code == 201
    path = f"/v1/receipts/{sealed.header.bundle_id}"
    _refused(httpx.get(service.url + path), 401, "unauthenticated")
    stranger = make_entity("ent-estranha", name="Outra", nair_code="NAIR-X")
    service.register(stranger)
    _refused(get_receipt(service.url, stranger, sealed.header.bundle_id), 404, "not_found")
    headers = sign_request(entity.entity_id, SigningKey(entity.key), "GET", path)
    assert httpx.get(service.url + path, headers=headers).status_code == 200
    _refused(httpx.get(service.url + path, headers=headers), 401, "unauthenticated")  # replay
    late = sign_request(entity.entity_id, SigningKey(entity.key), "GET", path,
                        now=time.time() - 3600)  # fmt: skip
    _refused(httpx.get(service.url + path, headers=late), 401, "unauthenticated")
    forged = sign_request(entity.entity_id, SigningKey(stranger.key), "GET", path)
    _refused(httpx.get(service.url + path, headers=forged), 401, "unauthenticated")
    nair_signed = sign_request("nair", service.keys.signer, "GET", path)
    assert httpx.get(service.url + path, headers=nair_signed).status_code == 200


def test_health_and_the_public_key_file(service: NairService) -> None:
    health = httpx.get(f"{service.url}/v1/health")
    assert (health.status_code, health.json()) == (200, {"status": "ok"})
    key = httpx.get(f"{service.url}/v1/key")
    assert key.status_code == 200
    fetched = NairPublicKeys.from_file_bytes(key.content)
    assert fetched.fingerprint() == service.public_keys.fingerprint()


def test_a_service_restarted_on_the_same_port_still_knows_what_it_received(
    service: NairService, entity: SampleEntity
) -> None:
    sealed = seal_report(entity, service.public_keys)
    posted = _post(service, sealed.data)
    port = service.port
    service.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{service.url}/v1/health")
    service.start()
    assert service.port == port
    again = _post(service, sealed.data)
    assert (again.status_code, again.content) == (200, posted.content)


def test_simultaneous_uploads_of_one_bundle_make_one_row_and_one_receipt(
    service: NairService, entity: SampleEntity
) -> None:
    sealed = seal_report(entity, service.public_keys)
    clients = 8
    start = threading.Barrier(clients)
    answers: list[httpx.Response] = []
    lock = threading.Lock()

    def upload() -> None:
        with httpx.Client() as client:
            start.wait()
            response = client.post(f"{service.url}/v1/bundles", content=sealed.data)
        with lock:
            answers.append(response)

    threads = [threading.Thread(target=upload) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    statuses = sorted(response.status_code for response in answers)
    assert statuses == [200] * (clients - 1) + [201]
    assert len({response.content for response in answers}) == 1
    assert _stored_bundles(service) == 1
    assert len(service.store.reports()) == 1


def test_simultaneous_different_reports_are_all_stored(service: NairService) -> None:
    entities = [make_entity(f"ent-{n:02d}") for n in range(6)]
    for each in entities:
        service.register(each)
    sealed = [seal_report(each, service.public_keys) for each in entities]
    answers: list[int] = []

    def upload(data: bytes) -> None:
        answers.append(_post(service, data).status_code)

    threads = [threading.Thread(target=upload, args=(s.data,)) for s in sealed]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert answers == [201] * len(entities)
    assert {r.entity_id for r in service.store.reports()} == {e.entity_id for e in entities}


def test_a_report_naming_another_entity_is_refused(
    service: NairService, entity: SampleEntity
) -> None:
    """Before: a report carrying another entity's name, signed by the sender's key, was stored."""
    other = make_entity("ent-outra", name="Fundação Vizinha", nair_code="NAIR-V-09")
    service.register(other)
    report = sample_report(entity=other)  # the neighbour's name and code...
    sealed = seal_report(entity, service.public_keys, report=report)  # ...signed by `entity`
    answer = httpx.post(f"{service.url}/v1/bundles", content=sealed.data)
    assert answer.status_code == 422
    assert answer.json()["code"] == "entity_mismatch"
    assert service.store.reports() == []
