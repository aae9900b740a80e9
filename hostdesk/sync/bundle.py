"""Report bundles: one submitted monthly report, signed by the entity, sealed to the NAIR.

Sign, then encrypt. The manifest (identity of the report and the SHA-256 of
every file) is signed with the entity's Ed25519 key; manifest, signature and
files are then sealed with HPKE (RFC 9180, base mode: DHKEM(X25519,
HKDF-SHA256), HKDF-SHA256, AES-256-GCM) to the NAIR's X25519 key. A short
clear header names the bundle, so the NAIR can route it and answer a resend
before decrypting; that header is HPKE's ``info``, so it is bound into the
key schedule and a header changed in transit makes decryption fail. The byte
layout is in ``docs/sync-format.md``.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hostdesk.sync.keys import NairKeyPair, NairPublicKeys, canonical, now_iso

MAGIC = b"HDBUNDLE"
FORMAT_VERSION = 1
HEADER_FORMAT = "hostdesk-bundle-v1"
MANIFEST_FORMAT = "hostdesk-manifest-v1"
SUITE_NAME = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM"
INFO_CONTEXT = b"hostdesk-bundle-v1\0"
SIGNATURE_CONTEXT = b"hostdesk-manifest-v1\0"
SIGNATURE_LENGTH = 64
SUPPORTED_SCHEMAS = frozenset({"monthly-report-v1", "monthly-report-v2"})
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_HEADER_BYTES = 4096
MAX_MANIFEST_BYTES = 64 * 1024
# What the files may expand to: a bound, so that a bundle cannot be a decompression bomb.
MAX_CONTENT_BYTES = 256 * 1024 * 1024
REPORT_JSON = "report.json"
REPORT_PDF = "report.pdf"

_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_PERIOD = re.compile(r"\A\d{4}-(0[1-9]|1[0-2])\Z")
_FILE_NAME = re.compile(r"\A[a-z0-9][a-z0-9._-]{0,63}\Z")
_PREFIX = struct.Struct(">8sBI")  # magic, format version, header length
_LENGTH = struct.Struct(">I")


class BundleError(ValueError):
    """A bundle that cannot be accepted; ``code`` is stable, the message says why."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class BundleHeader:
    """The clear identity of a bundle: no personal data, authenticated by HPKE."""

    bundle_id: str
    entity_id: str
    period: str
    revision: int
    schema_version: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "format": HEADER_FORMAT,
            "suite": SUITE_NAME,
            "bundle_id": self.bundle_id,
            "entity_id": self.entity_id,
            "period": self.period,
            "revision": self.revision,
            "schema_version": self.schema_version,
            "created_at": self.created_at,
        }


@dataclass(frozen=True)
class SealedBundle:
    header: BundleHeader
    data: bytes
    sha256: str


@dataclass(frozen=True)
class OpenedBundle:
    header: BundleHeader
    manifest: dict[str, Any]
    files: dict[str, bytes]


# -- sealing (the entity) -------------------------------------------------------------


def seal_bundle(
    *,
    entity_id: str,
    entity_key: Ed25519PrivateKey,
    nair: NairPublicKeys,
    period: str,
    revision: int,
    schema_version: str,
    report_json: bytes,
    report_pdf: bytes,
    bundle_id: str | None = None,
    created_at: str | None = None,
) -> SealedBundle:
    """Sign and seal one report for the NAIR; the result is safe over any channel."""
    header = BundleHeader(
        bundle_id=bundle_id or str(uuid.uuid4()),
        entity_id=entity_id,
        period=period,
        revision=revision,
        schema_version=schema_version,
        created_at=created_at or now_iso(),
    )
    _check_header(header)
    if schema_version not in SUPPORTED_SCHEMAS:
        raise ValueError(f"unknown schema version {schema_version!r}")
    files = [
        (REPORT_JSON, "application/json", report_json, True),
        (REPORT_PDF, "application/pdf", report_pdf, False),  # a PDF is compressed already
    ]
    entries, stored = [], []
    for name, media_type, content, deflate in files:
        body = zlib.compress(content, 6) if deflate else content
        entries.append(
            {
                "name": name,
                "media_type": media_type,
                "encoding": "deflate" if deflate else "identity",
                "size": len(content),
                "stored_size": len(body),
                "sha256": hashlib.sha256(content).hexdigest(),
            }
        )
        stored.append(body)
    manifest = {
        "format": MANIFEST_FORMAT,
        **{k: v for k, v in header.to_json().items() if k not in ("format", "suite")},
        "recipient": nair.fingerprint(),
        "files": entries,
    }
    manifest_bytes = canonical(manifest)
    signature = entity_key.sign(SIGNATURE_CONTEXT + manifest_bytes)
    inner = b"".join([_LENGTH.pack(len(manifest_bytes)), manifest_bytes, signature, *stored])
    header_bytes = canonical(header.to_json())
    sealed = _SUITE.encrypt(inner, nair.encryption_key, info=INFO_CONTEXT + header_bytes)
    data = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes + sealed
    if len(data) > MAX_BUNDLE_BYTES:
        raise ValueError("the report is too large for one bundle")
    return SealedBundle(header, data, hashlib.sha256(data).hexdigest())


# -- reading and opening (the NAIR) ---------------------------------------------------


def read_header(data: bytes) -> BundleHeader:
    """The clear header, checked for form only: it is authenticated when opened."""
    header, _header_bytes, _sealed = _split(data)
    return header


def open_bundle(
    data: bytes,
    *,
    nair: NairKeyPair,
    entity_key_for: Callable[[str], Ed25519PublicKey | None],
) -> OpenedBundle:
    """Decrypt, check the signature of a registered entity and every file's hash.

    Raises ``BundleError``; the checks run cheapest first, so junk costs little.
    """
    header, header_bytes, sealed = _split(data)
    if header.schema_version not in SUPPORTED_SCHEMAS:
        raise BundleError(
            "unknown_schema", f"The report format {header.schema_version} is not known here."
        )
    entity_key = entity_key_for(header.entity_id)
    if entity_key is None:
        raise BundleError("unknown_entity", "The sending entity is not registered at the NAIR.")
    try:
        inner = _SUITE.decrypt(sealed, nair.encryption_key, info=INFO_CONTEXT + header_bytes)
    except (InvalidTag, ValueError):
        raise BundleError(
            "decryption_failed",
            "The bundle does not decrypt with the NAIR's key: it was altered, damaged "
            "or sealed for another recipient.",
        ) from None
    manifest_bytes, signature, stored = _split_inner(inner)
    try:
        entity_key.verify(signature, SIGNATURE_CONTEXT + manifest_bytes)
    except InvalidSignature:
        raise BundleError(
            "bad_signature", "The bundle is not signed by the registered key of its entity."
        ) from None
    manifest = _parse_manifest(manifest_bytes)
    _check_manifest(manifest, header, nair.public().fingerprint())
    return OpenedBundle(header, manifest, _unpack_files(manifest["files"], stored))


def _split(data: bytes) -> tuple[BundleHeader, bytes, bytes]:
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("too_large", "The bundle is larger than the NAIR accepts.")
    if len(data) < _PREFIX.size:
        raise BundleError("malformed", "This is not a HostDesk bundle (too short).")
    magic, version, header_length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise BundleError("malformed", "This is not a HostDesk bundle.")
    if version != FORMAT_VERSION:
        raise BundleError("malformed", f"Bundle format {version} is not known here.")
    end = _PREFIX.size + header_length
    if header_length > MAX_HEADER_BYTES or end > len(data):
        raise BundleError("malformed", "The bundle's header is damaged.")
    header_bytes = data[_PREFIX.size : end]
    header = _parse_header(header_bytes)
    return header, header_bytes, data[end:]


def _parse_header(header_bytes: bytes) -> BundleHeader:
    try:
        raw = json.loads(header_bytes.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != HEADER_FORMAT:
            raise ValueError
        header = BundleHeader(
            bundle_id=_typed(raw, "bundle_id", str),
            entity_id=_typed(raw, "entity_id", str),
            period=_typed(raw, "period", str),
            revision=_typed(raw, "revision", int),
            schema_version=_typed(raw, "schema_version", str),
            created_at=_typed(raw, "created_at", str),
        )
        _check_header(header)
    except (UnicodeDecodeError, ValueError, TypeError):
        raise BundleError("malformed", "The bundle's header is damaged.") from None
    # Only the canonical form is accepted: one header, one byte sequence.
    if canonical(header.to_json()) != header_bytes or raw.get("suite") != SUITE_NAME:
        raise BundleError("malformed", "The bundle's header is not in canonical form.")
    return header


def _typed(raw: dict[str, Any], key: str, kind: type) -> Any:
    value = raw.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise TypeError(key)
    return value


def _check_header(header: BundleHeader) -> None:
    if str(uuid.UUID(header.bundle_id)) != header.bundle_id:
        raise ValueError("the bundle id must be a UUID in canonical form")
    if not header.entity_id or len(header.entity_id) > 64:
        raise ValueError("the entity id is missing or too long")
    if not _PERIOD.match(header.period):
        raise ValueError("the period must be YYYY-MM")
    if not 1 <= header.revision < 10_000:
        raise ValueError("the revision must be a positive number")
    if len(header.schema_version) > 64 or len(header.created_at) > 40:
        raise ValueError("a header field is too long")


def _split_inner(inner: bytes) -> tuple[bytes, bytes, bytes]:
    if len(inner) < _LENGTH.size:
        raise BundleError("malformed", "The bundle's content is damaged.")
    (manifest_length,) = _LENGTH.unpack_from(inner)
    start = _LENGTH.size
    end = start + manifest_length
    if manifest_length > MAX_MANIFEST_BYTES or end + SIGNATURE_LENGTH > len(inner):
        raise BundleError("malformed", "The bundle's manifest is damaged.")
    return inner[start:end], inner[end : end + SIGNATURE_LENGTH], inner[end + SIGNATURE_LENGTH :]


def _parse_manifest(manifest_bytes: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleError("malformed", "The bundle's manifest is damaged.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise BundleError("malformed", "The bundle's manifest is not one HostDesk writes.")
    return manifest


def _check_manifest(manifest: dict[str, Any], header: BundleHeader, recipient: str) -> None:
    expected = {k: v for k, v in header.to_json().items() if k not in ("format", "suite")}
    for key, value in expected.items():
        if manifest.get(key) != value:
            raise BundleError(
                "manifest_mismatch", f"The bundle's signed manifest disagrees with its {key}."
            )
    if manifest.get("recipient") != recipient:
        raise BundleError(
            "manifest_mismatch", "The bundle was signed for another recipient than this NAIR."
        )
    files = manifest.get("files")
    if not isinstance(files, list) or not files:
        raise BundleError("malformed", "The bundle's manifest lists no files.")


def _unpack_files(entries: list[Any], stored: bytes) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    offset = 0
    total = 0
    for entry in entries:
        try:
            name = _typed(entry, "name", str)
            encoding = _typed(entry, "encoding", str)
            size = _typed(entry, "size", int)
            stored_size = _typed(entry, "stored_size", int)
            digest = _typed(entry, "sha256", str)
        except (TypeError, AttributeError):
            raise BundleError("malformed", "A file entry of the manifest is damaged.") from None
        total += size
        if (
            not _FILE_NAME.match(name)
            or name in files
            or size < 0
            or stored_size < 0
            or total > MAX_CONTENT_BYTES
            or offset + stored_size > len(stored)
        ):
            raise BundleError("file_mismatch", "The bundle's files do not match its manifest.")
        body = stored[offset : offset + stored_size]
        offset += stored_size
        content = _decode(body, encoding, size)
        if len(content) != size or hashlib.sha256(content).hexdigest() != digest:
            raise BundleError("file_mismatch", f"The file {name} does not match its manifest.")
        files[name] = content
    if offset != len(stored):
        raise BundleError("file_mismatch", "The bundle holds more than its manifest lists.")
    return files


def _decode(body: bytes, encoding: str, size: int) -> bytes:
    if encoding == "identity":
        return body
    if encoding != "deflate":
        raise BundleError("malformed", f"The file encoding {encoding} is not known here.")
    inflater = zlib.decompressobj()
    try:
        # One byte more than announced is enough to see that it lied.
        content = inflater.decompress(body, size + 1)
    except zlib.error:
        raise BundleError("file_mismatch", "A file of the bundle is damaged.") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise BundleError("file_mismatch", "A file of the bundle does not match its manifest.")
    return content
