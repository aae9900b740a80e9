"""Indexes for the caseload's head-of-family join and the alerts' lookups.

Without statistics SQLite answered "the head of this family" through the
(is_head, name_latin) index, reading every head for every family: a caseload
of 25,000 families took minutes to sort. (family_id, is_head) makes it one seek.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 08:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_member_family", table_name="member")
    # Covering: the caseload in name order reads the index alone.
    op.drop_index("ix_member_head_name", table_name="member")
    op.create_index("ix_member_head_name", "member", ["is_head", "name_latin", "family_id"])
    op.create_index("ix_member_family_head", "member", ["family_id", "is_head"])
    op.create_index("ix_activity_family_kind", "activity", ["family_id", "kind", "occurred_on"])
    op.create_index("ix_permit_member_expiry", "residence_permit", ["member_id", "expires_on"])
    op.drop_index("ix_permit_member", table_name="residence_permit")


def downgrade() -> None:
    op.create_index("ix_permit_member", "residence_permit", ["member_id"])
    op.drop_index("ix_permit_member_expiry", table_name="residence_permit")
    op.drop_index("ix_activity_family_kind", table_name="activity")
    op.drop_index("ix_member_family_head", table_name="member")
    op.drop_index("ix_member_head_name", table_name="member")
    op.create_index("ix_member_head_name", "member", ["is_head", "name_latin"])
    op.create_index("ix_member_family", "member", ["family_id"])
