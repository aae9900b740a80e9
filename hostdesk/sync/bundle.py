"""Report bundles: one submitted monthly report, signed by the entity, sealed to the NAIR.

Sign, then encrypt. The manifest (identity of the report and the SHA-256 of
every file) is signed with the entity's key; manifest, signature and files
are then sealed with HPKE (RFC 9180, base mode) to the NAIR's key. Format 1:
DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM and an Ed25519
signature. Format 2 (sealed whenever the pinned NAIR key is hybrid): the
hybrid KEM MLKEM768-X25519, so that a recording made today cannot be opened
by a quantum computer later, and a signature by Ed25519 and ML-DSA-65
together once the entity has hybrid keys (both must verify); the primitives
are ``hostdesk.sync.signing``. A short
clear header names the bundle, so the NAIR can route it and answer a resend
before decrypting; that header is HPKE's ``info``, so it is bound into the
key schedule and a header changed in transit makes decryption fail. The byte
layout is in ``docs/sync-format.md``.
"""

from __future__ import annotations

import hashlib
import re
import struct
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hostdesk.sync import jsonlimits
from hostdesk.sync.keys import NairKeyPair, NairPublicKeys, canonical, now_iso
from hostdesk.sync.signing import (
    CLASSICAL_SUITE_NAME,
    ED25519_SIGNATURE_BYTES,
    HYBRID_SIGNATURE_BYTES,
    HYBRID_SUITE_NAME,
    SealError,
    SignatureError,
    SigningKey,
    VerifyKey,
)

MAGIC = b"HDBUNDLE"
VERSIONS = (1, 2)
HEADER_FORMAT = {1: "hostdesk-bundle-v1", 2: "hostdesk-bundle-v2"}
MANIFEST_FORMAT = {1: "hostdesk-manifest-v1", 2: "hostdesk-manifest-v2"}
SUITE_NAME = {1: CLASSICAL_SUITE_NAME, 2: HYBRID_SUITE_NAME}
INFO_CONTEXT = {1: b"hostdesk-bundle-v1\0", 2: b"hostdesk-bundle-v2\0"}
SIGNATURE_CONTEXT = {1: b"hostdesk-manifest-v1\0", 2: b"hostdesk-manifest-v2\0"}
ED25519 = "Ed25519"
HYBRID_SIGNATURE = "Ed25519+ML-DSA-65"
SIGNATURE_LENGTH = {ED25519: ED25519_SIGNATURE_BYTES, HYBRID_SIGNATURE: HYBRID_SIGNATURE_BYTES}
SUPPORTED_SCHEMAS = frozenset({"monthly-report-v1", "monthly-report-v2"})
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_HEADER_BYTES = 4096
MAX_MANIFEST_BYTES = 64 * 1024
REPORT_JSON = "report.json"
REPORT_PDF = "report.pdf"
# What files may expand to, in line with real reports: the busiest demo month (999 families)
# has a 2.35 MB report.json and a 0.62 MB report.pdf. A bundle cannot be a decompression bomb:
# a file is inflated as a stream and stopped at its limit.
MAX_FILE_BYTES = {REPORT_JSON: 8 * 1024 * 1024, REPORT_PDF: 8 * 1024 * 1024}
MAX_OTHER_FILE_BYTES = 1024 * 1024
MAX_CONTENT_BYTES = 16 * 1024 * 1024
_INFLATE_CHUNK = 256 * 1024

_PERIOD = re.compile(r"\A\d{4}-(0[1-9]|1[0-2])\Z")
_SHA256 = re.compile(r"\A[0-9a-f]{64}\Z")
_FILE_NAME = re.compile(r"\A[a-z0-9][a-z0-9._-]{0,63}\Z")
_MANIFEST_JSON = jsonlimits.JsonLimits(max_bytes=MAX_MANIFEST_BYTES, max_depth=8)
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
    version: int = 1
    signature: str = ED25519  # format 2 names it: Ed25519, or Ed25519+ML-DSA-65

    def to_json(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "format": HEADER_FORMAT[self.version],
            "suite": SUITE_NAME[self.version],
            "bundle_id": self.bundle_id,
            "entity_id": self.entity_id,
            "period": self.period,
            "revision": self.revision,
            "schema_version": self.schema_version,
            "created_at": self.created_at,
        }
        if self.version >= 2:
            fields["signature"] = self.signature
        return fields


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

    @property
    def audit_head(self) -> tuple[int, str] | None:
        """The sender's audit chain head (count, hash), checked for form when opened."""
        head = self.manifest.get("audit_head")
        return None if head is None else (head["count"], head["hash"])


# -- sealing (the entity) -------------------------------------------------------------


def seal_bundle(
    *,
    entity_id: str,
    entity_key: Ed25519PrivateKey | SigningKey,
    nair: NairPublicKeys,
    period: str,
    revision: int,
    schema_version: str,
    report_json: bytes,
    report_pdf: bytes,
    bundle_id: str | None = None,
    created_at: str | None = None,
    audit_head: tuple[int, str] | None = None,
) -> SealedBundle:
    """Sign and seal one report for the NAIR; the result is safe over any channel.

    ``audit_head`` (count and hash of the vault's audit chain) goes into the
    signed manifest; the NAIR keeps it and its receipt covers it. Format 2
    when ``nair`` is hybrid, else 1 (which carries an Ed25519 signature only).
    """
    signer = entity_key if isinstance(entity_key, SigningKey) else SigningKey(entity_key)
    version = 2 if nair.hybrid else 1
    if version == 1 and signer.hybrid:
        signer = SigningKey(signer.ed25519)
    header = BundleHeader(
        bundle_id=bundle_id or str(uuid.uuid4()),
        entity_id=entity_id,
        period=period,
        revision=revision,
        schema_version=schema_version,
        created_at=created_at or now_iso(),
        version=version,
        signature=HYBRID_SIGNATURE if signer.hybrid else ED25519,
    )
    _check_header(header)
    if schema_version not in SUPPORTED_SCHEMAS:
        raise ValueError(f"unknown schema version {schema_version!r}")
    files = [
        (REPORT_JSON, "application/json", report_json, True),
        (REPORT_PDF, "application/pdf", report_pdf, False),  # a PDF is compressed already
    ]
    entries, stored = [], []
    for name, _media_type, content, _deflate in files:
        if len(content) > max_file_bytes(name):
            raise ValueError(f"{name} is larger than a bundle may carry")
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
        "format": MANIFEST_FORMAT[version],
        **{k: v for k, v in header.to_json().items() if k not in ("format", "suite")},
        "recipient": nair.fingerprint(),
        "files": entries,
    }
    if audit_head is not None:
        manifest["audit_head"] = {"count": audit_head[0], "hash": audit_head[1]}
    manifest_bytes = canonical(manifest)
    signature = signer.sign(SIGNATURE_CONTEXT[version] + manifest_bytes)
    inner = b"".join([_LENGTH.pack(len(manifest_bytes)), manifest_bytes, signature, *stored])
    header_bytes = canonical(header.to_json())
    sealed = nair.sealing_key.seal(
        inner, INFO_CONTEXT[version] + header_bytes, hybrid=version == 2
    )
    data = _PREFIX.pack(MAGIC, version, len(header_bytes)) + header_bytes + sealed
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
    entity_key_for: Callable[[str], VerifyKey | Ed25519PublicKey | None],
) -> OpenedBundle:
    """Decrypt, check the signature of a registered entity and every file's hash.

    An entity registered with hybrid keys must send format 2 signed with both
    (``hybrid_required``); one registered with Ed25519 only cannot send a
    hybrid signature the NAIR has no key for (``unregistered_key``). Raises
    ``BundleError``; the checks run cheapest first, so junk costs little.
    """
    header, header_bytes, sealed = _split(data)
    if header.schema_version not in SUPPORTED_SCHEMAS:
        raise BundleError(
            "unknown_schema", f"The report format {header.schema_version} is not known here."
        )
    entity_key = entity_key_for(header.entity_id)
    if entity_key is None:
        raise BundleError("unknown_entity", "The sending entity is not registered at the NAIR.")
    if not isinstance(entity_key, VerifyKey):
        entity_key = VerifyKey(entity_key)
    _check_signature_kind(header, entity_key)
    try:
        inner = nair.opening_key.open(
            sealed, INFO_CONTEXT[header.version] + header_bytes, hybrid=header.version == 2
        )
    except SealError:
        raise BundleError(
            "decryption_failed",
            "The bundle does not decrypt with the NAIR's key: it was altered, damaged "
            "or sealed for another recipient.",
        ) from None
    manifest_bytes, signature, stored = _split_inner(inner, SIGNATURE_LENGTH[header.signature])
    try:
        entity_key.verify(signature, SIGNATURE_CONTEXT[header.version] + manifest_bytes)
    except SignatureError:
        raise BundleError(
            "bad_signature", "The bundle is not signed by the registered key of its entity."
        ) from None
    manifest = _parse_manifest(manifest_bytes, header.version)
    public = nair.public()
    # A format 1 bundle names the key as it was before the NAIR added post-quantum keys.
    recipients = {public.fingerprint()} | (
        {public.classical_fingerprint()} if header.version == 1 else set()
    )
    _check_manifest(manifest, header, recipients)
    return OpenedBundle(header, manifest, _unpack_files(manifest["files"], stored))


def _check_signature_kind(header: BundleHeader, registered: VerifyKey) -> None:
    if registered.hybrid and header.signature != HYBRID_SIGNATURE:
        raise BundleError(
            "hybrid_required",
            "This entity registered post-quantum keys: its bundles must be sealed to the "
            "NAIR's hybrid key and signed with both keys (format 2); pin the NAIR's current "
            "key, then seal the report again.",
        )
    if not registered.hybrid and header.signature != ED25519:
        raise BundleError(
            "unregistered_key",
            "The bundle is signed with post-quantum keys the NAIR has not registered for "
            "this entity; send the NAIR the new enrollment file.",
        )


def _split(data: bytes) -> tuple[BundleHeader, bytes, bytes]:
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("too_large", "The bundle is larger than the NAIR accepts.")
    if len(data) < _PREFIX.size:
        raise BundleError("malformed", "This is not a HostDesk bundle (too short).")
    magic, version, header_length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise BundleError("malformed", "This is not a HostDesk bundle.")
    if version not in VERSIONS:
        raise BundleError("malformed", f"Bundle format {version} is not known here.")
    end = _PREFIX.size + header_length
    if header_length > MAX_HEADER_BYTES or end > len(data):
        raise BundleError("malformed", "The bundle's header is damaged.")
    header_bytes = data[_PREFIX.size : end]
    header = _parse_header(header_bytes, version)
    return header, header_bytes, data[end:]


def _parse_header(header_bytes: bytes, version: int) -> BundleHeader:
    try:
        raw = jsonlimits.loads(header_bytes, what="bundle's header")
        if not isinstance(raw, dict) or raw.get("format") != HEADER_FORMAT[version]:
            raise ValueError
        signature = raw.get("signature", ED25519) if version >= 2 else ED25519
        if signature not in SIGNATURE_LENGTH:
            raise ValueError
        header = BundleHeader(
            bundle_id=_typed(raw, "bundle_id", str),
            entity_id=_typed(raw, "entity_id", str),
            period=_typed(raw, "period", str),
            revision=_typed(raw, "revision", int),
            schema_version=_typed(raw, "schema_version", str),
            created_at=_typed(raw, "created_at", str),
            version=version,
            signature=signature,
        )
        _check_header(header)
    except (UnicodeDecodeError, ValueError, TypeError):
        raise BundleError("malformed", "The bundle's header is damaged.") from None
    # Only the canonical form is accepted: one header, one byte sequence.
    if canonical(header.to_json()) != header_bytes or raw.get("suite") != SUITE_NAME[version]:
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


def _split_inner(inner: bytes, signature_length: int) -> tuple[bytes, bytes, bytes]:
    if len(inner) < _LENGTH.size:
        raise BundleError("malformed", "The bundle's content is damaged.")
    (manifest_length,) = _LENGTH.unpack_from(inner)
    start = _LENGTH.size
    end = start + manifest_length
    if manifest_length > MAX_MANIFEST_BYTES or end + signature_length > len(inner):
        raise BundleError("malformed", "The bundle's manifest is damaged.")
    return inner[start:end], inner[end : end + signature_length], inner[end + signature_length :]


def _parse_manifest(manifest_bytes: bytes, version: int) -> dict[str, Any]:
    try:
        manifest = jsonlimits.loads(manifest_bytes, _MANIFEST_JSON, "bundle's manifest")
    except ValueError:
        raise BundleError("malformed", "The bundle's manifest is damaged.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT[version]:
        raise BundleError("malformed", "The bundle's manifest is not one HostDesk writes.")
    return manifest


def _check_manifest(manifest: dict[str, Any], header: BundleHeader, recipients: set[str]) -> None:
    expected = {k: v for k, v in header.to_json().items() if k not in ("format", "suite")}
    for key, value in expected.items():
        if manifest.get(key) != value:
            raise BundleError(
                "manifest_mismatch", f"The bundle's signed manifest disagrees with its {key}."
            )
    if manifest.get("recipient") not in recipients:
        raise BundleError(
            "manifest_mismatch", "The bundle was signed for another recipient than this NAIR."
        )
    files = manifest.get("files")
    if not isinstance(files, list) or not files:
        raise BundleError("malformed", "The bundle's manifest lists no files.")
    head = manifest.get("audit_head")
    if head is not None and not (
        isinstance(head, dict) and set(head) == {"count", "hash"}
        and isinstance(head["count"], int) and not isinstance(head["count"], bool)
        and head["count"] >= 0 and isinstance(head["hash"], str) and _SHA256.match(head["hash"])
    ):  # fmt: skip
        raise BundleError("malformed", "The bundle's audit chain head is damaged.")


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
            or offset + stored_size > len(stored)
        ):
            raise BundleError("file_mismatch", "The bundle's files do not match its manifest.")
        if size > max_file_bytes(name) or total > MAX_CONTENT_BYTES:
            raise BundleError(
                "too_large", f"The bundle's {name} is larger than a report may be here."
            )
        body = stored[offset : offset + stored_size]
        offset += stored_size
        content = _decode(body, encoding, size)
        if len(content) != size or hashlib.sha256(content).hexdigest() != digest:
            raise BundleError("file_mismatch", f"The file {name} does not match its manifest.")
        files[name] = content
    if offset != len(stored):
        raise BundleError("file_mismatch", "The bundle holds more than its manifest lists.")
    return files


def max_file_bytes(name: str) -> int:
    """The most a file of this name may hold once decoded."""
    return MAX_FILE_BYTES.get(name, MAX_OTHER_FILE_BYTES)


def _decode(body: bytes, encoding: str, size: int) -> bytes:
    """The file's content, inflated as a stream and never past ``size`` + 1 bytes."""
    if encoding == "identity":
        return body
    if encoding != "deflate":
        raise BundleError("malformed", f"The file encoding {encoding} is not known here.")
    inflater = zlib.decompressobj()
    content = bytearray()
    pending = body
    limit = size + 1  # one byte past what was announced is enough to see that it lied
    try:
        while len(content) < limit:
            chunk = inflater.decompress(pending, min(_INFLATE_CHUNK, limit - len(content)))
            content += chunk
            pending = inflater.unconsumed_tail
            if inflater.eof or (not pending and not chunk):
                break
    except zlib.error:
        raise BundleError("file_mismatch", "A file of the bundle is damaged.") from None
    if len(content) > size or not inflater.eof or inflater.unused_data:
        raise BundleError("file_mismatch", "A file of the bundle does not match its manifest.")
    return bytes(content)
