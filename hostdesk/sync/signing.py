"""Signing and sealing for what leaves a laptop: classical, or hybrid against quantum attacks.

The primitives of the bundles (``bundle.py``), receipts, signed requests and
key files, kept apart so that other sealed exchanges (the team hub's change
sets) use exactly the same. Every algorithm is from ``cryptography`` (50+).

Signatures (``SigningKey`` / ``VerifyKey``)
    Ed25519, or Ed25519 and ML-DSA-65 (FIPS 204) together. A hybrid signature
    is the Ed25519 signature (64 bytes) followed by the ML-DSA-65 signature
    (3,309 bytes), both over the same message; a hybrid key verifies only a
    hybrid signature and both parts must hold, so breaking one algorithm is
    not enough and a classical signature cannot stand in for a hybrid one.

    ``SigningKey.generate(hybrid=True)``, ``.sign(message) -> bytes``,
    ``.verify_key``, ``.ed25519_raw`` / ``.mldsa_seed`` (32 bytes each) and
    ``SigningKey.from_raw(ed25519_raw, mldsa_seed=None)``;
    ``VerifyKey.verify(signature, message)`` raises ``SignatureError``;
    ``.raw_parts`` (the raw public keys: 32, and 1,952 bytes), ``VerifyKey.from_raw``.
    Put a context string at the start of every message you sign, one per purpose.

Sealing (``SealingKey`` / ``OpeningKey``), HPKE (RFC 9180) base mode, single-shot
    classical: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM;
    hybrid: MLKEM768-X25519 (``hpke.KEM.MLKEM768_X25519``), HKDF-SHA256, AES-256-GCM.
    ``SealingKey.seal(plaintext, info, *, hybrid) -> bytes`` (enc ‖ ciphertext ‖
    tag; enc is 32 bytes classical, 1,120 hybrid); ``OpeningKey.open(sealed, info,
    *, hybrid)`` raises ``SealError``. ``info`` binds a context (e.g. a clear
    header) into the key schedule. ``OpeningKey.generate(hybrid=True)``,
    ``.sealing_key``, ``.x25519_raw`` / ``.mlkem_seed`` (32 and 64 bytes),
    ``OpeningKey.from_raw``; ``SealingKey.raw_parts`` (32, and 1,184 bytes).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA65PrivateKey, MLDSA65PublicKey
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

ED25519_SIGNATURE_BYTES = 64
MLDSA65_SIGNATURE_BYTES = 3309
HYBRID_SIGNATURE_BYTES = ED25519_SIGNATURE_BYTES + MLDSA65_SIGNATURE_BYTES
CLASSICAL_SUITE_NAME = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM"
HYBRID_SUITE_NAME = "MLKEM768-X25519, HKDF-SHA256, AES-256-GCM"
_CLASSICAL = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_HYBRID = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class SignatureError(ValueError):
    """A signature that does not hold (either part, or the wrong kind for the key)."""


class SealError(ValueError):
    """A sealed message that does not open with this key and context."""


@dataclass(frozen=True)
class VerifyKey:
    ed25519: Ed25519PublicKey
    mldsa: MLDSA65PublicKey | None = None

    @property
    def hybrid(self) -> bool:
        return self.mldsa is not None

    @property
    def raw_parts(self) -> tuple[bytes, ...]:
        parts = (self.ed25519.public_bytes_raw(),)
        return parts + ((self.mldsa.public_bytes_raw(),) if self.mldsa is not None else ())

    @classmethod
    def from_raw(cls, ed25519_raw: bytes, mldsa_raw: bytes | None = None) -> VerifyKey:
        """Raises ValueError for keys of the wrong length or form."""
        mldsa = MLDSA65PublicKey.from_public_bytes(mldsa_raw) if mldsa_raw is not None else None
        return cls(Ed25519PublicKey.from_public_bytes(ed25519_raw), mldsa)

    def verify(self, signature: bytes, message: bytes) -> None:
        expected = HYBRID_SIGNATURE_BYTES if self.hybrid else ED25519_SIGNATURE_BYTES
        if len(signature) != expected:
            raise SignatureError("the signature is not of the kind this key makes")
        try:
            self.ed25519.verify(signature[:ED25519_SIGNATURE_BYTES], message)
            if self.mldsa is not None:
                self.mldsa.verify(signature[ED25519_SIGNATURE_BYTES:], message)
        except InvalidSignature:
            raise SignatureError("the signature does not hold") from None


@dataclass(frozen=True)
class SigningKey:
    ed25519: Ed25519PrivateKey
    mldsa: MLDSA65PrivateKey | None = None

    @classmethod
    def generate(cls, *, hybrid: bool = True) -> SigningKey:
        return cls(Ed25519PrivateKey.generate(), MLDSA65PrivateKey.generate() if hybrid else None)

    @classmethod
    def from_raw(cls, ed25519_raw: bytes, mldsa_seed: bytes | None = None) -> SigningKey:
        mldsa = MLDSA65PrivateKey.from_seed_bytes(mldsa_seed) if mldsa_seed is not None else None
        return cls(Ed25519PrivateKey.from_private_bytes(ed25519_raw), mldsa)

    @property
    def hybrid(self) -> bool:
        return self.mldsa is not None

    @property
    def ed25519_raw(self) -> bytes:
        return self.ed25519.private_bytes_raw()

    @property
    def mldsa_seed(self) -> bytes | None:
        return self.mldsa.private_bytes_raw() if self.mldsa is not None else None

    @property
    def verify_key(self) -> VerifyKey:
        return VerifyKey(
            self.ed25519.public_key(), self.mldsa.public_key() if self.mldsa else None
        )

    def sign(self, message: bytes) -> bytes:
        signature = self.ed25519.sign(message)
        return signature + (self.mldsa.sign(message) if self.mldsa is not None else b"")


@dataclass(frozen=True)
class SealingKey:
    """The recipient's public side: X25519, and ML-KEM-768 for hybrid sealing."""

    x25519: X25519PublicKey
    mlkem: MLKEM768PublicKey | None = None

    @property
    def hybrid(self) -> bool:
        return self.mlkem is not None

    @property
    def raw_parts(self) -> tuple[bytes, ...]:
        parts = (self.x25519.public_bytes_raw(),)
        return parts + ((self.mlkem.public_bytes_raw(),) if self.mlkem is not None else ())

    @classmethod
    def from_raw(cls, x25519_raw: bytes, mlkem_raw: bytes | None = None) -> SealingKey:
        mlkem = MLKEM768PublicKey.from_public_bytes(mlkem_raw) if mlkem_raw is not None else None
        return cls(X25519PublicKey.from_public_bytes(x25519_raw), mlkem)

    def seal(self, plaintext: bytes, info: bytes, *, hybrid: bool) -> bytes:
        if not hybrid:
            return _CLASSICAL.encrypt(plaintext, self.x25519, info=info)
        if self.mlkem is None:
            raise ValueError("this key has no ML-KEM part: it cannot seal hybrid")
        return _HYBRID.encrypt(
            plaintext, hpke.MLKEM768X25519PublicKey(self.mlkem, self.x25519), info=info
        )


@dataclass(frozen=True)
class OpeningKey:
    """The recipient's private side."""

    x25519: X25519PrivateKey
    mlkem: MLKEM768PrivateKey | None = None

    @classmethod
    def generate(cls, *, hybrid: bool = True) -> OpeningKey:
        return cls(X25519PrivateKey.generate(), MLKEM768PrivateKey.generate() if hybrid else None)

    @classmethod
    def from_raw(cls, x25519_raw: bytes, mlkem_seed: bytes | None = None) -> OpeningKey:
        mlkem = MLKEM768PrivateKey.from_seed_bytes(mlkem_seed) if mlkem_seed is not None else None
        return cls(X25519PrivateKey.from_private_bytes(x25519_raw), mlkem)

    @property
    def hybrid(self) -> bool:
        return self.mlkem is not None

    @property
    def x25519_raw(self) -> bytes:
        return self.x25519.private_bytes_raw()

    @property
    def mlkem_seed(self) -> bytes | None:
        return self.mlkem.private_bytes_raw() if self.mlkem is not None else None

    @property
    def sealing_key(self) -> SealingKey:
        return SealingKey(self.x25519.public_key(), self.mlkem.public_key() if self.mlkem else None)

    def open(self, sealed: bytes, info: bytes, *, hybrid: bool) -> bytes:
        try:
            if not hybrid:
                return _CLASSICAL.decrypt(sealed, self.x25519, info=info)
            if self.mlkem is None:
                raise SealError("this key has no ML-KEM part: it cannot open hybrid")
            return _HYBRID.decrypt(
                sealed, hpke.MLKEM768X25519PrivateKey(self.mlkem, self.x25519), info=info
            )
        except (InvalidTag, ValueError) as error:
            if isinstance(error, SealError):
                raise
            raise SealError("the sealed message does not open with this key") from None
