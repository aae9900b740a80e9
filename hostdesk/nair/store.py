"""The service's database: registered entities, bundles as received, decoded reports.

SQLite (a file in the data folder) or PostgreSQL, through one SQLAlchemy
engine. Saving a bundle is one transaction; when two uploads of the same
bundle race, the database's uniqueness decides and the loser answers with
the winner's receipt, so a client never holds two receipts for one bundle.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from hostdesk.nair.errors import StoreUnavailable
from hostdesk.nair.schema import ADDED, bundle, entity, metadata, report, request_nonce
from hostdesk.serving import database

# FULL sync: a receipt sent to an entity must survive a power cut here.
# A race can only lose once per constraint (bundle id, then revision); then it sees the winner.
_SAVE_ATTEMPTS = 3


@dataclass(frozen=True)
class EntityRecord:
    entity_id: str
    name: str
    nair_code: str
    municipality: str
    signing_public_key: bytes
    fingerprint: str
    enrollment: bytes
    registered_at: str
    mldsa_public_key: bytes | None = None


@dataclass(frozen=True)
class IncomingBundle:
    """A bundle that opened, verified and validated, with its receipt already signed."""

    bundle_id: str
    entity_id: str
    period: str
    revision: int
    schema_version: str
    sha256: str
    data: bytes
    received_at: str
    receipt: bytes
    report_json: str
    report_sha256: str
    report_pdf: bytes
    audit_count: int | None = None
    audit_hash: str | None = None


@dataclass(frozen=True)
class StoredBundle:
    bundle_id: str
    sha256: str
    receipt: bytes


@dataclass(frozen=True)
class ReportRecord:
    entity_id: str
    period: str
    revision: int
    bundle_id: str
    received_at: str
    report_json: str


class BundleConflict(Exception):
    """The bundle id is taken by other bytes."""


class RevisionConflict(Exception):
    """This entity already sent other content for the same month and revision."""


@dataclass(frozen=True)
class SaveResult:
    created: bool
    receipt: bytes


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect and create the tables that are missing; StoreUnavailable if it cannot."""
        upgrades = [database.adding_columns(ADDED)]
        return cls(database.open_tables(url, metadata, StoreUnavailable, upgrades))

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> bool:
        return database.answers(self.engine)

    # -- entities --------------------------------------------------------------------

    def entity(self, entity_id: str) -> EntityRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(entity).where(entity.c.entity_id == entity_id)).first()
        return EntityRecord(**row._mapping) if row else None

    def entities(self) -> list[EntityRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(entity).order_by(entity.c.entity_id)).all()
        return [EntityRecord(**row._mapping) for row in rows]

    def put_entity(self, record: EntityRecord) -> None:
        """Insert or replace an entity's row (the caller decided a replacement is wanted)."""
        values = record.__dict__
        with self.engine.begin() as conn:
            updated = conn.execute(
                entity.update().where(entity.c.entity_id == record.entity_id).values(**values)
            ).rowcount
            if not updated:
                conn.execute(entity.insert().values(**values))

    # -- bundles ---------------------------------------------------------------------

    def stored_bundle(self, bundle_id: str) -> StoredBundle | None:
        with self.engine.connect() as conn:
            return _stored(conn, bundle_id)

    def receipt(self, bundle_id: str) -> bytes | None:
        found = self.stored_bundle(bundle_id)
        return found.receipt if found else None

    def save(self, incoming: IncomingBundle) -> SaveResult:
        """Store a bundle and its report once; a repeat of the same bytes gets the stored receipt.

        Raises BundleConflict (same id, other bytes) or RevisionConflict (same
        month and revision, other content).
        """
        for _attempt in range(_SAVE_ATTEMPTS):
            existing = self.stored_bundle(incoming.bundle_id)
            if existing is not None:
                return _repeat(existing, incoming)
            try:
                with self.engine.begin() as conn:
                    # The write comes first: on SQLite it takes the lock before anything is read.
                    conn.execute(bundle.insert().values(**_bundle_values(incoming)))
                    _attach_report(conn, incoming)
                return SaveResult(created=True, receipt=incoming.receipt)
            except IntegrityError:
                continue  # another upload won a race; look again at what it stored
        raise StoreUnavailable("The database kept refusing the bundle; try again later.")

    def bundle_owner(self, bundle_id: str) -> tuple[str, bytes] | None:
        """The entity that sent a bundle, and its receipt."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(bundle.c.entity_id, bundle.c.receipt).where(bundle.c.bundle_id == bundle_id)
            ).first()
        return (row.entity_id, row.receipt) if row else None

    def receipts_of(self, entity_id: str) -> list[bytes]:
        """Every receipt given to an entity, oldest first."""
        query = (
            select(bundle.c.receipt)
            .where(bundle.c.entity_id == entity_id)
            .order_by(bundle.c.received_at, bundle.c.bundle_id)
        )
        with self.engine.connect() as conn:
            return [row.receipt for row in conn.execute(query)]

    def use_nonce(self, requester: str, nonce: str, now: int, keep_seconds: int) -> bool:
        """Record a signed request's nonce; False if it was seen before (a replay)."""
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    delete(request_nonce).where(request_nonce.c.seen_at < now - keep_seconds)
                )
                conn.execute(
                    request_nonce.insert().values(requester=requester, nonce=nonce, seen_at=now)
                )
        except IntegrityError:
            return False
        return True

    # -- reports ---------------------------------------------------------------------

    def reports(self) -> list[ReportRecord]:
        """Every report received, by entity, month and revision."""
        query = select(
            report.c.entity_id,
            report.c.period,
            report.c.revision,
            report.c.bundle_id,
            report.c.received_at,
            report.c.report_json,
        ).order_by(report.c.entity_id, report.c.period, report.c.revision)
        with self.engine.connect() as conn:
            return [ReportRecord(**row._mapping) for row in conn.execute(query)]

    def latest_reports(self) -> Iterator[ReportRecord]:
        """The latest revision of each entity's month, by entity and month."""
        latest: dict[tuple[str, str], ReportRecord] = {}
        for record in self.reports():
            latest[(record.entity_id, record.period)] = record  # ordered: the last one wins
        yield from latest.values()


def _stored(conn: Connection, bundle_id: str) -> StoredBundle | None:
    row = conn.execute(
        select(bundle.c.bundle_id, bundle.c.sha256, bundle.c.receipt).where(
            bundle.c.bundle_id == bundle_id
        )
    ).first()
    return StoredBundle(row.bundle_id, row.sha256, row.receipt) if row else None


def _repeat(existing: StoredBundle, incoming: IncomingBundle) -> SaveResult:
    if existing.sha256 != incoming.sha256:
        raise BundleConflict(incoming.bundle_id)
    return SaveResult(created=False, receipt=existing.receipt)


def _bundle_values(incoming: IncomingBundle) -> dict[str, Any]:
    names = [column.name for column in bundle.columns]
    return {name: getattr(incoming, name) for name in names}


def _attach_report(conn: Connection, incoming: IncomingBundle) -> None:
    """The report row, unless the same revision came before in another bundle."""
    same_revision = conn.execute(
        select(report.c.report_sha256).where(
            report.c.entity_id == incoming.entity_id,
            report.c.period == incoming.period,
            report.c.revision == incoming.revision,
        )
    ).first()
    if same_revision is not None:
        if same_revision.report_sha256 != incoming.report_sha256:
            raise RevisionConflict(incoming.bundle_id)
        return  # a re-sealed copy of a revision already here: the new bundle is kept, not twice
    conn.execute(
        report.insert().values(
            entity_id=incoming.entity_id,
            period=incoming.period,
            revision=incoming.revision,
            bundle_id=incoming.bundle_id,
            schema_version=incoming.schema_version,
            report_json=incoming.report_json,
            report_sha256=incoming.report_sha256,
            report_pdf=incoming.report_pdf,
            received_at=incoming.received_at,
        )
    )
