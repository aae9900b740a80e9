"""The entity's sync identity: an id and its signing keys, made once, kept in the vault.

Ed25519 since the first version; ML-DSA-65 beside it since version 2 (table
``sync_identity_pq``), made with a new identity, or for an older one when the
coordinator next makes an enrollment file. From then on bundles and requests
are signed with both (``hostdesk.sync.signing``).

The private key never leaves the encrypted database; what leaves is the
enrollment file (entity details and the public key, self-signed) that the
NAIR registers after the fingerprint was read to it over the phone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA65PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlmodel import Session, select

from hostdesk.storage import audit
from hostdesk.storage.models import HostingEntity, SyncIdentity, SyncIdentityPq
from hostdesk.storage.vault import Vault
from hostdesk.sync.keys import Enrollment, fingerprint, now_iso
from hostdesk.sync.signing import SigningKey


@dataclass(frozen=True)
class Identity:
    entity_id: str
    signing_key: Ed25519PrivateKey
    mldsa_key: MLDSA65PrivateKey | None = None

    @property
    def signer(self) -> SigningKey:
        """The keys that sign bundles and requests (``hostdesk.sync.signing``)."""
        return SigningKey(self.signing_key, self.mldsa_key)

    def fingerprint(self) -> str:
        return fingerprint(*self.signer.verify_key.raw_parts)


def load_identity(session: Session) -> Identity | None:
    row = session.get(SyncIdentity, 1)
    if row is None:
        return None
    pq = session.get(SyncIdentityPq, 1)
    return Identity(
        row.entity_id,
        Ed25519PrivateKey.from_private_bytes(row.signing_key),
        MLDSA65PrivateKey.from_seed_bytes(pq.mldsa_seed) if pq is not None else None,
    )


def _add_post_quantum_key(session: Session, actor: str, identity: Identity) -> Identity:
    key = MLDSA65PrivateKey.generate()
    session.add(SyncIdentityPq(mldsa_seed=key.private_bytes_raw(),
                               created_at=datetime.now(UTC), created_by=actor))  # fmt: skip
    session.flush()
    audit.append(session, actor, "sync.identity.add_pq_key", "sync_identity", identity.entity_id)
    return Identity(identity.entity_id, identity.signing_key, key)


def ensure_identity(session: Session, actor: str) -> Identity:
    """The vault's identity, made now (in the caller's transaction) if it has none yet."""
    found = load_identity(session)
    if found is not None:
        return found
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    row = SyncIdentity(
        entity_id=str(uuid.uuid4()), signing_key=raw, created_at=datetime.now(UTC), created_by=actor
    )
    session.add(row)
    session.flush()
    audit.append(session, actor, "sync.identity.create", "sync_identity", row.entity_id)
    return _add_post_quantum_key(session, actor, Identity(row.entity_id, key))


def enrollment_file(vault: Vault) -> tuple[bytes, str]:
    """The self-signed enrollment file for the NAIR, and the fingerprint to read to it.

    Making the identity is the coordinator's, as is handing it out.
    """
    vault.require_coordinator("enroll the entity with the NAIR")
    with vault.changing() as session:
        identity = ensure_identity(session, vault.user.username)
        if identity.mldsa_key is None:  # an identity made before version 2: now hybrid
            identity = _add_post_quantum_key(session, vault.user.username, identity)
        entity = session.exec(select(HostingEntity)).first()
        enrollment = Enrollment(
            entity_id=identity.entity_id,
            entity_name=entity.name if entity else "",
            nair_code=entity.nair_code if entity else "",
            municipality=entity.municipality if entity else "",
            signing_public_key=identity.signing_key.public_key(),
            created_at=now_iso(),
            mldsa_public_key=identity.mldsa_key.public_key() if identity.mldsa_key else None,
        )
        audit.append(
            session, vault.user.username, "sync.enrollment.export", "sync_identity",
            identity.entity_id,
        )  # fmt: skip
    return enrollment.to_file_bytes(identity.signer), enrollment.fingerprint()
