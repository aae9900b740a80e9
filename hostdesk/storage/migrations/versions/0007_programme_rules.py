"""Programme rules (issue 12): rules per arrival channel, legal status, ISS transition,
life before arrival, pro-rated payments.

- ``channel_rule``: the entity's confirmed rule for an arrival channel from a date
  on (dated, never overwritten); the sources' defaults live in
  ``hostdesk.domain.channel_rules``.
- ``family.programme_reason``: why a family has a 24-month programme outside
  PAR-Famílias or without children.
- ``member``: the asylum application and its decision; occupation before arrival
  (an ISCO-08 code and free text) and the highest schooling completed (ISCED);
  the day those two last changed, so the NAIR gets them again when they do.
- ``residence_permit.permit_type``: ARP, refugee, subsidiary or temporary
  protection; every permit already stored was an ARP.
- ``iss_transition``: the ISS meeting of the programme's last months, its
  outcome and the ISS contact, one row per family.
- ``allowance_payment.pro_rated``: whether the amount was pro-rated for a partial
  first or last month (the setting in force when it was paid).

Revision ID: 0007
Revises: 0008
Create Date: 2026-12-10 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "channel_rule",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("programme_months", sa.Integer(), nullable=True),
        sa.Column("allowance_scheme", sa.String(), nullable=False),
        sa.Column("iss_transition", sa.Boolean(), nullable=False),
        sa.Column("counts_in_nair_figures", sa.Boolean(), nullable=False),
        sa.Column("confirmed_by", sa.String(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("channel", "effective_from", name="ux_channel_rule_from"),
    )
    op.create_table(
        "iss_transition",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("family_id", sa.Integer(), sa.ForeignKey("family.id"), nullable=False,
                  unique=True),
        sa.Column("meeting_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("contact", sa.String(), nullable=False, server_default=""),
    )  # fmt: skip
    op.add_column(
        "family", sa.Column("programme_reason", sa.String(), nullable=False, server_default="")
    )
    for name, kind in (
        ("asylum_applied_on", sa.Date()), ("asylum_decision", sa.String()),
        ("asylum_decision_on", sa.Date()), ("occupation_isco", sa.String()),
        ("schooling_isced", sa.String()), ("before_arrival_changed_on", sa.Date()),
    ):  # fmt: skip
        op.add_column("member", sa.Column(name, kind, nullable=True))
    op.add_column(
        "member", sa.Column("occupation_text", sa.String(), nullable=False, server_default="")
    )
    op.add_column(
        "residence_permit",
        sa.Column("permit_type", sa.String(), nullable=False, server_default="arp"),
    )
    op.add_column(
        "allowance_payment",
        sa.Column("pro_rated", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("allowance_payment") as batch:
        batch.drop_column("pro_rated")
    with op.batch_alter_table("residence_permit") as batch:
        batch.drop_column("permit_type")
    with op.batch_alter_table("member") as batch:
        for name in (
            "occupation_text", "before_arrival_changed_on", "schooling_isced", "occupation_isco",
            "asylum_decision_on", "asylum_decision", "asylum_applied_on",
        ):  # fmt: skip
            batch.drop_column(name)
    with op.batch_alter_table("family") as batch:
        batch.drop_column("programme_reason")
    op.drop_table("iss_transition")
    op.drop_table("channel_rule")
