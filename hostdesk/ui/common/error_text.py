"""The one sentence shown for a failed operation, and what goes to the log instead.

The storage layer's errors carry English sentences (the command line prints
them); the window speaks the user's language, so the errors a person meets
most are given as translated sentences, by kind. The table lives in
``hostdesk.errors_text`` (no Qt), shared with the command line; here it is read
through Qt's translator, which follows the window's language setting.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from hostdesk import errors_text, resources
from hostdesk.storage import errors as e


def vault_error_sentence(error: e.VaultError) -> str:
    """The translated sentence for a kind of error, or the error's own sentence."""
    return errors_text.vault_error_sentence(error, QCoreApplication.translate)


def error_sentence(error: BaseException) -> str:
    """An error whose message is one of the layers' sentences (an invitation expired, a
    team file damaged), in the window's language."""
    return errors_text.error_sentence(error, QCoreApplication.translate)


def kept_sentence(message: str) -> str:
    """A sentence kept as text (an audit finding, a bundle's last error), translated."""
    return errors_text.window_sentence(message, QCoreApplication.translate)


def missing_resource_sentence(error: resources.MissingResource) -> str:
    """A file HostDesk ships is missing: the package's fault, said as such."""
    return errors_text.missing_resource_sentence(error, QCoreApplication.translate)


def error_text(error: BaseException, fallback: str, what: str, log: logging.Logger) -> str:
    """A ``VaultError``'s sentence; anything else logs its type only and shows ``fallback``.

    Only the type is logged: an unexpected error's message may quote personal data.
    """
    if isinstance(error, e.VaultError):
        return vault_error_sentence(error)
    if isinstance(error, resources.MissingResource):
        log.error("%s failed: shipped file %s missing", what, error)
        return missing_resource_sentence(error)
    log.error("%s failed: %s", what, type(error).__name__)
    return fallback
