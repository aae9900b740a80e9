"""The service's tables (SQLAlchemy Core), created on start; the same on SQLite and PostgreSQL.

Columns added after the first release are nullable and listed in ``ADDED``:
``Store.open`` adds those a database made by an older version lacks.

Identity and timestamps are short strings (ISO 8601, UTC) so both engines
store and compare them the same way. The bundle is kept exactly as received
(still encrypted); the report table holds what was decoded from it.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

entity = Table(
    "entity",
    metadata,
    Column("entity_id", String(100), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("nair_code", String(100), nullable=False),
    Column("municipality", String(200), nullable=False),
    Column("signing_public_key", LargeBinary, nullable=False),  # raw Ed25519, 32 bytes
    # Raw ML-DSA-65 public key (1,952 bytes) of an entity that enrolled hybrid keys; from then
    # on its bundles must be signed with both, and classical (v1) bundles are refused.
    Column("mldsa_public_key", LargeBinary, nullable=True),
    Column("fingerprint", String(64), nullable=False),
    Column("enrollment", LargeBinary, nullable=False),  # the self-signed file, as registered
    Column("registered_at", String(40), nullable=False),
)

# Primary key on bundle_id: two simultaneous uploads of one bundle make one row.
bundle = Table(
    "bundle",
    metadata,
    Column("bundle_id", String(100), primary_key=True),
    Column("entity_id", String(100), ForeignKey("entity.entity_id"), nullable=False, index=True),
    Column("period", String(7), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("schema_version", String(50), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("received_at", String(40), nullable=False),
    Column("receipt", LargeBinary, nullable=False),
    # The entity's audit chain head when it sealed the bundle (signed; the receipt covers it).
    Column("audit_count", Integer, nullable=True),
    Column("audit_hash", String(64), nullable=True),
)

# One report per entity, month and revision, whichever bundle brought it first.
report = Table(
    "report",
    metadata,
    Column("entity_id", String(100), ForeignKey("entity.entity_id"), primary_key=True),
    Column("period", String(7), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("bundle_id", String(100), ForeignKey("bundle.bundle_id"), nullable=False, unique=True),
    Column("schema_version", String(50), nullable=False),
    Column("report_json", Text, nullable=False),
    Column("report_sha256", String(64), nullable=False),
    Column("report_pdf", LargeBinary, nullable=False),
    Column("received_at", String(40), nullable=False),
)

# Nonces of signed requests seen lately: a request is answered once (hostdesk/sync/request_auth).
request_nonce = Table(
    "request_nonce",
    metadata,
    Column("requester", String(100), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("seen_at", Integer, nullable=False, index=True),  # Unix seconds
)

# Columns added after the tables were first created: (table, column).
ADDED = (
    (entity, "mldsa_public_key"),
    (bundle, "audit_count"),
    (bundle, "audit_hash"),
)
