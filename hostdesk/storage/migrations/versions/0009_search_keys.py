"""Search keys, duplicate look-ups and merged cases (issue 11).

Every person is indexed again with the phonetic keys of ``domain.name_keys``.

The keys now read Somali, German, French and Polish spellings, keep an initial
vowel and a final -i, and join compound names (issue 11); the index of an
older vault holds the old skeletons, so its people are indexed again. The
rows are computed by the code of this version: re-indexing is idempotent.

The duplicate check looks identifiers up by kind and value and people by birth
year: both get an index. ``case_alias`` keeps the case number (and NAIR
reference) of a case merged into another, and the merged case's own
programme data, so search still finds it and nothing of it is lost.

Revision ID: 0009
Revises: 0014
Create Date: 2027-01-10 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from hostdesk.storage import search

revision = "0009"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_identifier_kind_value", "identifier", ["kind", "value"])
    op.create_index("ix_member_birth_year", "member", ["birth_year"])
    op.create_table(
        "case_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        # A global id, as every row that travels between a team's devices (0014).
        sa.Column("uid", sa.String(), nullable=True),
        sa.Column("case_number", sa.String(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("nair_reference", sa.String(), nullable=False),
        sa.Column("merged_on", sa.Date(), nullable=False),
        sa.Column("merged_by", sa.String(), nullable=False),
        sa.Column("merged_case", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["family_id"], ["family.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_number"),
    )
    op.create_index("ix_case_alias_family", "case_alias", ["family_id"])
    op.create_index("ix_case_alias_uid", "case_alias", ["uid"], unique=True)
    search.index_with_current_keys(op.get_bind())


def downgrade() -> None:
    # The index rows stay: an older version's next save of a person re-indexes
    # that person its own way.
    op.drop_index("ix_case_alias_uid", table_name="case_alias")
    op.drop_index("ix_case_alias_family", table_name="case_alias")
    op.drop_table("case_alias")
    op.drop_index("ix_member_birth_year", table_name="member")
    op.drop_index("ix_identifier_kind_value", table_name="identifier")
