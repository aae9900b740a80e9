"""The real NAIR service on loopback for tests, and synthetic entities and reports to send it.

Used by tests/nair/ (the service) and tests/sync/ (the client). Import the
fixtures into a conftest.py (``from tests.nair_support import nair_service``)
or build a ``NairService`` directly::

    service = NairService(tmp_path / "nair")   # SQLite in that folder, fresh key pair
    service.start()                            # hostdesk.serving on 127.0.0.1, a free port
    entity = make_entity()
    service.register(entity)
    sealed = seal_report(entity, service.public_keys)
    httpx.post(service.url + "/v1/bundles", content=sealed.data)
    service.stop(); service.start()            # down, then up again on the same port
    service.stop()
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA65PrivateKey

from hostdesk.nair import limits
from hostdesk.nair.app import create_app
from hostdesk.nair.registry import Registration, register_entity
from hostdesk.nair.store import Store
from hostdesk.serving import BackgroundServer, ConnectionLimits
from hostdesk.sync.bundle import SealedBundle, seal_bundle
from hostdesk.sync.keys import Enrollment, NairKeyPair, NairPublicKeys, canonical
from hostdesk.sync.request_auth import sign_request
from hostdesk.sync.signing import SigningKey

SCHEMA = "monthly-report-v1"
# Enough of a PDF for the service, which checks only that it is one (tests of PDFs read real ones).
SAMPLE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


class NairService:
    """The service's real ASGI app under uvicorn in a background thread."""

    def __init__(
        self,
        data_dir: Path,
        db_url: str | None = None,
        *,
        keys: NairKeyPair | None = None,
        max_body: int = limits.MAX_BODY,
        max_uploads: int = limits.MAX_UPLOADS,
        max_connections: int = limits.MAX_CONNECTIONS,
        connection_limits: ConnectionLimits | None = None,
    ) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self.db_url = db_url or f"sqlite:///{data_dir / 'nair.sqlite3'}"
        self.keys = keys or NairKeyPair.generate("NAIR de teste")
        self.max_body = max_body
        self.max_uploads = max_uploads
        self.connection_limits = connection_limits or ConnectionLimits(
            max_connections=max_connections
        )
        self.port = 0  # chosen by the system at the first start, kept for restarts
        self._server: BackgroundServer | None = None
        self._store: Store | None = None

    @property
    def public_keys(self) -> NairPublicKeys:
        return self.keys.public()

    @property
    def url(self) -> str:
        if not self.port:
            raise RuntimeError("start the service first: its port is chosen when it starts")
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def store(self) -> Store:
        """The running service's store (to look at what was saved)."""
        if self._store is None:
            raise RuntimeError("the service is not running")
        return self._store

    def start(self) -> None:
        if self._server is not None:
            return
        self._store = Store.open(self.db_url)
        app = create_app(
            self.keys, self._store, max_body=self.max_body, max_uploads=self.max_uploads
        )
        try:
            self._server = BackgroundServer(app, self.port, limits=self.connection_limits)
        except RuntimeError:
            self._store.close()
            self._store = None
            raise
        self.port = self._server.port

    def stop(self) -> None:
        """Stop listening and close the database; what was stored stays for a restart."""
        if self._server is None:
            return
        self._server.stop()
        self._server = None
        if self._store is not None:
            self._store.close()
            self._store = None

    def register(self, entity: SampleEntity, *, replace: bool = False) -> Registration:
        """Register an entity as ``hostdesk-nair register-entity`` does (also while stopped)."""
        store = self._store or Store.open(self.db_url)
        try:
            return register_entity(store, entity.enrollment_bytes(), replace=replace)
        finally:
            if store is not self._store:
                store.close()

    def __enter__(self) -> NairService:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


@dataclass
class SampleEntity:
    """A synthetic hosting entity with its own signing key."""

    entity_id: str = "ent-teste-01"
    name: str = "Associação de Teste"
    nair_code: str = "NAIR-T-01"
    municipality: str = "Évora"
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    mldsa: MLDSA65PrivateKey | None = None  # set: a hybrid entity (format 2 enrollment)

    @property
    def signer(self) -> SigningKey:
        return SigningKey(self.key, self.mldsa)

    def enrollment(self) -> Enrollment:
        return Enrollment(
            entity_id=self.entity_id,
            entity_name=self.name,
            nair_code=self.nair_code,
            municipality=self.municipality,
            signing_public_key=self.key.public_key(),
            created_at="2026-11-01T09:00:00+00:00",
            mldsa_public_key=self.mldsa.public_key() if self.mldsa else None,
        )

    def enrollment_bytes(self) -> bytes:
        return self.enrollment().to_file_bytes(self.signer)


def make_entity(entity_id: str = "ent-teste-01", **details: Any) -> SampleEntity:
    return SampleEntity(entity_id=entity_id, **details)


def _share(numerator: int, denominator: int, uncertain: int = 0) -> dict[str, int]:
    return {"numerator": numerator, "denominator": denominator, "uncertain": uncertain}


def sample_report(
    *,
    month: str = "2026-11",
    revision: int = 1,
    entity: SampleEntity | None = None,
    families_followed: int = 3,
    supersedes_sha256: str | None = None,
) -> dict[str, Any]:
    """A monthly report that follows monthly-report-v1, with aggregate figures only."""
    entity = entity or SampleEntity()
    year, number = (int(part) for part in month.split("-"))
    last_day = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][number - 1]
    return {
        "schema": SCHEMA,
        "month": month,
        "period": {"start": f"{month}-01", "end": f"{month}-{last_day:02d}"},
        "revision": revision,
        "supersedes_sha256": supersedes_sha256,
        "entity": {"name": entity.name, "nair_code": entity.nair_code},
        "totals": {
            "families_followed": families_followed,
            "families_in_programme_at_end": families_followed - 1,
            "members_in_programme_at_end": 4 * families_followed,
            "events": 7,
            "open_alerts": 2,
        },
        "indicators": {
            "working_age_in_training_education_or_employment": _share(3, 5, 1),
            "portuguese_classes_access": _share(4, 5),
            "school_age_children_enrolled": _share(2, 3),
            "members_with_sns_number": _share(9, 12),
            "members_with_family_doctor": _share(6, 12),
            "families_ended_programme_autonomous": _share(revision % 2, 1),
        },
        "families": [],
    }


def seal_report(
    entity: SampleEntity,
    nair: NairPublicKeys,
    *,
    month: str = "2026-11",
    revision: int = 1,
    report: dict[str, Any] | None = None,
    report_json: bytes | None = None,
    report_pdf: bytes = SAMPLE_PDF,
    bundle_id: str | None = None,
    schema_version: str = SCHEMA,
) -> SealedBundle:
    """A bundle as an entity's HostDesk seals it (the real bundle code)."""
    if report_json is None:
        report_json = canonical(
            report or sample_report(month=month, revision=revision, entity=entity)
        )
    return seal_bundle(
        entity_id=entity.entity_id,
        entity_key=entity.signer,
        nair=nair,
        period=month,
        revision=revision,
        schema_version=schema_version,
        report_json=report_json,
        report_pdf=report_pdf,
        bundle_id=bundle_id,
    )


def get_receipt(url: str, entity: SampleEntity, bundle_id: str, **options: Any) -> httpx.Response:
    """``GET /v1/receipts/{bundle_id}`` signed by ``entity``, as its HostDesk asks."""
    path = f"/v1/receipts/{bundle_id}"
    headers = sign_request(entity.entity_id, entity.signer, "GET", path)
    return httpx.get(url + path, headers=headers, **options)


@pytest.fixture
def nair_service(tmp_path: Path) -> Iterator[NairService]:
    """A running NAIR service (SQLite, fresh key pair) with nothing registered; stopped after."""
    service = NairService(tmp_path / "nair-service")
    service.start()
    yield service
    service.stop()


@pytest.fixture
def nair_entity(nair_service: NairService) -> SampleEntity:
    """A synthetic entity registered at ``nair_service``."""
    entity = make_entity()
    nair_service.register(entity)
    return entity
