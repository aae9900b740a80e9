"""The fault-injecting proxy the sync tests put between client and service does what it says."""

from __future__ import annotations

import os

import httpx
import pytest

from hostdesk.sync.bundle import SealedBundle
from tests.fault_proxy import (
    ANSWER_500,
    DROP_UPLOAD,
    LOSE_RESPONSE,
    PASS,
    REFUSE,
    Fault,
    FaultProxy,
)
from tests.nair_support import NairService, SampleEntity, seal_report

# Bigger than DROP_UPLOAD's cut, so the cut falls inside the body.
LARGE_PDF = b"%PDF-1.4\n" + os.urandom(32 * 1024)


def _sealed(service: NairService, entity: SampleEntity) -> SealedBundle:
    return seal_report(entity, service.public_keys, report_pdf=LARGE_PDF)


def _post(url: str, data: bytes, timeout: float = 10) -> httpx.Response:
    return httpx.post(f"{url}/v1/bundles", content=data, timeout=timeout)


def test_a_connection_cut_mid_upload_stores_nothing_and_the_next_one_passes(
    nair_service: NairService, nair_entity: SampleEntity
) -> None:
    sealed = _sealed(nair_service, nair_entity)
    with FaultProxy(nair_service.port, decide=lambda n: DROP_UPLOAD if n == 0 else PASS) as proxy:
        with pytest.raises(httpx.TransportError):
            _post(proxy.url, sealed.data)
        assert nair_service.store.stored_bundle(sealed.header.bundle_id) is None
        assert _post(proxy.url, sealed.data).status_code == 201
        assert proxy.connections == 2


def test_a_lost_response_leaves_the_bundle_stored_and_a_resend_gets_its_receipt(
    nair_service: NairService, nair_entity: SampleEntity
) -> None:
    sealed = _sealed(nair_service, nair_entity)
    with FaultProxy(nair_service.port, decide=lambda n: LOSE_RESPONSE if n == 0 else PASS) as proxy:
        with pytest.raises(httpx.TransportError):
            _post(proxy.url, sealed.data)
        stored = nair_service.store.stored_bundle(sealed.header.bundle_id)
        assert stored is not None
        again = _post(proxy.url, sealed.data)
        assert (again.status_code, again.content) == (200, stored.receipt)


def test_an_injected_500_never_reaches_the_service(
    nair_service: NairService, nair_entity: SampleEntity
) -> None:
    sealed = _sealed(nair_service, nair_entity)
    with FaultProxy(nair_service.port, decide=lambda _n: ANSWER_500) as proxy:
        response = _post(proxy.url, sealed.data)
        assert response.status_code == 500
        assert response.json()["code"] == "injected_fault"
    assert nair_service.store.stored_bundle(sealed.header.bundle_id) is None


def test_a_refused_or_slow_connection_fails_the_client(nair_service: NairService) -> None:
    faults = {0: REFUSE, 1: Fault(delay=5)}
    with FaultProxy(nair_service.port, decide=lambda n: faults.get(n, PASS)) as proxy:
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{proxy.url}/v1/health")
        with pytest.raises(httpx.TimeoutException):
            httpx.get(f"{proxy.url}/v1/health", timeout=0.3)
        assert httpx.get(f"{proxy.url}/v1/health").json() == {"status": "ok"}


def test_the_proxy_to_a_stopped_service_closes_and_then_forwards_once_it_is_back(
    nair_service: NairService,
) -> None:
    with FaultProxy(nair_service.port) as proxy:
        nair_service.stop()
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{proxy.url}/v1/health")
        nair_service.start()
        assert httpx.get(f"{proxy.url}/v1/health").status_code == 200
