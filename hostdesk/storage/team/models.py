"""The vault's team tables (revisions 0014, 0017 and 0019). None of them travels as such; see
``hostdesk.storage.team.tables`` for what does."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field, SQLModel


class TeamState(SQLModel, table=True):
    """This device in its team: one row once the vault takes part in a team."""

    __tablename__ = "team_state"
    __table_args__ = (CheckConstraint("id = 1", name="ck_team_state_single"),)

    id: int = Field(default=1, primary_key=True)
    team_id: str
    device_id: str
    device_code: str = ""  # case numbers of this device: HD-2026-<code>00042
    next_seq: int = 1  # the dot of the change set being gathered
    clock: str = "0000000000000-0000"  # the hybrid logical clock's last stamp
    signing_key: bytes | None = None  # Ed25519 private key (raw), inside the encrypted vault
    box_key: bytes | None = None  # X25519 private key (raw) for HPKE
    hub_url: str = ""
    created_at: datetime


class TeamPending(SQLModel, table=True):
    """Rows and fields changed since the last capture, written by triggers."""

    __tablename__ = "team_pending"

    tbl: str = Field(primary_key=True)
    rid: int = Field(primary_key=True)
    fld: str = Field(primary_key=True)  # a column, '*' (created) or '-' (deleted)
    uid: str | None = None  # of a deleted row
    family: str | None = None  # the family of a deleted row
    at: int = 0  # wall clock, ms, when the change was made


class TeamMerging(SQLModel, table=True):
    """One row while a merge writes rows (0019): the capture triggers note nothing then.
    Written and removed inside the merge's transaction, so never seen outside it."""

    __tablename__ = "team_merging"
    __table_args__ = (CheckConstraint("id = 1", name="ck_team_merging_single"),)

    id: int = Field(default=1, primary_key=True)


class TeamRow(SQLModel, table=True):
    """A travelling row's registers (JSON); absent while the row is as it was before the team."""

    __tablename__ = "team_row"
    __table_args__ = (
        Index("ix_team_row_family", "family"),
        Index("ix_team_row_conflicted", "conflicted"),
        Index("ix_team_row_waiting", "waiting"),
    )

    tbl: str = Field(primary_key=True)
    uid: str = Field(primary_key=True)
    family: str | None = None
    state: str  # JSON, see codec.row_to_json
    conflicted: bool = False
    waiting: bool = False  # merged, but its parent row is not here yet
    local_seq: int | None = Field(default=None, index=True)  # this device's last write's dot


class TeamErasure(SQLModel, table=True):
    """The erasure that won for a family (anonymised or deleted): kept for good."""

    __tablename__ = "team_erasure"

    family: str = Field(primary_key=True)
    kind: str
    origin: str
    seq: int
    data: str  # JSON, the erasure as sent


class TeamDrop(SQLModel, table=True):
    """An edit dropped because its family was erased: where it came from, never its value."""

    __tablename__ = "team_drop"
    __table_args__ = (Index("ix_team_drop_family", "family"),)

    id: int | None = Field(default=None, primary_key=True)
    origin: str
    seq: int
    family: str
    tbl: str
    uid: str
    fld: str
    at: datetime


class TeamChangeSet(SQLModel, table=True):
    """A change set this device holds: its own and others', merged, held back or to relay."""

    __tablename__ = "team_changeset"
    __table_args__ = (Index("ix_team_changeset_state", "state"),)

    origin: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    state: str  # own, merged, held
    hold_reason: str = ""
    hlc: str
    level: int = 1
    sha256: str = ""
    envelope: bytes | None = None  # the signed envelope, parcels sealed
    received_at: datetime


class TeamDevice(SQLModel, table=True):
    """A device of the team (travels entity-wide: every device knows every device)."""

    __tablename__ = "team_device"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)  # the device id
    user_uuid: str
    label: str = ""
    code: str = ""
    signing_public: str = ""  # base64, raw Ed25519
    box_public: str = ""  # base64, raw X25519
    added_at: datetime
    added_by: str = ""  # the device that added it
    revoked_at: datetime | None = None
    revoked_by: str = ""
    # Its change sets numbered above this are refused once it is revoked.
    last_seq: int | None = None


class TeamPeer(SQLModel, table=True):
    """What this device knows of another device: last contact, what it holds."""

    __tablename__ = "team_peer"

    device: str = Field(primary_key=True)
    last_contact: datetime | None = None
    holds: str = "{}"  # JSON version vector: origin -> highest seq it holds


class TeamFamilyRecipients(SQLModel, table=True):
    """The devices a family's last parcel was sealed for (entitlement changes reach them)."""

    __tablename__ = "team_family_recipients"

    family: str = Field(primary_key=True)
    devices: str = "[]"  # JSON list of device ids


class TeamInvite(SQLModel, table=True):
    """A one-time invitation this (coordinator's) device made: the secret's hash only."""

    __tablename__ = "team_invite"

    id: str = Field(primary_key=True)
    secret_hash: str
    user_uuid: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    used_by_device: str = ""


class TeamWithheld(SQLModel, table=True):
    """A family this vault held before it joined its team, not offered to the team yet."""

    __tablename__ = "team_withheld"

    family: str = Field(primary_key=True)
    duplicate: str = ""  # what the duplicate check found (JSON), empty when nothing
    noted_at: datetime


class TeamBlob(SQLModel, table=True):
    """A document whose bytes this device sent to the hub or received from it (they follow
    the row lazily), and the devices they were sealed for then."""

    __tablename__ = "team_blob"

    attachment: str = Field(primary_key=True)  # the attachment's global id
    sent_at: datetime
    sealed_for: str = Field(default="", sa_column_kwargs={"server_default": ""})  # ids, spaced
