"""A revision's real state: submitted is not delivered, and every screen says which it is."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from hostdesk.sync.outbox import BundleInfo, BundleState
from hostdesk.sync.report_state import ReportState, WaitReason, delivery_of

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def bundle(state: BundleState, bundle_id: int = 1, **changes: Any) -> BundleInfo:
    info = BundleInfo(
        id=bundle_id, month="2026-11", revision=1, state=state,
        bundle_id=None if state is BundleState.WAITING else f"b{bundle_id}", sha256=None,
        size=0, attempts=0, last_attempt_at=None, next_attempt_at=None, last_error="",
        rejected_code="", delivered_at=None, received_at=None, exported_at=None,
        set_aside=False,
    )  # fmt: skip
    return replace(info, **changes)


class Setup:
    """What ``delivery_of`` reads of a set-up: its address."""

    def __init__(self, url: str) -> None:
        self.url = url


SENDING_BY_HTTP: Any = Setup("https://nair.example")
FILES_ONLY: Any = Setup("")


def test_a_draft_is_prepared_whatever_the_outbox_says() -> None:
    assert delivery_of(False, [], None).state is ReportState.PREPARED
    assert not delivery_of(False, [], None).submitted


@pytest.mark.parametrize(
    ("bundles", "setup", "state", "reason"),
    [
        ([], None, ReportState.WAITING, WaitReason.NOT_SET_UP),
        ([bundle(BundleState.WAITING)], None, ReportState.WAITING, WaitReason.NOT_SET_UP),
        ([bundle(BundleState.QUEUED)], SENDING_BY_HTTP, ReportState.WAITING, WaitReason.QUEUED),
        ([bundle(BundleState.QUEUED)], FILES_ONLY, ReportState.WAITING, WaitReason.FILES_ONLY),
        (
            [bundle(BundleState.QUEUED, exported_at=NOW)], FILES_ONLY,
            ReportState.WAITING, WaitReason.EXPORTED,
        ),
        (
            [bundle(BundleState.QUEUED, last_error="The NAIR could not be reached.")],
            SENDING_BY_HTTP, ReportState.RETRYING, WaitReason.QUEUED,
        ),
        (
            [bundle(BundleState.QUEUED, rejected_code="unknown_entity")], SENDING_BY_HTTP,
            ReportState.RETRYING, WaitReason.QUEUED,
        ),
        (
            [bundle(BundleState.DELIVERED, received_at="2026-12-04T10:00:00+00:00")],
            SENDING_BY_HTTP, ReportState.DELIVERED, WaitReason.NONE,
        ),
        (
            [bundle(BundleState.REJECTED, last_error="conflict")], SENDING_BY_HTTP,
            ReportState.REFUSED, WaitReason.NONE,
        ),
        # Sent again after a refusal: the new bundle decides.
        (
            [bundle(BundleState.REJECTED, 1), bundle(BundleState.DELIVERED, 2)],
            SENDING_BY_HTTP, ReportState.DELIVERED, WaitReason.NONE,
        ),
    ],
)  # fmt: skip
def test_a_submitted_revision_says_where_it_really_is(
    bundles: list[BundleInfo], setup: Any, state: ReportState, reason: WaitReason
) -> None:
    found = delivery_of(True, bundles, setup)
    assert found.submitted
    assert (found.state, found.reason) == (state, reason)
