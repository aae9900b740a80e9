"""Schema migrations: bring a vault's database to the newest revision, safely."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from hostdesk.storage import audit

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# Alembic compiles every migration file to answer either question (~35 ms at eight files),
# and every vault opening asks; the files cannot change while the app runs.
@cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(
        rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    )


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run every pending migration in one transaction: all of them or none.

    Upgrading an existing vault is audited (``vault.upgrade``), and that entry
    covers the rows the migrations changed, so that they still match the log.
    """
    with engine.begin() as conn:
        before = MigrationContext.configure(conn).get_current_revision()
        command.upgrade(alembic_config(conn), target)
        if before is not None and target == "head":
            audit.append_on(conn, "hostdesk", "vault.upgrade", "vault", "",
                            {"from": before, "to": head_revision()})  # fmt: skip
