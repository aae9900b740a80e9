"""The team's devices (they travel entity-wide) and this device's private keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from hostdesk.storage import audit
from hostdesk.storage.models import AppUser
from hostdesk.storage.team.models import TeamDevice, TeamState


@dataclass(frozen=True)
class DeviceInfo:
    device: str
    user_uuid: str
    username: str
    label: str
    code: str
    signing_public: str
    box_public: str
    added_at: datetime
    revoked_at: datetime | None
    last_seq: int | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def list_devices(session: Session) -> list[DeviceInfo]:
    rows = session.exec(select(TeamDevice).order_by(col(TeamDevice.added_at))).all()
    names = dict(session.exec(select(AppUser.user_uuid, AppUser.username)).all())
    return [
        DeviceInfo(r.uid, r.user_uuid, names.get(r.user_uuid, ""), r.label, r.code,
                   r.signing_public, r.box_public, r.added_at, r.revoked_at, r.last_seq)
        for r in rows
    ]  # fmt: skip


def get(session: Session, device: str) -> DeviceInfo | None:
    return next((d for d in list_devices(session) if d.device == device), None)


def add(
    session: Session,
    *,
    device: str,
    user_uuid: str,
    label: str,
    code: str,
    signing_public: str,
    box_public: str,
    added_by: str,
) -> None:
    session.add(
        TeamDevice(uid=device, user_uuid=user_uuid, label=label, code=code,
                   signing_public=signing_public, box_public=box_public,
                   added_at=datetime.now(UTC), added_by=added_by)
    )  # fmt: skip
    session.flush()


def revoke(session: Session, device: str, by: str, last_seq: int) -> None:
    row = session.exec(select(TeamDevice).where(TeamDevice.uid == device)).one()
    row.revoked_at, row.revoked_by, row.last_seq = datetime.now(UTC), by, last_seq
    session.add(row)
    session.flush()


def next_code(session: Session) -> str:
    """The numbering code of the next device: B, C, … Z, then BA, BB, …"""
    taken = set(session.exec(select(TeamDevice.code)).all())
    taken |= set(session.execute(text("SELECT device_code FROM team_state")).scalars())
    letters = "BCDFGHJKLMNPQRSTVWXZ"  # no vowels: a code never spells a word
    for first in ["", *letters]:
        for second in letters:
            code = first + second
            if code not in taken:
                return code
    raise RuntimeError("no device code left")


def save_keys(session: Session, signing: bytes, box: bytes) -> None:
    state = session.get(TeamState, 1)
    assert state is not None
    state.signing_key, state.box_key = signing, box
    session.add(state)
    session.flush()


def private_keys(session: Session) -> tuple[bytes, bytes] | None:
    state = session.get(TeamState, 1)
    if state is None or state.signing_key is None or state.box_key is None:
        return None
    return state.signing_key, state.box_key


def highest_contiguous(session: Session, device: str) -> int:
    """The highest change set number of ``device`` held here with none missing below."""
    seqs = session.execute(
        text("SELECT seq FROM team_changeset WHERE origin = :o AND state != 'refused'"
             " ORDER BY seq"), {"o": device},
    ).scalars()  # fmt: skip
    top = 0
    for seq in seqs:
        if seq != top + 1:
            break
        top = seq
    return top


def revoke_devices_of(session: Session, user_uuid: str, actor: str) -> list[str]:
    """Revoke every active device of a user (the user was removed); returns their ids."""
    me = session.execute(text("SELECT device_id FROM team_state")).scalar()
    if me is None:
        return []
    revoked = []
    for info in list_devices(session):
        if info.user_uuid == user_uuid and info.active and info.device != me:
            revoke(session, info.device, str(me), highest_contiguous(session, info.device))
            audit.append(session, actor, "team.device_revoke", "team_device", info.device,
                         {"why": "user_removed"})  # fmt: skip
            revoked.append(info.device)
    return revoked
