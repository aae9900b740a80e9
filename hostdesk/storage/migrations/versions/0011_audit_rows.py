"""Audit entries cover each saved row's content with a keyed hash.

``audit_log.rows_digest`` is the digest of the rows an entry covers, part of
its hash; ``audit_row`` holds each covered row's HMAC (``audit_rows.py``);
``audit_key`` the row-hash key's epochs (a key is named now and kept when the
data key changes); ``audit_sealed_table`` which tables are covered row by row
since when. The keys are derived from the data key, which a migration does not
have: the first opening after the upgrade names the key and covers every
existing row in one ``audit.baseline`` entry (``Vault`` on open).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "audit_log", sa.Column("rows_digest", sa.String(), nullable=False, server_default="")
    )
    # Keyed by row, then entry: a row's last hash is found at once, and an entry's rows
    # still come in (table, key) order within a scan (audit_verify).
    op.create_table(
        "audit_row",
        sa.Column("tbl", sa.String(), nullable=False),
        sa.Column("row_key", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("mac", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_key", "seq"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "audit_key",
        sa.Column("epoch", sa.Integer(), primary_key=True),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("key_check", sa.String(), nullable=False),
        sa.Column("retired_key", sa.LargeBinary(), nullable=True),
    )
    op.create_table(
        "audit_sealed_table",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("since_seq", sa.Integer(), nullable=False),
    )
    op.execute(
        "INSERT INTO audit_key (epoch, first_seq, key_check, retired_key)"
        " SELECT 1, coalesce(max(seq), 0) + 1, '', NULL FROM audit_log"
    )


def downgrade() -> None:
    op.drop_table("audit_sealed_table")
    op.drop_table("audit_key")
    op.drop_table("audit_row")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("rows_digest")
