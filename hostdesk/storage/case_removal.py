"""A case created by mistake, deleted as thoroughly as an anonymisation.

Only a coordinator deletes, with a reason (a code: the audit log holds no
free text), and only a case no submitted monthly report has named: a case
the NAIR knows of stays, and is ended by an exit (an exit keeps the record)
or merged into its twin (``case_merge``). Every row of the case goes, its
search index rows too; the transaction runs with ``PRAGMA secure_delete``,
then the search index is merged and the WAL truncated, as anonymisation does
(``retention.purge_deleted_text``), so no page of the file keeps the text.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.domain.vocabulary import CaseDeletionReason
from hostdesk.storage import audit, search
from hostdesk.storage.casework.common import get_or_fail
from hostdesk.storage.errors import PermissionDenied, VaultError
from hostdesk.storage.models import Family
from hostdesk.storage.retention import purge_deleted_text, secure_delete
from hostdesk.storage.vault import CurrentUser, Vault

log = logging.getLogger(__name__)

# Children before parents: rows that name a member, then members, then the family's.
_MEMBER_TABLES = (
    "identifier", "residence_permit", "health_record", "education", "language_course",
    "employment", "consent",
)  # fmt: skip
_FAMILY_TABLES = ("follow_up_task", "plan_goal", "referral", "activity", "housing",
                  "allowance_payment", "family_share", "handover", "case_alias")  # fmt: skip


class CaseAlreadyReported(VaultError):
    """The NAIR received this case in a monthly report: it cannot be deleted."""


def reported_case_numbers(session: Session) -> set[str]:
    """Every case number a submitted monthly report revision names."""
    found: set[str] = set()
    for (data,) in session.execute(
        text("SELECT json_data FROM monthly_report WHERE submitted")
    ).fetchall():
        report = json.loads(data)
        found.update(f["case_number"] for f in report.get("families", []) if "case_number" in f)
    return found


def ids_of(session: Session, table: str, column: str, owner_ids: list[int]) -> list[int]:
    if not owner_ids:
        return []
    owners = ",".join(str(int(i)) for i in owner_ids)
    return list(
        session.execute(text(f"SELECT id FROM {table} WHERE {column} IN ({owners})")).scalars()
    )


def delete_family(
    session: Session, actor: CurrentUser, family_id: int, reason: str
) -> None:
    """Remove the family and everything recorded on it, in the caller's transaction."""
    if not actor.is_coordinator:
        raise PermissionDenied("Only a coordinator can delete a case.")
    code = CaseDeletionReason(reason).value
    family: Family = get_or_fail(session, Family, family_id)
    if family.case_number in reported_case_numbers(session):
        raise CaseAlreadyReported(
            f"Case {family.case_number} was sent to the NAIR in a monthly report, so it "
            "cannot be deleted: record an exit, or merge it into the case it duplicates."
        )
    members = ids_of(session, "member", "family_id", [family_id])
    activities = ids_of(session, "activity", "family_id", [family_id])
    referrals = ids_of(session, "referral", "family_id", [family_id])
    search.remove(session, search.HitKind.MEMBER, members)
    search.remove(session, search.HitKind.ACTIVITY, activities)
    search.remove(session, search.HitKind.REFERRAL, referrals)
    search.remove(session, search.HitKind.FAMILY, [family_id])
    if members:
        owners = ",".join(str(int(i)) for i in members)
        for table in _MEMBER_TABLES:
            session.execute(text(f"DELETE FROM {table} WHERE member_id IN ({owners})"))
    for table in _FAMILY_TABLES:
        session.execute(text(f"DELETE FROM {table} WHERE family_id = :f"), {"f": family_id})
    session.execute(text("DELETE FROM member WHERE family_id = :f"), {"f": family_id})
    session.execute(text("DELETE FROM family WHERE id = :f"), {"f": family_id})
    session.expunge_all()  # no stale object of the case is written back
    audit.append(session, actor.username, "family.delete", "family", family_id,
                 {"reason": code, "members": len(members)})  # fmt: skip


def delete_mistaken_case(vault: Vault, family_id: int, reason: str) -> None:
    """Delete one case created by mistake, then purge its text from the file."""
    vault.require_coordinator("delete a case")
    with vault.changing() as session, secure_delete(session):
        delete_family(session, vault.user, family_id, reason)
    purge_deleted_text(vault)
    log.info("deleted a case created by mistake")
