"""Alembic environment: migrations always run on a connection the vault hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import hostdesk.storage.models  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("HostDesk migrations run only through the vault, on a keyed connection")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copy
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
