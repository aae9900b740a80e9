"""Team sync: a global id on every row that travels, and the team tables.

Every travelling table gets ``uid`` (32 hex digits) with a unique index;
existing rows get random ids, except the rows that are unique per something
else, whose id is derived so that two laptops make the same one
(docs/team-sync.md §2): a health record from its member, an identifier from
its member and kind (the first of a kind, when a member has several), a rate
from its date. The team tables stay empty until the vault joins a team; the
change-capture triggers are installed only then.

Revision ID: 0014
Revises: 0015
Create Date: 2027-01-10 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from hostdesk.domain.team.identity import derived_uid

revision = "0014"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLES = (
    "hosting_entity", "family", "member", "identifier", "residence_permit", "housing",
    "health_record", "education", "language_course", "employment", "plan_goal", "activity",
    "referral", "allowance_rate", "allowance_payment", "consent", "follow_up_task",
    "family_share", "handover", "iss_transition", "channel_rule",
)  # fmt: skip


def _derive(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text("SELECT h.id, m.uid FROM health_record h JOIN member m ON m.id = h.member_id")
    ).all()
    params = [{"id": i, "uid": derived_uid("health_record", m)} for i, m in rows]
    if params:
        conn.execute(sa.text("UPDATE health_record SET uid = :uid WHERE id = :id"), params)
    rows = conn.execute(
        sa.text(
            "SELECT i.id, m.uid, i.kind FROM identifier i JOIN member m ON m.id = i.member_id"
            " ORDER BY i.id"
        )
    ).all()
    taken: set[str] = set()
    params = []
    for ident, member_uid, kind in rows:
        uid = derived_uid("identifier", member_uid, kind)
        if uid not in taken:
            taken.add(uid)
            params.append({"id": ident, "uid": uid})
    if params:
        conn.execute(sa.text("UPDATE identifier SET uid = :uid WHERE id = :id"), params)
    rows = conn.execute(
        sa.text(
            "SELECT s.id, f.uid, u.user_uuid FROM family_share s"
            " JOIN family f ON f.id = s.family_id JOIN app_user u ON u.id = s.user_id"
        )
    ).all()
    params = [{"id": i, "uid": derived_uid("family_share", f, u)} for i, f, u in rows]
    if params:
        conn.execute(sa.text("UPDATE family_share SET uid = :uid WHERE id = :id"), params)
    rows = conn.execute(
        sa.text("SELECT t.id, f.uid FROM iss_transition t JOIN family f ON f.id = t.family_id")
    ).all()
    params = [{"id": i, "uid": derived_uid("iss_transition", f)} for i, f in rows]
    if params:
        conn.execute(sa.text("UPDATE iss_transition SET uid = :uid WHERE id = :id"), params)
    rows = conn.execute(sa.text("SELECT id, effective_from FROM allowance_rate")).all()
    params = [{"id": i, "uid": derived_uid("allowance_rate", str(d))} for i, d in rows]
    if params:
        conn.execute(sa.text("UPDATE allowance_rate SET uid = :uid WHERE id = :id"), params)


def upgrade() -> None:
    conn = op.get_bind()
    for table in TABLES:
        op.add_column(table, sa.Column("uid", sa.String(), nullable=True))
        conn.execute(sa.text(f"UPDATE {table} SET uid = lower(hex(randomblob(16)))"))
    _derive(conn)
    for table in TABLES:
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)

    op.create_table(
        "team_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("team_id", sa.String(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("device_code", sa.String(), nullable=False),
        sa.Column("next_seq", sa.Integer(), nullable=False),
        sa.Column("clock", sa.String(), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=True),
        sa.Column("box_key", sa.LargeBinary(), nullable=True),
        sa.Column("hub_url", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_team_state_single"),
    )
    op.create_table(
        "team_pending",
        sa.Column("tbl", sa.String(), primary_key=True),
        sa.Column("rid", sa.Integer(), primary_key=True),
        sa.Column("fld", sa.String(), primary_key=True),
        sa.Column("uid", sa.String(), nullable=True),
        sa.Column("family", sa.String(), nullable=True),
        sa.Column("at", sa.Integer(), nullable=False),
    )
    op.create_table(
        "team_row",
        sa.Column("tbl", sa.String(), primary_key=True),
        sa.Column("uid", sa.String(), primary_key=True),
        sa.Column("family", sa.String(), nullable=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("conflicted", sa.Boolean(), nullable=False),
        sa.Column("waiting", sa.Boolean(), nullable=False),
        sa.Column("local_seq", sa.Integer(), nullable=True),
    )
    op.create_index("ix_team_row_local_seq", "team_row", ["local_seq"])
    op.create_index("ix_team_row_family", "team_row", ["family"])
    op.create_index("ix_team_row_conflicted", "team_row", ["conflicted"])
    op.create_index("ix_team_row_waiting", "team_row", ["waiting"])
    op.create_table(
        "team_erasure",
        sa.Column("family", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.String(), nullable=False),
    )
    op.create_table(
        "team_drop",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(), nullable=False),
        sa.Column("tbl", sa.String(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.Column("fld", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_team_drop_family", "team_drop", ["family"])
    op.create_table(
        "team_changeset",
        sa.Column("origin", sa.String(), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("hold_reason", sa.String(), nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("envelope", sa.LargeBinary(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_team_changeset_state", "team_changeset", ["state"])
    op.create_table(
        "team_device",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(), nullable=False, unique=True),
        sa.Column("user_uuid", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("signing_public", sa.String(), nullable=False),
        sa.Column("box_public", sa.String(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.String(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=True),
    )
    op.create_table(
        "team_peer",
        sa.Column("device", sa.String(), primary_key=True),
        sa.Column("last_contact", sa.DateTime(), nullable=True),
        sa.Column("holds", sa.String(), nullable=False),
    )
    op.create_table(
        "team_family_recipients",
        sa.Column("family", sa.String(), primary_key=True),
        sa.Column("devices", sa.String(), nullable=False),
    )
    op.create_table(
        "team_invite",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("secret_hash", sa.String(), nullable=False),
        sa.Column("user_uuid", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by_device", sa.String(), nullable=False),
    )


def downgrade() -> None:
    for name in (
        "team_invite", "team_family_recipients", "team_peer", "team_device", "team_changeset",
        "team_drop", "team_erasure", "team_row", "team_pending", "team_state",
    ):  # fmt: skip
        op.drop_table(name)
    for table in TABLES:
        op.drop_index(f"ix_{table}_uid", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uid")
