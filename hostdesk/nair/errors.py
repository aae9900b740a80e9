"""Errors of the NAIR service's tools, each one sentence an operator can act on."""

from __future__ import annotations


class NairError(Exception):
    """Base class: ``str(error)`` is the sentence printed to the operator."""


class KeystoreError(NairError):
    """The key file is missing, damaged, or the passphrase does not open it."""


class EntityConflict(NairError):
    """An entity id is already registered with another signing key."""


class StoreUnavailable(NairError):
    """The database cannot be reached or set up."""
