"""Documents attached to a family or a person, kept inside the vault as BLOBs.

A document is a row of ``attachment``: its bytes in the encrypted database
(never a loose file), with what kind of document it is, a title, its date,
who added it and when, its size, MIME type and SHA-256. Adding, opening,
saving a copy and deleting are audited with ids, kind, type and size only:
never the title or a file name, which may hold a person's name.

Listings select the small columns only; the bytes are read when a document
is opened, and checked against the stored hash then. Deleting one document
runs with ``PRAGMA secure_delete`` and truncates the WAL (see
``retention.erase_attachment``); a family's documents go at anonymisation
and when the case is deleted (``remove_for_family``, and ON DELETE CASCADE).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from hostdesk.domain import attachments as rule
from hostdesk.domain.vocabulary import AttachmentKind
from hostdesk.storage import audit
from hostdesk.storage.casework.common import RecordNotFound, family_for_change, get_or_fail
from hostdesk.storage.durable import write_atomically
from hostdesk.storage.errors import PermissionDenied, VaultError
from hostdesk.storage.models import AppUser, Attachment, Consent, Member
from hostdesk.storage.vault import CurrentUser, Vault


class AttachmentRefused(VaultError):
    """The file cannot be attached: empty, too big, or not a JPEG, PNG or PDF."""


class AttachmentDamaged(VaultError):
    """The stored bytes no longer match the hash taken when the document was added."""


class DocumentNotHereYet(VaultError):
    """In a team, the document's row arrived and its bytes have not yet (they follow on
    their own: docs/team-sync.md §12)."""


_REFUSALS = {
    rule.Problem.EMPTY: "The file is empty.",
    rule.Problem.TOO_BIG: "The file is larger than 20 MB; scan it at a lower resolution "
    "or downscale the photo.",
    rule.Problem.UNKNOWN_TYPE: "Only JPEG and PNG images and PDF documents can be attached.",
}


@dataclass(frozen=True)
class AttachmentDraft:
    """What the add form produces: the bytes (already downscaled if asked) and their facts."""

    kind: str
    title: str
    content: bytes
    member_id: int | None = None
    document_date: date | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    """One document without its bytes, as lists show it."""

    id: int
    family_id: int
    member_id: int | None
    kind: str
    title: str
    document_date: date | None
    mime_type: str
    size_bytes: int
    sha256: str
    added_by: str  # the user's display name, or their user name
    added_at: datetime
    added_by_id: int | None = None
    consent_ids: tuple[int, ...] = ()

    @property
    def is_image(self) -> bool:
        return rule.is_image(self.mime_type)


_INFO_COLUMNS = (
    Attachment.id, Attachment.family_id, Attachment.member_id, Attachment.kind,
    Attachment.title, Attachment.document_date, Attachment.mime_type, Attachment.size_bytes,
    Attachment.sha256, Attachment.added_at, Attachment.added_by_id, AppUser.display_name,
    AppUser.username,
)  # fmt: skip


def _infos(session: Session, where: object) -> list[AttachmentInfo]:
    """Documents matching ``where``, newest document first; never reads the bytes."""
    rows = session.exec(
        select(*_INFO_COLUMNS)  # type: ignore[call-overload]
        .join(AppUser, col(AppUser.id) == col(Attachment.added_by_id), isouter=True)
        .where(where)
        .order_by(
            col(Attachment.document_date).desc().nulls_last(),
            col(Attachment.added_at).desc(),
            col(Attachment.id).desc(),
        )
    ).all()
    ids = [r[0] for r in rows]
    links: dict[int, list[int]] = {}
    if ids:
        for consent_id, attachment_id in session.exec(
            select(Consent.id, Consent.attachment_id).where(col(Consent.attachment_id).in_(ids))
        ):
            links.setdefault(attachment_id, []).append(consent_id)
    return [
        AttachmentInfo(
            aid, fid, mid, kind, title, on, mime, size, sha, display or username or "", at,
            by, tuple(sorted(links.get(aid, []))),
        )
        for aid, fid, mid, kind, title, on, mime, size, sha, at, by, display, username in rows
    ]  # fmt: skip


def list_for_family(session: Session, family_id: int) -> list[AttachmentInfo]:
    """Every document of the family, its members' included."""
    return _infos(session, Attachment.family_id == family_id)


def info(session: Session, attachment_id: int) -> AttachmentInfo:
    found = _infos(session, Attachment.id == attachment_id)
    if not found:
        raise _gone()
    return found[0]


def _gone() -> RecordNotFound:
    return RecordNotFound("This document no longer exists; close the case file and open it again.")


def check_content(content: bytes) -> str:
    """The content's MIME type, or ``AttachmentRefused`` with the reason."""
    problem = rule.problem(content)
    if problem is not None:
        raise AttachmentRefused(_REFUSALS[problem])
    mime = rule.sniff(content)
    assert mime is not None
    return mime


def add(
    session: Session, actor: CurrentUser, family_id: int, draft: AttachmentDraft
) -> AttachmentInfo:
    """Store a document in the caller's transaction (refused on an anonymised file)."""
    family_for_change(session, family_id)
    if draft.member_id is not None:
        member: Member = get_or_fail(session, Member, draft.member_id)
        if member.family_id != family_id:
            raise VaultError("This person is not a member of this family.")
    kind = AttachmentKind(draft.kind).value  # an unknown kind is a programming error
    mime = check_content(draft.content)
    title = draft.title.strip()[: rule.MAX_TITLE_CHARS]
    row = Attachment(
        family_id=family_id, member_id=draft.member_id, kind=kind, title=title,
        document_date=draft.document_date, mime_type=mime, size_bytes=len(draft.content),
        sha256=hashlib.sha256(draft.content).hexdigest(), added_by_id=actor.id,
        added_at=datetime.now(UTC), content=draft.content,
    )  # fmt: skip
    session.add(row)
    session.flush()
    assert row.id is not None
    audit.append(session, actor.username, "attachment.add", "attachment", row.id,
                 {"family": family_id, "member": draft.member_id, "kind": kind, "mime": mime,
                  "size": row.size_bytes})  # fmt: skip
    session.expunge(row)  # the bytes are not kept in the session for the rest of the work
    return info(session, row.id)


def _content(session: Session, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    found = info(session, attachment_id)
    content = session.exec(select(Attachment.content).where(Attachment.id == attachment_id)).one()
    if not content and found.size_bytes > 0:
        raise DocumentNotHereYet(
            "This document has not reached this laptop yet; it is fetched from the team hub "
            "(sync with the hub, then try again)."
        )
    if hashlib.sha256(content).hexdigest() != found.sha256:
        raise AttachmentDamaged(
            "This document is damaged in the vault (its contents no longer match the hash "
            "taken when it was added); restore it from a backup."
        )
    return found, content


def open_content(
    session: Session, actor: CurrentUser, attachment_id: int, where: str = "app"
) -> tuple[AttachmentInfo, bytes]:
    """The document and its bytes, checked against the hash; the opening is audited.

    ``where`` is "app" (the viewer inside HostDesk) or "external" (a copy for another
    program, see ``hostdesk.storage.viewer_files``).
    """
    found, content = _content(session, attachment_id)
    audit.append(session, actor.username, "attachment.open", "attachment", attachment_id,
                 {"family": found.family_id, "in": where})  # fmt: skip
    return found, content


def open_in_vault(
    vault: Vault, attachment_id: int, where: str = "app"
) -> tuple[AttachmentInfo, bytes]:
    with vault.changing() as session:
        return open_content(session, vault.user, attachment_id, where)


def export(vault: Vault, attachment_id: int, target: Path) -> AttachmentInfo:
    """Save a copy outside the vault (whole or not at all, 0600); audited, not the path."""
    with vault.changing() as session:
        found, content = _content(session, attachment_id)
        write_atomically(target, content)
        detail = {"family": found.family_id, "size": found.size_bytes}
        audit.append(session, vault.user.username, "attachment.export", "attachment",
                     attachment_id, detail)  # fmt: skip
    return found


def may_delete(actor: CurrentUser, added_by_id: int | None) -> bool:
    """Who added a document may delete it (a wrong file, say); a coordinator may too."""
    return actor.is_coordinator or (actor.id is not None and actor.id == added_by_id)


def delete_attachment(session: Session, actor: CurrentUser, attachment_id: int) -> None:
    """Delete one document in the caller's transaction; its consents keep no link to it.

    Run it with ``PRAGMA secure_delete`` on (``retention.erase_attachment`` does).
    """
    row_facts = session.exec(
        select(Attachment.family_id, Attachment.added_by_id, Attachment.kind).where(
            Attachment.id == attachment_id
        )
    ).first()
    if row_facts is None:
        raise _gone()
    family_id, added_by_id, kind = row_facts
    family_for_change(session, family_id)
    if not may_delete(actor, added_by_id):
        raise PermissionDenied("Only who added a document, or a coordinator, can delete it.")
    links = session.exec(select(Consent.id).where(Consent.attachment_id == attachment_id)).all()
    session.execute(
        update(Consent)
        .where(col(Consent.attachment_id) == attachment_id)
        .values(attachment_id=None)
    )
    session.execute(delete(Attachment).where(col(Attachment.id) == attachment_id))
    audit.append(session, actor.username, "attachment.delete", "attachment", attachment_id,
                 {"family": family_id, "kind": kind, "consents": len(links)})  # fmt: skip


def remove_for_family(session: Session, family_id: int) -> int:
    """Delete every document of a family, in the caller's transaction; how many went.

    For anonymisation and for deleting a case created by mistake: run it with
    ``PRAGMA secure_delete`` on, then truncate the WAL, so no page keeps the bytes.
    """
    ids = list(session.exec(select(Attachment.id).where(Attachment.family_id == family_id)))
    if ids:
        session.execute(
            update(Consent).where(col(Consent.attachment_id).in_(ids)).values(attachment_id=None)
        )
        session.execute(delete(Attachment).where(col(Attachment.family_id) == family_id))
    return len(ids)


def for_person(session: Session, member_id: int) -> list[tuple[AttachmentInfo, bytes]]:
    """The person's own documents and the family-wide ones, with their bytes (subject access)."""
    member: Member = get_or_fail(session, Member, member_id)
    infos = _infos(
        session,
        (Attachment.family_id == member.family_id)
        & (col(Attachment.member_id).is_(None) | (Attachment.member_id == member_id)),
    )
    return [_content(session, found.id) for found in infos]


def total_bytes(session: Session) -> tuple[int, int]:
    """How many documents the vault holds and their size in bytes."""
    count, size = session.exec(
        select(func.count(col(Attachment.id)), func.coalesce(func.sum(Attachment.size_bytes), 0))
    ).one()
    return int(count), int(size)


def linkable(session: Session, family_id: int, member_id: int) -> list[AttachmentInfo]:
    """Documents a consent of ``member_id`` may link to: theirs and the family-wide ones."""
    return _infos(
        session,
        (Attachment.family_id == family_id)
        & (col(Attachment.member_id).is_(None) | (Attachment.member_id == member_id)),
    )
