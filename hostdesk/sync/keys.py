"""The keys of the sync protocol and the files that carry them between entity and NAIR.

Three kinds of file, each small canonical JSON (see ``docs/sync-format.md``):
the NAIR's public key file (what an entity pins), the NAIR's own key pair
(kept by the service, encrypted elsewhere) and an entity's enrollment file
(what the NAIR registers). Fingerprints are short enough to read aloud over
the phone: that call is the out-of-band check that no one swapped a key.

Version 2 of the NAIR key file and of the enrollment file carries hybrid
keys (``hostdesk.sync.signing``): ML-KEM-768 beside X25519 to seal to, ML-DSA-65
beside Ed25519 to sign with. The fingerprint covers every key, so moving from
a version 1 key to a hybrid one is a new fingerprint, checked by phone again.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA65PrivateKey, MLDSA65PublicKey
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hostdesk.sync import jsonlimits
from hostdesk.sync.signing import (
    OpeningKey,
    SealingKey,
    SignatureError,
    SigningKey,
    VerifyKey,
)

NAIR_KEY_FORMAT = "hostdesk-nair-key-v1"
NAIR_KEY_FORMAT_V2 = "hostdesk-nair-key-v2"
ENROLLMENT_FORMAT = "hostdesk-enrollment-v1"
ENROLLMENT_FORMAT_V2 = "hostdesk-enrollment-v2"
ENROLLMENT_CONTEXT = b"hostdesk-enrollment-v1\0"
ENROLLMENT_CONTEXT_V2 = b"hostdesk-enrollment-v2\0"
FINGERPRINT_CONTEXT = b"hostdesk-fingerprint-v1\0"
# 128 bits: far beyond what anyone could match by generating keys, still readable aloud.
FINGERPRINT_BYTES = 16
MAX_KEY_FILE_BYTES = 64 * 1024


class KeyFileError(ValueError):
    """A key or enrollment file is damaged, forged or not one of ours; the message says which."""


def canonical(data: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: one byte sequence for one content (signed and hashed)."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise KeyFileError(f"The {what} is missing or not text.")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise KeyFileError(f"The {what} is not valid base64.") from None


def fingerprint(*raw_public_keys: bytes) -> str:
    """``A1B2-C3D4-…``: eight groups of four hex digits over the given public keys."""
    digest = hashlib.sha256(FINGERPRINT_CONTEXT + b"".join(raw_public_keys)).hexdigest().upper()
    text = digest[: FINGERPRINT_BYTES * 2]
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def same_fingerprint(typed: str, expected: str) -> bool:
    """Compare a fingerprint read over the phone, forgiving case, spaces and dashes."""

    def clean(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())

    return clean(typed) == clean(expected)


def _load_json(data: bytes, what: str) -> dict[str, Any]:
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileError(f"This file is too large to be a {what}.")
    try:
        loaded = jsonlimits.loads(data, what=what)
    except jsonlimits.JsonRefused:
        raise KeyFileError(f"This file is not a {what} (its JSON is too deep or big).") from None
    except ValueError:
        raise KeyFileError(f"This file is not a {what} (it is not JSON).") from None
    if not isinstance(loaded, dict):
        raise KeyFileError(f"This file is not a {what}.")
    return loaded


def _x25519_public(raw: bytes, what: str) -> X25519PublicKey:
    try:
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise KeyFileError(f"The {what} is not an X25519 public key.") from None


def _ed25519_public(raw: bytes, what: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise KeyFileError(f"The {what} is not an Ed25519 public key.") from None


def _optional_key(loaded: dict[str, Any], field: str, kind: type, what: str) -> Any:
    """A version 2 file's post-quantum public key, or None when the field is absent."""
    if field not in loaded:
        return None
    try:
        return kind.from_public_bytes(unb64(loaded[field], what))  # type: ignore[attr-defined]
    except ValueError:
        raise KeyFileError(f"The {what} is not a valid key.") from None


def _text(data: dict[str, Any], key: str, what: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise KeyFileError(f"The {key} field of this {what} is not text.")
    return value


@dataclass(frozen=True)
class NairPublicKeys:
    """What an entity pins: keys to seal bundles to, keys to check receipts with.

    Hybrid (file version 2) when it has ML-KEM-768 and ML-DSA-65 keys too.
    """

    name: str
    encryption_key: X25519PublicKey
    signing_key: Ed25519PublicKey
    mlkem_key: MLKEM768PublicKey | None = None
    mldsa_key: MLDSA65PublicKey | None = None

    @property
    def hybrid(self) -> bool:
        return self.mlkem_key is not None and self.mldsa_key is not None

    @property
    def sealing_key(self) -> SealingKey:
        return SealingKey(self.encryption_key, self.mlkem_key)

    @property
    def verify_key(self) -> VerifyKey:
        return VerifyKey(self.signing_key, self.mldsa_key)

    def classical_fingerprint(self) -> str:
        """The fingerprint of the X25519 and Ed25519 keys alone (the key before version 2)."""
        return fingerprint(raw_public(self.encryption_key), raw_public(self.signing_key))

    def fingerprint(self) -> str:
        parts = [raw_public(self.encryption_key), raw_public(self.signing_key)]
        if self.hybrid:
            assert self.mlkem_key is not None and self.mldsa_key is not None
            parts += [self.mlkem_key.public_bytes_raw(), self.mldsa_key.public_bytes_raw()]
        return fingerprint(*parts)

    def to_file_bytes(self) -> bytes:
        content: dict[str, Any] = {
            "format": NAIR_KEY_FORMAT_V2 if self.hybrid else NAIR_KEY_FORMAT,
            "name": self.name,
            "encryption_public_key": b64(raw_public(self.encryption_key)),
            "signing_public_key": b64(raw_public(self.signing_key)),
            "fingerprint": self.fingerprint(),
        }
        if self.hybrid:
            assert self.mlkem_key is not None and self.mldsa_key is not None
            content["mlkem_public_key"] = b64(self.mlkem_key.public_bytes_raw())
            content["mldsa_public_key"] = b64(self.mldsa_key.public_bytes_raw())
        return canonical(content)

    @classmethod
    def from_file_bytes(cls, data: bytes) -> NairPublicKeys:
        what = "NAIR public key file"
        loaded = _load_json(data, what)
        version = loaded.get("format")
        if version not in (NAIR_KEY_FORMAT, NAIR_KEY_FORMAT_V2):
            raise KeyFileError(f"This file is not a {what} ({NAIR_KEY_FORMAT_V2}).")
        keys = cls(
            name=_text(loaded, "name", what),
            encryption_key=_x25519_public(
                unb64(loaded.get("encryption_public_key"), "encryption key"), "encryption key"
            ),
            signing_key=_ed25519_public(
                unb64(loaded.get("signing_public_key"), "signing key"), "signing key"
            ),
        )
        if version == NAIR_KEY_FORMAT_V2:
            mlkem = _optional_key(loaded, "mlkem_public_key", MLKEM768PublicKey, "ML-KEM key")
            mldsa = _optional_key(loaded, "mldsa_public_key", MLDSA65PublicKey, "ML-DSA key")
            if mlkem is None or mldsa is None:
                raise KeyFileError(f"This {what} lacks its post-quantum keys.")
            keys = cls(keys.name, keys.encryption_key, keys.signing_key, mlkem, mldsa)
        # The printed fingerprint is a convenience; a file whose keys do not match it was edited.
        stated = loaded.get("fingerprint")
        if stated is not None and stated != keys.fingerprint():
            raise KeyFileError(
                f"This {what} was altered: its keys do not match the fingerprint written in it."
            )
        return keys

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NairPublicKeys) and self.fingerprint() == other.fingerprint()

    def __hash__(self) -> int:
        return hash(self.fingerprint())


@dataclass(frozen=True)
class NairKeyPair:
    """The NAIR's private side: opens bundles, signs receipts (hybrid when it has PQ keys)."""

    name: str
    encryption_key: X25519PrivateKey
    signing_key: Ed25519PrivateKey
    mlkem_key: MLKEM768PrivateKey | None = None
    mldsa_key: MLDSA65PrivateKey | None = None

    @classmethod
    def generate(cls, name: str, *, hybrid: bool = True) -> NairKeyPair:
        if not hybrid:
            return cls(name, X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
        return cls(
            name, X25519PrivateKey.generate(), Ed25519PrivateKey.generate(),
            MLKEM768PrivateKey.generate(), MLDSA65PrivateKey.generate(),
        )  # fmt: skip

    @property
    def hybrid(self) -> bool:
        return self.mlkem_key is not None and self.mldsa_key is not None

    @property
    def opening_key(self) -> OpeningKey:
        return OpeningKey(self.encryption_key, self.mlkem_key)

    @property
    def signer(self) -> SigningKey:
        return SigningKey(self.signing_key, self.mldsa_key)

    def upgraded(self) -> NairKeyPair:
        """The same classical keys with new post-quantum ones beside them."""
        if self.hybrid:
            return self
        return NairKeyPair(
            self.name, self.encryption_key, self.signing_key,
            MLKEM768PrivateKey.generate(), MLDSA65PrivateKey.generate(),
        )  # fmt: skip

    def public(self) -> NairPublicKeys:
        return NairPublicKeys(
            self.name,
            self.encryption_key.public_key(),
            self.signing_key.public_key(),
            self.mlkem_key.public_key() if self.mlkem_key else None,
            self.mldsa_key.public_key() if self.mldsa_key else None,
        )


@dataclass(frozen=True)
class Enrollment:
    """An entity's request to be registered at the NAIR, self-signed with its key.

    The self-signature proves the file was made by whoever holds the private
    key; the fingerprint, read over the phone, proves that is the entity.
    """

    entity_id: str
    entity_name: str
    nair_code: str
    municipality: str
    signing_public_key: Ed25519PublicKey
    created_at: str
    mldsa_public_key: MLDSA65PublicKey | None = None  # version 2: hybrid signatures

    @property
    def verify_key(self) -> VerifyKey:
        return VerifyKey(self.signing_public_key, self.mldsa_public_key)

    def fingerprint(self) -> str:
        return fingerprint(*self.verify_key.raw_parts)

    def _context(self) -> bytes:
        return ENROLLMENT_CONTEXT_V2 if self.mldsa_public_key else ENROLLMENT_CONTEXT

    def _body(self) -> dict[str, Any]:
        body = {
            "format": ENROLLMENT_FORMAT_V2 if self.mldsa_public_key else ENROLLMENT_FORMAT,
            "entity_id": self.entity_id,
            "entity_name": self.entity_name,
            "nair_code": self.nair_code,
            "municipality": self.municipality,
            "signing_public_key": b64(raw_public(self.signing_public_key)),
            "fingerprint": self.fingerprint(),
            "created_at": self.created_at,
        }
        if self.mldsa_public_key is not None:
            body["mldsa_public_key"] = b64(self.mldsa_public_key.public_bytes_raw())
        return body

    def to_file_bytes(self, entity_key: Ed25519PrivateKey | SigningKey) -> bytes:
        signer = entity_key if isinstance(entity_key, SigningKey) else SigningKey(entity_key)
        if signer.verify_key.raw_parts != self.verify_key.raw_parts:
            raise ValueError("the enrollment must be signed with the keys it enrolls")
        body = self._body()
        signature = signer.sign(self._context() + canonical(body))
        return canonical({**body, "signature": b64(signature)})

    @classmethod
    def from_file_bytes(cls, data: bytes) -> Enrollment:
        what = "HostDesk enrollment file"
        loaded = _load_json(data, what)
        version = loaded.get("format")
        if version not in (ENROLLMENT_FORMAT, ENROLLMENT_FORMAT_V2):
            raise KeyFileError(f"This file is not a {what} ({ENROLLMENT_FORMAT_V2}).")
        mldsa = _optional_key(loaded, "mldsa_public_key", MLDSA65PublicKey, "ML-DSA key")
        if (version == ENROLLMENT_FORMAT_V2) != (mldsa is not None):
            raise KeyFileError(f"This {what} was altered after it was signed.")
        signature = unb64(loaded.get("signature"), "enrollment signature")
        enrollment = cls(
            entity_id=_text(loaded, "entity_id", what),
            entity_name=_text(loaded, "entity_name", what),
            nair_code=_text(loaded, "nair_code", what),
            municipality=_text(loaded, "municipality", what),
            signing_public_key=_ed25519_public(
                unb64(loaded.get("signing_public_key"), "entity key"), "entity key"
            ),
            created_at=_text(loaded, "created_at", what),
            mldsa_public_key=mldsa,
        )
        if not enrollment.entity_id:
            raise KeyFileError(f"This {what} has no entity id.")
        body = enrollment._body()
        if any(loaded.get(key) != value for key, value in body.items()):
            raise KeyFileError(f"This {what} was altered after it was signed.")
        try:
            enrollment.verify_key.verify(signature, enrollment._context() + canonical(body))
        except SignatureError:
            raise KeyFileError(f"This {what} was altered after it was signed.") from None
        return enrollment


def now_iso() -> str:
    """UTC, seconds, ISO 8601: the time format of every sync file."""
    return datetime.now(UTC).isoformat(timespec="seconds")
