"""The change-capture triggers stay quiet while a merge writes rows.

A merge writes the rows another device sent and keeps their registers
itself; the capture triggers used to note every such row in ``team_pending``
too, only for the merge to throw the notes away (a joining laptop's caseload:
fifty thousand notes written and deleted). ``team_merging`` holds one row while
a merge writes, inside the merge's transaction, and every trigger now fires
only when it is empty. A vault already in a team gets each of its triggers
made again as it was, with that condition added (the per-column ones of 0010
and 0018 too); nothing else changes, and ``team_pending`` keeps what it noted.

Revision ID: 0019
Revises: 0017
Create Date: 2027-02-15 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0017"
branch_labels = None
depends_on = None

_GUARD = "NOT EXISTS (SELECT 1 FROM team_merging)"


def _team_triggers(conn: sa.Connection) -> list[tuple[str, str]]:
    return [
        (str(name), str(sql))
        for name, sql in conn.execute(
            sa.text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                r" AND name LIKE 'team\_%' ESCAPE '\'"
            )
        )
    ]


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "team_merging",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.CheckConstraint("id = 1", name="ck_team_merging_single"),
    )
    # Not in a team: no trigger yet; they come, with the condition, when it joins.
    for name, sql in _team_triggers(conn):
        if _GUARD in sql:
            continue
        # "CREATE TRIGGER … ON t [WHEN …] BEGIN …": the condition joins the head's.
        head, body = sql.split("BEGIN", 1)
        joined = " AND " if " WHEN " in head else " WHEN "
        conn.execute(sa.text(f'DROP TRIGGER "{name}"'))
        conn.execute(sa.text(f"{head.rstrip()}{joined}{_GUARD} BEGIN{body}"))


def downgrade() -> None:
    conn = op.get_bind()
    for name, sql in _team_triggers(conn):
        if _GUARD not in sql:
            continue
        conn.execute(sa.text(f'DROP TRIGGER "{name}"'))
        plain = sql.replace(f" AND {_GUARD}", "").replace(f" WHEN {_GUARD}", "")
        conn.execute(sa.text(plain))
    op.drop_table("team_merging")
