"""Errors of the sync side, each one sentence a person can act on (never personal data)."""

from __future__ import annotations

from hostdesk.storage.errors import VaultError


class SyncError(VaultError):
    """Something about sending to the NAIR cannot be done as asked; the message says why."""


class KeyChangeNeedsConfirmation(SyncError):
    """Another NAIR key is pinned already: replacing it is an explicit, audited step."""

    def __init__(self, old_fingerprint: str, new_fingerprint: str) -> None:
        super().__init__(
            f"A different NAIR key is pinned already ({old_fingerprint}); the new one is "
            f"{new_fingerprint}. Check the new fingerprint with the NAIR by phone, then "
            "confirm that the key is to be replaced."
        )
        self.old_fingerprint = old_fingerprint
        self.new_fingerprint = new_fingerprint
