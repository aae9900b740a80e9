"""The welcome a coordinator's device seals for a new laptop, in parts (docs/team-sync.md §9).

Through the hub, the welcome travels in parts: the head (who the laptop's user is, the
team, the entity's rows) and then the user's families, ``FAMILIES_PER_PART`` at a time,
each part its own change set. The coordinator's device hands each part over as soon as it
is sealed and committed, so the new laptop merges one while the next is sealed: the join takes about
the laptop's own time, not the two devices' times added up. A part is also what one
request to the hub may carry, so a caseload of any size joins (a coordinator's second
laptop holds every family). A welcome file for a USB stick is one part holding everything.

Every part names the welcome's part count and its own number, and is authenticated with
the invitation's secret (the head as before; a later part with the SHA-256 of its change
sets): a hub cannot drop, swap or replay one unseen. The change sets themselves are
signed by the coordinator's device, as every change set is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from hostdesk.storage.team import collecting, families, gather
from hostdesk.storage.team import device as team_device
from hostdesk.sync.keys import canonical
from hostdesk.sync.team import exchange, files
from hostdesk.sync.team.sealing import DevicePublic, seal

FAMILIES_PER_PART = 100  # about 1 MB sealed, and half a second of sealing
PART_FORMAT = files.WELCOME_PART_FORMAT
MAX_PARTS = 100_000


@dataclass(frozen=True)
class Part:
    number: int  # 0 is the head
    count: int
    data: bytes


def user_context(team: str) -> bytes:
    return b"hostdesk-team-welcome-user-v1\0" + team.encode()


@collecting.paused()  # a caseload's objects: no collection between snapshot and sealing
def head_part(
    session: Session,
    mac: Callable[[dict[str, Any]], str],
    new: DevicePublic,
    code: str,
    person: dict[str, str],
    inviter: dict[str, str],
    whole: list[str],
    count: int,
) -> Part:
    """The welcome's head, sealed in ``session`` (the transaction that adds the device):
    the entity's rows, and the whole state of the families ``whole`` (every family of a
    welcome in one part; none when they follow in parts)."""
    me = team_device.current(session)
    assert me is not None
    only = frozenset({new.device})
    first = gather.gather(session)
    sealed = [] if first is None else [exchange.seal_change_set(session, first)]
    found, erased = families.snapshots(session, whole) if whole else ([], [])
    sealed.append(exchange.seal_state(session, gather.entity_snapshot(session) + found,
                                      erased, only))  # fmt: skip
    # Sealed for the new laptop: the hub relaying the welcome never reads a name.
    sealed_user = seal(canonical(person), [new], user_context(me.team))
    header: dict[str, Any] = {
        "format": files.WELCOME_FORMAT, "team": me.team, "device": new.device, "code": code,
        "inviter": inviter, "user": base64.b64encode(sealed_user).decode(),
    }  # fmt: skip
    if count > 1:
        header["parts"] = count
    header["mac"] = mac(header)
    return Part(0, count, files.pack(canonical(header), _bytes(sealed, new.device)))


@collecting.paused()
def family_part(
    session: Session,
    mac: Callable[[dict[str, Any]], str],
    device: str,
    number: int,
    count: int,
    batch: list[str],
) -> Part:
    """Part ``number``: the whole state of ``batch``, sealed for ``device`` alone."""
    me = team_device.current(session)
    assert me is not None
    found, erased = families.snapshots(session, batch)
    envelope = exchange.seal_state(session, found, erased, frozenset({device}))
    envelopes = _bytes([envelope], device)
    return Part(number, count, part_file(mac, me.team, device, number, count, envelopes))


def batches(wanted: list[str], per_part: int | None) -> list[list[str]]:
    """The families of each later part (none when ``per_part`` is None: one part)."""
    if per_part is None:
        return []
    return [wanted[i : i + per_part] for i in range(0, len(wanted), per_part)]


def part_file(
    mac: Callable[[dict[str, Any]], str],
    team: str,
    device: str,
    number: int,
    count: int,
    envelopes: list[bytes],
) -> bytes:
    header: dict[str, Any] = {
        "format": PART_FORMAT, "team": team, "device": device, "part": number,
        "parts": count, "sha256": [hashlib.sha256(e).hexdigest() for e in envelopes],
    }  # fmt: skip
    header["mac"] = mac(header)
    return files.pack(canonical(header), envelopes)


def part_header_ok(
    header: dict[str, object], envelopes: list[bytes], *, team: str, device: str,
    number: int, count: int, mac: Callable[[dict[str, Any]], str],
) -> bool:  # fmt: skip
    """Whether ``header`` is part ``number`` of ``count`` of this device's welcome, made by
    the invitation's team, for exactly these change sets."""
    body = {k: v for k, v in header.items() if k != "mac"}
    expected = [hashlib.sha256(e).hexdigest() for e in envelopes]
    return (
        body.get("format") == PART_FORMAT and body.get("team") == team
        and body.get("device") == device and body.get("part") == number
        and body.get("parts") == count and body.get("sha256") == expected
        and _same(mac(body), header.get("mac"))
    )  # fmt: skip


def part_count(header: dict[str, object]) -> int | None:
    """The part count a head names (1 when it names none), or None when it is not one."""
    count = header.get("parts", 1)
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_PARTS:
        return None
    return count


def _bytes(envelopes: list[Any], device: str) -> list[bytes]:
    return [e.to_bytes(only_for=device) for e in envelopes if e]


def _same(computed: str, given: object) -> bool:
    return isinstance(given, str) and hmac.compare_digest(computed, given)
