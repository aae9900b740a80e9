"""Data protection: when a family was anonymised; why a referral went without consent.

``family.anonymised_on`` marks a file whose identifying data were removed at
the end of the retention period (it is never set back). A referral made
without a consent that covers it keeps the lawful ground the social worker
gave (``sharing_basis``, a SharingBasis value) and an optional explanation.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("family", sa.Column("anonymised_on", sa.Date(), nullable=True))
    op.add_column("referral", sa.Column("sharing_basis", sa.String(), nullable=True))
    op.add_column(
        "referral",
        sa.Column("sharing_note", sa.String(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("referral") as batch:
        batch.drop_column("sharing_note")
        batch.drop_column("sharing_basis")
    with op.batch_alter_table("family") as batch:
        batch.drop_column("anonymised_on")
