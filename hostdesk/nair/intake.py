"""Taking in one bundle: open it, check it, sign the receipt, store both.

Independent of HTTP: the web layer passes bytes and turns a ``Refused`` into a
status code. A resend of stored bytes is answered from the database before
anything is decrypted, so a retrying client costs little.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from hostdesk.nair.store import (
    BundleConflict,
    EntityRecord,
    IncomingBundle,
    RevisionConflict,
    SaveResult,
    Store,
)
from hostdesk.nair.validation import ReportInvalid, validate_report
from hostdesk.sync.bundle import (
    REPORT_JSON,
    REPORT_PDF,
    BundleError,
    BundleHeader,
    open_bundle,
    read_header,
)
from hostdesk.sync.keys import NairKeyPair, now_iso
from hostdesk.sync.receipt import Receipt, sign_receipt
from hostdesk.sync.signing import VerifyKey

log = logging.getLogger(__name__)

# The HTTP status for each refusal code; docs/nair-service.md lists them.
STATUS = {
    "malformed": 400,
    "decryption_failed": 400,
    "bad_signature": 400,
    "manifest_mismatch": 400,
    "file_mismatch": 400,
    "unknown_entity": 403,
    "unregistered_key": 403,
    "hybrid_required": 400,
    "conflict": 409,
    "revision_conflict": 409,
    "too_large": 413,
    "unknown_schema": 422,
    "invalid_report": 422,
    "report_mismatch": 422,
    "entity_mismatch": 422,
    "unprocessable": 422,
}


class Refused(Exception):
    """The bundle is not accepted; ``code`` is stable, ``reason`` one sentence for the sender."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason

    @property
    def status(self) -> int:
        return STATUS.get(self.code, 400)


@dataclass(frozen=True)
class Accepted:
    created: bool  # False: the same bytes were stored before; the receipt is the stored one
    receipt: bytes


class Intake:
    def __init__(self, keys: NairKeyPair, store: Store) -> None:
        self.keys = keys
        self.store = store

    def accept(self, data: bytes) -> Accepted:
        """Store ``data`` once and return its receipt, or raise Refused."""
        try:
            header = read_header(data)
        except BundleError as error:
            raise Refused(error.code, error.reason) from None
        sha256 = hashlib.sha256(data).hexdigest()
        stored = self.store.stored_bundle(header.bundle_id)
        if stored is not None:
            return _repeat(header, stored.sha256 == sha256, stored.receipt)
        try:
            opened = open_bundle(data, nair=self.keys, entity_key_for=self._entity_key)
        except BundleError as error:
            log.info("bundle %s refused: %s", header.bundle_id, error.code)
            raise Refused(error.code, error.reason) from None
        report_json, report_pdf = _report_files(opened.files)
        report = _check_report(header, report_json)
        _check_entity(header, report, self.store.entity(header.entity_id))
        received_at = now_iso()
        head = opened.audit_head
        receipt = sign_receipt(
            Receipt(
                bundle_id=header.bundle_id,
                bundle_sha256=sha256,
                entity_id=header.entity_id,
                period=header.period,
                revision=header.revision,
                received_at=received_at,
                audit_count=head[0] if head else None,
                audit_hash=head[1] if head else None,
            ),
            self.keys.signer,
        )
        incoming = IncomingBundle(
            bundle_id=header.bundle_id,
            entity_id=header.entity_id,
            period=header.period,
            revision=header.revision,
            schema_version=header.schema_version,
            sha256=sha256,
            data=data,
            received_at=received_at,
            receipt=receipt,
            report_json=report_json.decode("utf-8"),
            report_sha256=hashlib.sha256(report_json).hexdigest(),
            report_pdf=report_pdf,
            audit_count=head[0] if head else None,
            audit_hash=head[1] if head else None,
        )
        result = self._save(incoming)
        if result.created:
            log.info(
                "bundle %s stored: entity %s, %s r%d",
                header.bundle_id, header.entity_id, header.period, header.revision,
            )  # fmt: skip
        return Accepted(result.created, result.receipt)

    def _entity_key(self, entity_id: str) -> VerifyKey | None:
        record = self.store.entity(entity_id)
        if record is None:
            return None
        return VerifyKey.from_raw(record.signing_public_key, record.mldsa_public_key)

    def _save(self, incoming: IncomingBundle) -> SaveResult:
        try:
            return self.store.save(incoming)
        except BundleConflict:
            raise _conflict() from None
        except RevisionConflict:
            raise Refused(
                "revision_conflict",
                f"Revision {incoming.revision} of {incoming.period} was already received "
                "with other content; send a correction as a new revision.",
            ) from None


def _repeat(header: BundleHeader, same_bytes: bool, receipt: bytes) -> Accepted:
    if not same_bytes:
        log.info("bundle %s refused: conflict", header.bundle_id)
        raise _conflict()
    return Accepted(created=False, receipt=receipt)


def _conflict() -> Refused:
    return Refused(
        "conflict",
        "Another bundle with this id, but other content, was already received; "
        "seal the report again (it gets a new id).",
    )


def _report_files(files: dict[str, bytes]) -> tuple[bytes, bytes]:
    if REPORT_JSON not in files or REPORT_PDF not in files:
        raise Refused("invalid_report", "The bundle must hold report.json and report.pdf.")
    if not files[REPORT_PDF].startswith(b"%PDF-"):
        raise Refused("invalid_report", "The bundle's report.pdf is not a PDF.")
    return files[REPORT_JSON], files[REPORT_PDF]


def _check_entity(header: BundleHeader, report: dict[str, Any], known: EntityRecord | None) -> None:
    """The report names the entity registered for the key that signed it, nothing else.

    Before: an entity could sign a report carrying another entity's name and code.
    """
    named = report.get("entity") or {}
    if known is None or (named.get("name"), named.get("nair_code")) != (
        known.name, known.nair_code
    ):
        log.info("bundle %s refused: entity_mismatch", header.bundle_id)
        raise Refused(
            "entity_mismatch",
            "The report's entity name or NAIR code differs from the entity registered for its "
            "key; if they changed, send the NAIR a new enrollment file to register.",
        )


def _check_report(header: BundleHeader, report_json: bytes) -> dict[str, Any]:
    """The report follows its schema and is the one the signed header names."""
    try:
        report = validate_report(header.schema_version, report_json)
    except ReportInvalid as error:
        log.info("bundle %s refused: invalid_report", header.bundle_id)
        raise Refused("invalid_report", str(error)) from None
    named = (report["schema"], report["month"], report["revision"])
    if named != (header.schema_version, header.period, header.revision):
        raise Refused(
            "report_mismatch",
            "The report's schema, month or revision differs from the bundle's header.",
        )
    return report
