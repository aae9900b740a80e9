"""The NAIR's signed receipt: proof that one exact bundle arrived and when.

The entity marks a bundle delivered only after checking the receipt with the
NAIR key it pinned, and that the receipt names this bundle and the SHA-256 of
the very bytes it sent. A receipt travels over HTTP or as a file.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hostdesk.sync import jsonlimits
from hostdesk.sync.keys import KeyFileError, b64, canonical, unb64
from hostdesk.sync.signing import (
    ED25519_SIGNATURE_BYTES,
    HYBRID_SIGNATURE_BYTES,
    SignatureError,
    SigningKey,
    VerifyKey,
)

RECEIPT_FORMAT = "hostdesk-receipt-v1"
SIGNATURE_CONTEXT = b"hostdesk-receipt-v1\0"
MAX_RECEIPT_BYTES = 16 * 1024
_SHA256 = re.compile(r"\A[0-9a-f]{64}\Z")


class ReceiptError(ValueError):
    """A receipt that does not prove delivery of this bundle; the message says why."""


@dataclass(frozen=True)
class Receipt:
    bundle_id: str
    bundle_sha256: str
    entity_id: str
    period: str
    revision: int
    received_at: str
    # The sender's audit chain head the bundle carried; absent from older receipts.
    audit_count: int | None = None
    audit_hash: str | None = None


_OPTIONAL = ("audit_count", "audit_hash")


def sign_receipt(receipt: Receipt, nair_signing_key: Ed25519PrivateKey | SigningKey) -> bytes:
    """The receipt file: canonical JSON of the receipt and the NAIR's signature over it.

    A hybrid NAIR key signs with Ed25519 and ML-DSA-65 (``hostdesk.sync.signing``).
    """
    if not isinstance(nair_signing_key, SigningKey):
        nair_signing_key = SigningKey(nair_signing_key)
    fields = {k: v for k, v in asdict(receipt).items() if k not in _OPTIONAL or v is not None}
    body = {"format": RECEIPT_FORMAT, **fields}
    signature = nair_signing_key.sign(SIGNATURE_CONTEXT + canonical(body))
    return canonical({"receipt": body, "signature": b64(signature)})


def parse_receipt(data: bytes) -> tuple[Receipt, dict[str, Any], bytes]:
    """The receipt, its signed body and the signature, checked for form only."""
    if len(data) > MAX_RECEIPT_BYTES:
        raise ReceiptError("This file is too large to be a NAIR receipt.")
    try:
        loaded = jsonlimits.loads(data, what="receipt")
        body = loaded["receipt"]
        signature = unb64(loaded["signature"], "receipt signature")
        if body.get("format") != RECEIPT_FORMAT:
            raise ValueError
        fields = {key: body[key] for key in Receipt.__dataclass_fields__ if key not in _OPTIONAL}
        receipt = Receipt(**fields, **{key: body.get(key) for key in _OPTIONAL})
        if not isinstance(receipt.revision, int) or not all(
            isinstance(value, str) for key, value in fields.items() if key != "revision"
        ):
            raise ValueError
        count, digest = receipt.audit_count, receipt.audit_hash
        if (count is None) != (digest is None) or (
            count is not None and (not isinstance(count, int) or not isinstance(digest, str))
        ):
            raise ValueError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, KeyFileError):
        raise ReceiptError("This is not a NAIR receipt, or it is damaged.") from None
    return receipt, body, signature


def verify_receipt(
    data: bytes, nair_signing_key: Ed25519PublicKey | VerifyKey, *, bundle_id: str,
    bundle_sha256: str,
) -> Receipt:  # fmt: skip
    """The receipt, once proven to be the NAIR's and to be for exactly this bundle.

    With a hybrid key pinned, only a hybrid signature (both parts holding) counts.
    """
    if not isinstance(nair_signing_key, VerifyKey):
        nair_signing_key = VerifyKey(nair_signing_key)
    receipt, body, signature = parse_receipt(data)
    if not nair_signing_key.hybrid and len(signature) == HYBRID_SIGNATURE_BYTES:
        # The NAIR added post-quantum keys after this bundle was sealed to its classical
        # key: the Ed25519 part is the one this vault can check.
        signature = signature[:ED25519_SIGNATURE_BYTES]
    try:
        nair_signing_key.verify(signature, SIGNATURE_CONTEXT + canonical(body))
    except SignatureError:
        raise ReceiptError(
            "This receipt is not signed by the NAIR key pinned in this vault; "
            "it cannot count as delivery."
        ) from None
    if receipt.bundle_id != bundle_id:
        raise ReceiptError("This receipt is for another bundle.")
    if not _SHA256.match(receipt.bundle_sha256) or receipt.bundle_sha256 != bundle_sha256:
        raise ReceiptError(
            "This receipt is for other bytes than the bundle sent (its SHA-256 differs)."
        )
    return receipt
