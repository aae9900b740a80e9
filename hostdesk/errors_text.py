"""The sentences shown for a failed operation, translated, for the window and the command line.

The storage and sync layers raise errors whose message is one English sentence
naming what went wrong (a folder, a user of the app, never a family). They stay
English where they are made; translation happens where they are shown:

- by kind (``KIND_SENTENCES``): one sentence per kind of error, the window's
  choice (it shows the same sentence whatever file or user is involved);
- by sentence (``SENTENCES``): the layers' own English sentences as templates,
  %1, %2 standing for the file, user or revision they name; the command line
  matches the message against them and shows the Portuguese one with the same
  details, falling back to the kind's sentence, then to the English message.

No Qt here: the window passes ``QCoreApplication.translate``, the command line
``hostdesk.i18n.translate`` (which follows LANG). One table, both front ends.
"""

from __future__ import annotations

from collections.abc import Callable

from hostdesk import resources
from hostdesk.i18n import QT_TRANSLATE_NOOP, fill, language, match_template, translate
from hostdesk.storage import errors as e
from hostdesk.storage.casework.common import FileAnonymised

Translator = Callable[[str, str], str]
CONTEXT = "Errors"

# Most specific first: the first kind the error is an instance of gives the sentence.
# Any other VaultError keeps its own sentence (PermissionDenied among them: its
# sentences say different things, from "only a coordinator can …" to "keep one coordinator").
KIND_SENTENCES: tuple[tuple[type[e.VaultError], str], ...] = (
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

MISSING_RESOURCE = QT_TRANSLATE_NOOP(
    "Errors",
    "This copy of HostDesk is incomplete: the file %1 it ships with is missing. This is "
    "a fault of the package, not of your data; install HostDesk from a complete package "
    "or tell whoever installed it.",
)


def _sentences() -> tuple[str, ...]:
    # Imported here: the table is long, and only a message to show needs it.
    from hostdesk.errors_sentences import SENTENCES

    return SENTENCES


def kind_sentence(error: BaseException, translator: Translator) -> str | None:
    """The translated sentence for the error's kind, or None for a kind without one."""
    for kind, sentence in KIND_SENTENCES:
        if isinstance(error, kind):
            return translator(CONTEXT, sentence)
    return None


def vault_error_sentence(error: e.VaultError, translator: Translator) -> str:
    """The window's sentence: the kind's, or the error's own."""
    return kind_sentence(error, translator) or str(error)


def missing_resource_sentence(error: resources.MissingResource, translator: Translator) -> str:
    """A file HostDesk ships is missing: the package's fault, said as such."""
    return fill(translator(CONTEXT, MISSING_RESOURCE), error)


def message_text(error: BaseException) -> str:
    """The command line's sentence for an error, in the language LANG asks for.

    English: the error's own sentence, with every detail. Portuguese: the same
    sentence translated when it is one of ``SENTENCES``, else the kind's, else the
    English one (better than nothing; ``tests/test_errors_text.py`` lists what is covered).
    """
    if isinstance(error, resources.MissingResource):
        return missing_resource_sentence(error, translate)
    message = str(error)
    if language() != "pt":
        return message
    return _translated(message, translate) or kind_sentence(error, translate) or message


def sentence_text(message: str) -> str:
    """One of those sentences kept as text (a bundle's last error), in LANG's language."""
    if not message or language() != "pt":
        return message
    return _translated(message, translate) or message


def window_sentence(message: str, translator: Translator) -> str:
    """The same, for the window: through its translator, which knows its language."""
    return _translated(message, translator) or message


def error_sentence(error: BaseException, translator: Translator) -> str:
    """The window's sentence for an error whose message is one of the layers' sentences
    (an invitation refused, a team file damaged): translated by its template, else by its
    kind, else its own (English) sentence."""
    if isinstance(error, e.VaultError):
        return vault_error_sentence(error, translator)
    return window_sentence(str(error), translator)


def _translated(message: str, translator: Translator) -> str | None:
    """``message`` translated by its template; a slot holding a sentence is translated too
    ("receipt 2: <why the receipt was refused>"), and so is a table's name."""
    for template in _sentences():
        values = match_template(message, template)
        if values is not None:
            inner = {
                key: _translated(value, translator) or _table(value, translator)
                for key, value in values.items()
            }
            return fill(translator(CONTEXT, template), **inner)
    return None


def _table(value: str, translator: Translator) -> str:
    """A table ``hostdesk verify`` names ("member 2 was changed…"), said as what it holds."""
    from hostdesk.errors_sentences import TABLES

    return translator("Tables", value) if value in TABLES else value
