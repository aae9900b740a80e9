"""The one sentence shown for a failed operation, and what goes to the log instead."""

from __future__ import annotations

import logging

from hostdesk.storage.errors import VaultError


def error_text(error: BaseException, fallback: str, what: str, log: logging.Logger) -> str:
    """A ``VaultError``'s own sentence; anything else logs its type only and shows ``fallback``.

    Only the type is logged: an unexpected error's message may quote personal data.
    """
    if isinstance(error, VaultError):
        return str(error)
    log.error("%s failed: %s", what, type(error).__name__)
    return fallback
