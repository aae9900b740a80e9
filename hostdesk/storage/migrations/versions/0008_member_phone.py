"""A phone number for each person.

Spreadsheets of families nearly always have a phone column, and a social
worker expects the number on the person it reaches; until now it had nowhere
to go and an import dropped it. Existing people get an empty one.

Revision ID: 0008
Revises: 0012
Create Date: 2027-01-10 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "member", sa.Column("phone", sa.String(), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.drop_column("phone")
