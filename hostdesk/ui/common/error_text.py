"""The one sentence shown for a failed operation, and what goes to the log instead.

The storage layer's errors carry English sentences (the command line prints
them); the window speaks the user's language, so the errors a person meets
most are given here as translated sentences, by kind. Any other ``VaultError``
keeps its own sentence (``PermissionDenied`` among them: its sentences say
different things, from "only a coordinator can …" to "keep one coordinator").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hostdesk import resources
from hostdesk.storage import errors as e
from hostdesk.storage.casework.common import FileAnonymised

# Most specific first: the first kind the error is an instance of gives the sentence.
_SENTENCES: tuple[tuple[type[e.VaultError], str], ...] = (
    (e.WrongPassphrase, QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is not right; check Caps Lock and the keyboard layout and "
        "try again, or ask your coordinator to reset it.")),
    (e.WrongRecoveryKey, QT_TRANSLATE_NOOP(
        "Errors", "This recovery key is not right for this vault; compare it character by "
        "character with the printed key.")),
    (e.UnknownUser, QT_TRANSLATE_NOOP(
        "Errors", "This user is not known in this vault or was removed; check the name or "
        "ask your coordinator.")),
    (e.UserExists, QT_TRANSLATE_NOOP(
        "Errors", "There is already a user with this name; choose another.")),
    (e.VaultInUse, QT_TRANSLATE_NOOP(
        "Errors", "This vault is open in another HostDesk window or command; close it there "
        "first.")),
    (e.VaultReadOnly, QT_TRANSLATE_NOOP(
        "Errors", "The vault's folder cannot be written to; move the vault to a folder you "
        "can write to, or ask your administrator for access.")),
    (e.VaultTooNew, QT_TRANSLATE_NOOP(
        "Errors", "This vault was made by a newer version of HostDesk; update HostDesk to "
        "open it.")),
    (e.VaultNotFound, QT_TRANSLATE_NOOP(
        "Errors", "There is no HostDesk vault in this folder; choose the vault's folder.")),
    (e.HeaderMissing, QT_TRANSLATE_NOOP(
        "Errors", "This folder has no vault header; choose the vault's folder, or restore "
        "the vault from a backup.")),
    (e.HeaderCorrupt, QT_TRANSLATE_NOOP(
        "Errors", "The vault's header is damaged; restore the vault from a backup (the data "
        "are safe, but cannot be unlocked without it).")),
    (e.DatabaseUnreadable, QT_TRANSLATE_NOOP(
        "Errors", "The vault's database is damaged or belongs to another vault; restore it "
        "from a backup.")),
    (e.StorageFull, QT_TRANSLATE_NOOP(
        "Errors", "The disk holding the vault is full; free some space, then save again "
        "(nothing already saved was lost).")),
    (e.StorageIOError, QT_TRANSLATE_NOOP(
        "Errors", "The disk holding the vault could not be written; check it, then save "
        "again (nothing already saved was lost).")),
    (e.BackupCancelled, QT_TRANSLATE_NOOP(
        "Errors", "The backup was cancelled; nothing was left behind.")),
    (e.BackupCorrupt, QT_TRANSLATE_NOOP(
        "Errors", "This backup file is damaged, incomplete or not a HostDesk backup; use "
        "another copy.")),
    (FileAnonymised, QT_TRANSLATE_NOOP(
        "Errors", "This family's file was anonymised; it can no longer be changed.")),
    (e.RestoreTargetNotEmpty, QT_TRANSLATE_NOOP(
        "Errors", "A backup is only restored into an empty folder; choose a new folder.")),
)  # fmt: skip


def vault_error_sentence(error: e.VaultError) -> str:
    """The translated sentence for a kind of error, or the error's own sentence."""
    for kind, sentence in _SENTENCES:
        if isinstance(error, kind):
            return QCoreApplication.translate("Errors", sentence)
    return str(error)


def missing_resource_sentence(error: resources.MissingResource) -> str:
    """A file HostDesk ships is missing: the package's fault, said as such."""
    return QCoreApplication.translate(
        "Errors",
        "This copy of HostDesk is incomplete: the file %1 it ships with is missing. This is "
        "a fault of the package, not of your data; install HostDesk from a complete package "
        "or tell whoever installed it.",
    ).replace("%1", str(error))


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
