"""Family progress reports from an open vault: one, or a batch that survives failures.

Every export is written to the audit log (who, which family, which period;
never the content). ``render_batch`` is built to run off the UI thread: it
reports progress, stops between two families when asked, and lists the
families that failed instead of stopping at the first.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, func, select

from hostdesk import resources
from hostdesk.reports.formatting import check_lang
from hostdesk.reports.progress import Period, build_progress
from hostdesk.reports.progress_pdf import render_progress_pdf
from hostdesk.storage import audit, families, settings
from hostdesk.storage.durable import make_private_folder, write_atomically
from hostdesk.storage.models import (
    AllowancePayment,
    AppUser,
    Family,
    FollowUpTask,
    HostingEntity,
)
from hostdesk.storage.settings import SettingSpec
from hostdesk.storage.vault import Vault

log = logging.getLogger(__name__)

REPORT_RECIPIENT: SettingSpec[str] = SettingSpec(
    "reports.progress_recipient",
    "",
    "Who receives family progress reports (ACM's functions passed to AIMA in 2023).",
)
REPORT_LOGO: SettingSpec[str] = SettingSpec(
    "reports.logo_base64", "", "The entity's logo (PNG or JPEG, base64) for report headers."
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Sink = Callable[[str, bytes], None]


class ReportError(Exception):
    """A report cannot be made; the message says why and what to do."""


class UnknownCase(ReportError):
    """No case matches what was typed (``typed`` holds it, for the screen's own sentence)."""

    def __init__(self, typed: str) -> None:
        super().__init__(f"There is no case {typed} in this vault.")
        self.typed = typed


class AmbiguousCase(ReportError):
    """Several cases match a short form; ``matches`` are their case numbers."""

    def __init__(self, typed: str, matches: list[str]) -> None:
        super().__init__(f"Several cases match {typed}: {', '.join(matches)}; type more of it.")
        self.typed = typed
        self.matches = matches


_NUMBER_TAIL = re.compile(r"(\d+)\s*$")


def resolve_case(session: Session, typed: str) -> tuple[int, str]:
    """The family and full case number for a case number as people type it.

    The whole number in any case ("hd-2026-00297"), or the short forms the
    main search takes: the sequence number alone, with or without its zeros
    ("00297", "297"), or any unique part ("2026-00297").
    """
    typed = typed.strip()
    if not typed:
        raise UnknownCase(typed)
    rows = session.exec(
        select(Family.id, Family.case_number).where(func.lower(Family.case_number) == typed.lower())
    ).all()
    if not rows:
        if typed.isdigit():
            # The sequence number: the digits at the end of the case number, zeros aside.
            candidates = session.exec(
                select(Family.id, Family.case_number).where(
                    col(Family.case_number).like(f"%{int(typed)}")
                )
            ).all()
            rows = [
                (fid, case)
                for fid, case in candidates
                if (m := _NUMBER_TAIL.search(case)) and int(m.group(1)) == int(typed)
            ]
        else:
            pattern = typed.lower().replace("\\", "").replace("%", "").replace("_", "")
            if len(pattern) < 2:
                raise UnknownCase(typed)
            rows = list(
                session.exec(
                    select(Family.id, Family.case_number).where(
                        func.lower(Family.case_number).contains(pattern)
                    )
                ).all()
            )
    if not rows:
        raise UnknownCase(typed)
    if len(rows) > 1:
        raise AmbiguousCase(typed, sorted(case for _fid, case in rows)[:5])
    family_id, case_number = rows[0]
    assert family_id is not None
    return family_id, case_number


def family_id_for_case(session: Session, case_number: str) -> int:
    return resolve_case(session, case_number)[0]


def active_family_ids(session: Session) -> list[int]:
    """Families still in the programme, in case-number order (for an end-of-month batch)."""
    rows = session.exec(
        select(Family.id).where(Family.status == "active").order_by(col(Family.case_number))
    )
    return [r for r in rows if r is not None]


def entity_name(session: Session) -> str:
    entity = session.exec(select(HostingEntity).order_by(col(HostingEntity.id))).first()
    return entity.name if entity else ""


def report_logo(session: Session) -> bytes | None:
    encoded = settings.get(session, REPORT_LOGO)
    if not encoded:
        return None
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        log.warning("the report logo setting is not valid base64; reports go without it")
        return None


def render_family_report(
    vault: Vault,
    family_id: int,
    period_start: date,
    period_end: date,
    lang: str = "pt",
    *,
    logo: bytes | None = None,
    for_printer: bool = False,
) -> bytes:
    """The progress report of one family for a period, as PDF bytes (audited).

    ``for_printer``: made to go straight to a printer, audited as printed
    (``report.family.print``) rather than as a file made.
    """
    lang = check_lang(lang)
    period = Period(period_start, period_end)
    with vault.session() as session:
        case = families.load_family(session, vault.user, family_id)
        if case is None:
            raise ReportError(f"There is no family with id {family_id} in this vault.")
        tasks = session.exec(select(FollowUpTask).where(FollowUpTask.family_id == family_id)).all()
        payments = session.exec(
            select(AllowancePayment).where(AllowancePayment.family_id == family_id)
        ).all()
        worker = (
            session.get(AppUser, case.family.assigned_worker_id)
            if case.family.assigned_worker_id
            else None
        )
        report = build_progress(
            case,
            period,
            lang,
            entity_name=entity_name(session),
            recipient=settings.get(session, REPORT_RECIPIENT),
            worker_name=worker.display_name if worker else "",
            tasks=tasks,
            payments=payments,
            thresholds=settings.get(session, settings.ALERT_THRESHOLDS),
            logo=logo if logo is not None else report_logo(session),
        )
    pdf = render_progress_pdf(report)
    with vault.changing() as session:
        audit.append(
            session,
            vault.user.username,
            "report.family.print" if for_printer else "report.family.export",
            "family",
            family_id,
            {
                "from": period.start.isoformat(),
                "to": period.end.isoformat(),
                "lang": lang,
                "sha256": hashlib.sha256(pdf).hexdigest(),
            },
        )
    return pdf


@dataclass(frozen=True)
class BatchFailure:
    family_id: int
    case_number: str
    message: str


@dataclass
class BatchResult:
    total: int
    done: list[str] = field(default_factory=list)  # case numbers, in order
    failures: list[BatchFailure] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures and not self.cancelled


def render_batch(
    vault: Vault,
    family_ids: Sequence[int],
    period_start: date,
    period_end: date,
    *,
    sink: Sink,
    lang: str = "pt",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BatchResult:
    """Reports for many families; ``sink(case_number, pdf)`` receives each one.

    A family that fails is listed with its error and the batch goes on.
    ``cancelled`` is checked between families, so a cancel never leaves a
    half-written report behind.
    """
    lang = check_lang(lang)
    Period(period_start, period_end)  # a bad period fails once, not once per family
    with vault.session() as session:
        numbers = dict(
            session.exec(
                select(Family.id, Family.case_number).where(col(Family.id).in_(list(family_ids)))
            ).all()
        )
        logo = report_logo(session)
    result = BatchResult(total=len(family_ids))
    for index, family_id in enumerate(family_ids):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        case_number = numbers.get(family_id, "")
        try:
            pdf = render_family_report(
                vault, family_id, period_start, period_end, lang, logo=logo or b""
            )
            sink(case_number, pdf)
        except resources.MissingResource:
            raise  # a packaging fault stops every report alike: said once, not per family
        except Exception as error:  # one family's failure must not stop the rest)
            # The log gets the type only: a message could quote the family's data.
            log.warning(
                "progress report for family %s failed (%s)", family_id, type(error).__name__
            )
            result.failures.append(BatchFailure(family_id, case_number, _describe(error)))
        else:
            result.done.append(case_number)
        if progress is not None:
            progress(index + 1, len(family_ids))
    return result


def _describe(error: Exception) -> str:
    if isinstance(error, ReportError | OSError | ValueError):
        return str(error)
    return f"Unexpected error ({type(error).__name__}); the other reports were made."


def report_filename(case_number: str, period_start: date, period_end: date) -> str:
    return f"relatorio-{case_number}-{period_start.isoformat()}-{period_end.isoformat()}.pdf"


def folder_sink(folder: Path, period_start: date, period_end: date) -> Sink:
    """Write each report into ``folder``; a report appears whole or not at all."""
    make_private_folder(folder)

    def write(case_number: str, pdf: bytes) -> None:
        target = folder / report_filename(case_number, period_start, period_end)
        write_atomically(target, pdf)

    return write
