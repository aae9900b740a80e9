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
from hostdesk.storage import retention
from hostdesk.storage.team import device as team_device
from hostdesk.storage.team import devices, entitlement, families, gather, held, merge, removal
from hostdesk.storage.team.collecting import paused
from hostdesk.storage.team.tables import BY_TABLE, Scope
from hostdesk.storage.vault import Vault
from hostdesk.sync.team import envelope as env
from hostdesk.sync.team import parcels, withdrawal
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
    removed: int = 0  # families this device no longer holds after it
    withdrawn: int = 0  # kept change sets that lost an erased family's parcels


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
    split = parcels.split(change_set.rows, change_set.erasures)
    named = [family for family in split if family is not None]
    entitled_of = entitlement.entitled_devices_of(session, named)
    before_of = held.last_recipients_of(session, named)
    everyone = entitlement.entitled_devices(session, None)
    sealed: list[tuple[str, tuple[str, ...], bytes]] = []
    recorded: dict[str, frozenset[str]] = {}
    newcomers: dict[str, tuple[list[str], int]] = {}  # family -> devices, rows carried
    for family, (rows, erasure) in split.items():
        entitled = everyone if family is None else entitled_of[family]
        before = frozenset() if family is None else before_of[family]
        # Devices that held the family at the last sealing get this one too: it may be the
        # change that tells them it is no longer theirs.
        to = (entitled | before) if only_for is None else only_for
        to = frozenset(d for d in to if d != me.device and d in known and known[d].active)
        if not to:
            continue  # no other device holds it: nothing to send
        _parcel(me.team, me.device, change_set.dot.seq, family).seal_into(
            sealed, [known[d] for d in sorted(to)], rows, erasure
        )
        if family is None:
            continue
        # What the family's devices are known to hold now (a device sent a parcel holds it).
        recorded[family] = entitled if only_for is None else (before | to) & entitled
        newly = sorted(d for d in to - before if d in entitled)
        if only_for is None and newly and erasure is None:
            newcomers[family] = (newly, len(rows))
    held.record_many(session, recorded)
    _seal_whole_states(session, me.team, me.device, change_set.dot.seq, newcomers, known, sealed)
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
    if change_set.erasures:  # this device erased them: their old parcels go (withdrawal)
        withdrawal.withdraw_erased(session, change_set.erasures)
    return envelope


def _seal_whole_states(
    session: Session,
    team: str,
    origin: str,
    seq: int,
    newcomers: dict[str, tuple[list[str], int]],
    known: dict[str, devices.DeviceInfo],
    sealed: list[tuple[str, tuple[str, ...], bytes]],
) -> None:
    """The family as a whole, for the devices that did not hold it, unless the parcel carried
    every row of it already (the family was just created)."""
    if not newcomers:
        return
    rows, _erased = families.snapshots(session, list(newcomers))
    by_family: dict[str, list[RowChange]] = {}
    for row in rows:
        by_family.setdefault(row.family or "", []).append(row)
    for family, (newly, carried) in newcomers.items():
        state = by_family.get(family, [])
        if carried >= len(state):
            continue
        _parcel(team, origin, seq, family).seal_into(sealed, [known[d] for d in newly], state, None)


def _parcel(team: str, origin: str, seq: int, family: str | None) -> _Parcel:
    name = ENTITY_PARCEL if family is None else family_pseudonym(team, family)
    return _Parcel(team, origin, seq, family, name)


@dataclass(frozen=True)
class _Parcel:
    team: str
    origin: str
    seq: int
    family: str | None
    name: str

    def seal_into(
        self,
        sealed: list[tuple[str, tuple[str, ...], bytes]],
        to: list[devices.DeviceInfo],
        rows: list[RowChange],
        erasure: Erasure | None,
    ) -> None:
        context = parcel_context(self.team, self.origin, self.seq, len(sealed), self.name)
        body = seal(parcels.encode(self.family, rows, erasure), [public_of(d) for d in to], context)
        sealed.append((self.name, tuple(sorted(d.device for d in to)), body))


def seal_pending(vault: Vault) -> env.Envelope | None:
    """Seal what this device wrote since its last change set (None if nothing)."""
    with vault.changing() as session:
        change_set = gather.gather(session)
        if change_set is None:
            return None
        envelope = seal_change_set(session, change_set)
    if change_set.erasures:  # their old parcels were withdrawn: no WAL frame keeps them
        retention.purge_deleted_text(vault)
    return envelope


def seal_erasures_now(vault: Vault) -> None:
    """In a team, seal what was just erased here at once: the family's old parcels in the
    change sets this device keeps are withdrawn now, not at the next sync."""
    with vault.session() as session:
        if team_device.current(session) is None:
            return
    seal_pending(vault)


@paused()  # a caseload's whole state: no collection mid-batch
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


@paused()  # a welcome's parcels, opened and merged: no collection mid-batch
def receive(vault: Vault, data: bytes, trusted: Sequence[DevicePublic] = ()) -> Received:
    """Take one change set from any transport. Raises EnvelopeError for junk.

    ``trusted``: public keys of devices the team's list does not hold yet (the inviting
    device, when its welcome arrives).
    """
    envelope = env.parse(data)
    with vault.changing() as session:
        result = _receive(vault, session, envelope, {k.device: k for k in trusted})
    if result.removed or result.withdrawn:
        retention.purge_deleted_text(vault)  # no page, index segment or WAL frame keeps them
    return result


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
    change_set, opened = _open(session, envelope, keys_of(session))
    merge.merge_change_set(session, change_set, actor=vault.user.username,
                           sha256=envelope.sha256())  # fmt: skip
    _record(session, envelope, "merged", "")
    _remember_holders(session, origin, opened)
    if vault.user.is_coordinator:
        _forward(session, me.device, origin, opened)
    removed = _remove_not_mine(session, vault.user.username, change_set)
    withdrawn = withdrawal.after_merge(session, change_set, opened, vault.user.is_coordinator)
    return Received(Outcome.MERGED, origin, seq, removed=removed, withdrawn=withdrawn)


def _forward(
    session: Session, me: str, origin: str, opened: list[tuple[str | None, tuple[str, ...]]]
) -> None:
    """A coordinator's device passes a family on to devices entitled to it that the sender
    did not seal it for (it did not know yet that the family is theirs): one change set for
    the families that go to the same devices."""
    named = [(family, to) for family, to in opened if family is not None]
    entitled_of = entitlement.entitled_devices_of(session, [f for f, _ in named])
    groups: dict[frozenset[str], list[str]] = {}
    for family, to in named:
        missing = entitled_of[family] - set(to) - {me, origin}
        if missing:
            groups.setdefault(frozenset(missing), []).append(family)
    for missing, group in sorted(groups.items(), key=lambda g: sorted(g[0])):
        state, erased = families.snapshots(session, group)
        seal_state(session, state, erased, missing)


def _remember_holders(
    session: Session, origin: str, opened: list[tuple[str | None, tuple[str, ...]]]
) -> None:
    """The devices a received parcel was sealed for, and its sender, hold the family: this
    device's next parcel of it needs no whole state for them."""
    named = [(family, to) for family, to in opened if family is not None]
    if not named:
        return
    entitled_of = entitlement.entitled_devices_of(session, [f for f, _ in named])
    before_of = held.last_recipients_of(session, [f for f, _ in named])
    held.record_many(session, {
        family: (before_of[family] | set(to) | {origin}) & entitled_of[family]
        for family, to in named
    })  # fmt: skip


_ENTITLING = frozenset({"family", "family_share", "app_user", "team_device"})


def _remove_not_mine(session: Session, actor: str, change_set: ChangeSet) -> int:
    """Families reassigned away from this device's user leave it, after what was written
    here on them is sealed for the devices that now hold them."""
    if not any(row.table in _ENTITLING for row in change_set.rows):
        return 0
    gone = entitlement.families_not_mine(session)
    if not gone:
        return 0
    gathered = gather.gather(session)
    if gathered is not None:
        seal_change_set(session, gathered)
    me = team_device.current(session)
    assert me is not None
    for family in gone:
        removal.remove_family(session, family, actor)
        withdraw_parcels(session, family_pseudonym(me.team, family), me.device)
    return len(gone)


def withdraw_parcels(session: Session, pseudonym: str, me: str) -> None:
    """Take a family's parcels that this device could open out of the change sets it keeps
    to pass on (parcels sealed for others only, its own last edits among them, stay)."""
    found = session.execute(
        text("SELECT origin, seq, envelope FROM team_changeset WHERE envelope IS NOT NULL")
    ).all()
    for origin, seq, data in found:
        if pseudonym.encode() not in data:
            continue  # the header names every parcel's family: a cheap test first
        envelope = env.parse(data)
        readable = [e for e in envelope.entries if e.family == pseudonym and me in e.to]
        if readable:
            kept = envelope.without_parcels_where(lambda e: e.family == pseudonym and me in e.to)
            session.execute(
                text("UPDATE team_changeset SET envelope = :e WHERE origin = :o AND seq = :s"),
                {"e": kept.to_bytes(), "o": origin, "s": seq},
            )


def _open(
    session: Session, envelope: env.Envelope, keys: DeviceKeys
) -> tuple[ChangeSet, list[tuple[str | None, tuple[str, ...]]]]:
    """The parcels sealed for this device, merged into one change set; and which family
    each was, and for whom it was sealed."""
    rows: list[RowChange] = []
    erasures: list[Erasure] = []
    opened: list[tuple[str | None, tuple[str, ...]]] = []
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
        opened.append((family, entry.to))
    return ChangeSet(Dot(envelope.origin, envelope.seq), tuple(rows), tuple(erasures)), opened


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
