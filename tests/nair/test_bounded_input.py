"""Hostile bundles from a registered entity: deep, huge or inflating reports get a 4xx."""

from __future__ import annotations

import httpx
import pytest

from hostdesk.nair.intake import Intake
from hostdesk.sync.bundle import MAX_FILE_BYTES, REPORT_JSON
from tests.nair_support import NairService, SampleEntity, seal_report


def _post(service: NairService, data: bytes) -> httpx.Response:
    return httpx.post(f"{service.url}/v1/bundles", content=data, timeout=30)


def test_a_deeply_nested_report_is_refused_with_422_and_a_sentence(
    nair_service: NairService, nair_entity: SampleEntity
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000  # was HTTP 500 with a RecursionError
    answer = _post(nair_service, seal_report(nair_entity, nair_service.public_keys,
                                             report_json=deep).data)  # fmt: skip
    assert answer.status_code == 422
    assert answer.json() == {
        "code": "invalid_report", "reason": "The report is nested deeper than 32 levels."
    }  # fmt: skip


def test_a_report_of_millions_of_tiny_objects_is_refused_before_it_is_parsed(
    nair_service: NairService, nair_entity: SampleEntity
) -> None:
    swarm = b"[" + b"{}," * 2_000_000 + b"{}]"  # 6 MB that would parse to ~300 MB of objects
    answer = _post(nair_service, seal_report(nair_entity, nair_service.public_keys,
                                             report_json=swarm).data)  # fmt: skip
    assert answer.status_code == 422
    assert "more nested lists and objects than accepted" in answer.json()["reason"]


def test_a_report_announced_larger_than_a_real_one_can_be_is_refused_unread(
    nair_service: NairService, nair_entity: SampleEntity, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sealing side refuses too; lift its limit to make the bundle an attacker would.
    from hostdesk.sync import bundle

    huge = b" " * (MAX_FILE_BYTES[REPORT_JSON] + 1)  # deflates to a few kB
    monkeypatch.setitem(bundle.MAX_FILE_BYTES, REPORT_JSON, 1 << 30)
    monkeypatch.setattr(bundle, "MAX_CONTENT_BYTES", 1 << 31)
    sealed = seal_report(nair_entity, nair_service.public_keys, report_json=huge)
    monkeypatch.undo()
    answer = _post(nair_service, sealed.data)
    assert len(sealed.data) < 64 * 1024
    assert answer.status_code == 413
    assert answer.json()["code"] == "too_large"


def test_an_unforeseen_failure_on_a_bundle_is_a_final_4xx_not_a_500(
    nair_service: NairService, nair_entity: SampleEntity, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(_self: Intake, _data: bytes) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(Intake, "accept", explode)
    answer = _post(nair_service, seal_report(nair_entity, nair_service.public_keys).data)
    assert answer.status_code == 422
    assert answer.json()["code"] == "unprocessable"
