"""Exits, and anonymisation once the retention period after an exit has run out.

Anonymising a family removes every name, identifier value, address and free
text, and keeps what the figures need: dates, statuses, sex, birth year,
nationality, kinds of records, dimension statuses and allowance amounts, so
the dashboard and every monthly report still count the family. It cannot be
undone. The old text must not survive anywhere in the file either: the
transaction runs with ``PRAGMA secure_delete`` (freed space is zeroed), the
search index is merged afterwards so that no segment keeps a deleted word,
and the WAL is checkpointed and truncated. Scanned documents are deleted
whole; ``erase_attachment`` deletes one document the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text, update
from sqlmodel import Session, col, select

from hostdesk.domain import retention as rule
from hostdesk.domain.vocabulary import ExitReason, FamilyStatus
from hostdesk.storage import attachments, audit, families, search, settings
from hostdesk.storage.casework.common import family_for_change
from hostdesk.storage.errors import PermissionDenied, VaultError
from hostdesk.storage.models import (
    Activity,
    AlertResponse,
    AllowancePayment,
    CaseAlias,
    Consent,
    Education,
    Employment,
    Family,
    FamilyShare,
    FollowUpTask,
    Handover,
    HealthRecord,
    Housing,
    Identifier,
    IssTransition,
    LanguageCourse,
    Member,
    PlanGoal,
    Referral,
    ResidencePermit,
)
from hostdesk.storage.vault import CurrentUser, Vault

log = logging.getLogger(__name__)


def record_exit(
    session: Session, actor: CurrentUser, family_id: int, reason: str, on: date
) -> None:
    """The family leaves the programme; its file stays (an exit is not a delete)."""
    family = family_for_change(session, family_id)
    if on < family.programme_start:
        raise VaultError("The exit date cannot be before the programme started.")
    families.update_family(session, actor, family, status=FamilyStatus.EXITED.value,
                           exit_reason=ExitReason(reason).value, exit_date=on)  # fmt: skip


def undo_exit(session: Session, actor: CurrentUser, family_id: int) -> None:
    """The family is back in the programme (an exit recorded by mistake)."""
    family = family_for_change(session, family_id)
    families.update_family(session, actor, family, status=FamilyStatus.ACTIVE.value,
                           exit_reason=None, exit_date=None)  # fmt: skip


@dataclass(frozen=True)
class DueFamily:
    family_id: int
    case_number: str
    exit_date: date
    exit_reason: str | None
    due_on: date


def due_for_anonymisation(session: Session, today: date) -> list[DueFamily]:
    """Exited families whose retention period has run out, longest overdue first."""
    years = settings.get(session, settings.RETENTION_YEARS)
    cutoff = rule.latest_due_exit(today, years)
    rows = session.exec(
        select(Family.id, Family.case_number, Family.exit_date, Family.exit_reason)
        .where(
            Family.status == FamilyStatus.EXITED.value,
            col(Family.anonymised_on).is_(None),
            col(Family.exit_date).is_not(None),
            col(Family.exit_date) <= cutoff,
        )
        .order_by(col(Family.exit_date), col(Family.case_number))
    ).all()
    return [
        DueFamily(fid, case, exited, reason, rule.anonymisation_due_on(exited, years))
        for fid, case, exited, reason in rows
        if fid is not None and exited is not None
    ]


def anonymise_family(session: Session, actor: CurrentUser, family_id: int, today: date) -> None:
    """Remove what identifies the family's people, in the caller's transaction."""
    if not actor.is_coordinator:
        raise PermissionDenied("Only a coordinator can anonymise families.")
    family = family_for_change(session, family_id)
    years = settings.get(session, settings.RETENTION_YEARS)
    if family.status != FamilyStatus.EXITED.value or not rule.is_due(
        family.exit_date, family.anonymised_on, years, today
    ):
        raise VaultError("This family is not due for anonymisation yet.")
    member_ids = list(session.exec(select(Member.id).where(Member.family_id == family_id)).all())
    of_members = col(Member.id).in_(member_ids)

    def blank(model: type, owner: object, **values: object) -> None:
        session.execute(update(model).where(owner).values(**values))  # type: ignore[arg-type]

    blank(Member, of_members, name_latin="", name_original="", birth_month=None, birth_day=None,
          vulnerabilities=[], phone="", occupation_text="")  # fmt: skip
    # Kinds stay (the figures count SNS numbers); the values that identify go.
    blank(Identifier, col(Identifier.member_id).in_(member_ids), value="", issued_by="")
    blank(ResidencePermit, col(ResidencePermit.member_id).in_(member_ids), number="", notes="")
    blank(HealthRecord, col(HealthRecord.member_id).in_(member_ids), health_centre="", notes="")
    blank(Education, col(Education.member_id).in_(member_ids), institution="", notes="")
    blank(LanguageCourse, col(LanguageCourse.member_id).in_(member_ids), notes="")
    blank(Employment, col(Employment.member_id).in_(member_ids), employer="", notes="")
    blank(Consent, col(Consent.member_id).in_(member_ids), document_ref="")
    blank(Housing, Housing.family_id == family_id, address="", notes="")
    blank(PlanGoal, PlanGoal.family_id == family_id, description="")
    blank(Activity, Activity.family_id == family_id, text="", place="")
    blank(Referral, Referral.family_id == family_id, reason="", outcome="", sharing_note="")
    blank(FollowUpTask, FollowUpTask.family_id == family_id, description="")
    blank(AlertResponse, AlertResponse.family_id == family_id, reason="")
    blank(AllowancePayment, AllowancePayment.family_id == family_id, note="")
    blank(IssTransition, IssTransition.family_id == family_id, contact="")
    blank(Handover, Handover.family_id == family_id, note="")
    blank(FamilyShare, FamilyShare.family_id == family_id, note="")
    # Scanned documents are identifying through and through: they go, not blanked.
    documents = attachments.remove_for_family(session, family_id)
    activity_ids = session.exec(select(Activity.id).where(Activity.family_id == family_id)).all()
    referral_ids = session.exec(select(Referral.id).where(Referral.family_id == family_id)).all()
    search.remove(session, search.HitKind.MEMBER, [i for i in member_ids if i is not None])
    search.remove(session, search.HitKind.ACTIVITY, [i for i in activity_ids if i is not None])
    search.remove(session, search.HitKind.REFERRAL, [i for i in referral_ids if i is not None])
    blank(CaseAlias, CaseAlias.family_id == family_id, nair_reference="")
    family.nair_reference = ""
    family.programme_reason = ""  # free text: why the programme has its length
    family.anonymised_on = today
    session.add(family)
    session.flush()
    # The case number alone (and those merged into it) still finds the file
    # (for the figures and the audit log).
    families.reindex_family(session, family)
    audit.append(session, actor.username, "family.anonymise", "family", family_id,
                 {"members": len(member_ids), "retention_years": years,
                  "documents": documents})  # fmt: skip


Progress = Callable[[int, int], None]


def anonymise(
    vault: Vault,
    family_ids: Sequence[int],
    today: date,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Anonymise families one transaction each, then purge the old text from the file.

    Returns how many were anonymised; a cancel stops between two families.
    """
    vault.require_coordinator("anonymise families")
    done = 0
    try:
        for index, family_id in enumerate(family_ids):
            if cancelled is not None and cancelled():
                break
            with vault.changing() as session, secure_delete(session):
                anonymise_family(session, vault.user, family_id, today)
            done += 1
            if progress is not None:
                progress(index + 1, len(family_ids))
    finally:
        if done:
            purge_deleted_text(vault)
    log.info("anonymised %d families", done)
    return done


def purge_deleted_text(vault: Vault) -> None:
    """Merge the search index (its segments keep deleted words until merged), zeroing
    freed pages, then fold the WAL into the file and truncate it."""
    with vault.changing() as session, secure_delete(session):
        session.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
    with vault.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is not None and busy[0]:
            log.warning("the WAL could not be truncated now; it will be at the next checkpoint")


@contextmanager
def secure_delete(session: Session) -> Iterator[None]:
    """``PRAGMA secure_delete`` on the session's connection for the block's statements.

    The connection's own setting comes back afterwards: SQLCipher turns it on for
    every keyed connection, and a pooled connection must not lose it here.
    """
    conn = session.connection()
    before = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
    conn.exec_driver_sql("PRAGMA secure_delete = ON").fetchall()
    try:
        yield
    finally:
        with suppress(Exception):  # a failed transaction may refuse it; it only costs speed
            conn.exec_driver_sql(f"PRAGMA secure_delete = {int(bool(before))}").fetchall()


def erase_attachment(vault: Vault, attachment_id: int) -> None:
    """Delete one document so that no page of the file, nor the WAL, keeps its bytes."""
    with vault.changing() as session, secure_delete(session):
        attachments.delete_attachment(session, vault.user, attachment_id)
    truncate_wal(vault)


def truncate_wal(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy is not None and busy[0]:
            log.warning("the WAL could not be truncated now; it will be at the next checkpoint")
