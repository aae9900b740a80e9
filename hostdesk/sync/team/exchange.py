"""Sealing what this device wrote, and receiving what others sealed, whatever the transport.

``seal_pending`` closes the change set being gathered and seals each family's
parcel for the devices entitled to it. ``receive`` checks a change set's form
and signature, holds it back when it may not be merged yet (a clock far
ahead, a newer HostDesk, a device not known yet), opens the parcels sealed
for this device and merges them in one transaction with the audit entry.
Every change set is kept, sealed, so that it can be passed on to a device
that lacks it.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.team.admission import SCHEMA_LEVEL, admission
from hostdesk.domain.team.clock import Hlc
from hostdesk.domain.team.erasure import Erasure
from hostdesk.domain.team.identity import ENTITY_PARCEL, family_pseudonym
from hostdesk.domain.team.replica import ChangeSet, RowChange
from hostdesk.domain.team.vectors import Dot
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import devices, entitlement, gather, held, merge
from hostdesk.storage.team.tables import BY_TABLE, Scope
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team import parcels
from hostdesk.sync.team.sealing import DeviceKeys, DevicePublic, SealError, open_sealed, seal


class Outcome(StrEnum):
    MERGED = "merged"
    DUPLICATE = "duplicate"
    HELD = "held"
    OWN = "own"
    REFUSED = "refused"


@dataclass(frozen=True)
class Received:
    outcome: Outcome
    origin: str
    seq: int
    reason: str = ""


def parcel_context(team: str, origin: str, seq: int, index: int, family: str) -> bytes:
    return f"hostdesk-team-parcel-v1\0{team}\0{origin}\0{seq}\0{index}\0{family}".encode()


def keys_of(session: Session) -> DeviceKeys:
    me = team_device.current(session)
    raw = devices.private_keys(session)
    if me is None or raw is None:
        raise ValueError("this vault takes part in no team")
    return DeviceKeys.from_raw(me.device, *raw)


def public_of(info: devices.DeviceInfo) -> DevicePublic:
    return DevicePublic.from_raw(
        info.device, base64.b64decode(info.signing_public), base64.b64decode(info.box_public)
    )


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- sending ----------------------------------------------------------------------------


def seal_change_set(
    session: Session, change_set: ChangeSet, only_for: frozenset[str] | None = None
) -> env.Envelope:
    """Seal a change set of this device: each family for its devices (or only ``only_for``),
    and keep it, sealed, as this device's own."""
    me = team_device.current(session)
    assert me is not None
    keys = keys_of(session)
    known = {d.device: d for d in devices.list_devices(session)}
    sealed: list[tuple[str, tuple[str, ...], bytes]] = []
    for family, (rows, erasure) in parcels.split(change_set.rows, change_set.erasures).items():
        to = entitlement.entitled_devices(session, family) if only_for is None else only_for
        to = frozenset(d for d in to if d != me.device and d in known and known[d].active)
        if not to:
            continue  # no other device holds it: nothing to send
        name = ENTITY_PARCEL if family is None else family_pseudonym(me.team, family)
        context = parcel_context(me.team, me.device, change_set.dot.seq, len(sealed), name)
        body = seal(parcels.encode(family, rows, erasure),
                    [public_of(known[d]) for d in sorted(to)], context)  # fmt: skip
        sealed.append((name, tuple(sorted(to)), body))
        if family is not None:
            held.record_recipients(session, family, to)
    envelope = env.build(keys, team=me.team, seq=change_set.dot.seq, hlc=str(change_set.hlc),
                         level=SCHEMA_LEVEL, created_at=_now_text(), parcels=sealed)  # fmt: skip
    session.execute(
        text("INSERT INTO team_changeset (origin, seq, state, hold_reason, hlc, level, sha256,"
             " envelope, received_at) VALUES (:o, :s, 'own', '', :h, :l, :sha, :e, :at)"
             " ON CONFLICT (origin, seq) DO UPDATE SET envelope = excluded.envelope,"
             " sha256 = excluded.sha256, hlc = excluded.hlc"),
        {"o": me.device, "s": change_set.dot.seq, "h": envelope.hlc, "l": SCHEMA_LEVEL,
         "sha": envelope.sha256(), "e": envelope.to_bytes(), "at": datetime.now(UTC)},
    )  # fmt: skip
    return envelope


def seal_pending(vault: Vault) -> env.Envelope | None:
    """Seal what this device wrote since its last change set (None if nothing)."""
    with vault.changing() as session:
        change_set = gather.gather(session)
        if change_set is None:
            return None
        return seal_change_set(session, change_set)


def seal_state(
    session: Session, rows: list[RowChange], erasures: list[Erasure], to: frozenset[str]
) -> env.Envelope:
    """Whole states (a joining device, a family newly shared) as this device's next change set."""
    gathered = gather.gather(session)
    if gathered is not None:
        seal_change_set(session, gathered)
    me = team_device.current(session)
    assert me is not None
    change_set = ChangeSet(me.dot, tuple(rows), tuple(erasures))
    session.execute(
        text("INSERT INTO team_changeset (origin, seq, state, hold_reason, hlc, level, sha256,"
             " received_at) VALUES (:o, :s, 'own', '', :h, :l, '', :at)"),
        {"o": me.device, "s": me.next_seq, "h": str(change_set.hlc), "l": SCHEMA_LEVEL,
         "at": datetime.now(UTC)},
    )  # fmt: skip
    team_device.advance(session)
    return seal_change_set(session, change_set, only_for=to)


# -- receiving --------------------------------------------------------------------------


def receive(vault: Vault, data: bytes, trusted: Sequence[DevicePublic] = ()) -> Received:
    """Take one change set from any transport. Raises EnvelopeError for junk.

    ``trusted``: public keys of devices the team's list does not hold yet (the inviting
    device, when its welcome arrives).
    """
    envelope = env.parse(data)
    with vault.changing() as session:
        return _receive(vault, session, envelope, {k.device: k for k in trusted})


def _receive(
    vault: Vault, session: Session, envelope: env.Envelope, trusted: dict[str, DevicePublic]
) -> Received:
    me = team_device.current(session)
    if me is None:
        raise env.EnvelopeError("This vault takes part in no team.")
    origin, seq = envelope.origin, envelope.seq
    if envelope.team != me.team:
        raise env.EnvelopeError("This change set belongs to another team.")
    if origin == me.device:
        return Received(Outcome.OWN, origin, seq)
    state = session.execute(
        text("SELECT state FROM team_changeset WHERE origin = :o AND seq = :s"),
        {"o": origin, "s": seq},
    ).scalar()
    if state in ("merged", "refused"):
        return Received(Outcome.DUPLICATE, origin, seq)
    sender = devices.get(session, origin)
    if sender is None and origin not in trusted:
        return _hold(session, envelope, "unknown_device")
    envelope.check_signature(public_of(sender) if sender else trusted[origin])
    if sender and not sender.active and (sender.last_seq is None or seq > sender.last_seq):
        _record(session, envelope, "refused", "revoked")
        return Received(Outcome.REFUSED, origin, seq, "revoked")
    hold = admission(Hlc.parse(envelope.hlc), envelope.level, team_device.wall_ms())
    if hold is not None:
        return _hold(session, envelope, hold.value)
    change_set = _open(session, envelope, keys_of(session))
    merge.merge_change_set(session, change_set, actor=vault.user.username,
                           sha256=envelope.sha256())  # fmt: skip
    _record(session, envelope, "merged", "")
    return Received(Outcome.MERGED, origin, seq)


def _open(session: Session, envelope: env.Envelope, keys: DeviceKeys) -> ChangeSet:
    rows: list[RowChange] = []
    erasures: list[Erasure] = []
    for index, (entry, body) in enumerate(zip(envelope.entries, envelope.parcels, strict=True)):
        if body is None or keys.device not in entry.to:
            continue
        context = parcel_context(envelope.team, envelope.origin, envelope.seq, index, entry.family)
        plain = open_sealed(body, keys, context)
        if plain is None:
            continue
        family, found, erasure = parcels.decode(plain)
        expected = ENTITY_PARCEL if family is None else family_pseudonym(envelope.team, family)
        if expected != entry.family or not _in_scope(family, found):
            raise SealError("A parcel's content does not match the family it is filed under.")
        rows += found
        erasures += [erasure] if erasure else []
    return ChangeSet(Dot(envelope.origin, envelope.seq), tuple(rows), tuple(erasures))


def _in_scope(family: str | None, rows: list[RowChange]) -> bool:
    wanted = Scope.ENTITY if family is None else Scope.FAMILY
    return all(r.table in BY_TABLE and BY_TABLE[r.table].scope is wanted for r in rows)


def _hold(session: Session, envelope: env.Envelope, reason: str) -> Received:
    _record(session, envelope, "held", reason)
    return Received(Outcome.HELD, envelope.origin, envelope.seq, reason)


def _record(session: Session, envelope: env.Envelope, state: str, reason: str) -> None:
    session.execute(
        text("INSERT INTO team_changeset (origin, seq, state, hold_reason, hlc, level, sha256,"
             " envelope, received_at) VALUES (:o, :s, :st, :r, :h, :l, :sha, :e, :at)"
             " ON CONFLICT (origin, seq) DO UPDATE SET state = excluded.state,"
             " hold_reason = excluded.hold_reason, envelope = excluded.envelope"),
        {"o": envelope.origin, "s": envelope.seq, "st": state, "r": reason, "h": envelope.hlc,
         "l": envelope.level, "sha": envelope.sha256(), "e": envelope.to_bytes(),
         "at": datetime.now(UTC)},
    )  # fmt: skip


def retry_held(vault: Vault) -> list[Received]:
    """Held change sets, tried again (after an update, or once the clock caught up)."""
    with vault.session() as session:
        held = (
            session.execute(
                text(
                    "SELECT envelope FROM team_changeset WHERE state = 'held' ORDER BY origin, seq"
                )
            )
            .scalars()
            .all()
        )
    results = []
    for data in held:
        results.append(receive(vault, data))
    return results
