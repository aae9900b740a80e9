"""The file transport: what another device lacks, on a USB stick, in any order, any number
of times (docs/team-sync.md §10).

A file is a short header (team, the device that wrote it, what that device
holds, the documents it lacks) and the change sets, each as its envelope, then
the documents' sealed bytes (``file_documents``; such a file is
``hostdesk-team-file-v2``, the header saying how many envelopes come first).
Importing a file merges what it carries and remembers what the writer holds and
lacks, so the next export to it carries only that.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.storage.team import device as team_device
from hostdesk.storage.vault import Vault
from hostdesk.sync.keys import canonical
from hostdesk.sync.team import exchange, file_documents
from hostdesk.sync.team.envelope import EnvelopeError
from hostdesk.sync.team.sealing import DevicePublic

MAGIC = b"HDTEAMF1"
FORMAT = "hostdesk-team-file-v1"
FORMAT_V2 = "hostdesk-team-file-v2"  # documents' bytes after the envelopes
WELCOME_FORMAT = "hostdesk-team-welcome-v1"  # the same, with what a joining laptop needs
WELCOME_PART_FORMAT = "hostdesk-team-welcome-part-v1"  # a welcome's later part (``welcome``)
_LENGTH = struct.Struct(">I")
MAX_FILE = 1024 * 1024 * 1024


@dataclass(frozen=True)
class Imported:
    merged: int
    duplicates: int
    held: int
    refused: int
    writer: str
    documents: int = 0  # documents whose bytes arrived
    documents_size: int = 0
    complete: bool = True  # False: a welcome's later parts wait for the next sync


@dataclass(frozen=True)
class Exported:
    data: bytes
    change_sets: int
    documents: int
    documents_size: int
    left_out: int  # documents that did not fit in this file: they go in the next one
    left_out_size: int


def holdings(session: Session) -> dict[str, int]:
    """Per device, the highest change set number this device holds with none missing below."""
    rows = session.execute(
        text("SELECT origin, seq FROM team_changeset WHERE state != 'refused'"
             " ORDER BY origin, seq")
    ).all()  # fmt: skip
    held: dict[str, int] = {}
    for origin, seq in rows:
        if seq == held.get(origin, 0) + 1:
            held[origin] = seq
    return held


def known_holdings(session: Session, peer: str) -> dict[str, int]:
    found = session.execute(
        text("SELECT holds FROM team_peer WHERE device = :d"), {"d": peer}
    ).scalar()
    return json.loads(found) if found else {}


def lacking(session: Session, peer_holds: Mapping[str, int]) -> list[bytes]:
    rows = session.execute(
        text("SELECT origin, seq, envelope FROM team_changeset"
             " WHERE envelope IS NOT NULL AND state != 'refused' ORDER BY origin, seq")
    ).all()  # fmt: skip
    return [data for origin, seq, data in rows if seq > peer_holds.get(origin, 0)]


def export(vault: Vault, peer: str | None = None) -> bytes:
    """Everything ``peer`` lacks as far as this device knows (everything, for no peer)."""
    return export_file(vault, peer).data


def export_file(
    vault: Vault, peer: str | None = None, budget: int = file_documents.DOCUMENTS_BUDGET
) -> Exported:
    """``export``, with what the file carries for the summary; documents up to ``budget``."""
    exchange.seal_pending(vault)
    with vault.session() as session:
        me = team_device.current(session)
        if me is None:
            raise ValueError("this vault takes part in no team")
        envelopes = lacking(session, known_holdings(session, peer) if peer else {})
        now = datetime.now(UTC).isoformat(timespec="seconds")
        body: dict[str, object] = {"format": FORMAT, "team": me.team, "from": me.device,
                                   "holds": holdings(session), "created_at": now,
                                   "lacks": file_documents.lacks(session)}  # fmt: skip
    documents = file_documents.outgoing(vault, peer, budget)
    if documents.blobs:
        body["format"] = FORMAT_V2
        body["envelopes"] = len(envelopes)
        body["documents"] = [{"id": ident, "size": len(sealed)}
                             for ident, sealed in documents.blobs]  # fmt: skip
    data = pack(canonical(body), envelopes + [sealed for _i, sealed in documents.blobs])
    return Exported(data, len(envelopes), documents.documents, documents.size,
                    documents.left_out, documents.left_out_size)  # fmt: skip


def pack(header: bytes, envelopes: list[bytes]) -> bytes:
    parts = [MAGIC, _LENGTH.pack(len(header)), header]
    for data in envelopes:
        parts += [_LENGTH.pack(len(data)), data]
    return b"".join(parts)


def read(data: bytes) -> tuple[dict[str, object], list[bytes]]:
    """The header and the change sets' envelopes."""
    header, envelopes, _documents = read_all(data)
    return header, envelopes


def read_all(data: bytes) -> tuple[dict[str, object], list[bytes], list[tuple[str, bytes]]]:
    """The header, the envelopes and the documents' sealed bytes (by pseudonymous id)."""
    if len(data) > MAX_FILE or not data.startswith(MAGIC):
        raise EnvelopeError("This is not a HostDesk team file.")
    at = len(MAGIC)
    envelopes: list[bytes] = []
    header: dict[str, object] | None = None
    while at < len(data):
        if at + _LENGTH.size > len(data):
            raise EnvelopeError("The team file was cut short.")
        (size,) = _LENGTH.unpack_from(data, at)
        at += _LENGTH.size
        if at + size > len(data):
            raise EnvelopeError("The team file was cut short.")
        chunk = data[at : at + size]
        at += size
        if header is None:
            try:
                header = json.loads(chunk.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                raise EnvelopeError("The team file's header is damaged.") from None
            known = (FORMAT, FORMAT_V2, WELCOME_FORMAT, WELCOME_PART_FORMAT)
            if not isinstance(header, dict) or header.get("format") not in known:
                raise EnvelopeError("The team file was written in a format not known here.")
        else:
            envelopes.append(chunk)
    if header is None:
        raise EnvelopeError("The team file is empty.")
    if header.get("format") != FORMAT_V2:
        return header, envelopes, []
    count, listed = header.get("envelopes"), header.get("documents")
    if (not isinstance(count, int) or not isinstance(listed, list)
            or count + len(listed) != len(envelopes)):  # fmt: skip
        raise EnvelopeError("The team file's header is damaged.")
    try:
        ids = [str(item["id"]) for item in listed]
    except (TypeError, KeyError):
        raise EnvelopeError("The team file's header is damaged.") from None
    return header, envelopes[:count], list(zip(ids, envelopes[count:], strict=True))


def import_file(vault: Vault, data: bytes, trusted: Sequence[DevicePublic] = ()) -> Imported:
    """Merge a file's change sets; ``trusted``: keys of devices not in the team's list yet
    (the inviting device, for a welcome)."""
    header, envelopes, documents = read_all(data)
    counts = {outcome: 0 for outcome in exchange.Outcome}
    for chunk in envelopes:
        counts[exchange.receive(vault, chunk, trusted).outcome] += 1
    # What waited for a device not known yet may be mergeable now.
    for result in exchange.retry_held(vault):
        if result.outcome is exchange.Outcome.MERGED:
            counts[exchange.Outcome.MERGED] += 1
    with vault.session() as session:
        still_held = session.execute(
            text("SELECT count(*) FROM team_changeset WHERE state = 'held'")
        ).scalar_one()
    writer = str(header.get("from", ""))
    holds = header.get("holds")
    if writer and isinstance(holds, dict):
        with vault.changing() as session:
            session.execute(
                text("INSERT INTO team_peer (device, last_contact, holds) VALUES (:d, :t, :h)"
                     " ON CONFLICT (device) DO UPDATE SET last_contact = excluded.last_contact,"
                     " holds = excluded.holds"),
                {"d": writer, "t": datetime.now(UTC), "h": json.dumps(holds, sort_keys=True)},
            )  # fmt: skip
            file_documents.remember_lacks(session, writer, header.get("lacks"))
    # After the change sets: the rows the bytes belong to are here now.
    kept = file_documents.keep(vault, documents)
    duplicates = counts[exchange.Outcome.DUPLICATE] + counts[exchange.Outcome.OWN]
    return Imported(counts[exchange.Outcome.MERGED], duplicates, int(still_held),
                    counts[exchange.Outcome.REFUSED], writer, kept.documents,
                    kept.size)  # fmt: skip
