"""The words for where a report revision stands, the same on every screen that names it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hostdesk.sync.report_state import ReportDelivery, ReportState, WaitReason
from hostdesk.ui.common.formatting import format_moment

# Colour-blind safe tones; the words always say it too.
TONES = {
    ReportState.PREPARED: "#555555",
    ReportState.WAITING: "#8a5300",
    ReportState.RETRYING: "#8a5300",
    ReportState.DELIVERED: "#107c10",
    ReportState.REFUSED: "#a4262c",
}


def _received(text: str | None) -> str:
    try:
        return format_moment(datetime.fromisoformat(text or ""))
    except ValueError:
        return text or ""


def state_text(delivery: ReportDelivery) -> str:
    """A few words for a table cell."""
    state = delivery.state
    if state is ReportState.PREPARED:
        return QCoreApplication.translate("ReportState", "Prepared, not submitted")
    if state is ReportState.DELIVERED:
        return QCoreApplication.translate(
            "ReportState", "Delivered to the NAIR (receipt of %1)"
        ).replace("%1", _received(delivery.received_at))
    if state is ReportState.REFUSED:
        return QCoreApplication.translate("ReportState", "Refused by the NAIR")
    if state is ReportState.RETRYING:
        return QCoreApplication.translate("ReportState", "Submitted, refused for now: trying again")
    return {
        WaitReason.NOT_SET_UP: QCoreApplication.translate(
            "ReportState", "Submitted, waiting: sending is not set up"
        ),
        WaitReason.FILES_ONLY: QCoreApplication.translate(
            "ReportState", "Submitted, waiting to be exported to a file"
        ),
        WaitReason.EXPORTED: QCoreApplication.translate(
            "ReportState", "Submitted, exported: waiting for the NAIR's receipt"
        ),
    }.get(
        delivery.reason, QCoreApplication.translate("ReportState", "Submitted, waiting to be sent")
    )


def state_sentence(delivery: ReportDelivery, revision: int) -> str:
    """What a coordinator needs to know about the revision, and what to do, in full."""
    state = delivery.state
    number = str(revision)
    if state is ReportState.PREPARED:
        return QCoreApplication.translate(
            "ReportState", "Revision %1 is prepared but not submitted: the NAIR does not have it."
        ).replace("%1", number)
    if state is ReportState.DELIVERED:
        return (
            QCoreApplication.translate(
                "ReportState", "Revision %1 was delivered: the NAIR's receipt is dated %2."
            )
            .replace("%1", number)
            .replace("%2", _received(delivery.received_at))
        )
    if state is ReportState.REFUSED:
        text = QCoreApplication.translate(
            "ReportState", "The NAIR refused revision %1. Its reason: %2"
        ).replace("%1", number)
        return text.replace(
            "%2", delivery.why or QCoreApplication.translate("ReportState", "none given")
        )
    if state is ReportState.RETRYING:
        text = QCoreApplication.translate(
            "ReportState", "Revision %1 is submitted but the NAIR does not have it yet: %2"
        )
        text = text.replace("%1", number).replace(
            "%2", delivery.why or QCoreApplication.translate("ReportState", "the last try failed")
        )
        when = delivery.next_attempt_at
        if when is not None and when.year > 1:
            text += " " + QCoreApplication.translate(
                "ReportState", "HostDesk tries again at %1."
            ).replace("%1", format_moment(when))
        return text
    waiting = {
        WaitReason.NOT_SET_UP: QCoreApplication.translate(
            "ReportState",
            "Revision %1 is submitted but has not left this computer: sending to the NAIR is "
            "not set up yet. It goes as soon as the NAIR's key is added on the Sync screen.",
        ),
        WaitReason.FILES_ONLY: QCoreApplication.translate(
            "ReportState",
            "Revision %1 is submitted but has not left this computer: there is no NAIR address, "
            "so export it to a file on the Sync screen and send that file to the NAIR.",
        ),
        WaitReason.EXPORTED: QCoreApplication.translate(
            "ReportState",
            "Revision %1 is submitted and was exported to a file; it counts as delivered once "
            "the NAIR's receipt is imported on the Sync screen.",
        ),
    }
    text = waiting.get(
        delivery.reason,
        QCoreApplication.translate(
            "ReportState",
            "Revision %1 is submitted and waits to be sent; HostDesk sends it by itself.",
        ),
    )
    return text.replace("%1", number)


def needs_setup(delivery: ReportDelivery | None) -> bool:
    """True when nothing can leave until someone sets up sending (or exports by file)."""
    return delivery is not None and delivery.reason in (
        WaitReason.NOT_SET_UP,
        WaitReason.FILES_ONLY,
    )
