"""The hub's database: teams, their devices' signing keys, change sets as received, joins.

SQLite (a file in the data folder) or PostgreSQL by URL, through one engine.
Nothing stored can be opened here: change sets are kept exactly as their
device signed and sealed them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from hostdesk.hub import limits
from hostdesk.hub.schema import (
    ADDED,
    blob,
    changeset,
    device,
    join,
    metadata,
    team,
    welcome_part,
)
from hostdesk.serving import database


class StoreUnavailable(Exception):
    """The database cannot be opened or does not answer."""


class Conflict(Exception):
    """Other content under a name already taken (a change set number, a team, a join)."""


@dataclass(frozen=True)
class DeviceKey:
    device: str
    signing_public: str
    coordinator: bool
    revoked: bool
    last_seen: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class HubStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> HubStore:
        return cls(
            database.open_tables(url, metadata, StoreUnavailable, [database.adding_columns(ADDED)])
        )

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> bool:
        return database.answers(self.engine)

    # -- teams and their devices -------------------------------------------------------

    def create_team(self, team_id: str, first: str, signing_public: str) -> bool:
        """Register a team with its first (coordinator's) device; False if it exists already
        with that same device, Conflict if with another."""
        with self.engine.begin() as conn:
            found = conn.execute(select(team.c.team).where(team.c.team == team_id)).first()
            if found is not None:
                known = self._device(conn, team_id, first)
                if known is None or known.signing_public != signing_public:
                    raise Conflict("this team is registered already")
                return False
            conn.execute(insert(team).values(team=team_id, created_at=_now()))
            conn.execute(
                insert(device).values(
                    team=team_id,
                    device=first,
                    signing_public=signing_public,
                    coordinator=True,
                    revoked=False,
                )
            )
        return True

    def device(self, team_id: str, device_id: str) -> DeviceKey | None:
        with self.engine.connect() as conn:
            return self._device(conn, team_id, device_id)

    @staticmethod
    def _device(conn: Any, team_id: str, device_id: str) -> DeviceKey | None:
        row = conn.execute(
            select(device).where(device.c.team == team_id, device.c.device == device_id)
        ).first()
        if row is None:
            return None
        return DeviceKey(
            row.device, row.signing_public, row.coordinator, row.revoked, row.last_seen
        )

    def replace_roster(self, team_id: str, roster: list[dict[str, Any]]) -> None:
        """The team's devices as its coordinator's device lists them; a revoked device stays
        revoked whatever a later list says."""
        with self.engine.begin() as conn:
            revoked = set(
                conn.execute(
                    select(device.c.device).where(device.c.team == team_id, device.c.revoked)
                ).scalars()
            )
            seen = {
                r.device: r.last_seen
                for r in conn.execute(
                    select(device.c.device, device.c.last_seen).where(device.c.team == team_id)
                )
            }
            conn.execute(delete(device).where(device.c.team == team_id))
            for entry in roster:
                conn.execute(
                    insert(device).values(
                        team=team_id,
                        device=entry["device"],
                        signing_public=entry["signing"],
                        coordinator=bool(entry["coordinator"]),
                        revoked=bool(entry["revoked"]) or entry["device"] in revoked,
                        last_seen=seen.get(entry["device"]),
                    )
                )

    def touch(self, team_id: str, device_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(device)
                .where(device.c.team == team_id, device.c.device == device_id)
                .values(last_seen=_now())
            )

    def devices(self, team_id: str) -> list[DeviceKey]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(device).where(device.c.team == team_id)).all()
        return [
            DeviceKey(r.device, r.signing_public, r.coordinator, r.revoked, r.last_seen)
            for r in rows
        ]

    # -- change sets ----------------------------------------------------------------------

    def put_changeset(self, team_id: str, origin: str, seq: int, sha256: str, data: bytes) -> bool:
        """Store a change set once: True if new, False if these bytes were here already."""
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(changeset).values(
                        team=team_id,
                        origin=origin,
                        seq=seq,
                        sha256=sha256,
                        size=len(data),
                        received_at=_now(),
                        data=data,
                    )
                )
        except IntegrityError:
            with self.engine.connect() as conn:
                stored = conn.execute(
                    select(changeset.c.sha256).where(
                        changeset.c.team == team_id,
                        changeset.c.origin == origin,
                        changeset.c.seq == seq,
                    )
                ).scalar()
            if stored == sha256:
                return False
            raise Conflict("another change set was stored under this number") from None
        return True

    # -- documents' bytes ----------------------------------------------------------------

    def put_blob(
        self, team_id: str, blob_id: str, origin: str, data: bytes, family: str | None = None
    ) -> None:
        """Store a document's sealed bytes, replacing an older sealing of the same one."""
        with self.engine.begin() as conn:
            conn.execute(delete(blob).where(blob.c.team == team_id, blob.c.blob == blob_id))
            conn.execute(
                insert(blob).values(
                    team=team_id,
                    blob=blob_id,
                    origin=origin,
                    size=len(data),
                    stored_at=_now(),
                    data=data,
                    family=family,
                )
            )

    def withdraw_blobs(self, team_id: str, families: list[str]) -> int:
        """Drop the documents' bytes of these (erased) families; how many."""
        with self.engine.begin() as conn:
            done = conn.execute(
                delete(blob).where(blob.c.team == team_id, blob.c.family.in_(families))
            )
        return int(done.rowcount or 0)

    def blob(self, team_id: str, blob_id: str) -> bytes | None:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(blob.c.data).where(blob.c.team == team_id, blob.c.blob == blob_id)
            ).scalar()
        return None if found is None else bytes(found)

    def changesets_after(self, team_id: str, cursor: int, count: int) -> list[tuple[int, bytes]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(changeset.c.id, changeset.c.data)
                .where(changeset.c.team == team_id, changeset.c.id > cursor)
                .order_by(changeset.c.id)
                .limit(count)
            ).all()
        return [(int(r.id), bytes(r.data)) for r in rows]

    def replace_changeset_data(self, team_id: str, row_id: int, data: bytes) -> None:
        """The same change set with parcels withdrawn (its number and hash unchanged)."""
        with self.engine.begin() as conn:
            conn.execute(
                update(changeset)
                .where(changeset.c.team == team_id, changeset.c.id == row_id)
                .values(data=data, size=len(data))
            )

    def holdings(self, team_id: str) -> dict[str, int]:
        """Per device, the highest change set number the hub holds."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(changeset.c.origin, func.max(changeset.c.seq))
                .where(changeset.c.team == team_id)
                .group_by(changeset.c.origin)
            ).all()
        return {origin: int(seq) for origin, seq in rows}

    def seqs_of(self, team_id: str, origin: str) -> set[int]:
        with self.engine.connect() as conn:
            return set(
                conn.execute(
                    select(changeset.c.seq).where(
                        changeset.c.team == team_id, changeset.c.origin == origin
                    )
                ).scalars()
            )

    # -- joining ----------------------------------------------------------------------------

    def put_join(self, invite: str, request: bytes, poll_hash: str) -> None:
        self.forget_joins_before(datetime.now(UTC) - limits.JOIN_KEPT)
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(join).values(
                        invite=invite, request=request, poll_hash=poll_hash, created_at=_now()
                    )
                )
        except IntegrityError:
            raise Conflict("a request for this invitation was sent already") from None

    def join(self, invite: str) -> tuple[bytes, str, bytes | None] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(join).where(join.c.invite == invite)).first()
        if row is None:
            return None
        return (
            bytes(row.request),
            row.poll_hash,
            None if row.welcome is None else bytes(row.welcome),
        )

    def put_welcome(self, invite: str, welcome: bytes) -> bool:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(join)
                .where(join.c.invite == invite, join.c.welcome.is_(None))
                .values(welcome=welcome)
            )
        return bool(done.rowcount)

    def put_welcome_part(self, invite: str, part: int, data: bytes) -> bool:
        """Keep part ``part`` of a welcome whose head is here; True when kept, or when the
        very same bytes were (a retry); False for other bytes, or with no head yet."""
        try:
            with self.engine.begin() as conn:
                head = conn.execute(
                    select(join.c.invite).where(
                        join.c.invite == invite, join.c.welcome.is_not(None)
                    )
                ).first()
                if head is None:
                    return False
                conn.execute(
                    insert(welcome_part).values(
                        invite=invite, part=part, data=data, stored_at=_now()
                    )
                )
        except IntegrityError:
            return self.welcome_part(invite, part) == data
        return True

    def welcome_part(self, invite: str, part: int) -> bytes | None:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(welcome_part.c.data).where(
                    welcome_part.c.invite == invite, welcome_part.c.part == part
                )
            ).scalar()
        return None if found is None else bytes(found)

    def forget_join(self, invite: str) -> None:
        """The join request and the welcome, once the laptop has it all (or never will)."""
        with self.engine.begin() as conn:
            conn.execute(delete(welcome_part).where(welcome_part.c.invite == invite))
            conn.execute(delete(join).where(join.c.invite == invite))

    def forget_joins_before(self, moment: datetime) -> int:
        """Joins made before ``moment`` (an invitation is valid 24 hours): their welcomes
        are not kept for good; how many."""
        cutoff = moment.isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            old = list(
                conn.execute(select(join.c.invite).where(join.c.created_at < cutoff)).scalars()
            )
            if old:
                conn.execute(delete(welcome_part).where(welcome_part.c.invite.in_(old)))
                conn.execute(delete(join).where(join.c.invite.in_(old)))
        return len(old)
