"""The entity's sync identity: an id and an Ed25519 key, made once, kept in the vault.

The private key never leaves the encrypted database; what leaves is the
enrollment file (entity details and the public key, self-signed) that the
NAIR registers after the fingerprint was read to it over the phone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlmodel import Session, select

from hostdesk.storage import audit
from hostdesk.storage.models import HostingEntity, SyncIdentity
from hostdesk.storage.vault import Vault
from hostdesk.sync.keys import Enrollment, fingerprint, now_iso, raw_public
from hostdesk.sync.signing import SigningKey


@dataclass(frozen=True)
class Identity:
    entity_id: str
    signing_key: Ed25519PrivateKey

    @property
    def signer(self) -> SigningKey:
        """The keys that sign bundles and requests (``hostdesk.sync.signing``)."""
        return SigningKey(self.signing_key)

    def fingerprint(self) -> str:
        return fingerprint(raw_public(self.signing_key.public_key()))


def load_identity(session: Session) -> Identity | None:
    row = session.get(SyncIdentity, 1)
    if row is None:
        return None
    return Identity(row.entity_id, Ed25519PrivateKey.from_private_bytes(row.signing_key))


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
    return Identity(row.entity_id, key)


def enrollment_file(vault: Vault) -> tuple[bytes, str]:
    """The self-signed enrollment file for the NAIR, and the fingerprint to read to it.

    Making the identity is the coordinator's, as is handing it out.
    """
    vault.require_coordinator("enroll the entity with the NAIR")
    with vault.changing() as session:
        identity = ensure_identity(session, vault.user.username)
        entity = session.exec(select(HostingEntity)).first()
        enrollment = Enrollment(
            entity_id=identity.entity_id,
            entity_name=entity.name if entity else "",
            nair_code=entity.nair_code if entity else "",
            municipality=entity.municipality if entity else "",
            signing_public_key=identity.signing_key.public_key(),
            created_at=now_iso(),
        )
        audit.append(
            session, vault.user.username, "sync.enrollment.export", "sync_identity",
            identity.entity_id,
        )  # fmt: skip
    return enrollment.to_file_bytes(identity.signing_key), enrollment.fingerprint()
