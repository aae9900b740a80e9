"""Post-quantum sync identity: the entity's ML-DSA-65 signing key beside its Ed25519 one.

Revision ID: 0012
Revises: 0013
Create Date: 2026-12-05 09:00:00

Made once, when the entity first enrolls with hybrid keys (a new vault, or an
older one whose coordinator makes a new enrollment file), and never changed or
deleted, like the sync identity it completes: from then on every bundle is
signed with both keys. Only the 32-byte seed is kept, inside the encrypted
database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0013"
branch_labels = None
depends_on = None

_TRIGGERS = {
    "sync_identity_pq_fixed_update": """
        CREATE TRIGGER sync_identity_pq_fixed_update BEFORE UPDATE ON sync_identity_pq
        BEGIN
            SELECT RAISE(ABORT, 'the sync identity is made once and never changed');
        END
    """,
    "sync_identity_pq_fixed_delete": """
        CREATE TRIGGER sync_identity_pq_fixed_delete BEFORE DELETE ON sync_identity_pq
        BEGIN
            SELECT RAISE(ABORT, 'the sync identity is made once and never changed');
        END
    """,
}


def upgrade() -> None:
    op.create_table(
        "sync_identity_pq",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mldsa_seed", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_sync_identity_pq_single"),
        sa.PrimaryKeyConstraint("id"),
    )
    for statement in _TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("sync_identity_pq")
