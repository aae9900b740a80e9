"""The key pair behind a key slot, and sealing a data key to it.

A slot secret (32 random bytes for a user, the recovery key's 200 bits for the
recovery slot) is expanded with HKDF-SHA256 into an ML-KEM-768 seed and an
X25519 private key; together they are the HPKE (RFC 9180) hybrid KEM
``MLKEM768_X25519`` key pair. A data key is sealed to the public half with
HPKE base mode (HKDF-SHA256, AES-256-GCM), so that whoever holds the data key
can give a new one to every slot without knowing the secrets, and a recorded
header stays closed to a future quantum computer (ML-KEM) as long as X25519
or ML-KEM holds. Everything is ``cryptography``'s; nothing is home-made.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SUITE_NAME = "HPKE MLKEM768-X25519, HKDF-SHA256, AES-256-GCM"
SECRET_LENGTH = 32
MLKEM_SEED_LENGTH = 64
MLKEM_PUBLIC_LENGTH = 1184
X25519_LENGTH = 32
PUBLIC_KEY_LENGTH = MLKEM_PUBLIC_LENGTH + X25519_LENGTH
_PAIR_INFO = b"hostdesk-vault-v2 slot key pair\0"


class SlotKeyPair:
    """The private and public halves derived from one slot secret."""

    def __init__(self, secret: bytes, purpose: bytes) -> None:
        material = HKDF(
            hashes.SHA256(),
            length=MLKEM_SEED_LENGTH + X25519_LENGTH,
            salt=None,
            info=_PAIR_INFO + purpose,
        ).derive(secret)
        self._mlkem = MLKEM768PrivateKey.from_seed_bytes(material[:MLKEM_SEED_LENGTH])
        self._x25519 = X25519PrivateKey.from_private_bytes(material[MLKEM_SEED_LENGTH:])

    @property
    def public_key(self) -> bytes:
        """ML-KEM-768 public key (1184 bytes) followed by the X25519 one (32)."""
        return (
            self._mlkem.public_key().public_bytes_raw()
            + self._x25519.public_key().public_bytes_raw()
        )

    def open(self, sealed: bytes, info: bytes) -> bytes:
        """The sealed data key; ``InvalidTag`` when it was not sealed to this pair."""
        private = hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)
        try:
            return SUITE.decrypt(sealed, private, info=info)
        except (InvalidTag, ValueError):
            raise InvalidTag() from None


def seal(data_key: bytes, public_key: bytes, info: bytes) -> bytes:
    """``data_key`` sealed to ``public_key`` (an encapsulation and the ciphertext)."""
    if len(public_key) != PUBLIC_KEY_LENGTH:
        raise ValueError("not a slot public key")
    public = hpke.MLKEM768X25519PublicKey(
        MLKEM768PublicKey.from_public_bytes(public_key[:MLKEM_PUBLIC_LENGTH]),
        X25519PublicKey.from_public_bytes(public_key[MLKEM_PUBLIC_LENGTH:]),
    )
    return SUITE.encrypt(data_key, public, info=info)
