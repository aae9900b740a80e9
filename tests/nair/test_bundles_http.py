"""Posting bundles to the real service over loopback, as an entity's HostDesk does."""

from __future__ import annotations

import httpx

from hostdesk.sync.receipt import verify_receipt
from tests.nair_support import NairService, SampleEntity, seal_report


def test_a_sealed_report_is_stored_and_answered_with_a_receipt_that_verifies(
    service: NairService, entity: SampleEntity
) -> None:
    sealed = seal_report(entity, service.public_keys, month="2026-10", revision=1)
    response = httpx.post(f"{service.url}/v1/bundles", content=sealed.data)
    assert response.status_code == 201, response.text
    assert response.headers["content-type"] == "application/json"
    receipt = verify_receipt(
        response.content, service.public_keys.signing_key,
        bundle_id=sealed.header.bundle_id, bundle_sha256=sealed.sha256,
    )  # fmt: skip
    assert (receipt.entity_id, receipt.period, receipt.revision) == (entity.entity_id, "2026-10", 1)
    [stored] = service.store.reports()
    assert (stored.entity_id, stored.period, stored.revision) == (entity.entity_id, "2026-10", 1)
