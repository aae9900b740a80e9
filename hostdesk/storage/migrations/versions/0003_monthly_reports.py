"""Monthly reports to the NAIR: revisions, frozen once submitted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:00:00

The freeze is enforced by the database itself, not only by the code that
submits: a submitted row cannot be updated or deleted, whoever tries.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monthly_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.String(), nullable=False),
        sa.Column("json_data", sa.LargeBinary(), nullable=False),
        sa.Column("pdf_data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("submitted", sa.Boolean(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("submitted_by", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ux_monthly_report_revision", "monthly_report", ["month", "revision"], unique=True
    )
    op.execute(
        """
        CREATE TRIGGER monthly_report_frozen_update
        BEFORE UPDATE ON monthly_report WHEN OLD.submitted
        BEGIN
            SELECT RAISE(ABORT, 'a submitted monthly report is frozen; make a new revision');
        END
        """
    )
    op.execute(
        """
        CREATE TRIGGER monthly_report_frozen_delete
        BEFORE DELETE ON monthly_report WHEN OLD.submitted
        BEGIN
            SELECT RAISE(ABORT, 'a submitted monthly report is frozen; make a new revision');
        END
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS monthly_report_frozen_delete")
    op.execute("DROP TRIGGER IF EXISTS monthly_report_frozen_update")
    op.drop_index("ux_monthly_report_revision", table_name="monthly_report")
    op.drop_table("monthly_report")
