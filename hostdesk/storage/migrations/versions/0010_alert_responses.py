"""Casework: alerts acknowledged or snoozed with a reason; who completed a task; when
a health record was first written.

``alert_response`` keeps a person's answer to one alert (or follow-up task)
as Today shows it: acknowledged (seen, being dealt with) or snoozed until a
day, always with a reason. An alert is named by ``alert_key`` (its kind,
family, person or referral, and due date), so when the facts change (a new
ARP expiry, a new visit) the alert is a new one and shows again. The reason
is free text and stays here, in the encrypted file; the audit log records
only that it was given.

``follow_up_task.done_by_id`` says who completed a task (the timeline shows
it; reopening clears it). ``health_record.recorded_on`` is the day the record
was first written: the progress report does not show a health state on a day
before anyone had recorded one. Older records get the day of their first
audit entry, where there is one.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_response",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("alert_key", sa.String(), nullable=False),
        sa.Column("family_id", sa.Integer(), sa.ForeignKey("family.id"), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("app_user.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cleared_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_alert_response_key", "alert_response", ["alert_key"])
    op.create_index("ix_alert_response_family", "alert_response", ["family_id"])
    # A plain column (an app_user id): SQLite adds no foreign key without copying the table.
    op.add_column("follow_up_task", sa.Column("done_by_id", sa.Integer(), nullable=True))
    op.add_column("health_record", sa.Column("recorded_on", sa.Date(), nullable=True))
    # The audit log's times are UTC ISO-8601: the first ten characters are the day.
    op.execute(
        """
        UPDATE health_record SET recorded_on = (
            SELECT min(substr(a.at, 1, 10)) FROM audit_log a
            WHERE a.object_type = 'health_record' AND a.object_id = CAST(health_record.id AS TEXT)
        )
        """
    )
    _capture_new_columns()


# A vault that joined a team before this revision has change-capture triggers listing
# each column it knew (hostdesk.storage.team.triggers): the two new columns get their
# own, the same SQL, so that a change to them travels too. A vault that joins later
# gets them from the triggers' installer, which reads the models.
_NEW_COLUMNS = (("follow_up_task", "done_by_id"), ("health_record", "recorded_on"))
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"


def _capture_new_columns() -> None:
    bind = op.get_bind()
    for table, column in _NEW_COLUMNS:
        joined = bind.execute(
            sa.text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": f"team_update_{table}"},
        ).scalar_one()
        if joined:
            op.execute(
                f"CREATE TRIGGER team_update_{table}_{column} AFTER UPDATE ON {table} BEGIN\n"
                "  INSERT OR REPLACE INTO team_pending (tbl, rid, fld, uid, family, at)"
                f" SELECT '{table}', NEW.rowid, '{column}', NULL, NULL, {_NOW_MS}"
                f" WHERE OLD.{column} IS NOT NEW.{column};\nEND"
            )


def downgrade() -> None:
    for table, column in _NEW_COLUMNS:
        op.execute(f"DROP TRIGGER IF EXISTS team_update_{table}_{column}")
    with op.batch_alter_table("health_record") as batch:
        batch.drop_column("recorded_on")
    with op.batch_alter_table("follow_up_task") as batch:
        batch.drop_column("done_by_id")
    op.drop_index("ix_alert_response_family", "alert_response")
    op.drop_index("ix_alert_response_key", "alert_response")
    op.drop_table("alert_response")
