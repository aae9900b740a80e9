"""The NAIR monthly report from an open vault: build, store as a revision, submit.

A month's report is built as a draft (canonical JSON, its SHA-256 and a PDF).
Stored, it is a revision of that month; submitted, it is frozen for good (the
database refuses to change or delete it) and a later correction is the next
revision, which names the one it corrects by hash. Building twice from the
same vault state gives byte-identical JSON and PDF.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from hostdesk.reports.formatting import check_lang
from hostdesk.reports.monthly_build import SCHEMA_VERSION, Month, build_monthly
from hostdesk.reports.monthly_load import load_month
from hostdesk.reports.monthly_pdf import render_monthly_pdf
from hostdesk.storage import audit, settings
from hostdesk.storage.models import MonthlyReport
from hostdesk.storage.team.contact import (
    OutOfTouch,
    check_reporting_device,
    devices_out_of_touch,
)
from hostdesk.storage.vault import Vault

SCHEMA_FILE = ("schemas", f"{SCHEMA_VERSION}.json")  # read with hostdesk.resources


class RevisionError(Exception):
    """A revision cannot be stored or submitted as asked; the message says why."""


def canonical_json(data: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: one byte sequence for one content."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


@dataclass(frozen=True)
class MonthlyDraft:
    month: str
    revision: int
    data: dict[str, Any]
    json_bytes: bytes
    sha256: str
    pdf_bytes: bytes
    # Team devices not in contact since the month ended: their changes may be missing.
    out_of_touch: tuple[OutOfTouch, ...] = ()

    def file_stem(self) -> str:
        return f"relatorio-mensal-{self.month}-r{self.revision}"


def _revisions(session: Session, month: str) -> list[MonthlyReport]:
    return list(
        session.exec(
            select(MonthlyReport)
            .where(MonthlyReport.month == month)
            .order_by(col(MonthlyReport.revision))
        ).all()
    )


def _next_revision(session: Session, month: str) -> tuple[int, str | None]:
    """The number a new report of ``month`` gets, and the hash of the one it corrects.

    An unsubmitted draft is replaced, so it keeps its number.
    """
    rows = _revisions(session, month)
    submitted = [r for r in rows if r.submitted]
    supersedes = submitted[-1].sha256 if submitted else None
    if rows and not rows[-1].submitted:
        return rows[-1].revision, supersedes
    return (rows[-1].revision + 1 if rows else 1), supersedes


def build_monthly_report(vault: Vault, month: str, lang: str = "pt") -> MonthlyDraft:
    """The month's report as the vault stands now (audited as an export)."""
    lang = check_lang(lang)
    parsed = Month.parse(month)
    with vault.session() as session:
        check_reporting_device(session, submitting=False)
        stale = tuple(devices_out_of_touch(session, _month_end(parsed)))
        revision, supersedes = _next_revision(session, str(parsed))
        data = build_monthly(
            load_month(
                session,
                parsed,
                revision=revision,
                supersedes=supersedes,
                thresholds=settings.get(session, settings.ALERT_THRESHOLDS),
            )
        )
    encoded = canonical_json(data)
    digest = hashlib.sha256(encoded).hexdigest()
    pdf = render_monthly_pdf(data, digest, lang)
    with vault.changing() as session:
        audit.append(
            session,
            vault.user.username,
            "report.monthly.export",
            "monthly_report",
            str(parsed),
            {"revision": revision, "sha256": digest, "families": len(data["families"])},
        )
    return MonthlyDraft(str(parsed), revision, data, encoded, digest, pdf, stale)


def _month_end(month: Month) -> datetime:
    """The first instant after the month (UTC)."""
    first = date.fromisoformat(f"{month}-01")
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return datetime(following.year, following.month, 1, tzinfo=UTC)


def store_revision(vault: Vault, draft: MonthlyDraft, *, submit: bool = False) -> MonthlyReport:
    """Keep ``draft`` as its month's revision; with ``submit``, freeze it too.

    Submitting is the coordinator's. A draft built before another revision was
    stored is refused (it names the wrong revision): build it again.
    """
    if submit:
        vault.require_coordinator("submit monthly reports")
        with vault.session() as session:
            check_reporting_device(session, submitting=True)
    now = datetime.now(UTC)
    with vault.changing() as session:
        revision, _ = _next_revision(session, draft.month)
        if revision != draft.revision:
            raise RevisionError(
                f"The report for {draft.month} changed since this draft was built "
                f"(it would now be revision {revision}); build it again."
            )
        rows = _revisions(session, draft.month)
        last_submitted = next((r for r in reversed(rows) if r.submitted), None)
        if last_submitted is not None and _same_content(last_submitted, draft):
            raise RevisionError(
                f"Nothing changed since revision {last_submitted.revision} of {draft.month} "
                "was submitted; there is nothing to correct."
            )
        row = rows[-1] if rows and not rows[-1].submitted else None
        if row is None:
            row = MonthlyReport(
                month=draft.month,
                revision=draft.revision,
                schema_version=SCHEMA_VERSION,
                json_data=draft.json_bytes,
                pdf_data=draft.pdf_bytes,
                sha256=draft.sha256,
                created_at=now,
                created_by=vault.user.username,
            )
        else:
            row.json_data, row.pdf_data, row.sha256 = (
                draft.json_bytes,
                draft.pdf_bytes,
                draft.sha256,
            )
            row.created_at, row.created_by = now, vault.user.username
        if submit:
            row.submitted, row.submitted_at, row.submitted_by = True, now, vault.user.username
        session.add(row)
        session.flush()
        audit.append(
            session,
            vault.user.username,
            "report.monthly.submit" if submit else "report.monthly.store",
            "monthly_report",
            row.id,
            {"month": draft.month, "revision": draft.revision, "sha256": draft.sha256},
        )
    return row


_NUMBERING = ("revision", "supersedes_sha256")


def _same_content(row: MonthlyReport, draft: MonthlyDraft) -> bool:
    """True when ``draft`` says what ``row`` said, numbering aside."""
    stored = json.loads(row.json_data)
    fresh = dict(draft.data)
    for key in _NUMBERING:
        stored.pop(key, None)
        fresh.pop(key, None)
    return canonical_json(stored) == canonical_json(fresh)


def submit_revision(vault: Vault, month: str, revision: int) -> MonthlyReport:
    """Freeze a stored draft revision (the coordinator's sign-off)."""
    vault.require_coordinator("submit monthly reports")
    with vault.changing() as session:
        check_reporting_device(session, submitting=True)
        row = _revision_row(session, month, revision)
        if row.submitted:
            raise RevisionError(f"Revision {revision} of {month} was already submitted.")
        row.submitted, row.submitted_at = True, datetime.now(UTC)
        row.submitted_by = vault.user.username
        session.add(row)
        audit.append(
            session,
            vault.user.username,
            "report.monthly.submit",
            "monthly_report",
            row.id,
            {"month": month, "revision": revision, "sha256": row.sha256},
        )
    return row


def _revision_row(session: Session, month: str, revision: int) -> MonthlyReport:
    row = session.exec(
        select(MonthlyReport).where(
            MonthlyReport.month == month, MonthlyReport.revision == revision
        )
    ).first()
    if row is None:
        raise RevisionError(f"There is no revision {revision} of the report for {month}.")
    return row


def revisions(vault: Vault, month: str) -> list[MonthlyReport]:
    """Every stored revision of ``month``, oldest first."""
    with vault.session() as session:
        return _revisions(session, str(Month.parse(month)))


def export_revision(vault: Vault, month: str, revision: int) -> MonthlyReport:
    """A stored revision, to be written out as files: audited as an export of it."""
    month = str(Month.parse(month))
    with vault.changing() as session:
        row = _revision_row(session, month, revision)
        audit.append(
            session, vault.user.username, "report.monthly.save", "monthly_report", row.id,
            {"month": month, "revision": revision, "sha256": row.sha256},
        )  # fmt: skip
    return row
