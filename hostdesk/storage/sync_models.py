"""The entity's side of the NAIR sync (revision 0005, the post-quantum identity 0012).

Its identity towards the NAIR, the NAIR's pinned keys and the outbox of sealed
monthly bundles. Kept apart from ``models`` (the case file), which imports it
so that the metadata, and the check that the models match the migrations,
include these tables; import them from ``hostdesk.storage.models`` as before.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, text
from sqlmodel import Field, SQLModel


class SyncIdentity(SQLModel, table=True):
    """The entity's identity towards the NAIR, made once (added in revision 0005).

    The Ed25519 private key that signs every bundle lives only here, inside the
    encrypted database; triggers refuse to change or delete the row.
    """

    __tablename__ = "sync_identity"
    __table_args__ = (CheckConstraint("id = 1", name="ck_sync_identity_single"),)

    id: int = Field(default=1, primary_key=True)
    entity_id: str  # a UUID, sent in every bundle's header
    signing_key: bytes  # raw Ed25519 private key, 32 bytes
    created_at: datetime
    created_by: str


class SyncIdentityPq(SQLModel, table=True):
    """The entity's ML-DSA-65 key beside its Ed25519 one (added in revision 0012).

    Made once, when the entity enrolls with hybrid keys; triggers refuse to
    change or delete it. Bundles are then signed with both keys.
    """

    __tablename__ = "sync_identity_pq"
    __table_args__ = (CheckConstraint("id = 1", name="ck_sync_identity_pq_single"),)

    id: int = Field(default=1, primary_key=True)
    mldsa_seed: bytes  # 32 bytes, FIPS 204 seed form
    created_at: datetime
    created_by: str


class NairKey(SQLModel, table=True):
    """A NAIR public key file pinned by a coordinator; one is active, older ones retired.

    Retired keys are kept: a bundle sealed for one is checked against it.
    """

    __tablename__ = "nair_key"
    __table_args__ = (
        Index(
            "ux_nair_key_active",
            "retired_at",
            unique=True,
            sqlite_where=text("retired_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str
    fingerprint: str
    key_file: bytes  # the NAIR public key file, exactly as pinned
    pinned_at: datetime
    pinned_by: str
    retired_at: datetime | None = None
    retired_by: str | None = None


class OutboxBundle(SQLModel, table=True):
    """One sealed (or still to be sealed) bundle of a submitted monthly report revision.

    States: waiting (no NAIR key pinned yet), queued, sending, delivered,
    rejected. Sealed bytes never change and no row can be deleted (triggers
    in revision 0005).
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index(
            "ux_outbox_live_revision",
            "monthly_report_id",
            unique=True,
            sqlite_where=text("state != 'rejected'"),
        ),
        Index("ix_outbox_state_due", "state", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    monthly_report_id: int = Field(foreign_key="monthly_report.id")
    month: str
    revision: int
    state: str
    bundle_id: str | None = Field(default=None, unique=True)
    nair_key_id: int | None = Field(default=None, foreign_key="nair_key.id")
    bundle_data: bytes | None = None
    bundle_sha256: str | None = None
    sealed_at: datetime | None = None
    attempts: int = 0
    last_attempt_at: datetime | None = None
    next_attempt_at: datetime | None = None
    last_error: str = ""  # one sentence, never personal data
    rejected_code: str = ""
    exported_at: datetime | None = None
    receipt: bytes | None = None  # the NAIR's signed receipt, as verified
    received_at: str | None = None  # when the NAIR says it received the bundle
    delivered_at: datetime | None = None
    created_at: datetime
