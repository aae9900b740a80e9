"""Sync to the NAIR: the entity's sync identity, the pinned NAIR keys and the outbox.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 09:00:00

The promises that matter are kept by the database itself, whoever writes:
the identity is made once and never changed; a bundle's bytes, once sealed,
never change (a resend is the same bytes, so the NAIR sees one bundle); no
bundle is deleted (an undelivered one would be lost, a delivered one holds the
receipt, and healing would enqueue its revision again); delivered stays delivered.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TRIGGERS = {
    "sync_identity_fixed_update": """
        CREATE TRIGGER sync_identity_fixed_update BEFORE UPDATE ON sync_identity
        BEGIN
            SELECT RAISE(ABORT, 'the sync identity is made once and never changed');
        END
    """,
    "sync_identity_fixed_delete": """
        CREATE TRIGGER sync_identity_fixed_delete BEFORE DELETE ON sync_identity
        BEGIN
            SELECT RAISE(ABORT, 'the sync identity is made once and never changed');
        END
    """,
    "outbox_keep_undelivered": """
        CREATE TRIGGER outbox_keep_undelivered BEFORE DELETE ON outbox
        WHEN OLD.state != 'delivered'
        BEGIN
            SELECT RAISE(ABORT, 'an undelivered bundle cannot be deleted');
        END
    """,
    "outbox_keep_receipts": """
        CREATE TRIGGER outbox_keep_receipts BEFORE DELETE ON outbox
        WHEN OLD.state = 'delivered'
        BEGIN
            SELECT RAISE(ABORT, 'a delivered bundle holds the NAIR receipt; it is kept');
        END
    """,
    "outbox_sealed_once": """
        CREATE TRIGGER outbox_sealed_once
        BEFORE UPDATE OF bundle_id, bundle_data, bundle_sha256, nair_key_id ON outbox
        WHEN OLD.bundle_data IS NOT NULL AND (
            NEW.bundle_id IS NOT OLD.bundle_id OR NEW.bundle_data IS NOT OLD.bundle_data
            OR NEW.bundle_sha256 IS NOT OLD.bundle_sha256 OR NEW.nair_key_id IS NOT OLD.nair_key_id)
        BEGIN
            SELECT RAISE(ABORT, 'a sealed bundle never changes; seal the report again');
        END
    """,
    "outbox_delivered_stays": """
        CREATE TRIGGER outbox_delivered_stays BEFORE UPDATE OF state ON outbox
        WHEN OLD.state = 'delivered' AND NEW.state != 'delivered'
        BEGIN
            SELECT RAISE(ABORT, 'a delivered bundle stays delivered');
        END
    """,
}


def upgrade() -> None:
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_sync_identity_single"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "nair_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("key_file", sa.LargeBinary(), nullable=False),
        sa.Column("pinned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pinned_by", sa.String(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_by", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ux_nair_key_active",
        "nair_key",
        ["retired_at"],
        unique=True,
        sqlite_where=sa.text("retired_at IS NULL"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("monthly_report_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("bundle_id", sa.String(), nullable=True),
        sa.Column("nair_key_id", sa.Integer(), nullable=True),
        sa.Column("bundle_data", sa.LargeBinary(), nullable=True),
        sa.Column("bundle_sha256", sa.String(), nullable=True),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(), nullable=False),
        sa.Column("rejected_code", sa.String(), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("receipt", sa.LargeBinary(), nullable=True),
        sa.Column("received_at", sa.String(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["monthly_report_id"], ["monthly_report.id"]),
        sa.ForeignKeyConstraint(["nair_key_id"], ["nair_key.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bundle_id"),
    )
    # One live bundle per revision; a rejected one is set aside and may be sealed again.
    op.create_index(
        "ux_outbox_live_revision",
        "outbox",
        ["monthly_report_id"],
        unique=True,
        sqlite_where=sa.text("state != 'rejected'"),
    )
    op.create_index("ix_outbox_state_due", "outbox", ["state", "next_attempt_at"])
    for sql in _TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_outbox_state_due", table_name="outbox")
    op.drop_index("ux_outbox_live_revision", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ux_nair_key_active", table_name="nair_key")
    op.drop_table("nair_key")
    op.drop_table("sync_identity")
