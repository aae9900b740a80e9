"""Errors the vault raises, each carrying one sentence a person can act on.

The message never holds personal data: it names files, users of the app and
what to do, never a family or a note.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class: ``str(error)`` is the one sentence shown to the user."""


class VaultNotFound(VaultError):
    pass


class VaultAlreadyExists(VaultError):
    pass


class HeaderMissing(VaultError):
    pass


class HeaderCorrupt(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class UnknownUser(VaultError):
    pass


class WrongRecoveryKey(VaultError):
    pass


class VaultInUse(VaultError):
    """Another HostDesk process holds the vault's lock."""


class VaultReadOnly(VaultError):
    pass


class DatabaseUnreadable(VaultError):
    """The database file does not open with the unwrapped key (damaged or swapped)."""


class PermissionDenied(VaultError):
    """The signed-in user's role does not allow the operation."""


class UserExists(VaultError):
    pass


class BackupError(VaultError):
    """A backup could not be written, or a backup file cannot be restored."""


class BackupCorrupt(BackupError):
    """The backup file is damaged, truncated, altered or not a HostDesk backup."""


class BackupCancelled(BackupError):
    """The person cancelled; nothing was left behind."""


class RestoreTargetNotEmpty(BackupError):
    """A restore never writes into a folder that already holds something."""


class StorageFull(VaultError):
    """The disk holding the vault is full; the save was not made."""


class StorageIOError(VaultError):
    """The disk holding the vault failed to read or write; the save was not made."""
