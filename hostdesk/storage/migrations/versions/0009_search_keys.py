"""Search: every person indexed again with the phonetic keys of ``domain.name_keys``.

The keys now read Somali, German, French and Polish spellings, keep an initial
vowel and a final -i, and join compound names (issue 11); the index of an
older vault holds the old skeletons, so its people are indexed again. The
rows are computed by the code of this version: re-indexing is idempotent.

Revision ID: 0009
Revises: 0006
Create Date: 2027-01-10 08:00:00
"""

from __future__ import annotations

from alembic import op

from hostdesk.storage import search

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search.reindex_all_members(op.get_bind())


def downgrade() -> None:
    # The older keys are a subset of what an older version searches for; its
    # next save of a person re-indexes that person the old way.
    pass
