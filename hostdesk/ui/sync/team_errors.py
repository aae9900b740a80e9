"""One sentence, in the window's language, for whatever a team step can fail with: an
invitation expired or already used, a fingerprint that does not match, a damaged or
foreign file, a welcome for another laptop, the hub's refusals (a revoked device).

The layers raise English sentences (the command line shows them through the same table,
``hostdesk.errors_sentences``); here they are read through Qt's translator.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from hostdesk.storage.errors import VaultError
from hostdesk.sync.team.envelope import EnvelopeError
from hostdesk.sync.team.hub_client import HubError
from hostdesk.sync.team.invite import InvitationError
from hostdesk.sync.team.sealing import SealError
from hostdesk.ui.common.error_text import error_sentence, kept_sentence

# Raised by this laptop while it waits, not by the hub: said without "the hub refused".
_OWN_HUB_CODES = ("cancelled", "timeout")


def team_error_text(error: BaseException, log: logging.Logger, what: str) -> str:
    """The sentence to show; anything unforeseen logs its type only (never its message,
    which may quote personal data) and says to look at the log."""
    if isinstance(error, VaultError | InvitationError | EnvelopeError | SealError):
        return error_sentence(error)
    if isinstance(error, HubError):
        if error.code in _OWN_HUB_CODES:
            return kept_sentence(error.reason)
        return QCoreApplication.translate(
            "TeamErrors", "The team hub could not be reached or refused: %1"
        ).replace("%1", kept_sentence(error.reason))
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "TeamErrors",
            "The file could not be read or written; check the USB stick and try again.",
        )
    log.error("%s failed: %s", what, type(error).__name__)
    return QCoreApplication.translate(
        "TeamErrors", "That did not work; see the log for the kind of error."
    )
