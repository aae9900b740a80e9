"""Reading the audit log a page at a time, newest first, for the coordinator's viewer.

Pages are found by key (``seq`` below the last one shown), so the hundredth
page costs what the first does, however long the log. Only a coordinator
reads the log: it says who opened which case file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from hostdesk.storage.vault import Vault

PAGE_SIZE = 200


@dataclass(frozen=True)
class AuditFilter:
    """Empty fields do not filter. ``since``/``until`` are instants (``until`` excluded)."""

    actor: str = ""
    action: str = ""
    since: datetime | None = None
    until: datetime | None = None
    up_to_seq: int | None = None  # start the list at this entry (e.g. a broken link)

    def where(self) -> tuple[str, dict[str, Any]]:
        clauses, params = [], {}
        if self.actor:
            clauses.append("actor = :actor")
            params["actor"] = self.actor
        if self.action:
            clauses.append("action = :action")
            params["action"] = self.action
        if self.since is not None:
            clauses.append("at >= :since")
            params["since"] = _stamp(self.since)
        if self.until is not None:
            clauses.append("at < :until")
            params["until"] = _stamp(self.until)
        if self.up_to_seq is not None:
            clauses.append("seq <= :up_to")
            params["up_to"] = self.up_to_seq
        return (" AND ".join(clauses) or "1"), params


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    detail: dict[str, Any]
    case_number: str = ""  # of the family the entry is about, when there is one


def _stamp(moment: datetime) -> str:
    # The same text form ``audit.append`` writes, so that text order is time order.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def page(
    vault: Vault, audit_filter: AuditFilter, before_seq: int | None = None, size: int = PAGE_SIZE
) -> list[AuditRow]:
    """Up to ``size`` entries matching the filter, newest first, older than ``before_seq``."""
    vault.require_coordinator("read the audit log")
    where, params = audit_filter.where()
    if before_seq is not None:
        where += " AND seq < :before"
        params["before"] = before_seq
    params["size"] = size
    with vault.session() as session:
        rows = session.execute(
            text(
                "SELECT seq, at, actor, action, object_type, object_id, detail FROM audit_log"
                f" WHERE {where} ORDER BY seq DESC LIMIT :size"
            ),
            params,
        ).all()
        found = [
            AuditRow(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], _detail(r[6]))
            for r in rows
        ]
        cases = _case_numbers(session, found)
    return [replace(row, case_number=cases.get(row.seq, "")) for row in found]


# Where each kind of record keeps its family: directly, or through its member.
_BY_FAMILY = ("member", "activity", "referral", "follow_up_task", "housing", "plan_goal",
              "allowance_payment", "alert_response")  # fmt: skip
_BY_MEMBER = ("identifier", "residence_permit", "consent", "health_record", "education",
              "language_course", "employment")  # fmt: skip


def _ids(values: set[str]) -> str:
    return ",".join(str(int(v)) for v in values if v.isdigit()) or "NULL"


def _case_numbers(session: Any, rows: list[AuditRow]) -> dict[int, str]:
    """``seq -> case number`` for the entries of one page, in a few queries."""
    family_of: dict[int, int] = {}
    wanted: dict[str, set[str]] = {}
    for row in rows:
        family = row.detail.get("family")
        if row.object_type == "family" and row.object_id.isdigit():
            family_of[row.seq] = int(row.object_id)
        elif isinstance(family, int):
            family_of[row.seq] = family
        elif row.object_type in _BY_FAMILY or row.object_type in _BY_MEMBER:
            wanted.setdefault(row.object_type, set()).add(row.object_id)
    owners: dict[tuple[str, str], int] = {}
    for table, ids in wanted.items():
        if table in _BY_FAMILY:
            query = f"SELECT id, family_id FROM {table} WHERE id IN ({_ids(ids)})"
        else:
            query = (
                f"SELECT t.id, m.family_id FROM {table} t JOIN member m ON m.id = t.member_id"
                f" WHERE t.id IN ({_ids(ids)})"
            )
        for object_id, family_id in session.execute(text(query)):
            owners[(table, str(object_id))] = family_id
    for row in rows:
        owner = owners.get((row.object_type, row.object_id))
        if owner is not None:
            family_of[row.seq] = owner
    families = {str(f) for f in family_of.values()}
    query = f"SELECT id, case_number FROM family WHERE id IN ({_ids(families)})"
    numbers = {fid: case for fid, case in session.execute(text(query))}
    return {seq: numbers[f] for seq, f in family_of.items() if f in numbers}


def count(vault: Vault, audit_filter: AuditFilter) -> int:
    vault.require_coordinator("read the audit log")
    where, params = audit_filter.where()
    with vault.session() as session:
        return int(
            session.execute(text(f"SELECT count(*) FROM audit_log WHERE {where}"), params).scalar()
            or 0
        )


def facets(vault: Vault) -> tuple[list[str], list[str]]:
    """Every actor and every action that occurs in the log, sorted, for the filters."""
    vault.require_coordinator("read the audit log")
    with vault.session() as session:
        actors = session.execute(text("SELECT DISTINCT actor FROM audit_log ORDER BY 1"))
        actor_list = [r[0] for r in actors]
        actions = session.execute(text("SELECT DISTINCT action FROM audit_log ORDER BY 1"))
        return actor_list, [r[0] for r in actions]


def _detail(raw: str) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:  # an entry altered by hand: show it as it is, the chain check names it
        return {"?": raw}
    return value if isinstance(value, dict) else {"?": value}
