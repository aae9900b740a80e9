"""Every family has an assigned worker; a family can be shared; hand-overs are kept.

A family with no worker (created before assignment existed, when a new family
belonged to nobody) goes to the entity's first active coordinator, so that
"only my families" hides nothing from the first day. ``family_share`` lets a
coordinator share a family with a second worker (cover during leave, say).
``handover`` keeps each change of worker with its note: the family's own
history, shown in its timeline; the audit log records the act.

Revision ID: 0013
Revises: 0006
Create Date: 2026-12-05 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "family_share",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("family_id", sa.Integer(), sa.ForeignKey("family.id"), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("app_user.id"), nullable=False),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("family_id", "user_id", name="uq_family_share_family_user"),
    )
    op.create_index("ix_family_share_user", "family_share", ["user_id", "family_id"])
    op.create_table(
        "handover",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("family_id", sa.Integer(), sa.ForeignKey("family.id"), nullable=False),
        sa.Column("from_user_id", sa.Integer(), sa.ForeignKey("app_user.id"), nullable=True),
        sa.Column("to_user_id", sa.Integer(), sa.ForeignKey("app_user.id"), nullable=False),
        sa.Column("by_user_id", sa.Integer(), sa.ForeignKey("app_user.id"), nullable=True),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        sa.Column("handed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_handover_family", "handover", ["family_id", "handed_at"])
    op.execute(
        "UPDATE family SET assigned_worker_id = ("
        " SELECT id FROM app_user WHERE role = 'coordinator' AND active = 1 ORDER BY id LIMIT 1"
        ") WHERE assigned_worker_id IS NULL"
    )


def downgrade() -> None:
    op.drop_index("ix_handover_family", table_name="handover")
    op.drop_table("handover")
    op.drop_index("ix_family_share_user", table_name="family_share")
    op.drop_table("family_share")
