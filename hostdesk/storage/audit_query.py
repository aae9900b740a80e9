"""Reading the audit log a page at a time, newest first, for the coordinator's viewer.

Pages are found by key (``seq`` below the last one shown), so the hundredth
page costs what the first does, however long the log. Only a coordinator
reads the log: it says who opened which case file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
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
    return [
        AuditRow(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], _detail(r[6]))
        for r in rows
    ]


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
