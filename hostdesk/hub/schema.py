"""The hub's tables (SQLAlchemy Core): SQLite or PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

metadata = MetaData()

team = Table(
    "hub_team",
    metadata,
    Column("team", String(32), primary_key=True),
    Column("created_at", String, nullable=False),
)

device = Table(
    "hub_device",
    metadata,
    Column("team", String(32), primary_key=True),
    Column("device", String(32), primary_key=True),
    Column("signing_public", String, nullable=False),  # base64, raw Ed25519
    Column("coordinator", Boolean, nullable=False),
    Column("revoked", Boolean, nullable=False),
    Column("last_seen", String, nullable=True),
)

changeset = Table(
    "hub_changeset",
    metadata,
    # The cursor devices page with: the order the hub received change sets in.
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("team", String(32), nullable=False, index=True),
    Column("origin", String(32), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("received_at", String, nullable=False),
    Column("data", LargeBinary, nullable=False),  # the envelope, parcels sealed
    UniqueConstraint("team", "origin", "seq", name="ux_hub_changeset_dot"),
)

# A document's bytes, sealed for the devices entitled to its family (docs/team-sync.md
# §12). One per document: a device that re-seals it for more devices replaces it.
blob = Table(
    "hub_blob",
    metadata,
    Column("team", String(32), primary_key=True),
    Column("blob", String(32), primary_key=True),  # a hash of the document's id, not the id
    Column("origin", String(32), nullable=False),
    Column("size", Integer, nullable=False),
    Column("stored_at", String, nullable=False),
    Column("data", LargeBinary, nullable=False),
    # The family's pseudonym, so that its erasure withdraws the bytes too (§5); none for
    # bytes a device sent before it said so.
    Column("family", String(32), nullable=True),
)

# Columns added since a hub's database was first made (nullable), added when it opens.
ADDED = [(blob, "family")]

join = Table(
    "hub_join",
    metadata,
    Column("invite", String(32), primary_key=True),
    Column("request", LargeBinary, nullable=False),
    Column("poll_hash", String(64), nullable=False),
    Column("created_at", String, nullable=False),
    Column("welcome", LargeBinary, nullable=True),
)

# A welcome's later parts (the head is ``hub_join.welcome``): the coordinator's device puts
# each as soon as it is sealed, and the new laptop takes them in order (docs/team-sync.md §9).
welcome_part = Table(
    "hub_welcome_part",
    metadata,
    Column("invite", String(32), primary_key=True),
    Column("part", Integer, primary_key=True, autoincrement=False),
    Column("stored_at", String, nullable=False),
    Column("data", LargeBinary, nullable=False),
)
