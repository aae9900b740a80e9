"""Everything a screen shows about sync, read in one go (plain data, safe across threads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from hostdesk.storage.vault import Vault
from hostdesk.sync.endpoint import NairSetup, load_setup
from hostdesk.sync.outbox import BundleInfo, BundleState, SyncSummary, list_session, summarize

# "Due now": a bundle left ``sending`` or queued without a wait.
DUE_NOW = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class SyncSnapshot:
    setup: NairSetup | None
    bundles: list[BundleInfo]
    summary: SyncSummary
    next_due: datetime | None  # None: nothing will go by itself


def next_due_of(bundles: list[BundleInfo], setup: NairSetup | None) -> datetime | None:
    if setup is None or not setup.url:
        return None
    due: datetime | None = None
    for info in bundles:
        if info.state is BundleState.SENDING or (
            info.state is BundleState.QUEUED and info.next_attempt_at is None
        ):
            return DUE_NOW
        if info.state is BundleState.QUEUED and info.next_attempt_at is not None:
            due = info.next_attempt_at if due is None else min(due, info.next_attempt_at)
    return due


def load_snapshot(vault: Vault) -> SyncSnapshot:
    with vault.session() as session:
        setup = load_setup(session)
        bundles = list_session(session)
    return SyncSnapshot(setup, bundles, summarize(bundles, setup), next_due_of(bundles, setup))
