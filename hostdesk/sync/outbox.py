"""The outbox: every submitted monthly report revision gets a bundle, sealed once, kept.

States (docs/sync.md): ``waiting`` (no NAIR key pinned yet) → ``queued`` →
``sending`` → ``delivered``, or ``rejected`` (the NAIR refused it; it is set
aside and does not hold up the others). Enqueueing is healing: any submitted
revision without a bundle gets one, so a crash between submitting and
enqueueing loses nothing; it runs at submit time, at start and on "send now".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlmodel import Session, col, select

from hostdesk.storage import audit
from hostdesk.storage.models import MonthlyReport, OutboxBundle
from hostdesk.storage.vault import Vault
from hostdesk.sync.bundle import seal_bundle
from hostdesk.sync.endpoint import NairSetup, load_setup
from hostdesk.sync.errors import SyncError
from hostdesk.sync.identity import ensure_identity


class BundleState(StrEnum):
    WAITING = "waiting"
    QUEUED = "queued"
    SENDING = "sending"
    DELIVERED = "delivered"
    REJECTED = "rejected"


PENDING = frozenset({BundleState.WAITING, BundleState.QUEUED, BundleState.SENDING})
# The NAIR holds this month and revision with other content: only a new revision can go.
REVISION_CONFLICT = "revision_conflict"


def utc(moment: datetime | None) -> datetime | None:
    """SQLite hands stored times back without their zone; they are all UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class BundleInfo:
    """One outbox row as the screens list it (plain data, safe across threads)."""

    id: int
    month: str
    revision: int
    state: BundleState
    bundle_id: str | None
    sha256: str | None
    size: int
    attempts: int
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    last_error: str
    rejected_code: str  # the NAIR's refusal code: final if rejected, one it can lift if pending
    delivered_at: datetime | None
    received_at: str | None
    exported_at: datetime | None
    set_aside: bool  # rejected, and a later bundle of the same month exists

    @property
    def held(self) -> bool:
        """Pending, but the NAIR refused it for a reason someone has to lift first."""
        return self.state in PENDING and bool(self.rejected_code)

    @property
    def can_reseal(self) -> bool:
        """Refused, and another seal may get past it (not so after a revision_conflict)."""
        return (
            self.state is BundleState.REJECTED and not self.set_aside
            and self.rejected_code != REVISION_CONFLICT
        )  # fmt: skip


@dataclass(frozen=True)
class SyncSummary:
    configured: bool
    has_url: bool
    waiting: int
    pending: int  # waiting, queued or sending
    failed: int  # rejected and not yet followed by a later bundle of that month
    delivered: int
    retrying: int  # pending with a failed attempt behind them
    held: int  # pending, refused for now by the NAIR: someone has to act (``BundleInfo.held``)

    @property
    def attention(self) -> int:
        """Bundles a person has to look at: rejected, or held by a refusal."""
        return self.failed + self.held


def _now() -> datetime:
    return datetime.now(UTC)


def _seal(session: Session, row: OutboxBundle, setup: NairSetup, actor: str) -> None:
    report = session.get(MonthlyReport, row.monthly_report_id)
    if report is None:  # pragma: no cover - the foreign key keeps it
        raise SyncError("The report of this bundle is missing from the vault.")
    identity = ensure_identity(session, actor)
    sealed = seal_bundle(
        entity_id=identity.entity_id,
        entity_key=identity.signer,
        nair=setup.keys,
        period=report.month,
        revision=report.revision,
        schema_version=report.schema_version,
        report_json=report.json_data,
        report_pdf=report.pdf_data,
        # The chain as it stands: the NAIR's receipt will cover it (docs/audit.md).
        audit_head=audit.chain_head(session),
    )
    row.bundle_id, row.bundle_data, row.bundle_sha256 = (
        sealed.header.bundle_id, sealed.data, sealed.sha256,
    )  # fmt: skip
    row.nair_key_id, row.sealed_at = setup.key_id, _now()
    row.state = BundleState.QUEUED.value
    row.next_attempt_at = None
    session.add(row)
    session.flush()
    audit.append(
        session, actor, "sync.bundle.seal", "outbox", row.id,
        {"bundle_id": row.bundle_id, "month": row.month, "revision": row.revision,
         "nair_fingerprint": setup.fingerprint},
    )  # fmt: skip


def heal_session(session: Session, actor: str) -> int:
    """Give every submitted revision without a bundle one; seal what waits, if possible.

    Returns how many bundles were added or sealed.
    """
    has_row = select(OutboxBundle.monthly_report_id)
    missing = session.exec(
        select(MonthlyReport)
        .where(MonthlyReport.submitted, col(MonthlyReport.id).not_in(has_row))
        .order_by(col(MonthlyReport.month), col(MonthlyReport.revision))
    ).all()
    changed = 0
    now = _now()
    for report in missing:
        assert report.id is not None
        row = OutboxBundle(
            monthly_report_id=report.id,
            month=report.month,
            revision=report.revision,
            state=BundleState.WAITING.value,
            created_at=now,
        )
        session.add(row)
        session.flush()
        audit.append(
            session, actor, "sync.bundle.enqueue", "outbox", row.id,
            {"month": report.month, "revision": report.revision},
        )  # fmt: skip
        changed += 1
    setup = load_setup(session)
    if setup is None:
        return changed
    waiting = session.exec(
        select(OutboxBundle).where(OutboxBundle.state == BundleState.WAITING.value)
    ).all()
    for row in waiting:
        _seal(session, row, setup, actor)
        changed += 1
    return changed


def heal(vault: Vault) -> int:
    """``heal_session`` in its own transaction (at submit time, at start, on "send now")."""
    with vault.changing() as session:
        return heal_session(session, vault.user.username)


def reseal(vault: Vault, outbox_id: int) -> BundleInfo:
    """A rejected bundle's report, sealed again as a new bundle (new id, current NAIR key).

    For refusals that were not about the report itself (the NAIR's key changed,
    a ``conflict``). Not after a ``revision_conflict``: the NAIR holds that
    revision already, so only a new revision can go. The coordinator's decision.
    """
    vault.require_coordinator("seal a refused report again")
    actor = vault.user.username
    with vault.changing() as session:
        old = session.get(OutboxBundle, outbox_id)
        if old is None:
            raise SyncError("That bundle is not in the outbox; refresh the list.")
        if old.state != BundleState.REJECTED.value:
            raise SyncError("Only a bundle the NAIR refused can be sealed again.")
        if old.rejected_code == REVISION_CONFLICT:
            raise SyncError(
                f"The NAIR already holds revision {old.revision} of {old.month}; submit a new "
                "revision of the month (a correction) instead of sealing this one again."
            )
        live = session.exec(
            select(OutboxBundle).where(
                OutboxBundle.monthly_report_id == old.monthly_report_id,
                OutboxBundle.state != BundleState.REJECTED.value,
            )
        ).first()
        if live is not None:
            raise SyncError(
                f"Revision {old.revision} of {old.month} already has a bundle on its way."
            )
        setup = load_setup(session)
        if setup is None:
            raise SyncError("Set up the NAIR first (its key must be pinned).")
        row = OutboxBundle(
            monthly_report_id=old.monthly_report_id,
            month=old.month,
            revision=old.revision,
            state=BundleState.WAITING.value,
            created_at=_now(),
        )
        session.add(row)
        session.flush()
        _seal(session, row, setup, actor)
        return _info(row, set_aside=False)


def _info(row: OutboxBundle, *, set_aside: bool) -> BundleInfo:
    assert row.id is not None
    return BundleInfo(
        id=row.id,
        month=row.month,
        revision=row.revision,
        state=BundleState(row.state),
        bundle_id=row.bundle_id,
        sha256=row.bundle_sha256,
        size=len(row.bundle_data or b""),
        attempts=row.attempts,
        last_attempt_at=utc(row.last_attempt_at),
        next_attempt_at=utc(row.next_attempt_at),
        last_error=row.last_error,
        rejected_code=row.rejected_code,
        delivered_at=utc(row.delivered_at),
        received_at=row.received_at,
        exported_at=utc(row.exported_at),
        set_aside=set_aside,
    )


def list_session(session: Session) -> list[BundleInfo]:
    rows = session.exec(
        select(OutboxBundle).order_by(col(OutboxBundle.month).desc(), col(OutboxBundle.id).desc())
    ).all()
    newest: dict[str, int] = {}
    for row in rows:
        assert row.id is not None
        newest[row.month] = max(newest.get(row.month, 0), row.id)
    return [
        _info(
            row,
            set_aside=row.state == BundleState.REJECTED.value and newest[row.month] != row.id,
        )
        for row in rows
    ]


def list_bundles(vault: Vault) -> list[BundleInfo]:
    """Every bundle, newest month first."""
    with vault.session() as session:
        return list_session(session)


def summarize(bundles: list[BundleInfo], setup: NairSetup | None) -> SyncSummary:
    pending = [b for b in bundles if b.state in PENDING]
    return SyncSummary(
        configured=setup is not None,
        has_url=bool(setup and setup.url),
        waiting=sum(b.state is BundleState.WAITING for b in bundles),
        pending=len(pending),
        failed=sum(b.state is BundleState.REJECTED and not b.set_aside for b in bundles),
        delivered=sum(b.state is BundleState.DELIVERED for b in bundles),
        retrying=sum(bool(b.last_error) for b in pending),
        held=sum(b.held for b in bundles),
    )


def summary(vault: Vault) -> SyncSummary:
    with vault.session() as session:
        return summarize(list_session(session), load_setup(session))


def find_bundle(vault: Vault, *, bundle_id: str | None = None, month: str | None = None) -> int:
    """The outbox id of a bundle named by its id (or an unambiguous start of it) or month.

    A month names its newest bundle that was not refused.
    """
    bundles = list_bundles(vault)
    if bundle_id is not None:
        wanted = bundle_id.strip().lower()
        matches = [b for b in bundles if wanted and (b.bundle_id or "").startswith(wanted)]
        if len(matches) > 1:
            raise SyncError(f"Several bundles start with {wanted}; give more of the id.")
        what = f"bundle {wanted}"
    else:
        matches = [b for b in bundles if b.month == month and b.state is not BundleState.REJECTED]
        what = f"bundle for {month}"
    if not matches:
        raise SyncError(f"There is no {what} in the outbox; `hostdesk sync status` lists them.")
    return matches[0].id  # newest first
