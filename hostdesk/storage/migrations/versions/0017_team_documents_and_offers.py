"""Team sync, the rest: documents travel (their bytes follow lazily), a joining laptop's
own families wait to be offered.

``attachment`` gets a global id (``uid``) so that its row travels like any other
(its bytes never in a change set: they follow as their own sealed transfer,
``team_blob`` remembering, per document whose bytes this device sent or received,
the devices they were sealed for). ``team_withheld`` lists
the families a vault held before it joined a team and has not offered to it yet,
with what the duplicate check found. A vault already in a team gets the
capture triggers of ``attachment`` and notes its documents as new, so the next
change set carries them.

Revision ID: 0017
Revises: 0018
Create Date: 2027-02-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0018"
branch_labels = None
depends_on = None

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("attachment", sa.Column("uid", sa.String(), nullable=True))
    conn.execute(sa.text("UPDATE attachment SET uid = lower(hex(randomblob(16)))"))
    op.create_index("ix_attachment_uid", "attachment", ["uid"], unique=True)
    op.create_table(
        "team_withheld",
        sa.Column("family", sa.String(), primary_key=True),
        sa.Column("duplicate", sa.String(), nullable=False),
        sa.Column("noted_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "team_blob",
        sa.Column("attachment", sa.String(), primary_key=True),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sealed_for", sa.String(), nullable=False, server_default=""),
    )
    in_team = conn.execute(sa.text("SELECT count(*) FROM team_state")).scalar()
    if in_team:
        from hostdesk.storage.team import triggers

        triggers.install_table(conn, "attachment")
        conn.execute(
            sa.text(
                "INSERT OR REPLACE INTO team_pending (tbl, rid, fld, uid, family, at)"
                f" SELECT 'attachment', rowid, '*', NULL, NULL, {_NOW_MS} FROM attachment"
            )
        )


def downgrade() -> None:
    conn = op.get_bind()
    for kind in ("insert", "update", "delete"):
        conn.execute(sa.text(f"DROP TRIGGER IF EXISTS team_{kind}_attachment"))
    op.drop_table("team_blob")
    op.drop_table("team_withheld")
    op.drop_index("ix_attachment_uid", "attachment")
    with op.batch_alter_table("attachment") as batch:
        batch.drop_column("uid")
