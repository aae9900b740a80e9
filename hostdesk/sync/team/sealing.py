"""The two cryptographic operations of team sync, behind one small interface.

Sealing: one random content key per parcel, AES-256-GCM over the parcel, the
content key sealed for each recipient with HPKE (RFC 9180 base mode,
DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM). Signing: Ed25519.
These are the primitives of the NAIR bundles; when the hybrid post-quantum
ones (ML-KEM-768 + X25519, Ed25519 + ML-DSA-65) land, they replace the
bodies of these functions and ``SUITE`` names the new suite, so nothing else
in team sync changes. Nothing here is home-made: it composes ``cryptography``.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from hostdesk.sync.keys import canonical, fingerprint

SUITE = "hpke-x25519-sha256-aes256gcm/ed25519"
_HPKE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_LENGTH = struct.Struct(">I")
MAX_KEY_BLOCK = 256 * 1024


class SealError(ValueError):
    """A parcel or signature that does not hold: damaged, forged, or not for this device."""


@dataclass(frozen=True)
class DevicePublic:
    """What every device of the team knows of a device."""

    device: str
    signing: Ed25519PublicKey
    box: X25519PublicKey

    def signing_raw(self) -> bytes:
        return self.signing.public_bytes(Encoding.Raw, PublicFormat.Raw)

    def box_raw(self) -> bytes:
        return self.box.public_bytes(Encoding.Raw, PublicFormat.Raw)

    def fingerprint(self) -> str:
        """Read aloud when a device joins: covers both public keys."""
        return fingerprint(self.box_raw(), self.signing_raw())

    @classmethod
    def from_raw(cls, device: str, signing: bytes, box: bytes) -> DevicePublic:
        try:
            return cls(device, Ed25519PublicKey.from_public_bytes(signing),
                       X25519PublicKey.from_public_bytes(box))  # fmt: skip
        except ValueError:
            raise SealError("A device's public keys are damaged.") from None


@dataclass(frozen=True)
class DeviceKeys:
    """A device's private keys, kept in its encrypted vault."""

    device: str
    signing: Ed25519PrivateKey
    box: X25519PrivateKey

    @classmethod
    def generate(cls, device: str) -> DeviceKeys:
        return cls(device, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, device: str, signing: bytes, box: bytes) -> DeviceKeys:
        return cls(device, Ed25519PrivateKey.from_private_bytes(signing),
                   X25519PrivateKey.from_private_bytes(box))  # fmt: skip

    def raw(self) -> tuple[bytes, bytes]:
        return (
            self.signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            self.box.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        )

    def public(self) -> DevicePublic:
        return DevicePublic(self.device, self.signing.public_key(), self.box.public_key())


def seal(plaintext: bytes, recipients: Sequence[DevicePublic], context: bytes) -> bytes:
    """``plaintext`` readable only by ``recipients``; ``context`` is bound in (AAD and info)."""
    if not recipients:
        raise ValueError("a parcel needs at least one recipient")
    content_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    keys = [
        [r.device, base64.b64encode(_HPKE.encrypt(content_key, r.box, info=context)).decode()]
        for r in sorted(recipients, key=lambda r: r.device)
    ]
    block = canonical({"suite": SUITE, "nonce": base64.b64encode(nonce).decode(), "keys": keys})
    body = AESGCM(content_key).encrypt(nonce, plaintext, context)
    return _LENGTH.pack(len(block)) + block + body


def recipients_of(sealed: bytes) -> list[str]:
    return [device for device, _ in _key_block(sealed)[0]["keys"]]


def open_sealed(sealed: bytes, keys: DeviceKeys, context: bytes) -> bytes | None:
    """The plaintext, or None when the parcel was not sealed for this device."""
    block, body = _key_block(sealed)
    mine = [wrapped for device, wrapped in block["keys"] if device == keys.device]
    if not mine:
        return None
    try:
        content_key = _HPKE.decrypt(base64.b64decode(mine[0]), keys.box, info=context)
        nonce = base64.b64decode(block["nonce"])
        return AESGCM(content_key).decrypt(nonce, body, context)
    except (InvalidTag, ValueError, binascii.Error):
        raise SealError("A parcel does not open: it was altered or damaged.") from None


def _key_block(sealed: bytes) -> tuple[dict[str, object], bytes]:
    if len(sealed) < _LENGTH.size:
        raise SealError("A parcel is too short.")
    (length,) = _LENGTH.unpack_from(sealed)
    if length > MAX_KEY_BLOCK or _LENGTH.size + length > len(sealed):
        raise SealError("A parcel's key block is damaged.")
    raw = sealed[_LENGTH.size : _LENGTH.size + length]
    try:
        block = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SealError("A parcel's key block is not JSON.") from None
    if not isinstance(block, dict) or block.get("suite") != SUITE:
        raise SealError("A parcel was sealed with a suite this HostDesk does not know.")
    keys = block.get("keys")
    if not isinstance(keys, list) or not all(
        isinstance(k, list) and len(k) == 2 and all(isinstance(x, str) for x in k) for k in keys
    ):
        raise SealError("A parcel's recipients are damaged.")
    return block, sealed[_LENGTH.size + length :]


def sign(keys: DeviceKeys, message: bytes) -> bytes:
    return keys.signing.sign(message)


def signing_public(raw: bytes) -> Ed25519PublicKey:
    """A device's signing key alone (what the hub knows of a device)."""
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise SealError("A device's signing key is damaged.") from None


def verify(public: DevicePublic | Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    key = public.signing if isinstance(public, DevicePublic) else public
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True
