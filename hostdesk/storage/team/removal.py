"""A family reassigned away from this laptop leaves it as thoroughly as an anonymisation.

Its rows go from every table (children first) and from the search index, its
registers from ``team_row``; the sync layer withdraws its parcels from the
change sets this device keeps to pass on (``exchange.withdraw_parcels``).
The caller runs the transaction with ``secure_delete`` and afterwards purges
the search index's segments and the WAL (``retention.purge_deleted_text``), so
nothing readable is left in the file.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from hostdesk.storage import audit, search
from hostdesk.storage.team.families import delete_local_rows, rows_of_family

_INDEXED = {
    "family": search.HitKind.FAMILY, "member": search.HitKind.MEMBER,
    "activity": search.HitKind.ACTIVITY, "referral": search.HitKind.REFERRAL,
}  # fmt: skip


def remove_family(session: Session, family: str, actor: str) -> int:
    """Remove one family from this vault (it stays on the devices entitled to it)."""
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON").fetchall()
    rows = rows_of_family(session, family)
    for spec, row in rows:
        kind = _INDEXED.get(spec.table)
        if kind is not None:
            search.remove(session, kind, [int(row["id"])])
    count = delete_local_rows(session, family)
    session.execute(text("DELETE FROM team_row WHERE family = :f"), {"f": family})
    # Our own merge of the deletion was noted by the triggers: it is no edit to send.
    session.execute(text("DELETE FROM team_pending"))
    audit.append(session, actor, "team.family_removed", "family", family, {"rows": count})
    return count
