"""Where a month's report revision really stands: prepared, on its way, delivered or refused.

"Submitted" only means the coordinator froze the revision; whether the NAIR
has it is the outbox's business. Every screen that names a revision's state
asks here, so no screen can say "submitted" of a report still sitting on the
laptop. Plain data, safe across threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session, col, select

from hostdesk.storage.models import OutboxBundle
from hostdesk.sync.endpoint import NairSetup, load_setup
from hostdesk.sync.outbox import PENDING, BundleInfo, BundleState
from hostdesk.sync.outbox import _info as bundle_info


class ReportState(StrEnum):
    PREPARED = "prepared"  # a draft: not submitted, nothing leaves
    WAITING = "waiting"  # submitted, not yet with the NAIR, nothing wrong so far
    RETRYING = "retrying"  # submitted; refused for now or a failed attempt, tried again
    DELIVERED = "delivered"  # the NAIR's signed receipt is in
    REFUSED = "refused"  # the NAIR refused it for good


class WaitReason(StrEnum):
    """Why a submitted revision is still waiting (what a person may have to do)."""

    NONE = ""
    NOT_SET_UP = "not_set_up"  # no NAIR key pinned: nothing can be sealed or sent
    FILES_ONLY = "files_only"  # no address: the bundle must be exported to a file
    EXPORTED = "exported"  # exported to a file: the NAIR's receipt is to be imported
    QUEUED = "queued"  # will go by itself


@dataclass(frozen=True)
class ReportDelivery:
    state: ReportState
    reason: WaitReason = WaitReason.NONE
    bundle: BundleInfo | None = None  # the bundle that decides the state

    @property
    def submitted(self) -> bool:
        return self.state is not ReportState.PREPARED

    @property
    def next_attempt_at(self) -> datetime | None:
        return self.bundle.next_attempt_at if self.bundle is not None else None

    @property
    def received_at(self) -> str | None:
        return self.bundle.received_at if self.bundle is not None else None

    @property
    def why(self) -> str:
        """The NAIR's words or the last error, for a refusal or a retry ("" otherwise)."""
        return self.bundle.last_error if self.bundle is not None else ""


def delivery_of(
    submitted: bool, bundles: list[BundleInfo], setup: NairSetup | None
) -> ReportDelivery:
    """The state of one revision from its bundles (any order; refused ones included)."""
    if not submitted:
        return ReportDelivery(ReportState.PREPARED)
    live = [b for b in bundles if b.state is not BundleState.REJECTED]
    if not live:
        refused = max(bundles, key=lambda b: b.id, default=None)
        if refused is not None:
            return ReportDelivery(ReportState.REFUSED, bundle=refused)
        # Submitted a moment ago: the outbox has not taken it in yet.
        return ReportDelivery(ReportState.WAITING, _reason(None, setup), None)
    bundle = max(live, key=lambda b: b.id)
    if bundle.state is BundleState.DELIVERED:
        return ReportDelivery(ReportState.DELIVERED, bundle=bundle)
    assert bundle.state in PENDING
    if bundle.held or bundle.last_error:
        return ReportDelivery(ReportState.RETRYING, _reason(bundle, setup), bundle)
    return ReportDelivery(ReportState.WAITING, _reason(bundle, setup), bundle)


def _reason(bundle: BundleInfo | None, setup: NairSetup | None) -> WaitReason:
    if setup is None or (bundle is not None and bundle.state is BundleState.WAITING):
        return WaitReason.NOT_SET_UP
    if bundle is not None and bundle.exported_at is not None:
        return WaitReason.EXPORTED
    if not setup.url:
        return WaitReason.FILES_ONLY
    return WaitReason.QUEUED


def deliveries_session(
    session: Session, month: str, submitted: dict[int, bool]
) -> dict[int, ReportDelivery]:
    """``revision -> state`` for the revisions of ``month`` (``submitted``: revision -> flag)."""
    setup = load_setup(session)
    rows = session.exec(
        select(OutboxBundle).where(OutboxBundle.month == month).order_by(col(OutboxBundle.id))
    ).all()
    newest = max((row.id or 0 for row in rows), default=0)
    bundles = [
        bundle_info(row, set_aside=row.state == BundleState.REJECTED.value and row.id != newest)
        for row in rows
    ]
    return {
        revision: delivery_of(flag, [b for b in bundles if b.revision == revision], setup)
        for revision, flag in submitted.items()
    }
