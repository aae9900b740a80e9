"""Whether a young adult who came as an unaccompanied minor is in education or training.

Protection measures may continue to 21, or to 25 for someone in education or
training (Lei 147/99, art. 63; issue 12). The answer is the worker's, from the
member form; with none (every existing person: NULL) the person's education
and training records decide (``hostdesk.domain.minors``), so an older vault
gives the same statuses as before wherever no such record runs.

Revision ID: 0018
Revises: 0011
Create Date: 2026-12-05 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0011"
branch_labels = None
depends_on = None

_TABLE, _COLUMN = "member", "in_education_or_training"
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"


def upgrade() -> None:
    op.add_column(_TABLE, sa.Column(_COLUMN, sa.Boolean(), nullable=True))
    # A vault that joined a team before this revision has change-capture triggers listing
    # each column it knew (hostdesk.storage.team.triggers, as 0010 explains): the new
    # column gets its own, the same SQL, so that an answer travels to the team too.
    joined = op.get_bind().execute(
        sa.text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
        {"n": f"team_update_{_TABLE}"},
    ).scalar_one()
    if joined:
        op.execute(
            f"CREATE TRIGGER team_update_{_TABLE}_{_COLUMN} AFTER UPDATE ON {_TABLE} BEGIN\n"
            "  INSERT OR REPLACE INTO team_pending (tbl, rid, fld, uid, family, at)"
            f" SELECT '{_TABLE}', NEW.rowid, '{_COLUMN}', NULL, NULL, {_NOW_MS}"
            f" WHERE OLD.{_COLUMN} IS NOT NEW.{_COLUMN};\nEND"
        )


def downgrade() -> None:
    op.execute(f"DROP TRIGGER IF EXISTS team_update_{_TABLE}_{_COLUMN}")
    # SQLite drops a plain column in place; a batch copy of ``member`` would trip the
    # foreign keys of every table that names a member.
    op.execute(f"ALTER TABLE {_TABLE} DROP COLUMN {_COLUMN}")
