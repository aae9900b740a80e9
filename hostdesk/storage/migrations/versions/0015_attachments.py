"""Documents: scanned and photographed files of a family or a person, inside the vault.

``attachment`` holds each file's bytes as a BLOB in the encrypted database
(never a loose file), with its kind, title, date, who added it and when, its
size, MIME type and SHA-256. The content is the last column: a listing reads
only the small columns before it. A person's or a family's documents go with
them (ON DELETE CASCADE), so deleting a case created by mistake leaves none.
``consent.attachment_id`` links a consent to its signed form; deleting the
document leaves the consent, without the link.

Revision ID: 0015
Revises: 0007
Create Date: 2026-12-06 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "family_id", sa.Integer(), sa.ForeignKey("family.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "member_id", sa.Integer(), sa.ForeignKey("member.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("mime_type", sa.String(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), sa.ForeignKey("app_user.id"), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
    )  # fmt: skip
    op.create_index("ix_attachment_family", "attachment", ["family_id", "added_at"])
    op.create_index("ix_attachment_member", "attachment", ["member_id"])
    # A batch copy of the table: SQLite would take the reference in an ALTER TABLE, but
    # written inline, where neither Alembic nor SQLAlchemy read its ON DELETE back.
    with op.batch_alter_table("consent") as batch:
        batch.add_column(sa.Column("attachment_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_consent_attachment", "attachment", ["attachment_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.drop_column("attachment_id")
    op.drop_index("ix_attachment_member", table_name="attachment")
    op.drop_index("ix_attachment_family", table_name="attachment")
    op.drop_table("attachment")
