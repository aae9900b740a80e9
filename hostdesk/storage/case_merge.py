"""Two cases of one family merged into one: the older case number survives.

Everything recorded in either case is kept: the newer case's people, visits,
notes, referrals, housing, plans, tasks and payments move to the older case;
the newer case's own programme data (channel, dates, status, municipality,
worker; no name or note) are kept in ``case_alias`` with its case number and
NAIR reference, by which search still finds the family. Only the older case's
head stays head. A merge is the coordinator's and is audited (``family.merge``).

The NAIR may have counted both cases: when a submitted monthly report named
either, the months whose last submitted revision names the merged case need a
correction revision (``months_needing_correction``); building that month's
report again gives it, since the merged case is no longer in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlmodel import Session, col, select

from hostdesk.storage import audit, families, search
from hostdesk.storage.case_removal import ids_of, reported_case_numbers
from hostdesk.storage.casework.common import family_for_change
from hostdesk.storage.errors import PermissionDenied, VaultError
from hostdesk.storage.models import CaseAlias, Family, Member
from hostdesk.storage.vault import CurrentUser, Vault

# Rows that belong to the family as a whole; members carry their own rows with them.
_FAMILY_TABLES = ("member", "housing", "plan_goal", "activity", "referral", "follow_up_task",
                  "allowance_payment", "handover")  # fmt: skip
# The merged case's own data kept with its alias (no names, no free text).
_KEPT = ("case_type", "arrival_channel", "arrival_date", "programme_start", "programme_months",
         "programme_end", "status", "exit_reason", "exit_date", "municipality",
         "assigned_worker_id", "created_at")  # fmt: skip


@dataclass(frozen=True)
class MergeResult:
    family_id: int  # the case that stays
    case_number: str
    merged_case_number: str
    months_to_correct: tuple[str, ...]  # reported months that now need a correction revision


def _older_first(one: Family, other: Family) -> tuple[Family, Family]:
    """The case opened first, then the other (created time, then id)."""
    ordered = sorted((one, other), key=lambda f: (f.created_at, f.id or 0))
    return ordered[0], ordered[1]


def merge_families(
    session: Session, actor: CurrentUser, one_id: int, other_id: int, today: date
) -> MergeResult:
    """Merge two cases of one family, in the caller's transaction."""
    if not actor.is_coordinator:
        raise PermissionDenied("Only a coordinator can merge cases.")
    if one_id == other_id:
        raise VaultError("A case cannot be merged with itself; choose the other case.")
    one, other = family_for_change(session, one_id), family_for_change(session, other_id)
    keep, gone = _older_first(one, other)
    assert keep.id is not None and gone.id is not None
    reported = reported_case_numbers(session)
    was_reported = bool({keep.case_number, gone.case_number} & reported)
    merged_case = {name: _plain(getattr(gone, name)) for name in _KEPT}
    members = ids_of(session, "member", "family_id", [gone.id])
    kept_members = ids_of(session, "member", "family_id", [keep.id])
    if kept_members:
        # One head: the surviving case's.
        session.execute(
            text("UPDATE member SET is_head = 0 WHERE family_id = :f AND is_head"), {"f": gone.id}
        )
    for table in _FAMILY_TABLES:
        session.execute(
            text(f"UPDATE {table} SET family_id = :keep WHERE family_id = :gone"),
            {"keep": keep.id, "gone": gone.id},
        )
    # Workers the merged case was shared with follow the family too, once each.
    session.execute(
        text(
            "DELETE FROM family_share WHERE family_id = :gone AND user_id IN "
            "(SELECT user_id FROM family_share WHERE family_id = :keep)"
        ),
        {"keep": keep.id, "gone": gone.id},
    )
    session.execute(
        text("UPDATE family_share SET family_id = :keep WHERE family_id = :gone"),
        {"keep": keep.id, "gone": gone.id},
    )
    # Cases merged into the merged case earlier follow it.
    session.execute(
        text("UPDATE case_alias SET family_id = :keep WHERE family_id = :gone"),
        {"keep": keep.id, "gone": gone.id},
    )
    session.add(
        CaseAlias(
            case_number=gone.case_number, family_id=keep.id, nair_reference=gone.nair_reference,
            merged_on=today, merged_by=actor.username, merged_case=merged_case,
        )
    )  # fmt: skip
    search.remove(session, search.HitKind.FAMILY, [gone.id])
    gone_id, gone_case = gone.id, gone.case_number
    session.delete(gone)
    session.flush()
    families.reindex_family(session, keep)
    session.expire_all()  # members and rows moved under the ORM's feet
    audit.append(session, actor.username, "family.merge", "family", keep.id,
                 {"merged_family": gone_id, "merged_case": gone_case, "members": len(members),
                  "kept_members": len(kept_members), "reported": was_reported})  # fmt: skip
    months = tuple(months_needing_correction(session)) if was_reported else ()
    return MergeResult(keep.id, keep.case_number, gone_case, months)


def merge_cases(vault: Vault, one_id: int, other_id: int, today: date | None = None) -> MergeResult:
    vault.require_coordinator("merge cases")
    with vault.changing() as session:
        return merge_families(session, vault.user, one_id, other_id, today or date.today())


def months_needing_correction(session: Session) -> list[str]:
    """Months whose last submitted report revision names a case since merged into another."""
    aliases = set(session.exec(select(CaseAlias.case_number)).all())
    if not aliases:
        return []
    latest: dict[str, tuple[int, bytes]] = {}
    for month, revision, data in session.execute(
        text("SELECT month, revision, json_data FROM monthly_report WHERE submitted")
    ):
        if month not in latest or revision > latest[month][0]:
            latest[month] = (revision, data)
    out = []
    for month, (_revision, data) in sorted(latest.items()):
        named = {f.get("case_number") for f in json.loads(data).get("families", [])}
        if named & aliases:
            out.append(month)
    return out


def aliases_of(session: Session, family_id: int) -> list[str]:
    """The case numbers merged into the family, oldest merge first."""
    return list(
        session.exec(
            select(CaseAlias.case_number)
            .where(CaseAlias.family_id == family_id)
            .order_by(col(CaseAlias.id))
        ).all()
    )


def member_count(session: Session, family_id: int) -> int:
    return len(session.exec(select(Member.id).where(Member.family_id == family_id)).all())


def _plain(value: object) -> object:
    """A value JSON can hold: dates as ISO text."""
    return value.isoformat() if isinstance(value, date) else value


@dataclass(frozen=True)
class Candidate:
    family_id: int
    case_number: str
    head: str  # the head's Latin name, "" when the case has none


def candidates(session: Session, query: str, exclude: int, limit: int = 20) -> list[Candidate]:
    """Cases search finds for ``query`` (name, case number, identifier), but ``exclude``."""
    found = list(dict.fromkeys(h.family_id for h in search.search(session, query, limit=limit * 2)))
    found = [f for f in found if f != exclude][:limit]
    if not found:
        return []
    ids = ",".join(str(int(i)) for i in found)
    rows = session.execute(
        text(
            "SELECT f.id, f.case_number, (SELECT m.name_latin FROM member m WHERE "
            "m.family_id = f.id ORDER BY m.is_head DESC, m.id LIMIT 1) "
            f"FROM family f WHERE f.id IN ({ids}) AND f.anonymised_on IS NULL"
        )
    )
    by_id = {fid: Candidate(fid, case, head or "") for fid, case, head in rows}
    return [by_id[f] for f in found if f in by_id]
